import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore

/// Writes one analysed statute into the index, replacing what an earlier build held for it.
enum IndexWriter {
    /// Counts of what one act added.
    struct Counts {
        var provisions = 0
        var competences = 0
        var flags = 0
    }

    /// Removes an act row and everything that hangs off it, its FTS rows included.
    static func delete(actRow id: Int64, lang: Language, in db: Database) throws {
        try db.execute(sql: "DELETE FROM \(IndexSchema.ftsTable(lang)) WHERE rowid IN (SELECT id FROM provision WHERE act_id = ?)", arguments: [id])
        try db.execute(sql: "DELETE FROM act WHERE id = ?", arguments: [id])
    }

    /// Inserts the texts of one act in one language and edition, read from `paths` (whose files
    /// hash to `hash`). Excerpts of one edition (several files each holding some articles) merge:
    /// a provision already given by an earlier text is not taken again.
    static func insert(_ texts: [(statute: Statute, analysis: StatuteAnalysis)], paths: [String], files: [String], hash: String, in db: Database) throws -> Counts {
        let act = texts[0].statute.act
        let edition = act.edition?.description
        try db.execute(
            sql: "INSERT INTO act (act, lang, edition, title, path, hash, partial, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [act.id, act.lang.rawValue, edition, act.title, paths[0], hash, texts.allSatisfy(\.statute.act.isPartial), files.joined(separator: "\n")])
        let actRow = db.lastInsertedRowID
        var counts = Counts()
        var taken = Set<String>()
        for (statute, analysis) in texts {
            let added = try insert(statute, analysis: analysis, actRow: actRow, skipping: taken, in: db)
            taken.formUnion(added.addresses)
            counts.provisions += added.counts.provisions
            counts.competences += added.counts.competences
            counts.flags += added.counts.flags
        }
        return counts
    }

    static func insert(_ statute: Statute, analysis: StatuteAnalysis, actRow: Int64, skipping taken: Set<String>, in db: Database) throws -> (counts: Counts, addresses: Set<String>) {
        let act = statute.act
        var counts = Counts()
        var added = Set<String>()
        let prefix = "\(act.id)/\(act.lang.rawValue)/"
        let insertProvision = try db.makeStatement(sql: """
            INSERT INTO provision (act_id, address, eid, parent, kind, num, heading, text, status, position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertText = try db.makeStatement(sql: "INSERT INTO \(IndexSchema.ftsTable(act.lang)) (rowid, text) VALUES (?, ?)")
        var position = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision WHERE act_id = ?", arguments: [actRow]) ?? 0
        try statute.walk { node, ancestors in
            let address = prefix + node.eid
            guard !taken.contains(address), !added.contains(address) else { return }
            added.insert(address)
            try insertProvision.execute(arguments: [
                actRow, address, node.eid, ancestors.last?.eid, node.kind.rawValue, node.num, node.heading,
                node.text, node.status.rawValue, position,
            ])
            position += 1
            counts.provisions += 1
            let searchable = [node.heading ?? "", node.text].filter { !$0.isEmpty }.joined(separator: " ")
            if !searchable.isEmpty { try insertText.execute(arguments: [db.lastInsertedRowID, searchable]) }
        }
        let competences = analysis.competences.filter { added.contains($0.address) }
        let flags = analysis.flags.filter { added.contains($0.address) }
        let references = analysis.references.filter { added.contains($0.from) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for competence in competences {
            try db.execute(
                sql: "INSERT INTO competence (act_id, address, actor, modality, status, inherited_from, topics, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [actRow, competence.address, competence.actor.rawValue, competence.modality.rawValue, competence.status.rawValue,
                    competence.inheritedFromAddress, competence.topics.map(\.rawValue).joined(separator: ","),
                    String(decoding: try encoder.encode(competence), as: UTF8.self)])
        }
        counts.competences = competences.count
        for flag in flags {
            try db.execute(
                sql: "INSERT INTO flag (act_id, address, actors, kind, open_ended, span, explanation, charter, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [actRow, flag.address, flag.actors.map(\.rawValue).joined(separator: ","), flag.flag.kind.rawValue, flag.flag.openEnded,
                    flag.flag.span, flag.flag.explanation, flag.flag.charter.joined(separator: ","),
                    String(decoding: try encoder.encode(flag), as: UTF8.self)])
        }
        counts.flags = flags.count
        for reference in references {
            let targetAct = reference.targetAct ?? (reference.scope == .internal ? act.id : nil)
            let targets = reference.targetEids.isEmpty ? [nil] : reference.targetEids.map { Optional($0) }
            for eid in targets {
                let address = eid.flatMap { eid in targetAct.map { "\($0)/\(act.lang.rawValue)/\(eid)" } }
                try db.execute(
                    sql: "INSERT INTO reference (act_id, from_address, target_act, target_address, span) VALUES (?, ?, ?, ?, ?)",
                    arguments: [actRow, reference.from, targetAct, address, reference.span])
            }
        }
        return (counts, added)
    }
}
