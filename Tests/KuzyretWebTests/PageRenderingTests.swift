import Foundation
import KuzyretCore
import KuzyretTestSupport
import Testing

@testable import KuzyretWeb

/// The pages rendered as plain functions: what a hostile text becomes, and how provisions are
/// named. No server: the same functions the routes call.
@Suite("Pages rendered as functions")
struct PageRenderingTests {
    static let hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&"

    /// No element or attribute of `hostile` survives; its text does, escaped.
    func expectEscaped(_ html: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script>alert"), "\(what)", sourceLocation: sourceLocation)
        #expect(!html.contains("<img src=x"), "\(what)", sourceLocation: sourceLocation)
        #expect(html.contains("&lt;script&gt;"), "\(what)", sourceLocation: sourceLocation)
    }

    static func view(text: String) -> ProvisionView {
        let address = ProvisionAddress(act: "Z010000148_", lang: .rus, eid: "art_35__para_1__point_21")
        var view = ProvisionView(
            address: address, parents: [ProvisionView.Parent(address: address.with(eid: "art_35"), label: "35 " + text)],
            texts: [
                ProvisionView.Text(address: address, edition: "2026-07-12", status: "in-force", heading: text, text: text),
                ProvisionView.Text(address: address.inLanguage(.kaz), edition: "2026-07-12", status: "in-force", heading: nil, text: text),
            ],
            competences: [ProvisionView.Grant(actor: "aul-akim", modality: "duty")],
            flags: [ProvisionView.Flag(kind: "residual-legislation", openEnded: true, span: text, explanation: text, charter: ["4.1"])],
            cites: [ProvisionView.Reference(from: address.description, targetAct: text, target: nil, span: text)],
            citedBy: [ProvisionView.Reference(from: "Z010000148_/rus/art_36", targetAct: nil, target: nil, span: text)])
        view.conditions = [text]
        view.actTitle = text
        view.label = text
        return view
    }

    @Test("Statute text, headings, spans and act titles are escaped on the provision page")
    func provisionText() {
        let editions = [
            ProvisionEdition(edition: "2025-08-31", status: "in-force", text: "old " + Self.hostile, isPartial: false),
            ProvisionEdition(edition: "2026-07-12", status: "in-force", text: Self.hostile, isPartial: false),
        ]
        let html = ProvisionPage.body(view: Self.view(text: Self.hostile), linkEdition: nil, editions: editions, ui: .rus)
        expectEscaped(html, "provision page")
        // The word diff escapes both sides.
        #expect(html.contains("<del>old</del>"))
    }

    @Test("The query is escaped in the search page, the search box and the page title")
    func query() {
        let request = SearchPage.Request(query: Self.hostile, filters: ["act": Self.hostile], page: 1)
        let results = SearchResults(
            query: Self.hostile,
            hits: [
                SearchResults.Hit(
                    address: ProvisionAddress(act: "Z010000148_", lang: .rus, eid: "art_35"), status: "in-force", heading: Self.hostile,
                    snippet: "[аким] " + Self.hostile, rank: -1)
            ])
        let body = SearchPage.body(
            request: request, results: results, facets: [SearchFacet(name: "act", values: [.init(value: Self.hostile, count: 1)])],
            error: nil, ui: .eng)
        expectEscaped(body, "search results")
        #expect(body.contains("<mark>аким</mark>"))
        let failed = SearchPage.body(request: request, results: nil, facets: [], error: "malformed query «\(Self.hostile)»", ui: .eng)
        expectEscaped(failed, "search error")
        let page = Layout.render(
            Layout.Context(title: Self.hostile, lang: "en", l: InterfaceLanguage.eng.labels, body: "", query: Self.hostile, languages: []))
        expectEscaped(page, "layout")
        #expect(!page.contains("value=\"<"))
    }

    @Test("Upload file names are reduced to safe names; error messages are escaped")
    func fileNamesAndMessages() {
        #expect(BillUpload.safeName("../../etc/passwd") == "passwd")
        #expect(BillUpload.safeName("\"><script>alert(1)</script>.md") == "script.md")
        #expect(BillUpload.safeName("..") == "bill.md")
        #expect(BillUpload.safeName("закон.md") == "закон.md")
        let error = ErrorPage.body(title: "Bad request", message: "\(Self.hostile).md: not a statute", ui: .eng)
        expectEscaped(error, "error page")
    }

