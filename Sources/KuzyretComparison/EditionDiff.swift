import KuzyretCompetence
import KuzyretCore

/// How an actor's competences changed between two editions of an act (`kuzyret diff`, the
/// compare page): when either text is an excerpt, only the articles both hold are compared.
public enum EditionDiff {
    /// One side: the statute read, its analysis, and how the report names it (a file name).
    public typealias Side = (statute: Statute, analysis: StatuteAnalysis, label: String)

    /// The comparison of `old` with `new` for `actor`, under `within` when given.
    public static func compare(old: Side, new: Side, actor: ActorSelection, within: EId? = nil) -> ComparisonReport {
        var scope = ComparisonScope(within: within)
        if old.analysis.act.isPartial || new.analysis.act.isPartial {
            scope.articles = ComparisonScope.articles(of: old.statute).intersection(ComparisonScope.articles(of: new.statute))
        }
        var report = CompetenceComparison().compare(
            old: scope.side([old.analysis], actor: actor), new: scope.side([new.analysis], actor: actor), actor: actor)
        report.sides = ComparisonReport.Sides(
            old: "\(old.label): " + old.analysis.act.summary, new: "\(new.label): " + new.analysis.act.summary, scope: scope.line)
        return report
    }
}

extension EditionDiff {
    /// One side read back from the index: the analysis, the articles its text holds (for an
    /// excerpt), and how the report names it.
    public typealias IndexedSide = (analysis: StatuteAnalysis, articles: Set<EId>, label: String)

    /// The comparison of two indexed editions, as ``compare(old:new:actor:within:)`` compares two
    /// texts read from files.
    public static func compare(old: IndexedSide, new: IndexedSide, actor: ActorSelection, within: EId? = nil) -> ComparisonReport {
        var scope = ComparisonScope(within: within)
        if old.analysis.act.isPartial || new.analysis.act.isPartial { scope.articles = old.articles.intersection(new.articles) }
        var report = CompetenceComparison().compare(
            old: scope.side([old.analysis], actor: actor), new: scope.side([new.analysis], actor: actor), actor: actor)
        report.sides = ComparisonReport.Sides(
            old: "\(old.label): " + old.analysis.act.summary, new: "\(new.label): " + new.analysis.act.summary, scope: scope.line)
        return report
    }
}
