import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The rural tier on five acts Kuzyret was not developed on, against a list written by reading
/// them first (`Fixtures/hand-checked-rural-tier.json`; DESIGN.md §6, issue 14).
@Suite("The rural tier on acts read by hand")
struct RuralTierTests {
    struct HandChecked: Decodable {
        struct Act: Decodable {
            struct Item: Decodable {
                var eid: String
                var actor: String
                var modality: String?
                var units: [String]?
            }
            struct Flag: Decodable {
                var eid: String
                var kind: String
                var actor: String
            }
            var act: String
            var sources: [String: [String]]
            var competences: [Item]
            var flags: [Flag]
        }
        var acts: [Act]
    }

    static let checked: HandChecked = {
        let url = Bundle.module.url(forResource: "hand-checked-rural-tier", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(HandChecked.self, from: Data(contentsOf: url))
    }()

    /// One act in one language, for the test arguments: `"Z050000066_ rus"`.
    static let cases: [String] = checked.acts.flatMap { act in act.sources.keys.sorted().map { "\(act.act)|\($0)" } }

    /// What Kuzyret finds in the sources: (actor, eId) competences and (actor, eId, kind) flags of
    /// the tier's members.
    static func found(_ files: [String]) throws -> (competences: [Competence], flags: Set<String>) {
        var competences: [Competence] = []
        var flags = Set<String>()
        let query = CompetenceQuery(actors: .ruralTier)
        for file in files {
            let analysis = try RealCompetenceTests.analyse(file)
            competences += query.select(analysis.competences)
            for flag in CompetenceQuery(actors: .ruralTier, includeNotCurrent: true).select(analysis.flags) {
                for actor in flag.actors where actor.isRuralTier {
                    flags.insert("\(actor.rawValue) \(flag.eid) \(flag.flag.kind.rawValue)")
                }
            }
        }
        return (competences, flags)
    }

    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        mutating func add(found: Set<String>, expected: Set<String>) {
            tp += found.intersection(expected).count
            fp += found.subtracting(expected).count
            fn += expected.subtracting(found).count
        }
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var description: String { "tp \(tp) fp \(fp) fn \(fn) P \(String(format: "%.2f", precision)) R \(String(format: "%.2f", recall))" }
    }

    /// Scores for the aul akim alone and for the whole tier: competences, then flags.
    static func score(_ act: HandChecked.Act, lang: String) throws -> [String: Score] {
        let (competences, flags) = try found(act.sources[lang] ?? [])
        let foundCompetences = Set(competences.map { "\($0.actor.rawValue) \($0.eid)" })
        let expectedCompetences = Set(act.competences.map { "\($0.actor) \($0.eid)" })
        let expectedFlags = Set(act.flags.map { "\($0.actor) \($0.eid) \($0.kind)" })
        let aul = { (items: Set<String>) in items.filter { $0.hasPrefix("aul-akim ") } }
        var scores: [String: Score] = [:]
        scores["aul-akim competences", default: Score()].add(found: aul(foundCompetences), expected: aul(expectedCompetences))
        scores["aul-akim flags", default: Score()].add(found: aul(flags), expected: aul(expectedFlags))
        scores["rural-tier competences", default: Score()].add(found: foundCompetences, expected: expectedCompetences)
        scores["rural-tier flags", default: Score()].add(found: flags, expected: expectedFlags)
        return scores
    }

    @Test("Per act and language: precision and recall ≥ 0.98 for the aul akim and the tier, competences and flags", arguments: cases)
    func perAct(_ name: String) throws {
        let parts = name.split(separator: "|").map(String.init)
        let act = try #require(Self.checked.acts.first { $0.act == parts[0] })
        let scores = try Self.score(act, lang: parts[1])
        for (key, score) in scores.sorted(by: { $0.key < $1.key }) {
            print("\(name) \(key): \(score)")
            #expect(score.precision >= 0.98 && score.recall >= 0.98, "\(name) \(key): \(score)")
        }
    }

    @Test("Overall: precision and recall ≥ 0.98, every item of the list found in each language")
    func overall() throws {
        var totals: [String: Score] = [:]
        for act in Self.checked.acts {
            for lang in act.sources.keys {
                for (key, score) in try Self.score(act, lang: lang) {
                    totals[key, default: Score()].tp += score.tp
                    totals[key, default: Score()].fp += score.fp
                    totals[key, default: Score()].fn += score.fn
                }
            }
        }
        for (key, score) in totals.sorted(by: { $0.key < $1.key }) {
            print("rural tier, overall, \(key): \(score)")
            #expect(score.precision >= 0.98 && score.recall >= 0.98, "\(key): \(score)")
        }
        // The list has 37 competences over the language versions it names: none may be lost.
        #expect(totals["rural-tier competences"]?.tp == Self.checked.acts.reduce(0) { $0 + $1.competences.count * $1.sources.count })
    }

    @Test("Each listed competence has the modality and the units the list gives", arguments: cases)
    func modalityAndUnits(_ name: String) throws {
        let parts = name.split(separator: "|").map(String.init)
        let act = try #require(Self.checked.acts.first { $0.act == parts[0] })
        let (competences, _) = try Self.found(act.sources[parts[1]] ?? [])
        for item in act.competences {
            let competence = try #require(
                competences.first { $0.eid == item.eid && $0.actor.rawValue == item.actor }, "\(name): \(item.eid)")
            if let modality = item.modality { #expect(competence.modality.rawValue == modality, "\(name): \(item.eid)") }
            if let units = item.units {
                #expect(Set(competence.units.map(\.rawValue)) == Set(units), "\(name): \(item.eid) \(competence.units)")
            }
        }
    }

