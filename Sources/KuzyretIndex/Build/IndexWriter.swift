import GRDB
import KuzyretCore

/// Writes the records of one act into the index, or removes them.
enum IndexWriter {
    /// Counts of what one act added.
    struct Counts {
        var provisions = 0
        var competences = 0
        var flags = 0
    }

    /// Removes an act row and everything that hangs off it, its FTS rows included.
    /// The ranking figures follow through the build's ``TermCollector``.
    static func delete(actRow id: Int64, lang: Language, in db: Database) throws {
        let collector = TermCollector.attached(to: db.sqliteConnection)
        collector?.forget(try Int64.fetchAll(db, sql: "SELECT id FROM provision WHERE act_id = ?", arguments: [id]))
        collector?.deleting = true
        defer { collector?.deleting = false }
        try db.execute(
            sql: "DELETE FROM \(IndexSchema.ftsTable(lang)) WHERE rowid IN (SELECT id FROM provision WHERE act_id = ?)", arguments: [id])
        try db.execute(sql: "DELETE FROM act WHERE id = ?", arguments: [id])
    }

    /// Inserts the texts of one act in one language and edition, read from `paths` (the files
    /// each text was read from; with their parts, `files`, which hash to `hash` and have `stamps`,
    /// see ``IndexBuilder/stamps(of:)``). Excerpts of one
    /// edition (several files each holding some articles) merge: a provision already given by an
    /// earlier text is not taken again, nor are its competences, flags and references.
    static func insert(
        _ texts: [IndexRecords], paths: [String], files: [String], hash: String, stamps: String, partial: Bool, in db: Database
    ) throws -> Counts {
        var act = texts[0].act
        act.isPartial = partial
        // Excerpts of one edition: the life one of them gives (an index file's footnote) holds for all.
        for text in texts.dropFirst() where act.life == nil || text.act.life != nil {
            act.life = (act.life ?? ActLife()).filled(from: text.act.life)
        }
        try db.execute(
            sql: """
                INSERT INTO act (act, lang, edition, title, path, excerpts, hash, stamps, partial, files, info)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                act.id, act.lang.rawValue, act.edition?.description, act.title, paths[0], paths.joined(separator: "\n"), hash, stamps,
                partial, files.joined(separator: "\n"), IndexRecords.json(act),
            ])
        let actRow = db.lastInsertedRowID
        let insertProvision = try db.cachedStatement(
            sql: """
                INSERT INTO provision (act_id, address, eid, parent, kind, num, heading, text, status, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertText = try db.cachedStatement(sql: "INSERT INTO \(IndexSchema.ftsTable(act.lang)) (rowid, text) VALUES (?, ?)")
        let insertCompetence = try db.cachedStatement(
            sql: """
                INSERT INTO competence (act_id, address, actor, modality, status, inherited_from, topics, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertFlag = try db.cachedStatement(
            sql: """
                INSERT INTO flag (act_id, address, actors, kind, open_ended, span, explanation, charter, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertReference = try db.cachedStatement(
            sql: """
                INSERT INTO reference (act_id, from_address, target_act, target_address, span) VALUES (?, ?, ?, ?, ?)
                """)
        let insertAmendment = try db.cachedStatement(
            sql: """
                INSERT INTO amendment (act_id, eid, law_date, law_number, in_force_from, in_force_rule, effect) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        let collector = TermCollector.attached(to: db.sqliteConnection)
        defer { collector?.inserting = nil }
        var amendmentsTaken = Set<AmendmentEvent>()
        var counts = Counts()
        var taken = Set<String>()
        for records in texts {
            var added = Set<String>()
            for row in records.provisions where !taken.contains(row.address) && !added.contains(row.address) {
                added.insert(row.address)
                try insertProvision.execute(arguments: [
                    actRow, row.address, row.eid, row.parent, row.kind, row.num, row.heading, row.text, row.status, counts.provisions,
                ])
                counts.provisions += 1
                if !row.searchable.isEmpty {
                    let rowid = db.lastInsertedRowID
                    collector?.inserting = rowid
                    collector?.analysed = row.terms.map { (row.searchable.utf8.count, $0) }
                    try insertText.execute(arguments: [rowid, row.searchable])
                    collector?.analysed = nil
                }
            }
            for row in records.competences where added.contains(row.address) {
                try insertCompetence.execute(arguments: [
                    actRow, row.address, row.actor, row.modality, row.status, row.inheritedFrom, row.topics, row.json,
                ])
                counts.competences += 1
            }
            for row in records.flags where added.contains(row.address) {
                try insertFlag.execute(arguments: [
                    actRow, row.address, row.actors, row.kind, row.openEnded, row.span, row.explanation, row.charter, row.json,
                ])
                counts.flags += 1
            }
            for row in records.references where added.contains(row.from) {
                try insertReference.execute(arguments: [actRow, row.from, row.targetAct, row.targetAddress, row.span])
            }
            for event in records.amendments where amendmentsTaken.insert(event).inserted {
                try insertAmendment.execute(arguments: [
                    actRow, event.eid, event.lawDate.description, event.lawNumber, event.inForceFrom?.description, event.inForceRule,
                    event.effect.rawValue,
                ])
            }
            taken.formUnion(added)
        }
        return counts
    }
}
