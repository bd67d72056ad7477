import Foundation
import Hummingbird
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// `/api/…`: the JSON of each page, in the shapes of `docs/design.md` §11, described by
/// `Resources/openapi.yaml` (served at `/api/openapi.yaml`). The parameters are the pages'
/// own; errors are `{"error":{"status","message"}}` (``ErrorResponses``).
struct APIController: Sendable {
    let answers: Answers
    let configuration: WebConfiguration

    /// `Resources/openapi.yaml`, compiled in.
    static let openAPI = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)

    /// Results per page of `/api/search`.
    static let pageSize = 20

    func addRoutes(to router: Router<BasicRequestContext>) {
        let api = router.group("api")
        api.get("openapi.yaml") { _, _ in Responses.make(Self.openAPI, type: "application/yaml; charset=utf-8") }
        api.get("search", use: search)
        api.get("acts", use: acts)
        api.get("act/:id", use: act)
        api.get("act/:id/:text", use: act)
        api.get("provision/:id/:text/:eid", use: provision)
        api.get("actor/:actor", use: actor)
        api.get("flags", use: flags)
        api.get("compare", use: compareEditions)
        api.post("compare", use: compareUpload)
    }

    @Sendable func search(_ request: Request, _: BasicRequestContext) async throws -> Response {
        guard let asked = try SearchParameters(request, configuration: configuration, pageSize: Self.pageSize) else {
            throw PageError.badRequest("give a query: ?q=…")
        }
        let found = try await answers.search(asked)
        if let error = found.error { throw PageError.badRequest(error) }
        let hits = found.results?.hits ?? []
        let page = SearchResults(query: asked.query, hits: Array(hits.dropFirst((asked.page - 1) * Self.pageSize).prefix(Self.pageSize)))
        let total = found.facets.first { $0.name == "lang" }?.values.reduce(0) { $0 + $1.count } ?? 0
        return Responses.json(page.json(page: asked.page, total: total, facets: found.facets))
    }

    @Sendable func acts(_: Request, _: BasicRequestContext) async throws -> Response {
        Responses.json(IndexedAct.json(try await answers.acts()))
    }

    @Sendable func act(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (lang, edition) = try context.parameters.get("text").map(Parameters.text) ?? (.rus, nil)
        let (act, contents, _) = try await answers.contents(id: try context.parameters.require("id"), lang: lang, edition: edition)
        return Responses.json(TableOfContents.json(act: act, contents: contents))
    }

    @Sendable func provision(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (address, edition) = try Parameters.provision(context)
        let (view, editions) = try await answers.provision(address, edition: edition)
        return Responses.json(view.json(editions: editions))
    }

    @Sendable func actor(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (actor, format) = try Parameters.actorSegment(try context.parameters.require("actor"))
        guard format == nil || format == .json else { throw PageError.notFound("the API answers in JSON; downloads are under /actor/") }
        let report = try await answers.competences(try CompetenceParameters(request, actor: actor))
        return Responses.json(try report.rendered(as: .json))
    }

    @Sendable func flags(_ request: Request, _: BasicRequestContext) async throws -> Response {
        Responses.json(try await answers.flags(try FlagParameters(request)).json())
    }

    @Sendable func compareEditions(_ request: Request, _: BasicRequestContext) async throws -> Response {
        guard let old = Site.parameter(request, "old"), let new = Site.parameter(request, "new") else {
            throw PageError.badRequest("give two editions: ?old=ACT/LANG@DATE&new=ACT/LANG@DATE")
        }
        let (report, _) = try await answers.compare(old: old, new: new, actor: try Parameters.actor(request) ?? .aulAkim)
        return Responses.json(try report.rendered(as: .json))
    }

    @Sendable func compareUpload(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let (report, _) = try await BillUpload.receive(request, pool: answers.pool, configuration: configuration)
        return Responses.json(try report.rendered(as: .json))
    }
}
