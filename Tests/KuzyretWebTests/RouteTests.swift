import Foundation
import KuzyretTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every route through a live `kuzyret serve` on a loopback port, over the index of the real
/// statutes: the pages, their JSON, the downloads, and what a bad request gets.
@Suite("Routes of kuzyret serve", .serialized)
struct RouteTests {
    static let server: LiveServer? = try? LiveServer(database: RealIndex.path)

    func server() throws -> LiveServer {
        try #require(Self.server, "kuzyret serve did not start")
    }

    static let law = "Z010000148_"
    static let point21 = "/act/Z010000148_/rus/art_35__para_1__point_21"

    @Test("The home page lists the actors and the acts with their editions")
    func home() async throws {
        let page = try await server().get("/?ui=eng")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(page.body.contains("href=\"/actor/aul-akim\""))
        #expect(page.body.contains("href=\"/actor/rural-tier\""))
        #expect(page.body.contains("href=\"/act/\(Self.law)\""))
        for edition in ["2008-12-24", "2022-03-02", "2025-08-31", "2026-07-12"] { #expect(page.body.contains(edition)) }
        #expect(page.body.contains("<html lang=\"en\">"))
    }

    @Test("Interface language: ?ui= wins, else Accept-Language, else Russian")
    func interfaceLanguage() async throws {
        let server = try server()
        #expect(try await server.get("/", headers: ["Accept-Language": "de-DE"]).body.contains("<html lang=\"ru\">"))
        #expect(try await server.get("/", headers: ["Accept-Language": "kk-KZ,kk;q=0.9"]).body.contains("<html lang=\"kk\">"))
        let chosen = try await server.get("/?ui=eng", headers: ["Accept-Language": "kk"])
        #expect(chosen.body.contains("<html lang=\"en\">"))
        // The choice is kept (a cookie) for the pages its links lead to.
        #expect(chosen.headers["set-cookie"]?.hasPrefix("ui=eng") == true)
        #expect(try await server.get("/flags", headers: ["Accept-Language": "kk", "Cookie": "ui=eng"]).body.contains("<html lang=\"en\">"))
        // The provision's text keeps its own language whatever the interface's.
        let page = try await server.get(Self.point21 + "?ui=eng").body
        #expect(page.contains("lang=\"ru\"><div class=\"lang\">rus"))
        #expect(page.contains("lang=\"kk\"><div class=\"lang\">kaz"))
    }

    @Test("Search: hits with marked snippets and addresses, facets with counts, filters, pages")
    func search() async throws {
        let server = try server()
        let page = try await server.get("/search?q=\(Self.encoded("погребение безродных"))&ui=rus")
        #expect(page.status == 200)
        #expect(page.body.contains("href=\"\(Self.point21)\""))
        #expect(page.body.contains("<mark>погребение</mark>"))
        // A hit is named as a reader cites it, with its act's title; facets by act show titles.
        #expect(page.body.contains(">ст. 35, п. 1, пп. 21)</a> <span class=\"muted\">О местном государственном управлении"))
        #expect(page.body.contains("<h3>Акт</h3>"))
        #expect(page.body.contains("title=\"\(Self.law)\">О местном государственном управлении"))
        // A facet narrows: act=Z010000148_ keeps art. 35 and drops the Budget Code.
        let narrowed = try await server.get("/search?q=\(Self.encoded("погребение безродных"))&act=\(Self.law)").body
        #expect(narrowed.contains("href=\"\(Self.point21)\""))
        #expect(!narrowed.contains("K080000095_/rus/"))
        // The rural tier as a search filter: its members' competences.
        let tier = try await server.get("/search?q=\(Self.encoded("погребение"))&actor=rural-tier").body
        #expect(tier.contains("href=\"\(Self.point21)\""))
        // A second page links back to the first.
        let second = try await server.get("/search?q=\(Self.encoded("аким"))&page=2")
        #expect(second.status == 200)
        #expect(second.body.contains("class=\"hit\""))
        #expect(second.body.contains("q=%D0%B0%D0%BA%D0%B8%D0%BC\">"))
    }

    @Test("A malformed query is a message on the page (400), not an error trace")
    func malformedQuery() async throws {
        let server = try server()
        for query in ["\"погребение", "AND", "(аким", "аким NEAR("] {
            let page = try await server.get("/search?q=\(Self.encoded(query))")
            #expect(page.status == 400, "\(query)")
            #expect(page.body.contains("class=\"message\""), "\(query)")
            #expect(!page.body.lowercased().contains("select "), "\(query)")
            #expect(!page.body.contains("sqlite"), "\(query)")
        }
        #expect(try await server.get("/search?q=\(String(repeating: "a", count: 600))").status == 400)
        #expect(try await server.get("/search?q=x&page=0").status == 400)
        #expect(try await server.get("/search?q=x&page=abc").status == 400)
        #expect(try await server.get("/search?q=x&lang=xx").status == 400)
        let unknown = try await server.get("/search?q=x&actor=nobody")
        #expect(unknown.status == 400)
        #expect(unknown.body.contains("aul-akim"))
        #expect(try await server.get("/search?q=x&flag=nothing").status == 400)
        // No query: the home page.
        #expect(try await server.get("/search").body.contains("href=\"/actor/aul-akim\""))
    }

    @Test("The act page: its contents and its texts")
    func act() async throws {
        let server = try server()
        let page = try await server.get("/act/\(Self.law)")
        #expect(page.status == 200)
        #expect(page.body.contains("href=\"/act/\(Self.law)/rus/art_35\""))
        let kazakh = try await server.get("/act/\(Self.law)/kaz@2025-08-31")
        #expect(kazakh.status == 200)
        #expect(kazakh.body.contains("href=\"/act/\(Self.law)/kaz@2025-08-31/art_35\""))
    }

    @Test("The provision page: banner, crumbs, both languages, competences, citations, editions, word diff")
    func provision() async throws {
        let server = try server()
        let page = try await server.get(Self.point21 + "?ui=rus")
        #expect(page.status == 200)
        let body = page.body
        #expect(body.contains("2026-07-12"))
        #expect(body.contains("последняя в индексе"))
        #expect(body.contains("ст. 35, п. 1, пп. 21)"))
        #expect(body.contains("организует погребение безродных"))
        #expect(body.contains("туысы жоқ адамдарды жерлеуді"))
        #expect(body.contains("href=\"/actor/aul-akim\""))
        #expect(body.contains("href=\"/act/\(Self.law)/rus/art_35__para_1\""))
        #expect(body.contains("href=\"/act/\(Self.law)/rus@2008-12-24/art_35__para_1__point_21\""))
        #expect(body.contains("K2300000224/rus/art_123__para_6"))

        // An older edition says so and links to the newest; a changed provision shows its diff.
        let old = try await server.get("/act/\(Self.law)/rus@2022-03-02/art_35__para_1").body
        #expect(old.contains("banner old"))
        #expect(old.contains("href=\"/act/\(Self.law)/rus@2026-07-12/art_35__para_1\""))
        let changed = try await server.get("/act/\(Self.law)/rus@2022-03-02/art_35__para_1__point_16?ui=rus").body
        #expect(changed.contains("<ins>") || changed.contains("<del>"))
        #expect(changed.contains("предыдущая редакция 2008-12-24"))
        // A repealed provision says so beside what it gave.
        #expect(
            changed.contains(
                "href=\"/actor/aul-akim\">аким города районного значения, поселка, села, сельского округа</a> · duty · <span class=\"badge repealed\">repealed</span>"
            ))

        // A date between editions shows the edition in force then.
        let between = try await server.get("/act/\(Self.law)/rus@2024-01-01/art_35__para_1__point_21").body
        #expect(between.contains("2022-03-02</strong>"))
    }

