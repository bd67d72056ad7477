import GRDB
import KuzyretCore

/// One provision as `kuzyret show` presents it: where it stands, its text in every indexed
/// language, its flags, what it cites and what cites it.
public struct ProvisionView: Sendable {
    /// A provision's text in one language.
    public struct Text: Sendable {
        public var address: String
        public var lang: String
        public var edition: String?
        public var status: String
        public var heading: String?
        public var text: String
    }

    /// A flag on the provision.
    public struct Flag: Sendable {
        public var kind: String
        public var openEnded: Bool
        public var span: String
        public var explanation: String
    }

    /// A reference: the citing address, the cited act and address (if resolved), the words.
    public struct Reference: Sendable {
        public var from: String
        public var targetAct: String?
        public var target: String?
        public var span: String
    }

    public var address: String
    /// The provisions above it, outermost first: (address, heading or text).
    public var parents: [(address: String, label: String)]
    /// Its text in each indexed language, the asked one first.
    public var texts: [Text]
    /// Competences it gives: (actor, modality).
    public var competences: [(actor: String, modality: String)]
    public var flags: [Flag]
    public var cites: [Reference]
    /// References to its article or to anything in that article.
    public var citedBy: [Reference]
}

extension IndexSearch {
    /// The provision at `address` (e.g. `Z010000148_/rus/art_35__para_2`) in the newest indexed
    /// edition, or nil if the index has none.
    public func provision(_ address: String) throws -> ProvisionView? {
        let parts = address.split(separator: "/", maxSplits: 2).map(String.init)
        guard parts.count == 3 else { throw QueryError(description: "an address is ACT/LANG/EID, e.g. Z010000148_/rus/art_35__para_2") }
        let (act, lang, eid) = (parts[0], parts[1], parts[2])
        return try queue.read { db -> ProvisionView? in
            let newest = IndexSchema.newestEdition
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.act_id, p.parent FROM provision p JOIN act a ON a.id = p.act_id
                WHERE p.address = ? AND \(newest)
                """, arguments: [address])
            else { return nil }
            let actRow: Int64 = row["act_id"]
            var parents: [(String, String)] = []
            var parent: String? = row["parent"]
            while let eid = parent, let above = try Row.fetchOne(db, sql: "SELECT parent, heading, num, text FROM provision WHERE act_id = ? AND eid = ?", arguments: [actRow, eid]) {
                let label = [above["num"] as String?, above["heading"] as String?].compactMap { $0 }.joined(separator: " ")
                parents.insert(("\(act)/\(lang)/\(eid)", label.isEmpty ? String((above["text"] as String).prefix(80)) : label), at: 0)
                parent = above["parent"]
            }
            var texts: [ProvisionView.Text] = []
            for text in try Row.fetchAll(db, sql: """
                SELECT p.address, a.lang, a.edition, p.status, p.heading, p.text FROM provision p JOIN act a ON a.id = p.act_id
                WHERE a.act = ? AND p.eid = ? AND \(newest) ORDER BY a.lang = ? DESC, a.lang
                """, arguments: [act, eid, lang])
            {
                texts.append(ProvisionView.Text(address: text["address"], lang: text["lang"], edition: text["edition"], status: text["status"], heading: text["heading"], text: text["text"]))
            }
            let competences = try Row.fetchAll(db, sql: "SELECT actor, modality FROM competence WHERE act_id = ? AND address = ? ORDER BY actor", arguments: [actRow, address])
                .map { (actor: $0["actor"] as String, modality: $0["modality"] as String) }
            let flags = try Row.fetchAll(db, sql: "SELECT DISTINCT kind, open_ended, span, explanation FROM flag WHERE act_id = ? AND address = ? ORDER BY kind", arguments: [actRow, address])
                .map { ProvisionView.Flag(kind: $0["kind"], openEnded: $0["open_ended"], span: $0["span"], explanation: $0["explanation"]) }
            func references(_ rows: [Row]) -> [ProvisionView.Reference] {
                rows.map { ProvisionView.Reference(from: $0["from_address"], targetAct: $0["target_act"], target: $0["target_address"], span: $0["span"]) }
            }
            let cites = references(try Row.fetchAll(db, sql: "SELECT from_address, target_act, target_address, span FROM reference WHERE act_id = ? AND from_address = ?", arguments: [actRow, address]))
            // What cites its article, or anything in that article («пунктом 1 настоящей статьи»,
            // «статьей 35 Закона …»), from the newest edition of every act.
            let article = "\(act)/\(lang)/" + (eid.components(separatedBy: "__").first ?? eid)
            let citedBy = references(try Row.fetchAll(db, sql: """
                SELECT DISTINCT r.from_address, r.target_act, r.target_address, r.span FROM reference r JOIN act a ON a.id = r.act_id
                WHERE (r.target_address = ? OR r.target_address LIKE ? ESCAPE '\\') AND \(newest) ORDER BY r.from_address
                """, arguments: [article, article.replacingOccurrences(of: "_", with: "\\_") + "\\_\\_%"]))
            return ProvisionView(address: address, parents: parents, texts: texts, competences: competences, flags: flags, cites: cites, citedBy: citedBy)
        }
    }
}
