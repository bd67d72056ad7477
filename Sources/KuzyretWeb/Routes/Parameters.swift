import Hummingbird
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// What a search asks (`/search`, `/api/search`): the query, its filters and the page, read from
/// the URL. A bad value is a ``PageError`` (400) that names it.
struct SearchParameters: Sendable {
    static let filterNames = ["actor", "act", "lang", "flag", "status", "modality"]

    var query: String
    var filters: IndexSearch.Filters
    var page: Int
    /// The filters as the URL gave them (kept in the page's links).
    var given: [String: String]

    /// The search `request` asks; nil when it has no query.
    init?(_ request: Request, configuration: WebConfiguration, pageSize: Int) throws {
        guard let query = Site.parameter(request, "q") else { return nil }
        guard query.count <= configuration.maxQueryCharacters else {
            throw PageError.badRequest("the query is longer than \(configuration.maxQueryCharacters) characters")
        }
        guard query.split(whereSeparator: \.isWhitespace).count <= configuration.maxQueryTerms else {
            throw PageError.badRequest("the query has more than \(configuration.maxQueryTerms) terms")
        }
        let page = Site.parameter(request, "page").map { Int($0) } ?? 1
        guard let page, (1...configuration.maxPages).contains(page) else {
            throw PageError.badRequest("page is a number from 1 to \(configuration.maxPages)")
        }
        var given: [String: String] = [:]
        for name in Self.filterNames { if let value = Site.parameter(request, name) { given[name] = value } }
        let lang = try Parameters.language(request, "lang")
        filters = IndexSearch.Filters(
            actor: given["actor"], act: given["act"], lang: lang, flag: given["flag"], status: given["status"], modality: given["modality"],
            limit: page * pageSize + 1, asOf: try Site.date(request, "as-of") ?? .today)
        do { try filters.check() } catch let error as IndexSearch.QueryError { throw PageError.badRequest(error.description) }
        self.query = query
        self.page = page
        self.given = given
    }
}

/// A competence list's scope (`/actor/…`, `/api/actor/…`): the date, the population and the
/// language of the texts.
struct CompetenceParameters: Sendable {
    var actor: ActorSelection
    var asOf: LegalDate?
    var population: Int?
    var lang: Language
    /// The parameters as the URL gave them (kept in the page's links).
    var given: [String: String]

    init(_ request: Request, actor: ActorSelection) throws {
        self.actor = actor
        asOf = try Site.date(request, "as-of")
        if let text = Site.parameter(request, "population") {
            guard let value = Int(text), value >= 0 else { throw PageError.badRequest("population is a number of people") }
            population = value
        }
        lang = try Parameters.language(request, "lang") ?? .rus
        given = [:]
        for key in ["as-of", "population", "lang"] { if let value = Site.parameter(request, key) { given[key] = value } }
    }
}

/// The flag list's scope (`/flags`, `/api/flags`): an actor or group (the rural tier unless
/// asked), a kind, and the language of the texts (Russian unless asked).
struct FlagParameters: Sendable {
    var actor: ActorSelection
    var kind: FlagKind?
    var lang: Language

    init(_ request: Request) throws {
        actor = try Parameters.actor(request) ?? .ruralTier
        lang = try Parameters.language(request, "lang") ?? .rus
        kind = try Site.parameter(request, "kind").map { text -> FlagKind in
            guard let kind = FlagKind(rawValue: text) else {
                throw PageError.badRequest("no flag kind \(text); one of: \(FlagKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
    }
}

/// Readers of single parameters.
enum Parameters {
    /// `rus`, `kaz` or `eng`; another value is a ``PageError``.
    static func language(_ request: Request, _ name: String) throws -> Language? {
        guard let text = Site.parameter(request, name) else { return nil }
        guard let lang = Language(rawValue: text) else { throw PageError.badRequest("\(name) is rus, kaz or eng, not \(text)") }
        return lang
    }

    /// The `actor` parameter: an actor or a group; an unknown name is a 404.
    static func actor(_ request: Request) throws -> ActorSelection? {
        guard let name = Site.parameter(request, "actor") else { return nil }
        guard let actor = ActorSelection(name: name) else { throw PageError.notFound("no actor \(name)") }
        return actor
    }

    /// `rus` or `rus@2025-08-31`, the text segment of an act's URLs: a language and an edition.
    static func text(_ segment: String) throws -> (Language, LegalDate?) {
        let parts = segment.split(separator: "@", maxSplits: 1).map(String.init)
        guard let lang = parts.first.flatMap(Language.init(rawValue:)) else {
            throw PageError.notFound("no language \(segment): rus, kaz or eng")
        }
        guard parts.count == 2 else { return (lang, nil) }
        guard let date = LegalDate(parts[1]) else { throw PageError.notFound("\(parts[1]) is not a date (YYYY-MM-DD)") }
        return (lang, date)
    }

    /// The provision a route's `id`, `text` and `eid` name, and the edition date if any.
    static func provision(_ context: BasicRequestContext) throws -> (ProvisionAddress, LegalDate?) {
        let (lang, edition) = try text(try context.parameters.require("text"))
        return (
            ProvisionAddress(act: try context.parameters.require("id"), lang: lang, eid: try context.parameters.require("eid")), edition
        )
    }

    /// The actor segment of `/actor/<actor>` or `/actor/<actor>.<format>`: the actor and the
    /// download format (md, csv, json, html) if any; an unknown one is a 404.
    static func actorSegment(_ segment: String) throws -> (ActorSelection, ReportFormat?) {
        let pieces = segment.split(separator: ".", maxSplits: 1).map(String.init)
        guard let actor = pieces.first.flatMap(ActorSelection.init(name:)) else { throw PageError.notFound("no actor \(segment)") }
        guard pieces.count == 2 else { return (actor, nil) }
        guard let format = ReportFormat(rawValue: pieces[1]), format != .text, CompetenceList.Report.formats.contains(format) else {
            throw PageError.notFound("no download .\(pieces[1]): md, csv, json or html")
        }
        return (actor, format)
    }
}
