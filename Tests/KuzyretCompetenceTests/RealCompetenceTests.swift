import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// Competences and flags on the real statutes in `../shared/statutes` (DESIGN.md §6–8).
@Suite("Competences of real statutes")
struct RealCompetenceTests {
    static let catalog: ActCatalog = {
        (try? ActCatalog.load(from: URL(fileURLWithPath: TestPaths.packageRoot + "/Statutes/catalog.json"))) ?? .empty
    }()

    static func analyse(_ relative: String) throws -> StatuteAnalysis {
        let statute = try StatuteLoader.load(TestPaths.statute(relative)).statute
        return CompetenceExtractor(catalog: catalog).analyse(statute)
    }

    /// The eIds of current competences of `actor` in `analysis`, under `prefix`.
    static func current(_ analysis: StatuteAnalysis, _ actor: PublicActor = .aulAkim, under prefix: String = "") -> Set<String> {
        Set(
            CompetenceQuery(actor: actor).select(analysis.competences).map(\.eid).filter {
                $0 == prefix || $0.hasPrefix(prefix + "__") || prefix.isEmpty
            })
    }

    static func flags(_ analysis: StatuteAnalysis, _ actor: PublicActor = .aulAkim, under prefix: String = "") -> Set<String> {
        Set(
            CompetenceQuery(actor: actor, includeNotCurrent: true).select(analysis.flags)
                .filter { $0.eid == prefix || $0.eid.hasPrefix(prefix + "__") || prefix.isEmpty }
                .map { "\($0.eid) \($0.flag.kind.rawValue)" })
    }

    // MARK: Gold

    struct Gold: Decodable {
        struct Provision: Decodable {
            var eid: String
            var status: String
        }
        struct Flag: Decodable {
            var eid: String
            var kind: String
            // swift-format-ignore: AlwaysUseLowerCamelCase
            var open_ended: Bool?
        }
        var source: String
        var provisions: [Provision]?
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var competences_in_force: [String]
        var repealed: [String]?
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var not_aul_akim: [String]?
        var flags: [Flag]
    }

