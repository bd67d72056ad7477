import KuzyretCore

extension ProvisionView {
    /// `{"address","parents":[{"address","label"}],"texts":[{"address","lang","edition","status",
    /// "heading","text"}],"competences":[{"actor","modality"}],"flags":[…],"cites":[…],"cited_by":[…],
    /// "as_of","act_life","act_validity","amendments":[{"law","law_date","law_number","in_force_from",
    /// "in_force_rule","eid","effect"}]}`.
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
        writer.field("as_of", asOf?.description)
        if let actLife {
            writer.key("act_life")
            writer.beginObject()
            writer.field("in_force_from", actLife.inForceFrom?.description)
            writer.field("lost_force_on", actLife.lostForceOn?.description)
            writer.field("replaced_by", actLife.replacedBy)
            writer.endObject()
        }
        writer.field("act_validity", actValidity?.reason)
        writer.key("amendments")
        writer.beginArray()
        for event in amendments {
            writer.beginObject()
            writer.field("law", event.law)
            writer.field("law_date", event.lawDate.description)
            writer.field("law_number", event.lawNumber)
            writer.field("in_force_from", event.inForceFrom?.description)
            writer.field("in_force_rule", event.inForceRule)
            writer.field("eid", event.eid)
            writer.field("effect", event.effect.rawValue)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}
