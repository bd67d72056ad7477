import Foundation
import Hummingbird
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// The HTML pages (issue 15): each handler reads its request (`Parameters.swift`), asks the
/// index through the pool, and renders the answer with a page of `Pages/`. Errors are
/// ``PageError``s, which ``ErrorResponses`` turns into error pages.
struct WebController: Sendable {
    let pool: IndexPool
    let configuration: WebConfiguration

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/", use: home)
        router.get("/static/kuzyret.css") { _, _ in Responses.make(Stylesheet.css, type: "text/css; charset=utf-8", cache: true) }
        router.get("/search", use: search)
        router.get("/act/:id", use: act)
        router.get("/act/:id/:text", use: actText)
        router.get("/act/:id/:text/:eid", use: provision)
        router.get("/actor/:actor", use: actor)
        router.get("/flags", use: flags)
        router.get("/compare", use: compareEditions)
        router.post("/compare", use: compareUpload)
    }

    @Sendable func home(_ request: Request, _: BasicRequestContext) async throws -> Response {
        try homePage(request)
    }

    func homePage(_ request: Request) throws -> Response {
        let acts = try pool.with { try $0.acts() }
        return Site.page(request, title: "Kuzyret", body: HomePage.body(acts: acts, ui: Site.language(of: request)))
    }

    @Sendable func search(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let ui = Site.language(of: request)
        guard let asked = try SearchParameters(request, configuration: configuration, pageSize: SearchPage.pageSize) else {
            return try homePage(request)
        }
        let pageRequest = SearchPage.Request(query: asked.query, filters: asked.given, page: asked.page)
        var results: SearchResults?
        var facets: [SearchFacet] = []
        var error: String?
        do {
            (results, facets) = try pool.with { search in
                (try search.results(asked.query, filters: asked.filters), try search.facets(asked.query, filters: asked.filters))
            }
        } catch let failure as IndexSearch.QueryError {
            error = failure.description
        }
        return Site.page(
            request, title: "\(ui.labels.search): \(asked.query)",
            body: SearchPage.body(request: pageRequest, results: results, facets: facets, error: error, ui: ui), query: asked.query,
            status: error == nil ? .ok : .badRequest)
    }

    @Sendable func act(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let lang = Language(rawValue: Site.language(of: request).rawValue) ?? .rus
        return try actPage(request, id: try context.parameters.require("id"), lang: lang, edition: nil)
    }

    @Sendable func actText(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (lang, edition) = try Parameters.text(try context.parameters.require("text"))
        return try actPage(request, id: try context.parameters.require("id"), lang: lang, edition: edition)
    }

    func actPage(_ request: Request, id: String, lang: Language, edition: LegalDate?) throws -> Response {
        let (act, contents) = try Self.contents(pool, id: id, lang: lang, edition: edition)
        return Site.page(
            request, title: act.title(in: contents.lang),
            body: ActPage.body(
                act: act, contents: contents, linkEdition: edition.flatMap { _ in contents.edition }, ui: Site.language(of: request)))
    }

    /// An act and the contents of one of its texts (`lang`, else another language it has); an
    /// unknown act or edition is a 404.
    static func contents(_ pool: IndexPool, id: String, lang: Language, edition: LegalDate?) throws -> (IndexedAct, TableOfContents) {
        let (act, contents): (IndexedAct?, TableOfContents?) = try pool.with { search in
            guard let act = try search.acts().first(where: { $0.id == id }) else { return (nil, nil) }
            let available = act.texts.contains { $0.lang == lang } ? lang : (act.texts.last?.lang ?? lang)
            return (act, try search.contents(act: id, lang: available, edition: edition))
        }
        guard let act else { throw PageError.notFound("no act \(id) in the index") }
        guard let contents else {
            throw PageError.notFound("no text \(lang.rawValue)\(edition.map { "@\($0)" } ?? "") of \(id) in the index")
        }
        return (act, contents)
    }

    @Sendable func provision(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (view, editions, edition) = try Self.provision(pool, context: context)
        let title = [view.parents.last?.label, view.texts.first?.heading].compactMap { $0 }.joined(separator: " · ")
        return Site.page(
            request, title: title.isEmpty ? view.address.description : title,
            body: ProvisionPage.body(
                view: view, linkEdition: edition.flatMap { _ in view.texts.first?.edition }, editions: editions,
                ui: Site.language(of: request)))
    }

    /// The provision the route's `id`, `text` and `eid` name, in every edition; unknown is a 404.
    static func provision(_ pool: IndexPool, context: BasicRequestContext) throws -> (ProvisionView, [ProvisionEdition], LegalDate?) {
        let (lang, edition) = try Parameters.text(try context.parameters.require("text"))
        let address = ProvisionAddress(act: try context.parameters.require("id"), lang: lang, eid: try context.parameters.require("eid"))
        let (view, editions): (ProvisionView?, [ProvisionEdition]) = try pool.with { search in
            (try search.provision(address, edition: edition), try search.editions(of: address))
        }
        guard let view else {
            throw PageError.notFound("no provision \(address)\(edition.map { " in the edition of \($0)" } ?? "") in the index")
        }
        // An edition date names the edition in force then: the newest on or before it.
        if let edition, let shown = view.texts.first?.edition, shown > edition.description {
            let known = editions.compactMap(\.edition).joined(separator: ", ")
            throw PageError.notFound("the index has no \(lang.rawValue) edition of \(address.act) on or before \(edition); it has \(known)")
        }
        return (view, editions, edition)
    }

    @Sendable func actor(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (actor, format) = try Parameters.actorSegment(try context.parameters.require("actor"))
        let asked = try CompetenceParameters(request, actor: actor)
        let report = try asked.report(pool)
        if let format {
            return Responses.download(
                try report.rendered(as: format), type: format.mediaType, name: "\(actor.name).\(format.fileExtension)")
        }
        return Site.page(
            request, title: actor.label,
            body: ActorPage.body(report: report, actor: actor, parameters: asked.given, ui: Site.language(of: request)))
    }

    @Sendable func flags(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let asked = try FlagParameters(request)
        let ui = Site.language(of: request)
        return Site.page(
            request, title: "\(ui.labels.flags): \(asked.actor.name)",
            body: FlagsPage.body(list: try asked.list(pool), kind: asked.kind, ui: ui))
    }

    @Sendable func compareEditions(_ request: Request, _: BasicRequestContext) async throws -> Response {
        let ui = Site.language(of: request)
        let actor = try Parameters.actor(request) ?? .aulAkim
        var report: ComparisonReport?
        var downloads: [ComparePage.Download] = []
        if let old = Site.parameter(request, "old"), let new = Site.parameter(request, "new") {
            report = try Self.compare(pool, old: old, new: new, actor: actor)
            if let format = Site.parameter(request, "format"), let report {
                guard let chosen = ReportFormat(rawValue: format), chosen == .md || chosen == .json else {
                    throw PageError.badRequest("format is md or json")
                }
                return Responses.download(
                    try report.rendered(as: chosen), type: chosen.mediaType, name: "comparison.\(chosen.fileExtension)")
            }
            downloads = ["md", "json"].map {
                ComparePage.Download(
                    label: $0, href: "/compare" + Links.query(["old": old, "new": new, "actor": actor.name, "format": $0]),
                    file: "comparison.\($0)")
            }
        }
        let acts = try pool.with { try $0.acts() }
        let body = ComparePage.body(
            acts: acts, actor: actor, report: report, downloads: downloads, message: nil, maxBytes: configuration.maxUploadBytes, ui: ui)
        return Site.page(request, title: ui.labels.compare, body: body)
    }

    /// Two indexed editions compared (`ACT/LANG@DATE` each); a name the index lacks is a 404.
    static func compare(_ pool: IndexPool, old: String, new: String, actor: ActorSelection) throws -> ComparisonReport {
        for name in [old, new] {
            let parts = name.split(separator: "/")
            guard parts.count == 2, Language(rawValue: String(parts[1].prefix { $0 != "@" })) != nil else {
                throw PageError.badRequest("\(name) is not ACT/LANG@DATE, e.g. Z010000148_/rus@2026-07-12")
            }
        }
        do {
            return try pool.with { try $0.compareEditions(old: old, new: new, actor: actor) }
        } catch let error as IndexSearch.QueryError {
            throw PageError.notFound(error.description)
        }
    }

    @Sendable func compareUpload(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let ui = Site.language(of: request)
        let (report, actor) = try await BillUpload.receive(request, pool: pool, configuration: configuration)
        let downloads = [
            ComparePage.Download(
                label: "md", href: ComparePage.dataURL(try report.rendered(as: .md), type: "text/markdown"), file: "comparison.md"),
            ComparePage.Download(
                label: "json", href: ComparePage.dataURL(try report.rendered(as: .json), type: "application/json"), file: "comparison.json"),
        ]
        let acts = try pool.with { try $0.acts() }
        let page = ComparePage.body(
            acts: acts, actor: actor, report: report, downloads: downloads, message: nil, maxBytes: configuration.maxUploadBytes, ui: ui)
        return Site.page(request, title: ui.labels.compare, body: page)
    }
}
