import GRDB
import KuzyretCore

/// A row of `competence`: an actor's competence in a provision (its whole value is `json`).
struct CompetenceRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "competence"

    var address: String
    var actor: String
    var modality: String
    var json: String

    static func of(address: String, inText act: Int64) -> SQLRequest<CompetenceRecord> {
        SQLRequest(
            sql: "SELECT * FROM competence WHERE act_id = ? AND address = ? ORDER BY actor", arguments: [act, address], cached: true)
    }

    static func all(inText act: Int64) -> QueryInterfaceRequest<CompetenceRecord> {
        CompetenceRecord.filter(Column("act_id") == act).order(Column("rowid"))
    }
}

/// A row of `flag`: a delegation flag on a provision (its whole value is `json`).
struct FlagRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "flag"

    var address: String
    var kind: String
    var openEnded: Bool
    var span: String
    var explanation: String
    var charter: String
    var json: String

    enum CodingKeys: String, CodingKey {
        case address, kind, span, explanation, json, charter
        case openEnded = "open_ended"
    }

    static func of(address: String, inText act: Int64) -> SQLRequest<FlagRecord> {
        SQLRequest(sql: "SELECT * FROM flag WHERE act_id = ? AND address = ? ORDER BY kind", arguments: [act, address], cached: true)
    }

    static func all(inText act: Int64) -> QueryInterfaceRequest<FlagRecord> {
        FlagRecord.filter(Column("act_id") == act).order(Column("rowid"))
    }
}

/// A row of `reference`: a citation from a provision, resolved to an address when it could be.
struct ReferenceRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "reference"

    var fromAddress: String
    var targetAct: String?
    var targetAddress: String?
    var span: String

    enum CodingKeys: String, CodingKey {
        case span
        case fromAddress = "from_address"
        case targetAct = "target_act"
        case targetAddress = "target_address"
    }

    static func from(address: String, inText act: Int64) -> SQLRequest<ReferenceRecord> {
        SQLRequest(sql: "SELECT * FROM reference WHERE act_id = ? AND from_address = ?", arguments: [act, address], cached: true)
    }
}

/// A row of `amendment`: a law a note of the text cites (``AmendmentEvent``).
struct AmendmentRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "amendment"

    var eid: String
    var lawDate: String
    var lawNumber: String
    var inForceFrom: String?
    var inForceRule: String?
    var effect: String

    enum CodingKeys: String, CodingKey {
        case eid, effect
        case lawDate = "law_date"
        case lawNumber = "law_number"
        case inForceFrom = "in_force_from"
        case inForceRule = "in_force_rule"
    }

    /// Reads the columns by name, without the Decodable machinery (pages read a few hundred).
    init(row: Row) {
        eid = row["eid"]
        lawDate = row["law_date"]
        lawNumber = row["law_number"]
        inForceFrom = row["in_force_from"]
        inForceRule = row["in_force_rule"]
        effect = row["effect"]
    }

    /// The event, or `nil` for a row this kuzyret cannot read.
    var event: AmendmentEvent? {
        guard let date = LegalDate(lawDate), let effect = AmendmentEvent.Effect(rawValue: effect) else { return nil }
        return AmendmentEvent(
            eid: eid, lawDate: date, lawNumber: lawNumber, inForceFrom: inForceFrom.flatMap { LegalDate($0) }, inForceRule: inForceRule,
            effect: effect)
    }

    /// The events on the provisions `eids` in every text of `act` in `lang`, text by text in
    /// the order written: one statement, answered by the (act_id, eid) index; the few lengths a
    /// lineage has are prepared once each.
    static func on(_ eids: [String], act: String, lang: Language) -> SQLRequest<AmendmentRecord> {
        let placeholders = Array(repeating: "?", count: eids.count).joined(separator: ", ")
        return SQLRequest(
            sql: """
                SELECT m.* FROM act a JOIN amendment m ON m.act_id = a.id
                WHERE a.act = ? AND a.lang = ? AND m.eid IN (\(placeholders)) ORDER BY a.edition, m.rowid
                """,
            arguments: StatementArguments(
                [act as any DatabaseValueConvertible, lang.rawValue] + eids.map { $0 as any DatabaseValueConvertible }),
            cached: true)
    }

    /// Every event of the text `act`, in the order written.
    static func all(inText act: Int64) -> SQLRequest<AmendmentRecord> {
        SQLRequest(sql: "SELECT * FROM amendment WHERE act_id = ? ORDER BY rowid", arguments: [act], cached: true)
    }
}
