import Foundation
import KuzyretCompetence
import KuzyretCore

/// The competence list as plain text.
extension CompetenceList {
    /// Plain text: one line per competence.
    public static func text(_ competences: [Competence], header: Header) -> String {
        var out = "\(competences.count) competence(s); \(header.scopeLine)\n"
        for line in header.datedLines { out += "\(line)\n" }
        for competence in competences {
            out += "\(competence.address)  [\(competence.status.rawValue), \(competence.modality.rawValue)]"
            if header.query.actors?.isSingle != true { out += " \(competence.actor.rawValue)" }
            out += "\n    \(competence.text.replacingOccurrences(of: "\n", with: "\n    "))\n"
            for condition in competence.conditions { out += "    condition: \(describe(condition))\n" }
            for flag in competence.flags {
                out += "    flag \(flag.kind.rawValue)\(flag.openEnded ? " (open-ended)" : ""): «\(flag.span)»\n"
            }
            if competence.isSubset { out += "    only: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
            out += "    from: \(competence.inheritedFromAddress)\n"
            if let via = competence.viaAddress { out += "    via: \(via)\n" }
        }
        let counts = Counts(competences)
        out += "counts: \(counts.line)\n"
        out += "by topic: " + counts.topics.map { "\($0.name) \($0.competences)" }.joined(separator: ", ") + "\n"
        for line in header.openClauseLines { out += "open-ended clause: \(line)\n" }
        return out
    }
}
