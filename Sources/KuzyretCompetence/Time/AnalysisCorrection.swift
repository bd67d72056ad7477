import KuzyretCore

extension StatuteAnalysis {
    /// The analysis read with `corrections` (``DatedScope/Correction``) that concern its text: every
    /// competence under a corrected provision gains the repeal as a dated condition (so a list as
    /// of a date on or after it leaves the competence out, and says why), and every flag under it
    /// is repealed when `date` is on or after the repeal.
    public func corrected(by corrections: [DatedScope.Correction], on date: LegalDate) -> StatuteAnalysis {
        let mine = corrections.filter { $0.act.id == act.id && $0.act.lang == act.lang && $0.act.edition == act.edition }
        guard !mine.isEmpty else { return self }
        var result = self
        for index in result.competences.indices {
            let eid = EId(result.competences[index].eid)
            for correction in mine where eid.isWithin(EId(correction.eid)) {
                result.competences[index].conditions.append(
                    Condition(
                        effect: .repealed, from: correction.event.effectiveFrom,
                        source: "\(correction.event.law), as the \(correction.recordedIn?.description ?? "later") edition records"))
            }
        }
        for index in result.flags.indices {
            let eid = EId(result.flags[index].eid)
            if mine.contains(where: { eid.isWithin(EId($0.eid)) && $0.event.hasTakenEffect(by: date) }) {
                result.flags[index].status = .repealed
            }
        }
        return result
    }
}
