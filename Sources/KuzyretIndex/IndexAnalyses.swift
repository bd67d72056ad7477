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
            var sql = "SELECT id, act, lang, edition, info FROM act WHERE 1"
            var arguments: [any DatabaseValueConvertible] = []
            if let act { sql += " AND act = ?"; arguments.append(act) }
            if let lang { sql += " AND lang = ?"; arguments.append(lang.rawValue) }
            let rows = try Row.fetchAll(db, sql: sql + " ORDER BY act, lang, edition", arguments: StatementArguments(arguments))
            // Rows come oldest first (undated first of all): the last one published by the date
            // wins; when the first is already too late, it stays.
            var chosen: [String: Row] = [:]
            for row in rows {
                let key = "\(row["act"] as String)|\(row["lang"] as String)"
                let edition: String? = row["edition"]
                let published = asOf == nil || edition == nil || edition! <= asOf!.description
                if published || chosen[key] == nil { chosen[key] = row }
            }
            return try chosen.keys.sorted().map { key in
                let row = chosen[key]!
                let id: Int64 = row["id"]
                let info = try decoder.decode(ActInfo.self, from: Data((row["info"] as String).utf8))
                let competences = try String.fetchAll(db, sql: "SELECT json FROM competence WHERE act_id = ? ORDER BY rowid", arguments: [id])
                    .map { try decoder.decode(Competence.self, from: Data($0.utf8)) }
                let flags = try String.fetchAll(db, sql: "SELECT json FROM flag WHERE act_id = ? ORDER BY rowid", arguments: [id])
                    .map { try decoder.decode(ProvisionFlag.self, from: Data($0.utf8)) }
                return StatuteAnalysis(act: info, competences: competences, flags: flags, references: [])
            }
        }
    }
}
