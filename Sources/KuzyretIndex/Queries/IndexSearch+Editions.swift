import Foundation
import GRDB
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// The analysis of one indexed text, `act` in `lang` and exactly `edition` (nil: undated),
    /// with the articles the text holds; nil when the index has no such text.
    public func indexedSide(act: String, lang: Language, edition: String?) throws -> (analysis: StatuteAnalysis, articles: Set<EId>)? {
        let decoder = JSONDecoder()
        return try queue.read { db in
            guard let text = try ActRecord.texts(of: act, lang: lang).fetchAll(db).first(where: { $0.edition == edition }) else {
                return nil
            }
            let competences = try CompetenceRecord.all(inText: text.id).fetchAll(db).map {
                try decoder.decode(Competence.self, from: Data($0.json.utf8))
            }
            let flags = try FlagRecord.all(inText: text.id).fetchAll(db).map {
                try decoder.decode(ProvisionFlag.self, from: Data($0.json.utf8))
            }
            let articles = Set(
                try String.fetchAll(db, ProvisionRecord.all(inText: text.id).select(ProvisionRecord.Columns.eid)).map { EId($0).top })
            return (StatuteAnalysis(act: try text.actInfo(), competences: competences, flags: flags, references: []), articles)
        }
    }

    /// The comparison of two indexed editions named `ACT/LANG@DATE` (the compare page's pick):
    /// an unknown text is a ``QueryError``.
    public func compareEditions(old: String, new: String, actor: ActorSelection, within: EId? = nil) throws -> ComparisonReport {
        func side(_ name: String) throws -> EditionDiff.IndexedSide {
            let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
            let text =
                parts.count == 2 ? parts[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init) : []
            guard parts.count == 2, let lang = text.first.flatMap(Language.init(rawValue:)) else {
                throw QueryError(description: "\(name) is not ACT/LANG@DATE, e.g. Z010000148_/rus@2026-07-12")
            }
            let edition = text.count == 2 && !text[1].isEmpty ? text[1] : nil
            guard let found = try indexedSide(act: parts[0], lang: lang, edition: edition) else {
                throw QueryError(description: "\(name) is not in the index")
            }
            return (found.analysis, found.articles, name)
        }
        return EditionDiff.compare(old: try side(old), new: try side(new), actor: actor, within: within)
    }
}
