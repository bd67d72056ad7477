import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

/// `kuzyret history` as text, Markdown, CSV and JSON (DESIGN.md §10, §11); the chart is
/// ``HistoryChart``.
public enum HistoryOutput {
    /// The formats a history comes in.
    public static let formats: [ReportFormat] = [.text, .md, .csv, .json]

    /// The history in `format`.
    public static func rendered(_ history: CompetenceHistory, as format: ReportFormat) throws -> String {
        switch format {
        case .text: return text(history)
        case .md: return markdown(history)
        case .csv: return csv(history)
        case .json: return json(history)
        case .html, .akn: throw UnsupportedFormat(format: format, supported: formats)
        }
    }

    /// `history of aul-akim (rus), Z010000148_, 2008-12-24 … 2026-07-12: 4 entries, 3 steps`.
    public static func headline(_ history: CompetenceHistory) -> String {
        var line = "history of \(history.actor.name) (\(history.lang.rawValue))"
        if let act = history.act { line += ", \(act)" }
        if let first = history.entries.first, let last = history.entries.last { line += ", \(first.date) … \(last.date)" }
        if history.from != nil || history.to != nil {
            line += " (asked: \(history.from?.description ?? "start") … \(history.to?.description ?? "end"))"
        }
        return line + ": \(history.entries.count) entries, \(history.steps.count) steps"
    }

    /// `+2 −1 ~3, flags +1 −0, pending 1`.
    public static func counts(_ step: CompetenceHistory.Step) -> String {
        let report = step.report
        var line = "+\(report.added.count) −\(report.dropped.count) ~\(report.changed.count)"
        line += ", flags +\(report.flagsAdded.count) −\(report.flagsRemoved.count)"
        if !report.pending.isEmpty { line += ", pending \(report.pending.count)" }
        return line
    }

    /// The lines of one step's changes: `+ ADDRESS text`, `− …`, `~ … [pending → in-force]`.
    public static func changeLines(_ step: CompetenceHistory.Step) -> [String] {
        let report = step.report
        var lines: [String] = []
        for competence in report.added { lines.append("+ \(competence.address)  \(competence.text)") }
        for competence in report.dropped { lines.append("− \(competence.address)  \(competence.text)") }
        for pair in report.changed {
            var line = "~ \(pair.old.address)" + (pair.new.eid != pair.old.eid ? " → \(pair.new.eid)" : "")
            if pair.old.status != pair.new.status {
                line +=
                    "  [\(pair.old.status.rawValue) → \(pair.new.status.rawValue)\(pair.old.status == .pending ? ": came into force" : "")]"
            }
            lines.append(line + "  \(pair.diff.isEmpty ? pair.new.text : WordDiff.render(pair.diff))")
        }
        for competence in report.pending { lines.append("pending (not dropped) \(competence.address)  \(competence.text)") }
        for flag in report.flagsAdded { lines.append("flag + \(ComparisonOutput.describe(flag))") }
        for flag in report.flagsRemoved { lines.append("flag − \(ComparisonOutput.describe(flag))") }
        return lines
    }

    /// Plain text: a line per entry (date, total, per act, why), then each step with its laws
    /// and changes.
    public static func text(_ history: CompetenceHistory) -> String {
        var out = headline(history) + "\n"
        out += "each entry is the list as `kuzyret competences --as-of DATE` gives it\n"
        for entry in history.entries {
            let acts = entry.counts.map { "\($0.act) \($0.competences)" }.joined(separator: ", ")
            out += "\(entry.date)  \(entry.total) competence(s)  [\(acts)]  \(entry.reasons.joined(separator: "; "))\n"
            for line in entry.scope.lines.dropFirst() where !line.hasPrefix("edition used") { out += "    \(line)\n" }
        }
        for step in history.steps {
            out += "\nstep \(step.from) → \(step.to)  \(step.act): \(counts(step))\n"
            if let scope = step.report.sides.scope { out += "    compared: \(scope)\n" }
            for law in step.laws { out += "    law: \(law.summary)\n" }
            for line in changeLines(step) { out += "    \(line)\n" }
        }
        return out
    }

