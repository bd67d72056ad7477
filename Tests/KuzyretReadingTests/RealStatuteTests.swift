import Foundation
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The provision trees of the real statutes in `../shared/statutes`, checked against what the
/// law says (DESIGN §5): addresses, statuses, conditions and footnotes.
@Suite("Real statutes")
struct RealStatuteTests {
    static func load(_ relative: String) throws -> Statute {
        try StatuteLoader.load(TestPaths.statute(relative)).statute
    }

    static func article(_ number: String, in statute: Statute) throws -> Provision {
        try #require(statute.provision(eid: "art_\(number)"), "no article \(number) in \(statute.act.id)")
    }

    /// Every eId of a subtree, in document order.
    static func addresses(of provision: Provision) -> [String] {
        var result: [String] = []
        provision.walk { node, _ in result.append(node.eid) }
        return result
    }

    // MARK: Law 148-II, art. 35, edition 2025-08-31

    @Test("Art. 35 (2025): 68 addresses, the same in Russian and Kazakh", arguments: ["rus", "kaz"])
    func article35Addresses(lang: String) throws {
        let statute = try Self.load("Z010000148_/\(lang)/ch003-part007.md")
        #expect(statute.act.id == "Z010000148_")
        #expect(statute.act.lang.rawValue == lang)
        #expect(statute.act.edition == LegalDate("2025-08-31"))
        let art35 = try Self.article("35", in: statute)
        #expect(art35.children.map(\.number) == ["1", "1-1", "1-2", "1-3", "1-4", "2", "3"])
        let all = Self.addresses(of: art35).dropFirst()
        #expect(all.count == 68)
        #expect(all.filter { $0.contains("__point_") }.count == 61)
        let point1 = try #require(art35.children.first)
        #expect(point1.children.count == 43)
        #expect(point1.children.filter { $0.status == .repealed }.map(\.number) == ["10", "16"])
        #expect(point1.children.filter { $0.status == .pending }.map(\.number) == ["12-11"])
        let repealedWhere = point1.children.filter { $0.conditions.contains { $0.effect == .repealed } }
        #expect(repealedWhere.map(\.number) == ["4", "4-1", "8", "9", "11"])
        for node in repealedWhere {
            let condition = try #require(node.conditions.first { $0.effect == .repealed })
            #expect(condition.effect == .repealed)
            #expect(condition.from == LegalDate("2018-01-01"))
            #expect(condition.population == PopulationBound(.above, 2000))
        }
        // The article's amendment footnote belongs to the article, not to its last sub-point.
        #expect(!art35.footnotes.isEmpty)
        art35.walk { node, _ in
            if node.eid != art35.eid {
                #expect(!node.footnotes.contains { $0.text.contains("статья 35") || $0.text.contains("35-бап") })
            }
        }
    }

    @Test("Art. 35 (2025): both languages give the same addresses and statuses")
    func article35Twins() throws {
        let rus = try Self.article("35", in: Self.load("Z010000148_/rus/ch003-part007.md"))
        let kaz = try Self.article("35", in: Self.load("Z010000148_/kaz/ch003-part007.md"))
        var rusStatuses: [String] = []
        var kazStatuses: [String] = []
        rus.walk { node, _ in rusStatuses.append("\(node.eid) \(node.status.rawValue) \(node.conditions.count)") }
        kaz.walk { node, _ in kazStatuses.append("\(node.eid) \(node.status.rawValue) \(node.conditions.count)") }
        #expect(rusStatuses == kazStatuses)
    }

    @Test("Art. 35 (2025): pending 12-11 says when it enters into force")
    func pendingPoint() throws {
        for lang in ["rus", "kaz"] {
            let statute = try Self.load("Z010000148_/\(lang)/ch003-part007.md")
            let node = try #require(statute.provision(eid: "art_35__para_1__point_12-11"))
            #expect(node.status == .pending)
            #expect(node.conditions.contains { $0.effect == .inForce && $0.from == LegalDate("2025-09-01") })
        }
    }

