import Foundation
import KuzyretCompetence
import KuzyretCore

/// What part of two texts a comparison covers: the provisions under an eId (`--within`), and,
/// when a side is an excerpt, the articles it holds (DESIGN.md §10).
public struct ComparisonScope: Sendable {
    /// Only provisions under this eId.
    public var within: EId?
    /// Only provisions of these articles (top provisions).
    public var articles: Set<EId>?

    public init(within: EId? = nil, articles: Set<EId>? = nil) {
        self.within = within
        self.articles = articles
    }

    /// Whether `eid` is in scope.
    public func contains(_ eid: EId) -> Bool {
        if let within, !eid.isWithin(within) { return false }
        if let articles, !articles.contains(eid.top) { return false }
        return true
    }

    /// The actor's competences and flags of `analyses` in scope: repealed provisions are no duty
    /// on either side (a duty repealed between two texts is dropped).
    public func side(_ analyses: [StatuteAnalysis], actor: ActorSelection) -> (competences: [Competence], flags: [ProvisionFlag]) {
        let competences = analyses.flatMap(\.competences).filter {
            actor.contains($0.actor) && $0.status != .repealed && contains(EId($0.eid))
        }
        let flags = analyses.flatMap(\.flags).filter { $0.status != .repealed && contains(EId($0.eid)) }
        return (competences, flags)
    }

    /// The articles (top provisions other than chapters, sections and parts) of `statute`.
    public static func articles(of statute: Statute) -> Set<EId> {
        var articles = Set<EId>()
        statute.walk { provision, _ in
            let top = EId(provision.eid).top
            if !["chp_", "sec_", "part_", "subsec_"].contains(where: top.description.hasPrefix) { articles.insert(top) }
        }
        return articles
    }

    /// The scope line of a report: what part of the texts was compared, or nil for the whole.
    public var line: String? {
        var parts: [String] = []
        if let within { parts.append("under \(within)") }
        if let articles, within == nil {
            let sorted = articles.map(\.description).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            parts.append(
                "the \(sorted.count) article(s) of the excerpt: " + sorted.prefix(8).joined(separator: ", ")
                    + (sorted.count > 8 ? ", …" : ""))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
