import Foundation
import KuzyretTestSupport
import Testing

/// Issue 16 in the browser's routes: the actor page's history chart and steps, and an act's life
/// on its page.
@Suite("Time in kuzyret serve", .serialized)
struct TimeRouteTests {
    static let server: LiveServer? = try? LiveServer(database: RealIndex.path)

    func server() throws -> LiveServer {
        try #require(Self.server, "kuzyret serve did not start")
    }

    @Test("The actor page shows the history chart and its steps; the chart is an SVG with a dot per entry; the steps download")
    func actorHistory() async throws {
        let page = try await server().get("/actor/aul-akim?ui=eng")
        #expect(page.status == 200)
        #expect(page.body.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"history-chart\""))
        #expect(page.body.contains("data-date=\"2026-07-12\""))
        #expect(page.body.contains("Law of 27.12.2019 No. 291-VI (in force from 2021-01-01)"))
        let chart = try await server().get("/actor/aul-akim/history?lang=rus")
        #expect(chart.status == 200)
        #expect(chart.headers["content-type"]?.hasPrefix("image/svg+xml") == true)
        #expect(chart.body.hasPrefix("<svg") && !chart.body.contains("<script"))
        #expect(chart.body.contains("data-date=\"2026-07-12\""))
        let steps = try await server().get("/actor/aul-akim/history?lang=rus&format=json")
        let entries = steps.json["entries"] as? [[String: Any]] ?? []
        #expect(entries.count == chart.body.components(separatedBy: "class=\"entry\"").count - 1)
        #expect(try await server().get("/actor/aul-akim/history?format=pdf").status == 400)
    }

    @Test("The act page of the 2008 Budget Code says it lost force and what replaced it")
    func actLife() async throws {
        let page = try await server().get("/act/K080000095_?ui=eng")
        #expect(page.status == 200)
        #expect(page.body.contains("In force from 2009-01-01; lost force on 2025-01-01."))
        #expect(page.body.contains("Replaced by <a href=\"/act/K2500000171\">K2500000171</a>"))
        let code = try await server().get("/act/K2500000171?ui=eng")
        #expect(code.body.contains("In force from 2025-01-01."))
        // The act page lists the laws that amended the act; a provision's banner says the act
        // lost force, and the provision page lists its amending laws.
        let law = try await server().get("/act/Z010000148_?ui=eng")
        #expect(law.body.contains("Amended by") && law.body.contains("Law of 27.12.2019 No. 291-VI"))
        let provision = try await server().get("/act/K080000095_/rus/art_9-1__para_1?ui=eng")
        #expect(provision.status == 200)
        #expect(provision.body.contains("Act: In force from 2009-01-01; lost force on 2025-01-01."))
        let point = try await server().get("/act/Z010000148_/rus/art_35__para_1__point_12-11?ui=eng")
        #expect(point.body.contains("Law of 17.07.2025 No. 213-VIII (in force from 2025-09-01)"))
        // In Russian and Kazakh the laws are cited as the statutes cite them.
        let russian = try await server().get("/act/Z010000148_/rus/art_35__para_1__point_12-11?ui=rus")
        #expect(russian.body.contains("Закон РК от 17.07.2025 № 213-VIII (вводится в действие с 01.09.2025)"))
        let kazakh = try await server().get("/act/Z010000148_/rus/art_35__para_1__point_12-11?ui=kaz")
        #expect(kazakh.body.contains("ҚР 17.07.2025 № 213-VIII Заңы (01.09.2025 бастап қолданысқа енгізілді)"))
    }
}