    // MARK: Law 148-II, whole edition 2026-07-12

    @Test("Edition 2026-07-12: 12-11 in force; every article has the same addresses in rus and kaz")
    func edition2026() throws {
        let rus = try Self.load("Z010000148_/rus.2026-07-12.md")
        let kaz = try Self.load("Z010000148_/kaz.2026-07-12.md")
        for statute in [rus, kaz] {
            #expect(statute.act.edition == LegalDate("2026-07-12"))
            let node = try #require(statute.provision(eid: "art_35__para_1__point_12-11"))
            #expect(node.status == .inForce)
            #expect(TreeInvariants.violations(in: statute).isEmpty)
        }
        func articles(_ statute: Statute) -> [String: [String]] {
            var result: [String: [String]] = [:]
            statute.walk { node, _ in
                if node.kind == .article { result[node.eid] = Self.addresses(of: node) }
            }
            return result
        }
        let rusArticles = articles(rus)
        let kazArticles = articles(kaz)
        #expect(rusArticles.count > 60)
        #expect(Set(rusArticles.keys) == Set(kazArticles.keys))
        for (eid, addresses) in rusArticles.sorted(by: { $0.key < $1.key }) {
            #expect(addresses == kazArticles[eid], "\(eid) differs between rus and kaz")
        }
    }

    // MARK: Law «О ветеринарии», art. 10-1

    @Test(
        "Veterinary law art. 10-1: in force and repealed sub-points, one node each",
        arguments: [
            "Z020000339_/rus/ch002.from-char-32000.md", "Z020000339_/kaz/ch002.from-char-48000.md",
        ])
    func veterinaryArticle(path: String) throws {
        let statute = try Self.load(path)
        let article = try Self.article("10-1", in: statute)
        let inForce = article.children.filter { $0.status == .inForce }.map(\.number)
        let repealed = article.children.filter { $0.status == .repealed }.map(\.number)
        #expect(inForce == ["1", "2", "7", "8", "15"])
        #expect(repealed == ["3", "4", "5", "6", "9", "10", "11", "12", "13", "14", "16", "17"])
        #expect(article.children.allSatisfy { $0.kind == .point })
    }

