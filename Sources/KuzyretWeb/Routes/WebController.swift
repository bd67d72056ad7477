import Foundation
import Hummingbird
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// The HTML pages (issue 15): each handler reads its request (`Parameters.swift`), asks the
/// index (``Answers``), and renders the answer with a page of `Pages/`. Errors are
/// ``PageError``s, which ``ErrorResponses`` turns into error pages.
struct WebController: Sendable {
    let answers: Answers
    let configuration: WebConfiguration

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/", use: home)
        router.get("/static/kuzyret.css") { _, _ in Responses.make(Stylesheet.css, type: "text/css; charset=utf-8", cache: true) }
        router.get("/search", use: search)
        router.get("/act/:id", use: act)
        router.get("/act/:id/:text", use: act)
        router.get("/act/:id/:text/:eid", use: provision)
        router.get("/actor/:actor", use: actor)
        router.get("/actor/:actor/history", use: history)
        router.get("/flags", use: flags)
        router.get("/compare", use: compareEditions)
        router.post("/compare", use: compareUpload)
    }

    @Sendable func home(_ request: Request, _: BasicRequestContext) async throws -> Response {
        try await homePage(request)
    }

    func homePage(_ request: Request) async throws -> Response {
        Site.page(request, title: "Kuzyret", body: HomePage.body(acts: try await answers.acts(), ui: Site.language(of: request)))
    }

    @Sendable func search(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let ui = Site.language(of: request)
        guard let asked = try SearchParameters(request, configuration: configuration, pageSize: SearchPage.pageSize) else {
            return try await homePage(request)
        }
        let found = try await answers.search(asked, lang: Language(rawValue: ui.rawValue) ?? .rus)
        let body = SearchPage.body(
            request: SearchPage.Request(query: asked.query, filters: asked.given, page: asked.page), results: found.results,
            facets: found.facets,
            titles: found.titles, error: found.error, ui: ui)
        return Site.page(
            request, title: "\(ui.labels.search): \(asked.query)", body: body, query: asked.query,
            status: found.error == nil ? .ok : .badRequest)
    }

    /// `/act/ID` (the interface's language, else another) and `/act/ID/LANG[@DATE]`.
    @Sendable func act(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let ui = Site.language(of: request)
        let (lang, edition) = try context.parameters.get("text").map(Parameters.text) ?? (Language(rawValue: ui.rawValue) ?? .rus, nil)
        let (act, contents, amendments) = try await answers.contents(id: try context.parameters.require("id"), lang: lang, edition: edition)
        return Site.page(
            request, title: act.title(in: contents.lang),
            body: ActPage.body(
                act: act, contents: contents, amendments: amendments, linkEdition: edition.flatMap { _ in contents.edition }, ui: ui))
    }

    @Sendable func provision(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (address, edition) = try Parameters.provision(context)
        let (view, editions) = try await answers.provision(address, edition: edition)
        let ui = Site.language(of: request)
        return Site.page(
            request, title: "\(ProvisionName.of(view.address.eid, ui: ui)) · \(view.actTitle.nilIfEmpty ?? view.address.act)",
            body: ProvisionPage.body(
                view: view, linkEdition: edition.flatMap { _ in view.texts.first?.edition }, editions: editions, ui: ui))
    }

    @Sendable func actor(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (actor, format) = try Parameters.actorSegment(try context.parameters.require("actor"))
        let asked = try CompetenceParameters(request, actor: actor)
        let report = try await answers.competences(asked)
        if let format {
            return Responses.download(
                try report.rendered(as: format), type: format.mediaType, name: "\(actor.name).\(format.fileExtension)")
        }
        let history = try await answers.history(asked)
        return Site.page(
            request, title: ActorNames.of(actor, ui: Site.language(of: request)),
            body: ActorPage.body(report: report, actor: actor, parameters: asked.given, ui: Site.language(of: request), history: history))
    }

    /// The history of an actor's list: the chart (SVG, the default), or `format=text|md|csv|json`.
    @Sendable func history(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (actor, _) = try Parameters.actorSegment(try context.parameters.require("actor"))
        let asked = try CompetenceParameters(request, actor: actor)
        let format = Site.parameter(request, "format") ?? "svg"
        guard ["svg", "text", "md", "csv", "json"].contains(format) else {
            throw PageError.badRequest("format is svg, text, md, csv or json")
        }
        let history = try await answers.history(asked)
        switch format {
        case "svg": return Responses.make(HistoryChart.svg(history), type: "image/svg+xml; charset=utf-8")
        case "text": return Responses.make(HistoryOutput.text(history), type: "text/plain; charset=utf-8")
        default:
            let rendered = try HistoryOutput.rendered(history, as: ReportFormat(rawValue: format)!)
            let type = ReportFormat(rawValue: format)!.mediaType
            return Responses.download(rendered, type: type, name: "\(actor.name).history.\(format)")
        }
    }

    @Sendable func flags(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let asked = try FlagParameters(request)
        let ui = Site.language(of: request)
        let list = try await answers.flags(asked)
        return Site.page(
            request, title: "\(ui.labels.flags): \(asked.actor.name)",
            body: FlagsPage.body(list: list, kind: asked.kind, lang: asked.lang, ui: ui))
    }

    @Sendable func compareEditions(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let actor = try Parameters.actor(request) ?? .aulAkim
        guard let old = Site.parameter(request, "old"), let new = Site.parameter(request, "new") else {
            return try await comparePage(request, acts: try await answers.acts(), actor: actor, report: nil, downloads: [])
        }
        let format = try Site.parameter(request, "format").map { text -> ReportFormat in
            guard let chosen = ReportFormat(rawValue: text), chosen == .md || chosen == .json else {
                throw PageError.badRequest("format is md or json")
            }
            return chosen
        }
        let (report, acts) = try await answers.compare(old: old, new: new, actor: actor)
        if let format {
            return Responses.download(try report.rendered(as: format), type: format.mediaType, name: "comparison.\(format.fileExtension)")
        }
        let downloads = ["md", "json"].map {
            ComparePage.Download(
                label: $0, href: "/compare" + Links.query(["old": old, "new": new, "actor": actor.name, "format": $0]),
                file: "comparison.\($0)")
        }
        return try await comparePage(request, acts: acts, actor: actor, report: report, downloads: downloads)
    }

    @Sendable func compareUpload(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (report, actor) = try await BillUpload.receive(request, pool: answers.pool, configuration: configuration)
        let downloads = [
            ComparePage.Download(
                label: "md", href: ComparePage.dataURL(try report.rendered(as: .md), type: "text/markdown"), file: "comparison.md"),
            ComparePage.Download(
                label: "json", href: ComparePage.dataURL(try report.rendered(as: .json), type: "application/json"), file: "comparison.json"),
        ]
        return try await comparePage(request, acts: try await answers.acts(), actor: actor, report: report, downloads: downloads)
    }

    func comparePage(
        _ request: Request, acts: [IndexedAct], actor: ActorSelection, report: ComparisonReport?, downloads: [ComparePage.Download]
    ) async throws -> Response {
        let ui = Site.language(of: request)
        let body = ComparePage.body(
            acts: acts, actor: actor, report: report, downloads: downloads, message: nil, maxBytes: configuration.maxUploadBytes, ui: ui)
        return Site.page(request, title: ui.labels.compare, body: body)
    }
}
