import Foundation
import KuzyretCompetence
import KuzyretCore

/// The competence list as CSV.
extension CompetenceList {
    /// CSV (RFC 4180): one row per competence, in the order of the other formats (act, topic).
    public static func csv(_ competences: [Competence]) -> String {
        var out = "address,act,lang,edition,eid,actor,units,status,modality,topics,conditions,flags,open_ended,inherited_from,text,via\r\n"
        for competence in sections(competences).flatMap({ $0.topics.flatMap(\.competences) }) {
            let fields = [
                competence.address, competence.act, competence.lang.rawValue, competence.edition?.description ?? "", competence.eid,
                competence.actor.rawValue,
                competence.units.map(\.rawValue).joined(separator: ";"), competence.status.rawValue, competence.modality.rawValue,
                competence.topics.map(\.rawValue).joined(separator: ";"),
                competence.conditions.map(describe).joined(separator: "; "),
                competence.flags.map(\.kind.rawValue).joined(separator: ";"), isOpenEnded(competence) ? "true" : "false",
                competence.inheritedFromAddress, competence.text, competence.viaAddress ?? "",
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
