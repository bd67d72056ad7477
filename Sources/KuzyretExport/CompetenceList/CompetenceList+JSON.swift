import KuzyretCompetence
import KuzyretCore

/// The JSON shapes of `kuzyret competences` and `kuzyret flags` (DESIGN.md §11).
public enum CompetenceJSON {
    /// `{"actor","count","as_of","population","acts":[{"id","lang","edition","title","partial"}],
    /// "counts":{"competences","open_ended","acts":[{"name","competences","open_ended"}],"topics":[…]},
    /// "open_clauses":[flag…],"competences":[…]}`, competences in the order of the other formats (by act, then topic).
    public static func write(
        _ competences: [Competence], query: CompetenceQuery, acts: [ActInfo] = [], openClauses: [ProvisionFlag] = [],
        dated: DatedScope? = nil, to writer: inout JSONWriter
    ) {
        writer.beginObject()
        writer.field("actor", query.actors?.name)
        writer.field("count", competences.count)
        writer.field("as_of", query.asOf?.description)
        writer.key("population")
        if let population = query.population { writer.int(population) } else { writer.null() }
        writer.key("acts")
        writer.beginArray()
        for act in acts { writeAct(act, to: &writer) }
        writer.endArray()
        if let dated { write(dated, to: &writer) }
        let counts = CompetenceList.Counts(competences)
        writer.key("counts")
        writer.beginObject()
        writer.field("competences", counts.competences)
        writer.field("open_ended", counts.openEnded)
        for (name, rows) in [("acts", counts.acts), ("topics", counts.topics)] {
            writer.key(name)
            writer.beginArray()
            for row in rows {
                writer.beginObject()
                writer.field("name", row.name)
                writer.field("competences", row.competences)
                writer.field("open_ended", row.openEnded)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
        writer.key("open_clauses")
        writer.beginArray()
        for clause in openClauses { write(clause.flag, address: clause, to: &writer) }
        writer.endArray()
        writer.key("competences")
        writer.beginArray()
        for competence in CompetenceList.sections(competences).flatMap({ $0.topics.flatMap(\.competences) }) {
            write(competence, to: &writer)
        }
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
        if let via = competence.viaAddress { writer.field("via", via) }
        writer.key("references")
        writer.beginArray()
        for reference in competence.references { write(reference, lang: competence.lang, to: &writer) }
        writer.endArray()
        writer.endObject()
    }

    /// `{"actor","count","flags":[{"address","kind","open_ended","span","explanation","charter"}]}`.
    public static func write(_ flags: [ProvisionFlag], actor: ActorSelection?, dated: DatedScope? = nil, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor", actor?.name)
        writer.field("count", flags.count)
        if let dated {
            writer.field("as_of", dated.date.description)
            writer.key("acts")
            writer.beginArray()
            for act in dated.editions { writeAct(act, to: &writer) }
            writer.endArray()
            write(dated, to: &writer)
        }
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
            writer.key("actors")
            writer.beginArray()
            for actor in address.actors { writer.string(actor.rawValue) }
            writer.endArray()
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

    /// One act of a list: `{"id","lang","edition","title","partial"}`, with `"life"` when known.
    static func writeAct(_ act: ActInfo, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", act.id)
        writer.field("lang", act.lang.rawValue)
        writer.field("edition", act.edition?.description)
        writer.field("title", act.title)
        writer.field("partial", act.isPartial)
        if let life = act.life { StatuteJSON.writeLife(life, to: &writer) }
        writer.endObject()
    }

    /// What a dated list rests on besides its acts: `"left_out":[{"id","lang","edition","reason",
    /// "reason_text","in_force_from","lost_force_on","replaced_by"}]`, `"supplements":[{"id","lang",
    /// "edition","articles"}]` (older excerpts used for articles the newer lacks) and `"corrections":[{"address",
    /// "law","law_date","law_number","in_force_from","recorded_in"}]`.
    public static func write(_ dated: DatedScope, to writer: inout JSONWriter) {
        writer.key("left_out")
        writer.beginArray()
        for left in dated.leftOut {
            writer.beginObject()
            writer.field("id", left.act.id)
            writer.field("lang", left.act.lang.rawValue)
            writer.field("edition", left.act.edition?.description)
            writer.field("reason", left.reason.code)
            writer.field("reason_text", left.reason.text)
            writer.field("in_force_from", left.act.life?.inForceFrom?.description)
            writer.field("lost_force_on", left.act.life?.lostForceOn?.description)
            writer.field("replaced_by", left.act.life?.replacedBy)
            writer.endObject()
        }
        writer.endArray()
        writer.key("supplements")
        writer.beginArray()
        for supplement in dated.supplements {
            writer.beginObject()
            writer.field("id", supplement.act.id)
            writer.field("lang", supplement.act.lang.rawValue)
            writer.field("edition", supplement.act.edition?.description)
            writer.key("articles")
            writer.beginArray()
            for article in supplement.articles { writer.string(article) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("corrections")
        writer.beginArray()
        for correction in dated.corrections {
            writer.beginObject()
            writer.field("address", ProvisionAddress(act: correction.act.id, lang: correction.act.lang, eid: correction.eid).description)
            writer.field("law", correction.event.law)
            writer.field("law_date", correction.event.lawDate.description)
            writer.field("law_number", correction.event.lawNumber)
            writer.field("in_force_from", correction.event.effectiveFrom.description)
            writer.field("recorded_in", correction.recordedIn?.description)
            writer.endObject()
        }
        writer.endArray()
    }
}