    @Test("Unknown acts, texts, provisions, actors and formats are 404 pages")
    func notFound() async throws {
        let server = try server()
        for path in [
            "/nope", "/act/NOPE", "/act/\(Self.law)/xx", "/act/\(Self.law)/rus@2026-13-45", "/act/\(Self.law)/rus/art_999",
            "/act/\(Self.law)/kaz@2000-01-01/art_35", "/actor/nobody", "/actor/aul-akim.exe", "/act/\(Self.law)/rus/art_35/extra",
        ] {
            let page = try await server.get(path)
            #expect(page.status == 404, "\(path)")
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true, "\(path)")
            #expect(page.body.contains("class=\"message\""), "\(path)")
        }
        let api = try await server.get("/api/provision/\(Self.law)/rus/art_999")
        #expect(api.status == 404)
        #expect((api.json["error"] as? [String: Any])?["status"] as? Int == 404)
    }

    @Test("The actor page as of a date, for a population, and its downloads")
    func actor() async throws {
        let server = try server()
        let page = try await server.get("/actor/aul-akim?as-of=2026-01-01&population=1500")
        #expect(page.status == 200)
        #expect(page.body.contains("href=\"/act/\(Self.law)/rus"))
        #expect(page.body.contains("art_35__para_1__point_21"))
        #expect(page.body.contains("value=\"2026-01-01\""))
        #expect(page.body.contains("/actor/aul-akim.csv?as-of=2026-01-01&amp;population=1500"))
        let csv = try await server.get("/actor/aul-akim.csv?as-of=2026-01-01&population=1500")
        #expect(csv.status == 200)
        #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"aul-akim.csv\"")
        #expect(csv.body.contains("Z010000148_/rus/art_35__para_1__point_21"))
        for format in ["md", "json", "html"] {
            #expect(try await server.get("/actor/aul-akim.\(format)").status == 200, "\(format)")
        }
        let tier = try await server.get("/actor/rural-tier")
        #expect(tier.status == 200)
        // The tier's list names each line's member.
        #expect(tier.body.contains("<span class=\"badge member\">"))
        #expect(try await server.get("/actor/aul-akim?as-of=yesterday").status == 400)
        #expect(try await server.get("/actor/aul-akim?population=-5").status == 400)
    }

    @Test("The flags page: every open-ended and dependency clause, by kind")
    func flags() async throws {
        let server = try server()
        let page = try await server.get("/flags?actor=aul-akim&kind=residual-legislation")
        #expect(page.status == 200)
        #expect(page.body.contains("art_35__para_2"))
        #expect(page.body.contains("<strong>residual-legislation</strong> <span"))
        #expect(!page.body.contains("<strong>superior-instruction</strong> <span"))
        #expect(try await server.get("/flags?kind=bogus").status == 400)
        #expect(try await server.get("/flags?actor=nobody").status == 404)
    }

    @Test("Compare two indexed editions, and download the result")
    func compareEditions() async throws {
        let server = try server()
        let query = "old=\(Self.encoded("\(Self.law)/rus@2022-03-02"))&new=\(Self.encoded("\(Self.law)/rus@2026-07-12"))&actor=aul-akim"
        let page = try await server.get("/compare?\(query)")
        #expect(page.status == 200)
        #expect(page.body.contains("class=\"report\""))
        let markdown = try await server.get("/compare?\(query)&format=md")
        #expect(markdown.headers["content-disposition"] == "attachment; filename=\"comparison.md\"")
        let json = try await server.get("/api/compare?\(query)").json
        #expect((json["summary"] as? [String: Any])?["new"] as? Int ?? 0 > 20)
        #expect(try await server.get("/compare?old=nonsense&new=\(Self.law)/rus@2026-07-12").status == 400)
        #expect(try await server.get("/compare?old=\(Self.law)/rus@2022-03-02&new=NOPE/rus@2026-07-12").status == 404)
    }

    @Test("Upload a bill: compared with the act it amends; too large, empty, binary or not a form is a clear error")
    func upload() async throws {
        let server = try server()
        let bill = try TestBills.article35()
        let answer = try await server.upload("/compare", file: Array(try Data(contentsOf: URL(fileURLWithPath: bill))), filename: "bill.md")
        #expect(answer.status == 200, "\(answer.body.suffix(400))")
        #expect(answer.body.contains("class=\"report\""))
        #expect(answer.body.contains("download=\"comparison.md\""))
        let json = try await server.upload(
            "/api/compare", file: Array(try Data(contentsOf: URL(fileURLWithPath: bill))), filename: "bill.md",
            fields: ["actor": "aul-akim"])
        #expect(json.status == 200)
        #expect((json.json["summary"] as? [String: Any])?["dropped"] as? Int ?? 0 >= 2)

        let tooLarge = try await server.upload("/compare", file: Array(repeating: 0x61, count: 6 * 1_048_576), filename: "big.md")
        #expect(tooLarge.status == 413)
        #expect(tooLarge.body.contains("5 MB"))
        let empty = try await server.upload("/compare", file: [], filename: "empty.md")
        #expect(empty.status == 400)
        let binary = try await server.upload("/compare", file: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, filename: "x.html")
        #expect(binary.status == 400)
        #expect(binary.body.contains("x.html"))
        var plain = URLRequest(url: URL(string: "/compare", relativeTo: server.base)!)
        plain.httpMethod = "POST"
        plain.httpBody = Data("bill=abc".utf8)
        plain.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        #expect(try await server.send(plain).status == 400)
        let unknownActor = try await server.upload("/api/compare", file: Array("# x".utf8), filename: "a.md", fields: ["actor": "nobody"])
        #expect(unknownActor.status == 400)
        #expect(unknownActor.json["error"] != nil)
    }

    @Test("The API answers each page in JSON, described by the OpenAPI document")
    func api() async throws {
        let server = try server()
        let acts = try await server.get("/api/acts").json
        #expect((acts["acts"] as? [[String: Any]])?.contains { $0["id"] as? String == Self.law } == true)
        let search = try await server.get("/api/search?q=\(Self.encoded("погребение безродных"))")
        #expect(search.headers["content-type"]?.hasPrefix("application/json") == true)
        let hits = (search.json["results"] as? [String: Any])?["hits"] as? [[String: Any]] ?? []
        #expect(hits.contains { $0["address"] as? String == "Z010000148_/rus/art_35__para_1__point_21" })
        #expect((search.json["facets"] as? [[String: Any]])?.isEmpty == false)
        // Two in Law 148-II; the 2008 Budget Code's art. 56-1 also names the burial, but that Code
        // lost force on 2025-01-01 and a search answers as of today.
        #expect(search.json["total"] as? Int == 2)
        let provision = try await server.get("/api/provision/\(Self.law)/rus/art_35__para_1__point_21").json
        #expect((provision["editions"] as? [[String: Any]])?.count == 4)
        let actor = try await server.get("/api/actor/aul-akim?as-of=2026-01-01").json
        #expect(actor["actor"] as? String == "aul-akim")
        #expect(actor["as_of"] as? String == "2026-01-01")
        #expect((try await server.get("/api/flags?actor=aul-akim").json["count"] as? Int ?? 0) > 3)
        #expect(try await server.get("/api/act/\(Self.law)/kaz").json["contents"] != nil)
        let malformed = try await server.get("/api/search?q=\(Self.encoded("\"аким"))")
        #expect(malformed.status == 400)
        #expect(((malformed.json["error"] as? [String: Any])?["message"] as? String)?.contains("malformed") == true)
        #expect(try await server.get("/api/nope").status == 404)

        let document = try await server.get("/api/openapi.yaml")
        #expect(document.status == 200)
        for path in [
            "/api/search:", "/api/acts:", "/api/act/{id}:", "/api/provision/{id}/{text}/{eid}:", "/api/actor/{actor}:", "/api/flags:",
            "/api/compare:",
        ] {
            #expect(document.body.contains(path), "\(path)")
        }
    }

    @Test("Every request is one log line; the stylesheet is served by the same server")
    func logAndStatic() async throws {
        let server = try server()
        let css = try await server.get("/static/kuzyret.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"]?.hasPrefix("text/css") == true)
        _ = try await server.get("/act/NOPE?marker=log-line-test")
        #expect(server.log.contains("GET /act/NOPE?marker=log-line-test 404"))
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
