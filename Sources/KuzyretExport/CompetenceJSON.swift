import KuzyretCompetence
import KuzyretCore

/// The JSON shapes of `kuzyret competences` and `kuzyret flags` (DESIGN.md §11).
public enum CompetenceJSON {
    /// `{"actor","count","as_of","population","competences":[…]}`.
    public static func write(_ competences: [Competence], query: CompetenceQuery, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor", query.actor?.rawValue)
        writer.field("count", competences.count)
        writer.field("as_of", query.asOf?.description)
        writer.key("population")
        if let population = query.population { writer.int(population) } else { writer.null() }
        writer.key("competences")
        writer.beginArray()
        for competence in competences { write(competence, to: &writer) }
        writer.endArray()
        writer.endObject()
    }

    /// One competence: `{"address","act","lang","edition","eid","num","actor","units","subset","text",
    /// "modality","status","conditions","flags","topics","inherited_from","references"}`; a reference
    /// is `{"from","span","scope","target_act","target_eids","targets","resolved"}` (targets are
    /// full addresses).
    public static func write(_ competence: Competence, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("address", competence.address)
        writer.field("act", competence.act)
        writer.field("lang", competence.lang.rawValue)
        writer.field("edition", competence.edition?.description)
        writer.field("eid", competence.eid)
        writer.field("num", competence.num)
        writer.field("actor", competence.actor.rawValue)
        writer.key("units")
        writer.beginArray()
        for unit in competence.units { writer.string(unit.rawValue) }
        writer.endArray()
        writer.field("subset", competence.isSubset)
        writer.field("text", competence.text)
        writer.field("modality", competence.modality.rawValue)
        writer.field("status", competence.status.rawValue)
        writer.key("conditions")
        writer.beginArray()
        for condition in competence.conditions { StatuteJSON.write(condition, to: &writer) }
        writer.endArray()
        writer.key("flags")
        writer.beginArray()
        for flag in competence.flags { write(flag, address: nil, to: &writer) }
        writer.endArray()
        writer.key("topics")
        writer.beginArray()
        for topic in competence.topics { writer.string(topic.rawValue) }
        writer.endArray()
        writer.field("inherited_from", competence.inheritedFromAddress)
        writer.key("references")
        writer.beginArray()
        for reference in competence.references { write(reference, lang: competence.lang, to: &writer) }
        writer.endArray()
        writer.endObject()
    }

    /// `{"actor","count","flags":[{"address","kind","open_ended","span","explanation","charter"}]}`.
    public static func write(_ flags: [ProvisionFlag], actor: PublicActor?, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor", actor?.rawValue)
        writer.field("count", flags.count)
        writer.key("flags")
        writer.beginArray()
        for flag in flags { write(flag.flag, address: flag, to: &writer) }
        writer.endArray()
        writer.endObject()
    }

    static func write(_ flag: DelegationFlag, address: ProvisionFlag?, to writer: inout JSONWriter) {
        writer.beginObject()
        if let address {
            writer.field("address", address.address)
            writer.field("eid", address.eid)
            writer.field("competence", address.isCompetence)
        }
        writer.field("kind", flag.kind.rawValue)
        writer.field("open_ended", flag.openEnded)
        writer.field("span", flag.span)
        writer.field("explanation", flag.explanation)
        writer.key("charter")
        writer.beginArray()
        for article in flag.charter { writer.string(article) }
        writer.endArray()
        writer.key("counterparts")
        writer.beginArray()
        for actor in flag.counterparts { writer.string(actor.rawValue) }
        writer.endArray()
        writer.endObject()
    }

    static func write(_ reference: CrossReference, lang: Language, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("from", reference.from)
        writer.field("span", reference.span)
        writer.field("scope", reference.scope.rawValue)
        writer.field("target_act", reference.targetAct)
        writer.key("target_eids")
        writer.beginArray()
        for eid in reference.targetEids { writer.string(eid) }
        writer.endArray()
        writer.key("targets")
        writer.beginArray()
        for address in reference.targetAddresses(lang: lang) { writer.string(address) }
        writer.endArray()
        writer.field("resolved", reference.resolved)
        writer.endObject()
    }
}
