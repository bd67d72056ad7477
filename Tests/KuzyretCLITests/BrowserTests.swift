import Foundation
import KuzyretMarkup
import KuzyretTestSupport
import Testing

/// The HTML competence list as a browser shows it: headless Chromium (Debian package chromium,
/// installed by scripts/setup) loads the page written by `kuzyret competences --out`.
@Suite("The HTML list in headless Chromium")
struct BrowserTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/chromium-headless-shell", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Chromium's own flags for a machine without a display, a user session or much /dev/shm.
    static let headless = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]

    /// The ids of the competences and open-ended clauses of a rendered DOM, read by libxml2.
    final class RenderedList: MarkupHandler {
        var competences: [String] = []
        var openClauses: [String] = []
        var headings: [String] = []
        private var inHeading = false

        func startElement(_ element: MarkupElement) {
            if element.name == "li", element.hasClass("competence") { competences.append(element.attribute("id") ?? "") }
            if element.name == "li", element.hasClass("open-clause") { openClauses.append(element.attribute("data-kind") ?? "") }
            if element.name == "h2" {
                inHeading = true
                headings.append("")
            }
        }

        func endElement(_ name: String) { if name == "h2" { inHeading = false } }

        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
            if inHeading { headings[headings.count - 1] += String(decoding: utf8, as: UTF8.self) }
        }
    }

    @Test("Chromium renders every competence of the list, its sections and open-ended clause, and draws it")
    func rendersInChromium() throws {
        let chromium = try #require(Self.chromium, "Chromium is not installed: run scripts/setup (Debian package chromium)")
        let directory = NSTemporaryDirectory() + "kuzyret-browser-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        let law = TestPaths.statute("Z010000148_/rus.2026-07-12.md")
        let vet = TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md")
        let written = try ProcessRun.kuzyret(["competences", "--from", law, vet, "--out", directory])
        #expect(written.status == 0, "\(written.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/aul-akim.rus.json")))
            as? [String: Any]
        let addresses = try #require(json?["competences"] as? [[String: Any]]).compactMap { $0["address"] as? String }
        #expect(addresses.count > 60)

        let page = "file://" + directory + "/aul-akim.rus.html"
        let dom = try ProcessRun.run(chromium, Self.headless + ["--dump-dom", page])
        #expect(dom.status == 0, "\(dom.stderr.suffix(500))")
        let rendered = RenderedList()
        try MarkupParser.parseHTML(Array(dom.stdout.utf8), encoding: "utf-8", handler: rendered)
        #expect(rendered.competences == addresses)
        #expect(rendered.openClauses == ["residual-legislation"])
        #expect(rendered.headings.contains("Z010000148_/rus") && rendered.headings.contains("Z020000339_/rus"))

        let screenshot = directory + "/list.png"
        let drawn = try ProcessRun.run(chromium, Self.headless + ["--window-size=1280,2000", "--screenshot=\(screenshot)", page])
        #expect(drawn.status == 0, "\(drawn.stderr.suffix(500))")
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000)
    }
}
