import GRDB
import KuzyretCore

extension IndexSearch {
    /// The provision at `address` (e.g. `Z010000148_/rus/art_35__para_2`) in the newest indexed
    /// edition, or nil if the index has none.
    public func provision(_ text: String) throws -> ProvisionView? {
        guard let address = ProvisionAddress(text) else {
            throw QueryError(description: "an address is ACT/LANG/EID, e.g. Z010000148_/rus/art_35__para_2")
        }
        return try provision(address)
    }

    /// The provision at `address` in the newest indexed edition, or nil if the index has none.
    public func provision(_ address: ProvisionAddress) throws -> ProvisionView? {
        let (act, lang, eid) = (address.act, address.lang.rawValue, address.eid.description)
        return try queue.read { db -> ProvisionView? in
            let newest = IndexSchema.newestEdition
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.act_id, p.parent FROM provision p JOIN act a ON a.id = p.act_id
                WHERE p.address = ? AND \(newest)
                """, arguments: [address.description])
            else { return nil }
            let actRow: Int64 = row["act_id"]
            var parents: [ProvisionView.Parent] = []
            var parent: String? = row["parent"]
            while let eid = parent, let above = try Row.fetchOne(db, sql: "SELECT parent, heading, num, text FROM provision WHERE act_id = ? AND eid = ?", arguments: [actRow, eid]) {
                let label = [above["num"] as String?, above["heading"] as String?].compactMap { $0 }.joined(separator: " ")
                parents.insert(ProvisionView.Parent(address: address.with(eid: EId(eid)), label: label.isEmpty ? String((above["text"] as String).prefix(80)) : label), at: 0)
                parent = above["parent"]
            }
            var texts: [ProvisionView.Text] = []
            for text in try Row.fetchAll(db, sql: """
                SELECT p.address, a.lang, a.edition, p.status, p.heading, p.text FROM provision p JOIN act a ON a.id = p.act_id
                WHERE a.act = ? AND p.eid = ? AND \(newest) ORDER BY a.lang = ? DESC, a.lang
                """, arguments: [act, eid, lang])
            {
                guard let textAddress = ProvisionAddress(text["address"] as String) else { continue }
                texts.append(ProvisionView.Text(address: textAddress, edition: text["edition"], status: text["status"], heading: text["heading"], text: text["text"]))
            }
            let competences = try Row.fetchAll(db, sql: "SELECT actor, modality FROM competence WHERE act_id = ? AND address = ? ORDER BY actor", arguments: [actRow, address.description])
                .map { ProvisionView.Grant(actor: $0["actor"], modality: $0["modality"]) }
            let flags = try Row.fetchAll(db, sql: "SELECT DISTINCT kind, open_ended, span, explanation FROM flag WHERE act_id = ? AND address = ? ORDER BY kind", arguments: [actRow, address.description])
                .map { ProvisionView.Flag(kind: $0["kind"], openEnded: $0["open_ended"], span: $0["span"], explanation: $0["explanation"]) }
            func references(_ rows: [Row]) -> [ProvisionView.Reference] {
                rows.map { ProvisionView.Reference(from: $0["from_address"], targetAct: $0["target_act"], target: $0["target_address"], span: $0["span"]) }
            }
            let cites = references(try Row.fetchAll(db, sql: "SELECT from_address, target_act, target_address, span FROM reference WHERE act_id = ? AND from_address = ?", arguments: [actRow, address.description]))
            // What cites its article, or anything in that article («пунктом 1 настоящей статьи»,
            // «статьей 35 Закона …»), from the newest edition of every act.
            let article = address.article.description
            let citedBy = references(try Row.fetchAll(db, sql: """
                SELECT DISTINCT r.from_address, r.target_act, r.target_address, r.span FROM reference r JOIN act a ON a.id = r.act_id
                WHERE (r.target_address = ? OR r.target_address LIKE ? ESCAPE '\\') AND \(newest) ORDER BY r.from_address
                """, arguments: [article, article.replacingOccurrences(of: "_", with: "\\_") + "\\_\\_%"]))
            return ProvisionView(address: address, parents: parents, texts: texts, competences: competences, flags: flags, cites: cites, citedBy: citedBy)
        }
    }
}