    @Test(
        "Veterinary law art. 13-1 point 5: the second list hangs under its alinea",
        arguments: [
            "Z020000339_/rus/ch002.from-char-32000.md", "Z020000339_/kaz/ch002.from-char-48000.md",
        ])
    func alineaList(path: String) throws {
        let statute = try Self.load(path)
        let point5 = try #require(statute.provision(eid: "art_13-1__para_5"))
        #expect(
            Self.addresses(of: point5) == [
                "art_13-1__para_5", "art_13-1__para_5__point_1", "art_13-1__para_5__point_2", "art_13-1__para_5__point_3",
                "art_13-1__para_5__al_1", "art_13-1__para_5__al_1__point_1", "art_13-1__para_5__al_1__point_2",
            ])
    }

    @Test("Law 148-II art. 41: quoted amended text stays inside the point that quotes it")
    func quotedText() throws {
        let statute = try Self.load("Z010000148_/rus/ch003-1.md")
        let article = try Self.article("41", in: statute)
        let numbers = article.children.map(\.number)
        #expect(
            numbers
                == numbers.sorted {
                    ProvisionNumber.precedes(
                        ProvisionNumber.components(of: $0 ?? ""), ProvisionNumber.components(of: $1 ?? ""))
                })
        #expect(Set(numbers).count == numbers.count)
        var quoted = false
        article.walk { node, _ in if node.text.contains("4. Решение о досрочном прекращении") { quoted = true } }
        #expect(quoted, "the quoted «4. Решение о досрочном прекращении…» is not in any point's text")
    }

    // MARK: Gold

    @Test("The gold files of ../shared/gold hold", arguments: try GoldFile.all())
    func gold(file: GoldFile) throws {
        let statute = try Self.load(file.source)
        #expect(statute.act.id == file.act)
        #expect(statute.act.lang.rawValue == file.lang)
        #expect(statute.act.edition?.description == file.edition)
        for (eid, status) in file.provisions {
            let node = try #require(statute.provision(eid: eid), "\(file.name): no \(eid)")
            #expect(node.status.rawValue == status, "\(file.name): \(eid)")
        }
        for eid in file.inForce {
            #expect(statute.provision(eid: eid)?.status == .inForce, "\(file.name): \(eid) should be in force")
        }
        for eid in file.repealed {
            #expect(statute.provision(eid: eid)?.status == .repealed, "\(file.name): \(eid) should be repealed")
        }
    }

    // MARK: The whole corpus

    @Test(
        "Every real statute parses, keeps the invariants and loses no numbered line",
        arguments: try TestPaths.allRealStatutes())
    func corpus(path: String) throws {
        let loaded = try StatuteLoader.load(path)
        let statute = loaded.statute
        #expect(!statute.provisions.isEmpty || statute.act.isPartial)
        #expect(!loaded.diagnostics.contains { $0.severity == .warning && !$0.message.contains("part") }, "\(loaded.diagnostics)")
        #expect(TreeInvariants.violations(in: statute) == [])
        let missing = NumberedLines.missing(from: statute, files: loaded.files, diagnostics: loaded.diagnostics)
        #expect(missing == [], "numbered lines without a node")
    }

    @Test(
        "The byte-level fold and tokens equal the scalar-by-scalar references on every real text",
        arguments: try TestPaths.allRealStatutes())
    func foldMatchesReference(path: String) throws {
        let text = TreeInvariants.allText(of: try StatuteLoader.load(path).statute)
        for line in text.split(separator: "\n") {
            let line = String(line)
            #expect(MatchText.fold(line) == MatchText.foldByScalars(line), "\(line.prefix(80))")
            #expect(MatchWords.tokens(of: line) == MatchWords.tokensByScalars(of: line), "\(line.prefix(80))")
        }
    }

    @Test("Part files join into one act: the index file gives every part's articles")
    func joinsParts() throws {
        let loaded = try StatuteLoader.load(TestPaths.statute("Z010000148_/rus.md"))
        #expect(loaded.files.count == 5)
        let statute = loaded.statute
        for article in ["1", "26", "35", "39-1", "41"] {
            #expect(statute.provision(eid: "art_\(article)") != nil, "art. \(article) missing after the join")
        }
        #expect(statute.act.isPartial)
        #expect(loaded.diagnostics.contains { $0.message.contains("ch002") })
    }
}

/// One file of `../shared/gold`.
struct GoldFile: Sendable, CustomTestStringConvertible {
    var name: String
    var source: String
    var act: String
    var lang: String
    var edition: String
    var provisions: [(String, String)]
    var inForce: [String]
    var repealed: [String]

    var testDescription: String { name }

    static func all() throws -> [GoldFile] {
        let folder = TestPaths.sharedGold
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else { throw TestSupportError("no gold files in \(folder)") }
        return try names.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw TestSupportError("\(name) is not a JSON object")
            }
            let provisions = (object["provisions"] as? [[String: Any]] ?? []).compactMap { entry -> (String, String)? in
                guard let eid = entry["eid"] as? String, let status = entry["status"] as? String else { return nil }
                return (eid, status)
            }
            return GoldFile(
                name: name, source: object["source"] as? String ?? "", act: object["act"] as? String ?? "",
                lang: object["lang"] as? String ?? "", edition: object["edition"] as? String ?? "",
                provisions: provisions,
                inForce: object["competences_in_force"] as? [String] ?? [],
                repealed: object["repealed"] as? [String] ?? []
            )
        }
    }
}
