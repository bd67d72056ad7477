import Foundation
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

    @Test("«выпас» finds vet art. 10-1 sub-point 1 first; «мал жаятын» its Kazakh twin")
    func pasture() throws {
        let rus = try Self.search("выпас")
        #expect(rus.first?.address == "Z020000339_/rus/art_10-1__point_1", "\(rus.map(\.address))")
        let kaz = try Self.search("мал жаятын")
        #expect(kaz.first?.address == "Z020000339_/kaz/art_10-1__point_1", "\(kaz.map(\.address))")
    }

    @Test("«погребение безродных» finds art. 35 point 1 sub-point 21")
    func burial() throws {
        let hits = try Self.search("погребение безродных")
        let hit = try #require(hits.first { $0.address == "Z010000148_/rus/art_35__para_1__point_21" }, "\(hits.map(\.address))")
        #expect(hit.snippet.contains("[погребение] [безродных]"))
    }

    @Test("«акимом сельского округа» and «аким сельского округа» find the same provisions")
    func protectedTerms() throws {
        let one = try Self.search("акимом сельского округа", IndexSearch.Filters(limit: 500)).map(\.address)
        let other = try Self.search("аким сельского округа", IndexSearch.Filters(limit: 500)).map(\.address)
        #expect(!one.isEmpty)
        #expect(Set(one) == Set(other))
    }

    @Test("A Kazakh word typed with Latin i finds the text written with Cyrillic і")
    func latinI() throws {
        let latin = try Self.search("әкiмiнiң құзыретi", IndexSearch.Filters(limit: 100)).map(\.address)
        let cyrillic = try Self.search("әкімінің құзыреті", IndexSearch.Filters(limit: 100)).map(\.address)
        #expect(!latin.isEmpty)
        #expect(latin == cyrillic)
    }

    @Test("show art. 35 point 2: its flag, both languages, and what cites art. 35")
    func show() throws {
        let view = try #require(try IndexSearch(path: Self.built.path).provision("Z010000148_/rus/art_35__para_2"))
        #expect(view.flags.map(\.kind) == ["residual-legislation"])
        #expect(view.texts.map(\.lang) == ["rus", "kaz"])
        #expect(view.texts.first?.edition == "2026-07-12")
        #expect(view.parents.last?.address == "Z010000148_/rus/art_35")
        #expect(view.citedBy.contains { $0.from == "Z010000148_/rus/art_35__para_1-2" })
        #expect(try IndexSearch(path: Self.built.path).provision("Z010000148_/rus/art_999") == nil)
    }

    @Test("Filters, phrases and prefixes; a malformed query is a clear error")
    func queries() throws {
        let aul = try Self.search("ветеринар*", IndexSearch.Filters(actor: "aul-akim", lang: .rus, limit: 100))
        #expect(!aul.isEmpty)
        let phrase = try Self.search("\"иных вопросов\"", IndexSearch.Filters(flag: "residual-legislation", limit: 100))
        #expect(phrase.contains { $0.address == "Z010000148_/rus/art_35__para_2" }, "\(phrase.map(\.address))")
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
    }
}
