import Foundation
import KuzyretCompetence
import KuzyretCore

/// The competence list as Markdown.
extension CompetenceList {
    /// Markdown: a header (scope, acts and editions, counts per act and per topic), then a
    /// section per act and a subsection per topic with one bullet per competence.
    public static func markdown(_ competences: [Competence], header: Header) -> String {
        let counts = Counts(competences)
        var out = "# Competences: \(header.query.actors?.label ?? "all actors")\n\n"
        out += "- \(header.scopeLine)\n- \(counts.competences) competence(s), \(counts.openEnded) with an open-ended flag\n"
        for line in header.actLines { out += "- act: \(markdownEscape(line))\n" }
        for line in header.datedLines { out += "- \(markdownEscape(line))\n" }
        out += "\n| act | competences | open-ended |\n|---|---:|---:|\n"
        for row in counts.acts { out += "| \(row.name) | \(row.competences) | \(row.openEnded) |\n" }
        out += "| all | \(counts.competences) | \(counts.openEnded) |\n"
        out += "\n| topic | competences | open-ended |\n|---|---:|---:|\n"
        for row in counts.topics { out += "| \(row.name) | \(row.competences) | \(row.openEnded) |\n" }
        if !header.openClauses.isEmpty {
            out += "\n## Open-ended clauses\n\n"
            for line in header.openClauseLines { out += "- \(markdownEscape(line))\n" }
        }
        for section in sections(competences) {
            out += "\n## \(section.act)\n"
            for group in section.topics {
                out += "\n### \(group.topic)\n\n"
                for competence in group.competences {
                    let text = markdownEscape(competence.text).replacingOccurrences(of: "\n", with: "\n  ")
                    let member = header.query.actors?.isSingle == true ? "" : ", \(competence.actor.rawValue)"
                    out += "- `\(competence.eid)` (\(competence.status.rawValue), \(competence.modality.rawValue)\(member)) \(text)"
                    if competence.topics.count > 1 { out += " — *\(competence.topics.map(\.rawValue).joined(separator: ", "))*" }
                    out += "\n"
                    for condition in competence.conditions { out += "  - condition: \(markdownEscape(describe(condition)))\n" }
                    for flag in competence.flags {
                        out +=
                            "  - **\(flag.kind.rawValue)**\(flag.openEnded ? " (open-ended)" : ""): «\(markdownEscape(flag.span))» (Charter \(flag.charter.joined(separator: ", ")))\n"
                    }
                    if competence.isSubset { out += "  - only for: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
                    if let via = competence.viaAddress { out += "  - via the definition \(via)\n" }
                }
            }
        }
        return out
    }
}
