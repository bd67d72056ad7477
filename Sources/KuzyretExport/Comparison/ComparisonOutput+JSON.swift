import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension ComparisonOutput {
    /// `{"actor","sides":{"old","new","scope"},"summary":{"old","new","kept","changed","dropped","added",
    /// "pending","coverage","flags_kept","flags_removed","flags_added"},"kept":[…],"changed":[{"address","eid",
    /// "new_address","old","new","old_status","new_status","old_modality","new_modality","diff"}],
    /// "dropped":[…],"new":[…],"pending":[…],"flags":{"kept","removed","added"}}` (DESIGN §11, with the
    /// sides; a comparison with the index adds `as_of`, `acts`, `left_out` and `corrections` to them).
    /// Flags are of every kind, each with `open_ended`.
    /// Kept and dropped competences carry the old side's address, new ones the new side's.
    public static func json(_ report: ComparisonReport) -> String {
        let sides = report.sides
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("actor", report.actor.name)
        writer.key("sides")
        writer.beginObject()
        writer.field("old", sides.old)
        writer.field("new", sides.new)
        writer.field("scope", sides.scope)
        if let date = sides.date {
            writer.field("as_of", date.date.description)
            writer.key("acts")
            writer.beginArray()
            for act in date.editions { CompetenceJSON.writeAct(act, to: &writer) }
            writer.endArray()
            CompetenceJSON.write(date, to: &writer)
        }
        writer.endObject()
        writer.key("summary")
        writer.beginObject()
        writer.field("old", report.oldCount)
        writer.field("new", report.newCount)
        writer.field("kept", report.kept.count)
        writer.field("changed", report.changed.count)
        writer.field("dropped", report.dropped.count)
        writer.field("added", report.added.count)
        writer.field("pending", report.pending.count)
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
        array("pending", report.pending, reference, to: &writer)
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
}
