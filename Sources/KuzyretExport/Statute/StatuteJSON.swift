import KuzyretCore

/// Writes the `kuzyret parse --format json` shape of DESIGN.md §11:
/// `{"act": {…}, "footnotes": […], "provisions": [{"eid","kind","num","heading","text","status",
/// "conditions","footnotes","children"}], "conclusions"}`. The shape decodes back into
/// ``Statute`` with `JSONDecoder`.
public enum StatuteJSON {
    /// The JSON text of `statute`.
    public static func encode(_ statute: Statute) -> String {
        var writer = JSONWriter()
        write(statute, to: &writer)
        return writer.text
    }

    /// Writes `statute` as one JSON object.
    public static func write(_ statute: Statute, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("act")
        write(statute.act, to: &writer)
        writer.key("footnotes")
        write(statute.footnotes, to: &writer)
        writer.key("provisions")
        writer.beginArray()
        for provision in statute.provisions { write(provision, to: &writer) }
        writer.endArray()
        writer.field("conclusions", statute.conclusions)
        writer.endObject()
    }

    /// Writes the act's identification.
    public static func write(_ act: ActInfo, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", act.id)
        writer.field("title", act.title)
        writer.field("lang", act.lang.rawValue)
        writer.field("edition", act.edition?.description)
        writer.field("format", act.format.rawValue)
        writer.field("status", act.status?.rawValue)
        writer.field("ekb_code", act.ekbCode)
        writer.field("partial", act.isPartial)
        if let life = act.life { writeLife(life, to: &writer) }
        writer.endObject()
    }

    /// Writes an act's life as `"life": {"in_force_from","lost_force_on","replaced_by","lost_force"}`.
    public static func writeLife(_ life: ActLife, to writer: inout JSONWriter) {
        writer.key("life")
        writer.beginObject()
        writer.field("in_force_from", life.inForceFrom?.description)
        writer.field("lost_force_on", life.lostForceOn?.description)
        writer.field("replaced_by", life.replacedBy)
        writer.field("lost_force", life.lostForce)
        writer.endObject()
    }

    /// Writes one provision and its subtree.
    public static func write(_ provision: Provision, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("eid", provision.eid)
        writer.field("kind", provision.kind.rawValue)
        writer.field("num", provision.num)
        writer.field("heading", provision.heading)
        writer.field("text", provision.text)
        writer.field("status", provision.status.rawValue)
        writer.key("conditions")
        writer.beginArray()
        for condition in provision.conditions { write(condition, to: &writer) }
        writer.endArray()
        writer.key("footnotes")
        write(provision.footnotes, to: &writer)
        if let line = provision.line { writer.field("line", line) }
        writer.key("children")
        writer.beginArray()
        for child in provision.children { write(child, to: &writer) }
        writer.endArray()
        writer.endObject()
    }

    /// Writes a condition: `{"effect","from","population":{"op","value"},"scope","source"}`.
    public static func write(_ condition: Condition, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("effect", condition.effect.rawValue)
        writer.field("from", condition.from?.description)
        writer.key("population")
        if let bound = condition.population {
            writer.beginObject()
            writer.field("op", bound.relation.rawValue)
            writer.field("value", bound.value)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.field("scope", condition.scope)
        writer.field("source", condition.source)
        writer.endObject()
    }

    static func write(_ footnotes: [Footnote], to writer: inout JSONWriter) {
        writer.beginArray()
        for footnote in footnotes {
            writer.beginObject()
            writer.field("text", footnote.text)
            if let line = footnote.line { writer.field("line", line) }
            writer.endObject()
        }
        writer.endArray()
    }
}
