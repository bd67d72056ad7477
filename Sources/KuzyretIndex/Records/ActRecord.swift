import Foundation
import GRDB
import KuzyretCore

/// A row of `act`: one text of an act in one language and edition (DESIGN.md §9).
struct ActRecord: FetchableRecord, TableRecord, Decodable, Sendable {
    static let databaseTableName = "act"

    var id: Int64
    var act: String
    var lang: String
    var edition: String?
    var title: String
    var partial: Bool
    /// Whether it is the newest indexed edition of its act in its language.
    var newest: Bool
    /// The act's identification as JSON (``ActInfo``).
    var info: String

    enum Columns {
        static let id = Column("id")
        static let act = Column("act")
        static let lang = Column("lang")
        static let edition = Column("edition")
        static let newest = Column("newest")
    }

    /// The act's identification.
    func actInfo() throws -> ActInfo {
        try JSONDecoder().decode(ActInfo.self, from: Data(info.utf8))
    }

    /// Every text of `act` (or every act), oldest edition first, undated first of all. The
    /// statement is prepared once per connection (a page reads several of these).
    static func texts(of act: String? = nil, lang: Language? = nil) -> SQLRequest<ActRecord> {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let act {
            conditions.append("act = ?")
            arguments += [act]
        }
        if let lang {
            conditions.append("lang = ?")
            arguments += [lang.rawValue]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return SQLRequest(sql: "SELECT * FROM act\(filter) ORDER BY act, lang, edition", arguments: arguments, cached: true)
    }

    /// The newest indexed edition of `act` in `lang`.
    static func newest(act: String, lang: Language) -> SQLRequest<ActRecord> {
        SQLRequest(sql: "SELECT * FROM act WHERE act = ? AND lang = ? AND newest = 1", arguments: [act, lang.rawValue], cached: true)
    }
}
