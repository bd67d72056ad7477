import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// How much of an actor's indexed competences a bill keeps (`kuzyret coverage`, the compare
    /// page; DESIGN.md §10).
    ///
    /// The bill is compared with the indexed edition of the act it is an edition of (`act` for
    /// another), the one in force on `asOf` (today unless given), in the bill's language when indexed
    /// (else Russian, aligned by eId across languages). When its act is not indexed at all, it is
    /// compared with every indexed act, as a consolidating law would be. A bill given as an
    /// excerpt is compared on its own articles. Nothing to compare is an error, not 100 %: a
    /// drafter's gate must not pass on a typo.
    public func coverage(
        of bill: EditionDiff.Side, actor: ActorSelection, act: String? = nil, asOf: LegalDate? = nil, within: EId? = nil
    ) throws -> ComparisonReport {
        let lang = bill.analysis.act.lang
        let target = act ?? bill.analysis.act.id
        let date = asOf ?? .today
        var dated = try analyses(act: target, lang: lang, on: date)
        if dated.analyses.isEmpty, dated.scope.leftOut.isEmpty { dated = try analyses(act: target, lang: .rus, on: date) }
        if dated.analyses.isEmpty, let left = dated.scope.leftOut.first {
            throw QueryError(description: "\(target) does not answer for \(date): \(left.reason.text) (use --as-of)")
        }
        if dated.analyses.isEmpty, act != nil { throw QueryError(description: "\(target) is not in the index \(path)") }
        if dated.analyses.isEmpty { dated = try analyses(lang: lang, on: date) }
        let indexed = dated.analyses
        let scope = ComparisonScope(
            within: within, articles: bill.analysis.act.isPartial ? ComparisonScope.articles(of: bill.statute) : nil)
        let old = scope.side(indexed, actor: actor)
        guard !old.competences.isEmpty else {
            throw QueryError(
                description: "nothing to compare: the index holds no competence of \(actor.name) in "
                    + (indexed.isEmpty
                        ? "\(lang.rawValue) texts" : indexed.map { "\($0.act.id)/\($0.act.lang.rawValue)" }.joined(separator: ", "))
                    + (within.map { " under \($0)" } ?? ""))
        }
        var report = CompetenceComparison().compare(old: old, new: scope.side([bill.analysis], actor: actor), actor: actor)
        var line = scope.line
        if let other = indexed.first?.act.lang, other != lang {
            line = [line, "across languages: the bill is \(lang.rawValue), the index has \(other.rawValue) (aligned by eId)"]
                .compactMap { $0 }.joined(separator: "; ")
        }
        report.sides = ComparisonReport.Sides(
            old: indexed.map(\.act.summary).joined(separator: "; ") + " (index)", new: "\(bill.label): " + bill.analysis.act.summary,
            scope: line, date: dated.scope)
        return report
    }
}
