import Foundation
import GRDB
import KuzyretCore
import KuzyretIndex
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The index of ../shared/statutes and searches on it (DESIGN.md §9).
@Suite("Index and search", .serialized)
struct IndexTests {
    /// One index of the real statutes, built once for the suite.
    static let built: (path: String, summary: IndexBuilder.Summary) = {
        let directory = NSTemporaryDirectory() + "kuzyret-index-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/kuzyret.sqlite"
        try? FileManager.default.removeItem(atPath: path)
        var options = LoadOptions()
        options.catalog = (try? ActCatalog.load(from: URL(fileURLWithPath: TestPaths.packageRoot + "/Statutes/catalog.json"))) ?? .empty
        let summary = try! IndexBuilder(options: options).build(paths: [TestPaths.sharedStatutes], database: path)
        return (path, summary)
    }()

    static func search(_ query: String, _ filters: IndexSearch.Filters = IndexSearch.Filters()) throws -> [IndexSearch.Hit] {
        try IndexSearch(path: built.path).search(query, filters: filters)
    }

    @Test("The build reads every real statute, with competences and flags")
    func build() {
        let summary = Self.built.summary
        #expect(summary.errors.isEmpty, "\(summary.errors)")
        #expect(summary.acts >= 8)
        #expect(summary.provisions > 3000)
        #expect(summary.competences > 1000)
        #expect(summary.flags > 50)
    }

