import Foundation
import KuzyretTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A researcher's path through `kuzyret serve` in headless Chromium (Debian's `chromium`,
/// installed by scripts/setup): each page is loaded by the browser and its DOM (`--dump-dom`)
/// read back; the next page is the one its link leads to. Assertions are on the DOM, so a Latin
/// `i` standing for the Kazakh `і` would fail where a screenshot would not.
@Suite("A researcher's path in headless Chromium", .serialized)
struct ResearcherPathTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let headless = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--accept-lang=ru-RU,ru",
    ]

    /// The DOM Chromium builds for `url`.
    func load(_ url: URL) throws -> RenderedPage {
        let chromium = try #require(Self.chromium, "Chromium is not installed: run scripts/setup (Debian package chromium)")
        let run = try ProcessRun.run(chromium, Self.headless + ["--dump-dom", url.absoluteString])
        #expect(run.status == 0, "\(run.stderr.suffix(400))")
        return try RenderedPage(run.stdout)
    }

    @Test(
        "Search «погребение безродных», open art. 35 1) 21), read it beside its Kazakh text, open the aul akim's list as of a date, download its CSV"
    )
    func researcherPath() async throws {
        let server = try LiveServer(database: RealIndex.path)
        defer { server.stop() }

        // 1. The search page: art. 35 1) 21) among the hits, its words marked.
        let query = "погребение безродных".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let results = try load(URL(string: "/search?q=\(query)", relativeTo: server.base)!)
        let hit = try #require(results.link(containing: "/act/Z010000148_/rus/art_35__para_1__point_21"), "no hit for art. 35 1) 21)")
        #expect(hit.text == "ст. 35, п. 1, пп. 21)")
        #expect(results.title.contains("погребение безродных"))

        // 2. The provision, in Russian beside Kazakh: real Kazakh letters (і U+0456, ұ, қ), not
        // Latin look-alikes.
        let provision = try load(URL(string: hit.href, relativeTo: server.base)!)
        let russian = try #require(provision.paragraphs["ru"], "no Russian text")
        let kazakh = try #require(provision.paragraphs["kk"], "no Kazakh text")
        #expect(russian.contains("организует погребение безродных"))
        #expect(kazakh.contains("туысы жоқ адамдарды жерлеуді"))
        #expect(kazakh.unicodeScalars.contains("\u{0456}"))
        #expect(!kazakh.unicodeScalars.contains { ("a"..."z").contains($0) })
        #expect(provision.title.contains("ст. 35, п. 1, пп. 21)"))

        // 3. The aul akim's list as of a date: the actor link, with the date its form sends.
        let actor = try #require(provision.link(containing: "/actor/aul-akim"), "no link to the aul akim")
        let list = try load(URL(string: actor.href + "?as-of=2026-01-01&lang=rus", relativeTo: server.base)!)
        // As of 2026-01-01 the 2025-08-31 edition was in force: the list links to it.
        #expect(list.link(containing: "/act/Z010000148_/rus@2025-08-31/art_35__para_1__point_21") != nil)
        #expect(list.links.filter { $0.classes.contains("address") }.count > 60)

        // 4. Its CSV, through the download link the page offers.
        let download = try #require(list.links.first { $0.download && $0.href.contains(".csv") }, "no CSV download link")
        #expect(download.href.contains("as-of=2026-01-01"))
        let csv = try await server.get(download.href)
        #expect(csv.status == 200)
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"aul-akim.csv\"")
        let rows = csv.body.split(whereSeparator: \.isNewline)
        #expect(rows.count > 60)
        #expect(rows.contains { $0.contains("Z010000148_/rus/art_35__para_1__point_21") && $0.contains("погребение безродных") })
    }
}