    static let goldFiles: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.sharedGold)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test("The gold in ../shared/gold passes", arguments: goldFiles)
    func gold(file: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.sharedGold + "/" + file))
        let gold = try JSONDecoder().decode(Gold.self, from: data)
        let analysis = try Self.analyse(gold.source)
        let current = Self.current(analysis)
        for eid in gold.competences_in_force {
            #expect(current.contains(eid), "\(file): \(eid) should be a current aul-akim competence")
        }
        for eid in gold.not_aul_akim ?? [] {
            #expect(!analysis.competences.contains { $0.eid == eid && $0.actor == .aulAkim }, "\(file): \(eid) is not the aul akim's")
        }
        let all = CompetenceQuery(actor: .aulAkim, includeNotCurrent: true).select(analysis.competences)
        for eid in gold.repealed ?? [] {
            let competence = try #require(all.first { $0.eid == eid }, "\(file): \(eid) should be kept, repealed")
            #expect(competence.status == .repealed)
            #expect(!current.contains(eid))
        }
        let flags = CompetenceQuery(actor: .aulAkim, includeNotCurrent: true).select(analysis.flags)
        for expected in gold.flags {
            let found = flags.first { $0.eid == expected.eid && $0.flag.kind.rawValue == expected.kind }
            #expect(found != nil, "\(file): \(expected.eid) should carry \(expected.kind)")
            if let openEnded = expected.open_ended { #expect(found?.flag.openEnded == openEnded) }
        }
    }

    // MARK: Law 148-II art. 35

    @Test(
        "Art. 35 (2025): points 1, 1-1, 1-3, 1-4 are the aul akim's; 1-2 is not; 2, 3 and 1-3 14) are flagged", arguments: ["rus", "kaz"])
    func article35(lang: String) throws {
        let analysis = try Self.analyse("Z010000148_/\(lang)/ch003-part007.md")
        let statute = try StatuteLoader.load(TestPaths.statute("Z010000148_/\(lang)/ch003-part007.md")).statute
        let article = try #require(statute.provision(eid: "art_35"))
        var expected: Set<String> = ["art_35__para_1-1"]
        for point in article.children where ["1", "1-3", "1-4"].contains(point.number ?? "") {
            for sub in point.children where sub.status == .inForce { expected.insert(sub.eid) }
        }
        #expect(expected.count == 59)
        #expect(Self.current(analysis, under: "art_35") == expected)
        #expect(!analysis.competences.contains { $0.eid == "art_35__para_1-2" && $0.actor == .aulAkim })
        #expect(analysis.competences.contains { $0.eid == "art_35__para_1-2" && $0.actor == .cityAkimat })
        let flags = CompetenceQuery(actor: .aulAkim).select(analysis.flags)
        let residual = try #require(flags.first { $0.eid == "art_35__para_2" })
        #expect(residual.flag.kind == .residualLegislation && residual.flag.openEnded && !residual.isCompetence)
        #expect(flags.contains { $0.eid == "art_35__para_3" && $0.flag.kind == .upwardAccountability })
        let approval = try #require(flags.first { $0.eid == "art_35__para_1-3__point_14" && $0.flag.kind == .approvalDependency })
        #expect(approval.flag.counterparts == [.districtAkim])
        // Each competence says where its actor came from.
        let point21 = try #require(analysis.competences.first { $0.eid == "art_35__para_1__point_21" })
        #expect(point21.inheritedFrom == "art_35__para_1")
        #expect(point21.topics.contains(.burial))
        let point10Dash2 = try #require(analysis.competences.first { $0.eid == "art_35__para_1__point_10-2" })
        #expect(point10Dash2.isSubset && point10Dash2.units == [.settlement, .village, .ruralDistrict])
        // Repealed and pending are kept, not current.
        let all = CompetenceQuery(actor: .aulAkim, includeNotCurrent: true).select(analysis.competences)
        #expect(all.first { $0.eid == "art_35__para_1__point_16" }?.status == .repealed)
        #expect(all.first { $0.eid == "art_35__para_1__point_12-11" }?.status == .pending)
    }

    @Test("Art. 35 in the 2026-07-12 edition: sub-point 12-11 is in force")
    func article35In2026() throws {
        let analysis = try Self.analyse("Z010000148_/rus.2026-07-12.md")
        #expect(Self.current(analysis, under: "art_35").contains("art_35__para_1__point_12-11"))
    }

    @Test("Art. 35 of 2008 («аула (села), аульного (сельского) округа») gives aul-akim competences")
    func article35In2008() throws {
        let analysis = try Self.analyse("Z010000148_/rus/art035-041.2008-12-24.md")
        let statute = try StatuteLoader.load(TestPaths.statute("Z010000148_/rus/art035-041.2008-12-24.md")).statute
        let point1 = try #require(statute.provision(eid: "art_35__para_1"))
        let subPoints = Set(point1.children.filter { $0.status == .inForce && $0.num != nil }.map(\.eid))
        #expect(subPoints.count > 20)
        #expect(subPoints.isSubset(of: Self.current(analysis, under: "art_35")))
        #expect(Self.flags(analysis, under: "art_35").contains("art_35__para_2 residual-legislation"))
        #expect(Self.flags(analysis, under: "art_35").contains("art_35__para_3 upward-accountability"))
        // Art. 36 of that edition (appointment and dismissal) gives the akim no competence.
        #expect(Self.current(analysis, under: "art_36").isEmpty)
    }

    @Test("--population 1500 and 5000 as of 2019-01-01 differ exactly where the footnotes say")
    func population() throws {
        let analysis = try Self.analyse("Z010000148_/rus/ch003-part007.md")
        func list(_ population: Int) -> Set<String> {
            Set(
                CompetenceQuery(actor: .aulAkim, asOf: LegalDate("2019-01-01"), population: population)
                    .select(analysis.competences).map(\.eid).filter { $0.hasPrefix("art_35") })
        }
        let small = list(1500)
        let large = list(5000)
        #expect(small.subtracting(large) == Set(["4", "4-1", "8", "9", "11"].map { "art_35__para_1__point_\($0)" }))
        #expect(large.subtracting(small).isEmpty)
        // Before 2018 the repeal had not happened for anyone.
        let early = Set(
            CompetenceQuery(actor: .aulAkim, asOf: LegalDate("2017-06-01"), population: 5000)
                .select(analysis.competences).map(\.eid))
        #expect(early.contains("art_35__para_1__point_4"))
    }

    // MARK: Other acts

    @Test("Land Code art. 19: the aul akim's competences; art. 19-1 is not theirs", arguments: ["rus", "kaz"])
    func landCode(lang: String) throws {
        let analysis = try Self.analyse("K030000442_/\(lang)/art019.2026-07-12.md")
        let found = Self.current(analysis, under: "art_19")
        #expect(found.count == 9)
        #expect(found.contains("art_19__point_1") && found.contains("art_19__al_1"))
        #expect(Self.current(analysis, under: "art_19-1").isEmpty)
        let additional = try #require(analysis.competences.first { $0.eid == "art_19__al_1" })
        #expect(additional.units == [.cityOfDistrictSignificance])
    }

    @Test(
        "Pastures law arts. 9–10: para. 2 of art. 9 is the aul akim's; para. 1 (district) and art. 10 (self-government) are not",
        arguments: ["rus", "kaz"])
    func pastures(lang: String) throws {
        let analysis = try Self.analyse("Z1700000047/\(lang)/art009-010.2026-07-12.md")
        let aul = Self.current(analysis)
        #expect(aul.count == 11)
        #expect(aul.allSatisfy { $0.hasPrefix("art_9__para_2__") })
        #expect(Self.current(analysis, .districtAkimat, under: "art_9__para_1").count == 11)
        #expect(Self.current(analysis, .localSelfGovernment, under: "art_10").count == 6)
    }

    @Test("Budget Code 2025 arts. 85–89: the fourth-level budget is drafted by the akim's office, not the district")
    func budgetCode() throws {
        let analysis = try Self.analyse("K2500000171/rus/sec004.2026-07.chars-72000-104000.md")
        let office = Self.current(analysis, .aulAkimOffice)
        #expect(office == ["art_85__para_3", "art_89__para_1"])
        for actor in [PublicActor.districtAkim, .districtAkimat, .aulAkim] {
            #expect(Self.current(analysis, actor).filter { $0 == "art_85__para_3" || $0 == "art_89__para_1" }.isEmpty)
        }
    }

    @Test("Single sentences in other acts: military registration, administrative offences, the old Budget Code")
    func singleSentences() throws {
        let military = try Self.analyse("Z1200000561/rus/art015-017.2024-01-01.md")
        let registration = try #require(military.competences.first { $0.eid == "art_15__para_2" && $0.actor == .aulAkim })
        #expect(registration.units == [.settlement, .village, .ruralDistrict])
        #expect(
            Self.current(military, under: "art_17__para_1") == [
                "art_17__para_1__point_1", "art_17__para_1__point_3", "art_17__para_1__point_4",
            ])
        #expect(Self.current(military, .districtAkim, under: "art_17__para_1").count == 3)
        let offences = try Self.analyse("K1400000235/rus/art729.2023-01-03.md")
        let jurisdiction = try #require(CompetenceQuery().select(offences.competences).first)
        #expect(jurisdiction.eid == "art_729__para_3" && jurisdiction.modality == .power)
        let budget = try Self.analyse("K080000095_/rus/art073-1-drafting-rural-level-budgets.2021-06-30.md")
        #expect(Self.current(budget, .aulAkimOffice).contains("art_73-1__para_1"))
        #expect(Self.current(budget, .aulAkim).isEmpty)
    }

    // MARK: Russian and Kazakh agree

    static let pairs: [(String, String)] = [
        ("Z010000148_/rus/ch003-part007.md", "Z010000148_/kaz/ch003-part007.md"),
        ("Z010000148_/rus/ch003-1.md", "Z010000148_/kaz/ch003-1.md"),
        ("Z010000148_/rus.md", "Z010000148_/kaz.md"),
        ("Z010000148_/rus.2026-07-12.md", "Z010000148_/kaz.2026-07-12.md"),
        ("Z020000339_/rus/ch002.from-char-32000.md", "Z020000339_/kaz/ch002.from-char-48000.md"),
        ("K030000442_/rus/art019.2026-07-12.md", "K030000442_/kaz/art019.2026-07-12.md"),
        ("Z1700000047/rus/art009-010.2026-07-12.md", "Z1700000047/kaz/art009-010.2026-07-12.md"),
        ("Z050000066_/rus/art007.2026-07-12.md", "Z050000066_/kaz/art007.2026-07-12.md"),
        ("Z070000319_/rus/art006.2019-12-27.md", "Z070000319_/kaz/art006.2019-12-27.md"),
        ("Z070000319_/rus/art006.2026-07-12.md", "Z070000319_/kaz/art006.2026-07-12.md"),
        ("Z970000155_/rus/art001.2026-07-12.md", "Z970000155_/kaz/art001.2026-07-12.md"),
        ("Z970000155_/rus/art035.2026-07-12.md", "Z970000155_/kaz/art035.2026-07-12.md"),
        ("K1100000518/rus/art177-179.2026-07-12.md", "K1100000518/kaz/art177-179.2026-07-12.md"),
    ]

    @Test(
        "For every article in both languages: the same competence addresses and flag kinds, for every actor",
        arguments: pairs.map { "\($0.0) | \($0.1)" })
    func parity(pair: String) throws {
        let parts = pair.components(separatedBy: " | ")
        let rus = try Self.analyse(parts[0])
        let kaz = try Self.analyse(parts[1])
        let rusArticles = try Self.articles(parts[0])
        let kazArticles = try Self.articles(parts[1])
        let shared = rusArticles.intersection(kazArticles)
        #expect(!shared.isEmpty)
        for article in shared.sorted() {
            for actor in PublicActor.allCases {
                let query = CompetenceQuery(actor: actor, includeNotCurrent: true)
                let inArticle = { (eid: String) in eid == article || eid.hasPrefix(article + "__") }
                let rusCompetences = Set(query.select(rus.competences).map(\.eid).filter(inArticle))
                let kazCompetences = Set(query.select(kaz.competences).map(\.eid).filter(inArticle))
                #expect(
                    rusCompetences == kazCompetences,
                    "\(article) \(actor.rawValue): rus-only \(rusCompetences.subtracting(kazCompetences).sorted()), kaz-only \(kazCompetences.subtracting(rusCompetences).sorted())"
                )
                let rusFlags = Set(query.select(rus.flags).filter { inArticle($0.eid) }.map { "\($0.eid) \($0.flag.kind.rawValue)" })
                let kazFlags = Set(query.select(kaz.flags).filter { inArticle($0.eid) }.map { "\($0.eid) \($0.flag.kind.rawValue)" })
                #expect(
                    rusFlags == kazFlags,
                    "\(article) \(actor.rawValue): rus-only \(rusFlags.subtracting(kazFlags).sorted()), kaz-only \(kazFlags.subtracting(rusFlags).sorted())"
                )
            }
        }
    }

    @Test("The sample act gives the same competences and flags in Russian, Kazakh and English")
    func sampleInThreeLanguages() throws {
        var results: [Set<String>] = []
        for lang in ["rus", "kaz", "eng"] {
            let statute = try StatuteLoader.load(TestPaths.sample("samples/KZY0000001/\(lang).md")).statute
            let analysis = CompetenceExtractor(catalog: Self.catalog).analyse(statute)
            let competences = CompetenceQuery(actor: .aulAkim, includeNotCurrent: true).select(analysis.competences)
                .map { "\($0.eid) \($0.status.rawValue) \($0.modality.rawValue)" }
            results.append(Set(competences).union(Self.flags(analysis)))
        }
        #expect(results[0].count > 10)
        #expect(results[0] == results[1])
        #expect(results[0] == results[2])
    }

    /// The complete articles of a file (an excerpt's first, cut article is a fragment, not an article).
    static func articles(_ relative: String) throws -> Set<String> {
        let statute = try StatuteLoader.load(TestPaths.statute(relative)).statute
        var result = Set<String>()
        statute.walk { node, _ in if node.kind == .article { result.insert(node.eid) } }
        return result
    }

    // MARK: Precision and recall against a hand-checked list

    struct HandChecked: Decodable {
        struct Article: Decodable {
            struct Flag: Decodable {
                var eid: String
                var kind: String
            }
            var sources: [String]
            var article: String
            var competences: [String]
            var flags: [Flag]
        }
        var articles: [Article]
    }

    /// Precision and recall of competences and flags over the hand-checked articles, per language.
    static func score(lang: Int) throws -> (competences: (tp: Int, fp: Int, fn: Int), flags: (tp: Int, fp: Int, fn: Int)) {
        let url = try #require(Bundle.module.url(forResource: "hand-checked", withExtension: "json", subdirectory: "Fixtures"))
        let checked = try JSONDecoder().decode(HandChecked.self, from: Data(contentsOf: url))
        var competences = (tp: 0, fp: 0, fn: 0)
        var flags = (tp: 0, fp: 0, fn: 0)
        for article in checked.articles {
            let analysis = try analyse(article.sources[lang])
            let found = current(analysis, under: article.article)
            let expected = Set(article.competences)
            competences.tp += found.intersection(expected).count
            competences.fp += found.subtracting(expected).count
            competences.fn += expected.subtracting(found).count
            let foundFlags = Self.flags(analysis, under: article.article)
            let expectedFlags = Set(article.flags.map { "\($0.eid) \($0.kind)" })
            flags.tp += foundFlags.intersection(expectedFlags).count
            flags.fp += foundFlags.subtracting(expectedFlags).count
            flags.fn += expectedFlags.subtracting(foundFlags).count
        }
        return (competences, flags)
    }

    @Test(
        "Precision and recall against the hand-checked list (art. 35, art. 10-1, Land Code art. 19, pastures arts. 9–10)",
        arguments: [0, 1])
    func precisionAndRecall(lang: Int) throws {
        let (competences, flags) = try Self.score(lang: lang)
        func precision(_ counts: (tp: Int, fp: Int, fn: Int)) -> Double { Double(counts.tp) / Double(max(1, counts.tp + counts.fp)) }
        func recall(_ counts: (tp: Int, fp: Int, fn: Int)) -> Double { Double(counts.tp) / Double(max(1, counts.tp + counts.fn)) }
        print(
            "hand-checked \(lang == 0 ? "rus" : "kaz"): competences tp \(competences.tp) fp \(competences.fp) fn \(competences.fn) precision \(precision(competences)) recall \(recall(competences)); flags tp \(flags.tp) fp \(flags.fp) fn \(flags.fn) precision \(precision(flags)) recall \(recall(flags))"
        )
        #expect(competences.tp == 84)
        #expect(precision(competences) >= 0.98 && recall(competences) >= 0.98)
        #expect(precision(flags) >= 0.9 && recall(flags) >= 0.9)
    }
}