    @Test("The tier query lists each member's competences, and only the tier's")
    func tierQuery() throws {
        let analysis = try RealCompetenceTests.analyse("Z970000155_/rus/art035.2026-07-12.md")
        let tier = CompetenceQuery(actors: .ruralTier).select(analysis.competences)
        #expect(tier.map(\.actor) == Array(repeating: .aulAkimOfficial, count: 4))
        #expect(CompetenceQuery(actor: .aulAkim).select(analysis.competences).isEmpty)
        let law = try RealCompetenceTests.analyse("Z010000148_/rus.2026-07-12.md")
        let members = Set(CompetenceQuery(actors: .ruralTier).select(law.competences).map(\.actor))
        #expect(members.isSubset(of: Set(PublicActor.ruralTier)))
        #expect(members.contains(.aulAkim))
        #expect(ActorSelection(name: "rural-tier") == .ruralTier)
        #expect(ActorSelection(name: "aul-akim") == .aulAkim)
        #expect(ActorSelection(name: "village-akim") == nil)
    }

    // MARK: Definitions

    @Test("A term the definitions make include the aul akim binds it, via the definition, in both languages", arguments: ["rus", "kaz"])
    func definitions(lang: String) throws {
        let path = TestPaths.packageRoot + "/Tests/KuzyretCompetenceTests/Fixtures/definitions/KZY0000009/\(lang).md"
        let statute = try StatuteLoader.load(path).statute
        let analysis = CompetenceExtractor(catalog: RealCompetenceTests.catalog).analyse(statute)
        let aul = CompetenceQuery(actor: .aulAkim).select(analysis.competences)
        // «Административные источники обязаны: 1) …; 2) …» and «Административные источники ведут учет …».
        #expect(Set(aul.map(\.eid)) == ["art_2__para_1__point_1", "art_2__para_1__point_2", "art_2__para_2"])
        #expect(aul.allSatisfy { $0.via == "art_1__point_2" && $0.viaAddress == "KZY0000009/\(lang)/art_1__point_2" })
        #expect(aul.allSatisfy { Set($0.units) == AdministrativeUnit.aulLevel && $0.modality == .duty })
        // The flag of the term's provision concerns the aul akim too.
        #expect(CompetenceQuery(actor: .aulAkim).select(analysis.flags).map(\.eid) == ["art_2__para_2"])
        // «Сход жителей – собрание …, созываемое акимом села» names the akim without including it;
        // «запрашивает сведения у административных источников» governs the term by a preposition;
        // «проверяет административные источники» makes it the object (after the verb), and
        // «әкімшілік дереккөздер арқылы» by a postposition.
        #expect(!analysis.competences.contains { $0.eid.hasPrefix("art_3") && $0.actor.isRuralTier })
        // A competence the provision gives by naming the akim itself has no `via`.
        let law = try RealCompetenceTests.analyse("Z010000148_/rus/ch003-part007.md")
        #expect(CompetenceQuery(actor: .aulAkim).select(law.competences).allSatisfy { $0.via == nil })
    }

    // MARK: Lead-ins and items of every shape

    /// «… реализуют … посредством:» with verbal nouns in the genitive and the nominative, and a
    /// residual item inside the list, in both languages (made-up text, not a statute).
    static let throughLeadIn: [(lang: String, text: String)] = [
        (
            "rus",
            """
            #### Статья 5. Реализация полномочий

            1. Акимы городов районного значения, поселков, сел, сельских округов реализуют возложенные на них функции посредством:

            1) организации регулярного вывоза твердых бытовых отходов;

            2) осуществления сбора сведений о поголовье скота;

            3) осуществление в интересах местного государственного управления иных полномочий, отнесенных к их ведению законодательством Республики Казахстан.
            """
        ),
        (
            "kaz",
            """
            #### 5-бап. Өкілеттіктерді іске асыру

            1. Аудандық маңызы бар қалалардың, кенттердің, ауылдардың, ауылдық округтердің әкімдері өздеріне жүктелген функцияларды мыналар арқылы іске асырады:

            1) қатты тұрмыстық қалдықтарды тұрақты шығаруды ұйымдастыру;

            2) мал басы туралы мәліметтерді жинауды жүзеге асыру;

            3) жергілікті мемлекеттік басқару мүдделерінде Қазақстан Республикасының заңнамасында олардың қарауына жатқызылған өзге де өкілеттіктерді жүзеге асыру.
            """
        ),
    ]

    @Test("«… реализуют … посредством:»: verbal-noun items are duties; a residual item is a competence and a flag", arguments: [0, 1])
    func throughLeadIn(_ index: Int) throws {
        let (lang, text) = Self.throughLeadIn[index]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-lead-\(UUID().uuidString)/KZY0000010/\(lang).md")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent().deletingLastPathComponent()) }
        try text.write(to: path, atomically: true, encoding: .utf8)
        let analysis = CompetenceExtractor().analyse(try StatuteLoader.load(path.path).statute)
        let aul = CompetenceQuery(actor: .aulAkim).select(analysis.competences)
        #expect(aul.map(\.eid) == ["art_5__point_1", "art_5__point_2", "art_5__point_3"], "\(lang)")
        #expect(aul.allSatisfy { $0.modality == .duty && $0.inheritedFrom == "art_5" }, "\(lang)")
        #expect(aul.last?.flags.map(\.kind) == [.residualLegislation], "\(lang)")
        #expect(CompetenceQuery(actor: .aulAkim).select(analysis.flags).map(\.eid) == ["art_5__point_3"], "\(lang)")
    }
}
