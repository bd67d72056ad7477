import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// The competences and flags the index holds, one edition per act and language, as
    /// ``StatuteAnalysis`` values for `kuzyret competences` and `kuzyret flags` (DESIGN.md §10).
    ///
    /// The edition read is the newest; with `asOf`, the newest published by that date (an undated
    /// text counts as published), or the oldest indexed when all came later. `act` and `lang` narrow
    /// the acts. Acts come in order of id, then language.
    public func analyses(act: String? = nil, lang: Language? = nil, asOf: LegalDate? = nil) throws -> [StatuteAnalysis] {
        let decoder = JSONDecoder()
        return try queue.read { db in
            // Texts come oldest first (undated first of all): the last one published by the date
            // wins; when the first is already too late, it stays.
            var chosen: [String: ActRecord] = [:]
            for text in try ActRecord.texts(of: act, lang: lang).fetchAll(db) {
                let key = "\(text.act)|\(text.lang)"
                let published = asOf == nil || text.edition == nil || text.edition! <= asOf!.description
                if published || chosen[key] == nil { chosen[key] = text }
            }
            return try chosen.keys.sorted().map { key in
                let text = chosen[key]!
                let competences = try CompetenceRecord.all(inText: text.id).fetchAll(db).map {
                    try decoder.decode(Competence.self, from: Data($0.json.utf8))
                }
                let flags = try FlagRecord.all(inText: text.id).fetchAll(db).map {
                    try decoder.decode(ProvisionFlag.self, from: Data($0.json.utf8))
                }
                return StatuteAnalysis(act: try text.actInfo(), competences: competences, flags: flags, references: [])
            }
        }
    }
}
