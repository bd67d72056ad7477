import Foundation
import GRDB
import KuzyretCore

/// A search over the index (DESIGN.md §9): BM25 ranking, filters, highlighted snippets.
public final class IndexSearch {
    /// Narrowing a search.
    public struct Filters: Sendable {
        public var actor: String?
        public var act: String?
        public var lang: Language?
        public var flag: String?
        public var status: String?
        public var modality: String?
        public var limit = 20

        public init(actor: String? = nil, act: String? = nil, lang: Language? = nil, flag: String? = nil, status: String? = nil, modality: String? = nil, limit: Int = 20) {
            self.actor = actor
            self.act = act
            self.lang = lang
            self.flag = flag
            self.status = status
            self.modality = modality
            self.limit = limit
        }
    }

    /// One provision found.
    public struct Hit: Sendable, Equatable {
        public var address: String
        public var status: String
        public var heading: String?
        /// The matching text, matches in [brackets].
        public var snippet: String
        /// BM25 (lower is better).
        public var rank: Double
    }

    /// A query that is not one: its message is for the user, not SQL's.
    public struct QueryError: Error, CustomStringConvertible {
        public var description: String
    }

    let queue: DatabaseQueue

    /// Opens the index at `path` for reading.
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryError(description: "no index at \(path); build it with `kuzyret index`")
        }
        var configuration = IndexSchema.configuration()
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        // A read-only index cannot be brought up to date here; one built by an older kuzyret says so.
        guard try queue.read({ try IndexSchema.migrator.hasCompletedMigrations($0) }) else {
            throw QueryError(description: "\(path) was built by an older kuzyret; build it again with `kuzyret index`")
        }
    }

    /// The languages a query is read in: Cyrillic as Russian and Kazakh, Latin as English.
    public static func languages(of query: String) -> [Language] {
        query.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } ? [.rus, .kaz] : [.eng]
    }

    /// The provisions matching `query` (FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT), in
    /// the newest edition of each act, best first.
    public func search(_ query: String, filters: Filters = Filters()) throws -> [Hit] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError(description: "empty query") }
        let langs = filters.lang.map { [$0] } ?? Self.languages(of: trimmed)
        return try queue.read { db in
            var hits: [Hit] = []
            for lang in langs {
                let table = IndexSchema.ftsTable(lang)
                let pattern: FTS5Pattern
                do {
                    pattern = try db.makeFTS5Pattern(rawPattern: trimmed, forTable: table)
                } catch {
                    throw QueryError(description: "malformed query «\(trimmed)»: check quotes, parentheses and AND/OR/NOT (\(Self.reason(error)))")
                }
                let best: [Int64]
                do {
                    best = try bestRows(table: table, pattern: pattern, filters: filters, in: db)
                } catch let error as DatabaseError {
                    throw QueryError(description: "query «\(trimmed)» failed: \(Self.reason(error))")
                }
                guard !best.isEmpty else { continue }
                // Snippets for the best rows alone: a snippet tokenizes its text again, too dear
                // for every match of a frequent word.
                let sql = """
                    SELECT p.address, p.status, p.heading, snippet(\(table), 0, '[', ']', '…', 16) AS snippet, bm25(\(table)) AS rank
                    FROM \(table) JOIN provision p ON p.id = \(table).rowid
                    WHERE \(table) MATCH ? AND \(table).rowid IN (\(best.map(String.init).joined(separator: ",")))
                    ORDER BY rank
                    """
                let arguments: [any DatabaseValueConvertible] = [pattern]
                do {
                    for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                        hits.append(Hit(address: row["address"], status: row["status"], heading: row["heading"], snippet: row["snippet"], rank: row["rank"]))
                    }
                } catch let error as DatabaseError {
                    throw QueryError(description: "query «\(trimmed)» failed: \(Self.reason(error))")
                }
            }
            return Array(hits.sorted { $0.rank < $1.rank }.prefix(filters.limit))
        }
    }

    /// The rowids of the best `filters.limit` provisions matching `pattern` in `table`, best first.
    ///
    /// Without filters, FTS5 ranks alone (no join per match) and only its best few are checked for
    /// being in the newest edition; when too few are, or with filters, every match is joined.
    func bestRows(table: String, pattern: FTS5Pattern, filters: Filters, in db: Database) throws -> [Int64] {
        let unfiltered = filters.act == nil && filters.status == nil && filters.actor == nil && filters.modality == nil && filters.flag == nil
        if unfiltered {
            let rows = try Int64.fetchAll(db, sql: """
                SELECT f.rowid FROM (SELECT rowid, rank FROM \(table) WHERE \(table) MATCH ? ORDER BY rank LIMIT ?) f
                JOIN provision p ON p.id = f.rowid JOIN act a ON a.id = p.act_id
                WHERE \(IndexSchema.newestEdition) ORDER BY f.rank LIMIT ?
                """, arguments: [pattern, filters.limit * Self.candidateFactor, filters.limit])
            if rows.count == filters.limit { return rows }
        }
        var sql = """
            SELECT \(table).rowid FROM \(table) JOIN provision p ON p.id = \(table).rowid JOIN act a ON a.id = p.act_id
            WHERE \(table) MATCH ? AND \(IndexSchema.newestEdition)
            """
        var arguments: [any DatabaseValueConvertible] = [pattern]
        if let act = filters.act { sql += " AND a.act = ?"; arguments.append(act) }
        if let status = filters.status { sql += " AND p.status = ?"; arguments.append(status) }
        if let actor = filters.actor {
            sql += " AND EXISTS (SELECT 1 FROM competence c WHERE c.act_id = a.id AND c.address = p.address AND c.actor = ?"
            arguments.append(actor)
            if let modality = filters.modality { sql += " AND c.modality = ?"; arguments.append(modality) }
            sql += ")"
        } else if let modality = filters.modality {
            sql += " AND EXISTS (SELECT 1 FROM competence c WHERE c.act_id = a.id AND c.address = p.address AND c.modality = ?)"
            arguments.append(modality)
        }
        if let flag = filters.flag {
            sql += " AND EXISTS (SELECT 1 FROM flag f WHERE f.act_id = a.id AND f.address = p.address AND f.kind = ?)"
            arguments.append(flag)
        }
        sql += " ORDER BY bm25(\(table)) LIMIT ?"
        arguments.append(filters.limit)
        return try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }

    /// How many of FTS5's best an unfiltered search checks for each result it returns.
    static let candidateFactor = 4

    static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}