    @Test("A provision is named from its eId in each interface language")
    func provisionNames() {
        let eid = EId("art_35__para_1__point_4-1")
        #expect(ProvisionName.of(eid, ui: .rus) == "ст. 35, п. 1, пп. 4-1)")
        #expect(ProvisionName.of(eid, ui: .kaz) == "35-бап, 1-тармақ, 4-1) тармақша")
        #expect(ProvisionName.of(eid, ui: .eng) == "art. 35, para. 1, subpara. 4-1)")
        #expect(ProvisionName.of("chp_3__art_10", ui: .rus) == "гл. 3, ст. 10")
        #expect(ProvisionName.of("preamble", ui: .kaz) == "кіріспе")
        #expect(ProvisionName.of("unknown_7", ui: .eng) == "unknown_7")
    }

    @Test("The interface language: ?ui=, else the first known language of Accept-Language, else Russian")
    func interfaceLanguage() {
        #expect(InterfaceLanguage.choose(ui: "kaz", acceptLanguage: "en") == .kaz)
        #expect(InterfaceLanguage.choose(ui: "xx", acceptLanguage: "de-DE, en;q=0.8") == .eng)
        #expect(InterfaceLanguage.choose(ui: nil, acceptLanguage: "kk-KZ") == .kaz)
        #expect(InterfaceLanguage.choose(ui: nil, acceptLanguage: nil) == .rus)
    }

    @Test("Links keep every value of the URL escaped and in a stable order")
    func links() {
        #expect(Links.query(["q": "a b&c", "act": nil, "lang": "rus"]) == "?lang=rus&q=a%20b%26c")
        #expect(
            Links.provision(ProvisionAddress(act: "Z010000148_", lang: .kaz, eid: "art_35"), edition: "2025-08-31")
                == "/act/Z010000148_/kaz@2025-08-31/art_35")
        #expect(HTML.urlComponent("погребение") == "%D0%BF%D0%BE%D0%B3%D1%80%D0%B5%D0%B1%D0%B5%D0%BD%D0%B8%D0%B5")
    }

    @Test("A multipart form is read into its parts; a broken one is an error, not a crash")
    func multipart() throws {
        let body = Array(
            "--B\r\nContent-Disposition: form-data; name=\"actor\"\r\n\r\naul-akim\r\n--B\r\nContent-Disposition: form-data; name=\"bill\"; filename=\"a.md\"\r\n\r\n# x\r\n--B--\r\n"
                .utf8)
        let form = try MultipartForm(body: body, boundary: "B")
        #expect(form["actor"].map { String(decoding: $0.data, as: UTF8.self) } == "aul-akim")
        #expect(form["bill"]?.filename == "a.md")
        #expect(form["bill"].map { String(decoding: $0.data, as: UTF8.self) } == "# x")
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Array("nothing".utf8), boundary: "B") }
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Array("--B\r\nno headers--B--".utf8), boundary: "B") }
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(contentType: "text/plain") == nil)
        // Random bytes never crash the reader.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let noise = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                [UInt8(ascii: "-"), UInt8(ascii: "B"), 0x0D, 0x0A, UInt8.random(in: 0...255, using: &generator)].randomElement(
                    using: &generator)!
            }
            _ = try? MultipartForm(body: noise, boundary: "B")
        }
    }

    @Test("Every field of every template context is listed for the templates (MustacheFields)")
    func templateFieldsListed() throws {
        let folder = TestPaths.packageRoot + "/Sources/KuzyretWeb/Pages"
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8).components(separatedBy: "\n")
            var index = 0
            while index < lines.count {
                let line = lines[index]
                index += 1
                guard line.hasPrefix("    struct "), !line.hasPrefix("    struct Request") else { continue }
                let name = String(line.dropFirst(11).prefix { $0.isLetter || $0.isNumber })
                var declared: [String] = []
                while index < lines.count, lines[index] != "    }" {
                    let text = lines[index].trimmingCharacters(in: .whitespaces)
                    if text.hasPrefix("var ") || text.hasPrefix("let ") {
                        declared += text.dropFirst(4).prefix { $0 != ":" }.split(separator: ",").map {
                            $0.trimmingCharacters(in: .whitespaces)
                        }
                    }
                    index += 1
                }
                let listing = try #require(
                    lines.first { $0.hasPrefix("extension ") && $0.contains(".\(name): MustacheFields") }.flatMap { start in
                        lines.firstIndex(of: start).map { first in lines[first...].prefix { $0 != "}" }.joined(separator: " ") }
                    }, "\(file): \(name) lists no fields for the templates")
                for field in declared { #expect(listing.contains("\"\(field)\": \\.\(field)"), "\(file): \(name).\(field) is not listed") }
                checked += 1
            }
        }
        #expect(checked > 35)
    }
}
