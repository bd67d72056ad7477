import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension ComparisonOutput {
    /// Markdown for a pull request or a memo: the head and counts, then a section each for the
    /// changed (with the word diff), dropped and new competences and the flags removed and added.
    public static func markdown(_ report: ComparisonReport) -> String {
        let sides = report.sides
        var out = "# Competences of \(report.actor.name): \(sides.old) → \(sides.new)\n\n"
        if let scope = sides.scope { out += "- compared: \(scope)\n" }
        for line in summaryLines(report) { out += "- \(line)\n" }
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n## \(title) (\(lines.count))\n\n" + lines.map { "- \($0)\n" }.joined()
        }
        section(
            "Changed",
            report.changed.map { pair in
                var line = "`\(pair.old.eid)`" + (pair.new.eid != pair.old.eid ? " → `\(pair.new.eid)`" : "")
                if pair.old.status != pair.new.status { line += " (\(pair.old.status.rawValue) → \(pair.new.status.rawValue))" }
                return line + ": " + (pair.diff.isEmpty ? pair.new.text : WordDiff.render(pair.diff))
            })
        section("Dropped", report.dropped.map { "`\($0.eid)` (\($0.status.rawValue)): \($0.text)" })
        section("New", report.added.map { "`\($0.eid)` (\($0.status.rawValue)): \($0.text)" })
        section("Pending on the old side, not taken up", report.pending.map { "`\($0.eid)`: \($0.text)" })
        section("Flags removed", report.flagsRemoved.map(describe))
        section("Flags added", report.flagsAdded.map(describe))
        return out
    }
}
