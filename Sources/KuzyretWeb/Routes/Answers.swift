import Foundation
import Hummingbird
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// The questions the pages and the API ask the index, each answered whole on one connection of
/// the pool (so an answer never mixes two builds of the index), off the threads that serve
/// connections. What the index does not hold is a ``PageError``.
struct Answers: Sendable {
    let pool: IndexPool

    /// Every act in the index.
    func acts() async throws -> [IndexedAct] {
        try await pool.read { try $0.acts() }
    }

    /// A search: the hits of pages 1 to `asked.page`, and the facets; a malformed query gives
    /// its message instead.
    /// The acts' titles (in `lang`, else Russian) come with them.
    func search(_ asked: SearchParameters, lang: Language = .rus) async throws -> (
        results: SearchResults?, facets: [SearchFacet], titles: [String: String], error: String?
    ) {
        try await pool.read { search in
            var titles: [String: String] = [:]
            for act in try search.acts() { titles[act.id] = act.title(in: lang) }
            do {
                return (
                    try search.results(asked.query, filters: asked.filters), try search.facets(asked.query, filters: asked.filters), titles,
                    nil
                )
            } catch let error as IndexSearch.QueryError {
                return (nil, [], titles, error.description)
            }
        }
    }

    /// An act and the contents of one of its texts: `lang` (else a language it has), the edition
    /// in force on `edition` (else the newest). An unknown act, or a date before its first
    /// edition, is a 404.
    func contents(id: String, lang: Language, edition: LegalDate?) async throws -> (
        IndexedAct, TableOfContents, [(event: AmendmentEvent, eids: [String])]
    ) {
        let (act, contents, amendments): (IndexedAct?, TableOfContents?, [(event: AmendmentEvent, eids: [String])]) = try await pool.read {
            search in
            guard let act = try search.acts().first(where: { $0.id == id }) else { return (nil, nil, []) }
            let available = act.texts.contains { $0.lang == lang } ? lang : (act.texts.last?.lang ?? lang)
            return (act, try search.contents(act: id, lang: available, edition: edition), try search.amendments(of: id, lang: available))
        }
        guard let act else { throw PageError.notFound("no act \(id) in the index") }
        guard let contents, edition == nil || (contents.edition ?? "") <= edition!.description else {
            let known = act.texts.filter { $0.lang == lang }.compactMap(\.edition).joined(separator: ", ")
            throw PageError.notFound("the index has no \(lang.rawValue) edition of \(id) on or before \(edition!); it has \(known)")
        }
        return (act, contents, amendments)
    }

    /// The provision at `address` in the edition in force on `edition` (else the newest), and
    /// the same provision in every edition. Unknown, or a date before the first edition, is a 404.
    func provision(_ address: ProvisionAddress, edition: LegalDate?) async throws -> (ProvisionView, [ProvisionEdition]) {
        let (view, editions): (ProvisionView?, [ProvisionEdition]) = try await pool.read { search in
            (try search.provision(address, edition: edition), try search.editions(of: address))
        }
        guard let view else {
            throw PageError.notFound("no provision \(address)\(edition.map { " in the edition of \($0)" } ?? "") in the index")
        }
        if let edition, let shown = view.texts.first?.edition, shown > edition.description {
            let known = editions.compactMap(\.edition).joined(separator: ", ")
            throw PageError.notFound(
                "the index has no \(address.lang.rawValue) edition of \(address.act) on or before \(edition); it has \(known)")
        }
        return (view, editions)
    }

    /// An actor's competence list as `asked`.
    func competences(_ asked: CompetenceParameters) async throws -> CompetenceList.Report {
        let dated = try await analyses(lang: asked.lang, on: asked.asOf ?? .today)
        return CompetenceList.Report(
            dated: dated.analyses, scope: dated.scope, query: CompetenceQuery(actors: asked.actor, population: asked.population))
    }

    /// The analyses that answer for `date` in `lang`, remembered per index file: every actor's
    /// list and flag page of a day reads the same ones.
    func analyses(lang: Language, on date: LegalDate) async throws -> DatedAnalyses {
        try await pool.remembered("analyses|\(lang.rawValue)|\(date)") { try $0.analyses(lang: lang, on: date) }
    }

    /// How an actor's list changed over the editions in the index (``IndexSearch/history(actor:act:lang:from:to:population:)``).
    func history(_ asked: CompetenceParameters) async throws -> CompetenceHistory {
        let key = "history|\(asked.actor.name)|\(asked.lang.rawValue)|\(asked.population.map(String.init) ?? "")|\(LegalDate.today)"
        return try await pool.remembered(key) { try $0.history(actor: asked.actor, lang: asked.lang, population: asked.population) }
    }

    /// The flags of an actor or group, of one kind or all.
    func flags(_ asked: FlagParameters) async throws -> FlagList {
        let dated = try await analyses(lang: asked.lang, on: .today)
        return FlagList(dated: dated.analyses, scope: dated.scope, actor: asked.actor, kind: asked.kind)
    }

    /// Two indexed editions compared (`ACT/LANG@DATE` each), and the acts (for the page's
    /// choices). A malformed name is a 400; one the index lacks, a 404.
    func compare(old: String, new: String, actor: ActorSelection) async throws -> (ComparisonReport, [IndexedAct]) {
        for name in [old, new] {
            let parts = name.split(separator: "/")
            guard parts.count == 2, Language(rawValue: String(parts[1].prefix { $0 != "@" })) != nil else {
                throw PageError.badRequest("\(name) is not ACT/LANG@DATE, e.g. Z010000148_/rus@2026-07-12")
            }
        }
        return try await pool.read { search in
            do {
                return (try search.compareEditions(old: old, new: new, actor: actor), try search.acts())
            } catch let error as IndexSearch.QueryError {
                throw PageError.notFound(error.description)
            }
        }
    }
}
