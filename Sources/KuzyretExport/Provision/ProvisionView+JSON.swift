import KuzyretCore

extension ProvisionView {
    /// `{"address","parents":[{"address","label"}],"texts":[{"address","lang","edition","status",
    /// "heading","text"}],"competences":[{"actor","modality"}],"flags":[…],"cites":[…],"cited_by":[…]}`.
    public func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("address", address.description)
        writer.key("parents")
        writer.beginArray()
        for parent in parents {
            writer.beginObject()
            writer.field("address", parent.address.description)
            writer.field("label", parent.label)
            writer.endObject()
        }
        writer.endArray()
        writer.key("texts")
        writer.beginArray()
        for text in texts {
            writer.beginObject()
            writer.field("address", text.address.description)
            writer.field("lang", text.lang.rawValue)
            writer.field("edition", text.edition)
            writer.field("status", text.status)
            writer.field("heading", text.heading)
            writer.field("text", text.text)
            writer.endObject()
        }
        writer.endArray()
        writer.key("competences")
        writer.beginArray()
        for grant in competences {
            writer.beginObject()
            writer.field("actor", grant.actor)
            writer.field("modality", grant.modality)
            writer.endObject()
        }
        writer.endArray()
        writer.key("flags")
        writer.beginArray()
        for flag in flags {
            writer.beginObject()
            writer.field("kind", flag.kind)
            writer.field("open_ended", flag.openEnded)
            writer.field("span", flag.span)
            writer.field("explanation", flag.explanation)
            writer.endObject()
        }
        writer.endArray()
        for (key, references) in [("cites", cites), ("cited_by", citedBy)] {
            writer.key(key)
            writer.beginArray()
            for reference in references {
                writer.beginObject()
                writer.field("from", reference.from)
                writer.field("target_act", reference.targetAct)
                writer.field("target", reference.target)
                writer.field("span", reference.span)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
        writer.newline()
        return writer.text
    }
}
