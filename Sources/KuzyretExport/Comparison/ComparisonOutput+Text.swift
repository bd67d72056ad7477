import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension ComparisonOutput {
    /// Human text: the head, the counts, then every changed, dropped and new competence and every
    /// flag removed or added (kept ones are counted, not listed).
    public static func text(_ report: ComparisonReport) -> String {
        let sides = report.sides
        var out = "actor: \(report.actor.name)\nold: \(sides.old)\nnew: \(sides.new)\n"
        if let scope = sides.scope { out += "compared: \(scope)\n" }
        out += summaryLines(report).joined(separator: "\n") + "\n"
        for pair in report.changed {
            out += "\nchanged \(pair.old.eid)"
            if pair.new.eid != pair.old.eid { out += " → \(pair.new.eid)" }
            if pair.old.status != pair.new.status { out += "  [\(pair.old.status.rawValue) → \(pair.new.status.rawValue)]" }
            if pair.old.modality != pair.new.modality { out += "  [\(pair.old.modality.rawValue) → \(pair.new.modality.rawValue)]" }
            out += "\n    " + (pair.diff.isEmpty ? pair.new.text : WordDiff.render(pair.diff)) + "\n"
        }
        for competence in report.dropped {
            out += "\ndropped \(competence.eid)  [\(competence.status.rawValue), \(competence.modality.rawValue)]\n    \(competence.text)\n"
        }
        for competence in report.added {
            out += "\nnew \(competence.eid)  [\(competence.status.rawValue), \(competence.modality.rawValue)]\n    \(competence.text)\n"
        }
        for competence in report.pending {
            out += "\npending \(competence.eid)  [not yet in force on the old side; not taken up]\n    \(competence.text)\n"
        }
        for flag in report.flagsRemoved { out += "\nflag removed \(describe(flag))\n" }
        for flag in report.flagsAdded { out += "\nflag added \(describe(flag))\n" }
        return out
    }
}