    /// Markdown: the entries as a table, then a section per step.
    public static func markdown(_ history: CompetenceHistory) -> String {
        var out = "# \(CompetenceList.markdownEscape(headline(history)))\n\n| date | competences | per act | why |\n|---|---:|---|---|\n"
        for entry in history.entries {
            let acts = entry.counts.map { "\($0.act) \($0.competences)" }.joined(separator: ", ")
            out +=
                "| \(entry.date) | \(entry.total) | \(acts) | \(CompetenceList.markdownEscape(entry.reasons.joined(separator: "; "))) |\n"
        }
        for step in history.steps {
            out += "\n## \(step.from) → \(step.to): \(step.act) (\(counts(step)))\n\n"
            if let scope = step.report.sides.scope { out += "- compared: \(CompetenceList.markdownEscape(scope))\n" }
            for law in step.laws { out += "- law: \(CompetenceList.markdownEscape(law.summary))\n" }
            for line in changeLines(step) { out += "- \(CompetenceList.markdownEscape(line))\n" }
        }
        return out
    }

    /// CSV: `date,act,competences,reasons`, a row per act and date and an `all` row per date.
    public static func csv(_ history: CompetenceHistory) -> String {
        var out = "date,act,competences,reasons\r\n"
        for entry in history.entries {
            let reasons = CompetenceList.csvField(entry.reasons.joined(separator: "; "))
            for count in entry.counts { out += "\(entry.date),\(count.act),\(count.competences),\(reasons)\r\n" }
            out += "\(entry.date),all,\(entry.total),\(reasons)\r\n"
        }
        return out
    }

    /// `{"actor","lang","act","from","to","entries":[{"date","total","acts":[{"id","competences"}],
    /// "reasons","editions":[{"id","lang","edition",…}],"left_out","corrections"}],"steps":[{"from",
    /// "to","act","scope","added","dropped","changed","pending","flags_added","flags_removed","laws":[{"law",
    /// "law_date","law_number","in_force_from","in_force_rule","eid","effect"}]}]}`.
    public static func json(_ history: CompetenceHistory) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("actor", history.actor.name)
        writer.field("lang", history.lang.rawValue)
        writer.field("act", history.act)
        writer.field("from", history.from?.description)
        writer.field("to", history.to?.description)
        writer.key("entries")
        writer.beginArray()
        for entry in history.entries {
            writer.beginObject()
            writer.field("date", entry.date.description)
            writer.field("total", entry.total)
            writer.key("acts")
            writer.beginArray()
            for count in entry.counts {
                writer.beginObject()
                writer.field("id", count.act)
                writer.field("competences", count.competences)
                writer.endObject()
            }
            writer.endArray()
            writer.key("reasons")
            writer.beginArray()
            for reason in entry.reasons { writer.string(reason) }
            writer.endArray()
            writer.key("editions")
            writer.beginArray()
            for act in entry.scope.editions { CompetenceJSON.writeAct(act, to: &writer) }
            writer.endArray()
            CompetenceJSON.write(entry.scope, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("steps")
        writer.beginArray()
        for step in history.steps {
            let report = step.report
            writer.beginObject()
            writer.field("from", step.from.description)
            writer.field("to", step.to.description)
            writer.field("act", step.act)
            writer.field("scope", report.sides.scope)
            ComparisonOutput.array("added", report.added, ComparisonOutput.reference, to: &writer)
            ComparisonOutput.array("dropped", report.dropped, ComparisonOutput.reference, to: &writer)
            writer.key("changed")
            writer.beginArray()
            for pair in report.changed {
                writer.beginObject()
                writer.field("address", pair.old.address)
                writer.field("new_address", pair.new.address)
                writer.field("old_status", pair.old.status.rawValue)
                writer.field("new_status", pair.new.status.rawValue)
                writer.field("diff", WordDiff.render(pair.diff))
                writer.endObject()
            }
            writer.endArray()
            ComparisonOutput.array("pending", report.pending, ComparisonOutput.reference, to: &writer)
            ComparisonOutput.array("flags_added", report.flagsAdded, ComparisonOutput.flag, to: &writer)
            ComparisonOutput.array("flags_removed", report.flagsRemoved, ComparisonOutput.flag, to: &writer)
            writer.key("laws")
            writer.beginArray()
            for law in step.laws { write(law, to: &writer) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }

    /// One amendment event: `{"law","law_date","law_number","in_force_from","in_force_rule","eid","effect"}`.
    public static func write(_ law: AmendmentEvent, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("law", law.law)
        writer.field("law_date", law.lawDate.description)
        writer.field("law_number", law.lawNumber)
        writer.field("in_force_from", law.inForceFrom?.description)
        writer.field("in_force_rule", law.inForceRule)
        writer.field("eid", law.eid)
        writer.field("effect", law.effect.rawValue)
        writer.endObject()
    }
}
