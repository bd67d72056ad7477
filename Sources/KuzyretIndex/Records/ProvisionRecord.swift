import GRDB
import KuzyretCore

/// A row of `provision`: one node of a text's provision tree, in document order (`position`).
struct ProvisionRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "provision"

    var id: Int64
    var actId: Int64
    var address: String
    var eid: String
    var parent: String?
    var kind: String
    var num: String?
    var heading: String?
    var text: String
    var status: String
    var position: Int

    enum CodingKeys: String, CodingKey {
        case id, address, eid, parent, kind, num, heading, text, status, position
        case actId = "act_id"
    }

    enum Columns {
        static let actId = Column("act_id")
        static let eid = Column("eid")
        static let address = Column("address")
        static let position = Column("position")
        static let parent = Column("parent")
    }

    /// The provision `eid` of the text `act`.
    static func provision(_ eid: String, inText act: Int64) -> SQLRequest<ProvisionRecord> {
        SQLRequest(sql: "SELECT * FROM provision WHERE act_id = ? AND eid = ?", arguments: [act, eid], cached: true)
    }

    /// Every provision of the text `act`, in document order.
    static func all(inText act: Int64) -> QueryInterfaceRequest<ProvisionRecord> {
        ProvisionRecord.filter(Columns.actId == act).order(Columns.position)
    }

    /// Its number and heading, or the start of its text: how a table of contents or a
    /// breadcrumb names it.
    var label: String {
        let label = [num, heading].compactMap { $0 }.joined(separator: " ")
        return label.isEmpty ? String(text.prefix(80)) : label
    }
}
