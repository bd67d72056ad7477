import KuzyretCompetence
import KuzyretComparison
import KuzyretCore

/// `kuzyret coverage` and `kuzyret diff` reports as text and JSON (DESIGN.md §10, §11).
public enum ComparisonOutput {
    /// What the two sides are, for the report's head: `old` and `new` name the act, language and
    /// edition of each side; `scope` says what part was compared (articles, a prefix), if limited.
    public struct Sides: Sendable {
        public var old: String
        public var new: String
        public var scope: String?

        public init(old: String, new: String, scope: String? = nil) {
            self.old = old
            self.new = new
            self.scope = scope
        }
    }

    /// The counts a researcher quotes, one line each.
    public static func summaryLines(_ report: ComparisonReport) -> [String] {
        [
            "old: \(report.oldCount) competence(s); new: \(report.newCount)",
            "kept \(report.kept.count), changed \(report.changed.count), dropped \(report.dropped.count), new \(report.added.count)",
            "coverage \(percent(report.coverage)) (kept or changed / old)",
            "open-ended flags: kept \(report.flagsKept.count), removed \(report.flagsRemoved.count), added \(report.flagsAdded.count)",
        ]
    }

    /// Human text: the head, the counts, then every changed, dropped and new competence and every
    /// flag removed or added (kept ones are counted, not listed).
    public static func text(_ report: ComparisonReport, sides: Sides) -> String {
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
        for flag in report.flagsRemoved { out += "\nflag removed \(CompetenceList.describe(flag))\n" }
        for flag in report.flagsAdded { out += "\nflag added \(CompetenceList.describe(flag))\n" }
        return out
    }

    /// Markdown for a pull request or a memo: the head and counts, then a section each for the
    /// changed (with the word diff), dropped and new competences and the flags removed and added.
    public static func markdown(_ report: ComparisonReport, sides: Sides) -> String {
        var out = "# Competences of \(report.actor.name): \(sides.old) → \(sides.new)\n\n"
        if let scope = sides.scope { out += "- compared: \(scope)\n" }
        for line in summaryLines(report) { out += "- \(line)\n" }
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n## \(title) (\(lines.count))\n\n" + lines.map { "- \($0)\n" }.joined()
        }
        section("Changed", report.changed.map { pair in
            var line = "`\(pair.old.eid)`" + (pair.new.eid != pair.old.eid ? " → `\(pair.new.eid)`" : "")
            if pair.old.status != pair.new.status { line += " (\(pair.old.status.rawValue) → \(pair.new.status.rawValue))" }
            return line + ": " + (pair.diff.isEmpty ? pair.new.text : WordDiff.render(pair.diff))
        })
        section("Dropped", report.dropped.map { "`\($0.eid)` (\($0.status.rawValue)): \($0.text)" })
        section("New", report.added.map { "`\($0.eid)` (\($0.status.rawValue)): \($0.text)" })
        section("Open-ended flags removed", report.flagsRemoved.map(CompetenceList.describe))
        section("Open-ended flags added", report.flagsAdded.map(CompetenceList.describe))
        return out
    }

    /// `{"actor","sides":{"old","new","scope"},"summary":{"old","new","kept","changed","dropped","added",
    /// "coverage","flags_kept","flags_removed","flags_added"},"kept":[…],"changed":[{"address","eid",
    /// "new_address","old","new","old_status","new_status","old_modality","new_modality","diff"}],
    /// "dropped":[…],"new":[…],"flags":{"kept","removed","added"}}` (DESIGN §11, with the sides).
    /// Kept and dropped competences carry the old side's address, new ones the new side's.
    public static func json(_ report: ComparisonReport, sides: Sides) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("actor", report.actor.name)
        writer.key("sides")
        writer.beginObject()
        writer.field("old", sides.old)
        writer.field("new", sides.new)
        writer.field("scope", sides.scope)
        writer.endObject()
        writer.key("summary")
        writer.beginObject()
        writer.field("old", report.oldCount)
        writer.field("new", report.newCount)
        writer.field("kept", report.kept.count)
        writer.field("changed", report.changed.count)
        writer.field("dropped", report.dropped.count)
        writer.field("added", report.added.count)
        writer.key("coverage")
        writer.double(report.coverage)
        writer.field("flags_kept", report.flagsKept.count)
        writer.field("flags_removed", report.flagsRemoved.count)
        writer.field("flags_added", report.flagsAdded.count)
        writer.endObject()
        array("kept", report.kept.map(\.old), reference, to: &writer)
        writer.key("changed")
        writer.beginArray()
        for pair in report.changed {
            writer.beginObject()
            writer.field("address", pair.old.address)
            writer.field("eid", pair.old.eid)
            writer.field("new_address", pair.new.address)
            writer.field("old", pair.old.text)
            writer.field("new", pair.new.text)
            writer.field("old_status", pair.old.status.rawValue)
            writer.field("new_status", pair.new.status.rawValue)
            writer.field("old_modality", pair.old.modality.rawValue)
            writer.field("new_modality", pair.new.modality.rawValue)
            writer.field("diff", WordDiff.render(pair.diff))
            writer.endObject()
        }
        writer.endArray()
        array("dropped", report.dropped, reference, to: &writer)
        array("new", report.added, reference, to: &writer)
        writer.key("flags")
        writer.beginObject()
        array("kept", report.flagsKept.map(\.old), flag, to: &writer)
        array("removed", report.flagsRemoved, flag, to: &writer)
        array("added", report.flagsAdded, flag, to: &writer)
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.text
    }

    /// `"key":[…]`, each item written by `write`.
    static func array<Item>(_ key: String, _ items: [Item], _ write: (Item, inout JSONWriter) -> Void, to writer: inout JSONWriter) {
        writer.key(key)
        writer.beginArray()
        for item in items { write(item, &writer) }
        writer.endArray()
    }

    static func reference(_ competence: Competence, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("address", competence.address)
        writer.field("eid", competence.eid)
        writer.field("status", competence.status.rawValue)
        writer.field("modality", competence.modality.rawValue)
        writer.field("text", competence.text)
        writer.endObject()
    }

    static func flag(_ flag: ProvisionFlag, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("address", flag.address)
        writer.field("eid", flag.eid)
        writer.field("kind", flag.flag.kind.rawValue)
        writer.field("span", flag.flag.span)
        writer.key("charter")
        writer.beginArray()
        for article in flag.flag.charter { writer.string(article) }
        writer.endArray()
        writer.endObject()
    }

    /// `0.9667` as `96.7%`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
