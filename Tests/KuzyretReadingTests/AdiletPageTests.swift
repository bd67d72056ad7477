import Foundation
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The real adilet.zan.kz pages of `../shared/statutes/markup-samples` (their markup is described
/// in SOURCES.md).
@Suite("adilet.zan.kz pages")
struct AdiletPageTests {
    static func load(_ name: String) throws -> LoadedStatute {
        try StatuteLoader.load(TestPaths.statute("markup-samples/\(name)"))
    }

    static func footnotes(of statute: Statute) -> [(String, String)] {
        var result = statute.footnotes.map { ("act", $0.text) }
        statute.walk { node, _ in result += node.footnotes.map { (node.eid, $0.text) } }
        return result
    }

    /// The number of «Сноска.» notes on a page, counted on the raw HTML.
    static func rawFootnoteCount(_ name: String) throws -> Int {
        let html = try String(contentsOfFile: TestPaths.statute("markup-samples/\(name)"), encoding: .utf8)
        return html.components(separatedBy: "Сноска.").count - 1
    }

    @Test("An order in force: title, status, body points, attachment chapters and every footnote")
    func orderInForce() throws {
        let name = "adilet-rus-V1500010851.html"
        let statute = try Self.load(name).statute
        #expect(statute.act.id == "V1500010851")
        #expect(statute.act.lang == .rus)
        #expect(statute.act.status == .inForce)
        #expect(statute.act.format == .html)
        #expect(statute.act.title == "Об утверждении Правил устройства электроустановок")
        #expect(statute.provisions.first?.kind == .preamble)
        #expect(statute.provisions.filter { $0.kind == .paragraph }.map(\.number) == ["1", "2", "3", "4"])
        #expect(statute.provision(eid: "para_2")?.children.map(\.number) == ["1", "2", "3", "4"])
        let rules = try #require(statute.provision(eid: "att_1"))
        #expect(rules.heading == "Правила устройства электроустановок")
        #expect(statute.provision(eid: "att_1__chp_1") != nil)
        #expect((statute.provision(eid: "att_1__para_4")?.children.count ?? 0) > 20)

        // Every «Сноска.» of the page is attached, including the bare <span class="note"> runs
        // that stand outside any <p>, and each to the provision it names.
        let notes = Self.footnotes(of: statute)
        #expect(notes.count == (try Self.rawFootnoteCount(name)))
        let byPlace = Dictionary(notes.map { ($0.0, $0.1) }, uniquingKeysWith: { $0 + "\n" + $1 })
        #expect(byPlace["preamble"]?.hasPrefix("Сноска. Преамбула") == true)
        #expect(byPlace["att_1"]?.hasPrefix("Сноска. Правила") == true)
        #expect(byPlace["att_1__para_1"]?.hasPrefix("Сноска. Пункт 1 ") == true)
        #expect(byPlace["att_1__para_4"]?.hasPrefix("Сноска. Пункт 4 ") == true)
        #expect(byPlace["att_1__para_5"]?.hasPrefix("Сноска. Пункт 5 ") == true)
        #expect(TreeInvariants.violations(in: statute) == [])
    }

    @Test("A repealed order: the status badge and the repeal footnote belong to the act")
    func repealedOrder() throws {
        let statute = try Self.load("adilet-rus-V1900019361.html").statute
        #expect(statute.act.id == "V1900019361")
        #expect(statute.act.status == .repealed)
        #expect(statute.footnotes.count == 1)
        #expect(statute.footnotes.first?.text.hasPrefix("Сноска. Утратил силу") == true)
        #expect(statute.provision(eid: "para_1")?.children.map(\.number) == ["1", "2", "3"])
        #expect(statute.provision(eid: "att_1__chp_1") != nil)
        #expect(TreeInvariants.violations(in: statute) == [])
    }

    @Test("A page cut short still gives what it holds, marked partial where it is")
    func truncatedPage() throws {
        let loaded = try Self.load("adilet-rus-V2300032783.first16000chars.html")
        #expect(loaded.statute.act.id == "V2300032783")
        #expect(loaded.statute.provisions.filter { $0.kind == .paragraph }.count == 4)
        #expect(loaded.statute.provision(eid: "att_1__chp_1") != nil)
    }
}