    /// What holds on any corpus: another act about grazing may outrank the vet sub-point (the agro
    /// law's art. 7 4) 5-1) does), but the sub-point stays among the first hits, and every hit is
    /// about grazing.
    @Test("«выпас» finds vet art. 10-1 sub-point 1 among the first hits; «мал жаятын» its Kazakh twin first")
    func pasture() throws {
        let rus = try Self.search("выпас")
        #expect(
            rus.prefix(5).contains { $0.address.description == "Z020000339_/rus/art_10-1__point_1" }, "\(rus.map(\.address.description))")
        #expect(!rus.isEmpty && rus.allSatisfy { $0.snippet.lowercased().contains("[выпас") }, "\(rus.map(\.snippet))")
        let kaz = try Self.search("мал жаятын")
        #expect(kaz.first?.address.description == "Z020000339_/kaz/art_10-1__point_1", "\(kaz.map(\.address.description))")
    }

    @Test("«погребение безродных» finds art. 35 point 1 sub-point 21")
    func burial() throws {
        let hits = try Self.search("погребение безродных")
        let hit = try #require(
            hits.first { $0.address.description == "Z010000148_/rus/art_35__para_1__point_21" }, "\(hits.map(\.address.description))")
        #expect(hit.snippet.contains("[погребение] [безродных]"))
    }

    @Test("«акимом сельского округа» and «аким сельского округа» find the same provisions")
    func protectedTerms() throws {
        let one = try Self.search("акимом сельского округа", IndexSearch.Filters(limit: 500)).map(\.address.description)
        let other = try Self.search("аким сельского округа", IndexSearch.Filters(limit: 500)).map(\.address.description)
        #expect(!one.isEmpty)
        #expect(Set(one) == Set(other))
    }

    @Test("A Kazakh word typed with Latin i finds the text written with Cyrillic і")
    func latinI() throws {
        let latin = try Self.search("әкiмiнiң құзыретi", IndexSearch.Filters(limit: 100)).map(\.address.description)
        let cyrillic = try Self.search("әкімінің құзыреті", IndexSearch.Filters(limit: 100)).map(\.address.description)
        #expect(!latin.isEmpty)
        #expect(latin == cyrillic)
    }

    @Test("show art. 35 point 2: its flag, both languages, and what cites art. 35")
    func show() throws {
        let view = try #require(try IndexSearch(path: Self.built.path).provision("Z010000148_/rus/art_35__para_2"))
        #expect(view.flags.map(\.kind) == ["residual-legislation"])
        #expect(view.texts.map(\.lang.rawValue) == ["rus", "kaz"])
        #expect(view.texts.first?.edition == "2026-07-12")
        #expect(view.parents.last?.address.description == "Z010000148_/rus/art_35")
        #expect(view.citedBy.contains { $0.from == "Z010000148_/rus/art_35__para_1-2" })
        #expect(try IndexSearch(path: Self.built.path).provision("Z010000148_/rus/art_999") == nil)
    }

    @Test("Filters, phrases and prefixes; a malformed query is a clear error")
    func queries() throws {
        let aul = try Self.search("ветеринар*", IndexSearch.Filters(actor: "aul-akim", lang: .rus, limit: 100))
        #expect(!aul.isEmpty)
        let phrase = try Self.search("\"иных вопросов\"", IndexSearch.Filters(flag: "residual-legislation", limit: 100))
        #expect(phrase.contains { $0.address.description == "Z010000148_/rus/art_35__para_2" }, "\(phrase.map(\.address.description))")
        #expect(throws: IndexSearch.QueryError.self) { try Self.search("\"незакрытая кавычка") }
        do {
            _ = try Self.search("(выпас")
            Issue.record("a malformed query must throw")
        } catch let error as IndexSearch.QueryError {
            #expect(error.description.contains("malformed query"))
            #expect(!error.description.contains("SQLITE"))
        }
    }

    @Test("Building again on unchanged input reads nothing; a garbage file is reported and skipped")
    func incremental() throws {
        let directory = NSTemporaryDirectory() + "kuzyret-incremental-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory + "/in", withIntermediateDirectories: true)
        let vet = TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md")
        try FileManager.default.copyItem(atPath: vet, toPath: directory + "/in/vet.md")
        try Data([0x00, 0xFF, 0xFE, 0x00, 0x13]).write(to: URL(fileURLWithPath: directory + "/in/garbage.html"))
        let database = directory + "/kuzyret.sqlite"
        let first = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(first.written == 1 && first.errors.count == 1 && first.acts == 1)
        #expect(first.errors.first?.contains("garbage.html") == true)
        let second = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(second.written == 0 && second.unchanged == 1)
        #expect(second.provisions == first.provisions && second.competences == first.competences)
        #expect(!FileManager.default.fileExists(atPath: database + ".building"))
        // A file touched but not changed is read for its hash, not indexed again; a changed one is.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: directory + "/in/vet.md")
        let touched = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(touched.written == 0 && touched.unchanged == 1)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/in/vet.md"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let changed = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(changed.written == 1 && changed.unchanged == 0)
    }

    /// The addresses of the provisions the index holds for `act`.
    static func addresses(in database: String, act: String) throws -> Set<String> {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: database, configuration: configuration)
        return try queue.read { (db: Database) throws -> Set<String> in
            try String.fetchSet(
                db, sql: "SELECT p.address FROM provision p JOIN act a ON a.id = p.act_id WHERE a.act = ?", arguments: [act])
        }
    }

    /// The addresses of every provision of the statute at `path`.
    static func addresses(of path: String) throws -> Set<String> {
        let statute = try StatuteLoader.load(path).statute
        var addresses = Set<String>()
        statute.walk { node, _ in addresses.insert(statute.address(eid: node.eid)) }
        return addresses
    }

    @Test("Excerpts of one edition merge into one act; a removed excerpt leaves; part files are no acts of their own")
    func excerptsAndParts() throws {
        let manager = FileManager.default
        let directory = NSTemporaryDirectory() + "kuzyret-excerpts-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: directory)
        // The act and its edition are read from the path (`K080000095_/rus/….2024-01-01.md`): the
        // copies keep the statutes' layout.
        let budget = directory + "/in/K080000095_/rus"
        let law = directory + "/in/Z010000148_"
        try manager.createDirectory(atPath: budget, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: law + "/rus", withIntermediateDirectories: true)
        let excerpts = [
            "art009-1-budgets-rural-level.2024-01-01.md", "art052-1-revenues-rural-level-budgets.2024-01-01.md",
            "art056-1-expenditures-rural-level-budgets.2024-01-01.md",
        ]
        var expected: [Set<String>] = []
        for name in excerpts {
            try manager.copyItem(atPath: TestPaths.statute("K080000095_/rus/\(name)"), toPath: "\(budget)/\(name)")
            expected.append(try Self.addresses(of: "\(budget)/\(name)"))
        }
        // The 2025 edition of Law 148-II: an index file and the parts it lists beside it.
        try manager.copyItem(atPath: TestPaths.statute("Z010000148_/rus.md"), toPath: law + "/rus.md")
        for part in ["ch001", "ch003", "ch003-part007", "ch003-1"] {
            try manager.copyItem(atPath: TestPaths.statute("Z010000148_/rus/\(part).md"), toPath: law + "/rus/\(part).md")
        }
        let lawAddresses: Set<String> = try Self.addresses(of: law + "/rus.md")
        #expect(lawAddresses.count > 300)

        let database = directory + "/kuzyret.sqlite"
        let first = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(first.errors == [])
        #expect(first.acts == 2, "one budget code row, one law row")
        #expect(first.written == 4, "three excerpts and the index file; its parts are read through it")
        let allExcerpts: Set<String> = expected[0].union(expected[1]).union(expected[2])
        let budgetRows: Set<String> = try Self.addresses(in: database, act: "K080000095_")
        let lawRows: Set<String> = try Self.addresses(in: database, act: "Z010000148_")
        #expect(budgetRows == allExcerpts)
        #expect(lawRows == lawAddresses)

        try manager.removeItem(atPath: "\(budget)/\(excerpts[1])")
        let second = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(second.unchanged == 1)
        #expect(second.written == 2)
        #expect(second.acts == 2)
        let left: Set<String> = try Self.addresses(in: database, act: "K080000095_")
        let kept: Set<String> = expected[0].union(expected[2])
        let removed: Set<String> = expected[1].subtracting(kept)
        #expect(!removed.isEmpty)
        #expect(left == kept)
        #expect(left.isDisjoint(with: removed))

        let third = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(third.written == 0)
        #expect(third.unchanged == 2)

        // An excerpt given again joins the kept act of its edition: the act is written merged.
        try manager.copyItem(atPath: TestPaths.statute("K080000095_/rus/\(excerpts[1])"), toPath: "\(budget)/\(excerpts[1])")
        let fourth = try IndexBuilder().build(paths: [directory + "/in"], database: database)
        #expect(fourth.written == 1)
        #expect(fourth.unchanged == 1)
        #expect(fourth.acts == 2)
        let joined: Set<String> = try Self.addresses(in: database, act: "K080000095_")
        #expect(joined == allExcerpts)
    }
}
