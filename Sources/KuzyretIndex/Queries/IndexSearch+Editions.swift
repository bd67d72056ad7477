import Foundation
import GRDB
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// The analysis of one indexed text, `act` in `lang` and exactly `edition` (nil: undated),
    /// with the articles the text holds; nil when the index has no such text.
    public func indexedSide(act: String, lang: Language, edition: String?) throws -> (analysis: StatuteAnalysis, articles: Set<EId>)? {
        try queue.read { db in
            var reader = try DatedReader(act: act, lang: lang, in: db)
            guard let index = reader.texts.firstIndex(where: { $0.edition == edition }) else { return nil }
            return (try reader.analysis(of: index), Set(try reader.articles(of: index).map { EId($0) }))
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
