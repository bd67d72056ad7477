import Foundation
import GRDB
import KuzyretAnalysis
import KuzyretCompetence
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
        /// The date the search answers for: each act's edition then, acts not in force then left
        /// out (``DatedScope``); `nil` searches each act's newest indexed edition.
        public var asOf: LegalDate?
        /// The texts that answer for ``asOf``, resolved by the search.
        var editions: Set<Int64>?

        public init(
            actor: String? = nil, act: String? = nil, lang: Language? = nil, flag: String? = nil, status: String? = nil,
            modality: String? = nil, limit: Int = 20, asOf: LegalDate? = nil
        ) {
            self.asOf = asOf
            self.actor = actor
            self.act = act
            self.lang = lang
            self.flag = flag
            self.status = status
            self.modality = modality
            self.limit = limit
        }

        /// Checks the filters' values: an actor or group (`rural-tier`), a flag kind, a status or a
        /// modality Kuzyret does not know is a ``QueryError`` naming the ones it does, not an empty
        /// answer.
        public func check() throws {
            func known(_ value: String?, _ what: String, _ names: [String]) throws {
                guard let value, !names.contains(value) else { return }
                throw QueryError(description: "no \(what) \(value); one of: \(names.joined(separator: ", "))")
            }
            try known(actor, "actor", ActorSelection.all.map(\.name))
            try known(flag, "flag kind", FlagKind.allCases.map(\.rawValue))
            try known(status, "status", ProvisionStatus.allCases.map(\.rawValue))
            try known(modality, "modality", Modality.allCases.map(\.rawValue))
        }

        /// The actors the actor filter stands for: one, or a group's members.
        var actorNames: [String]? {
            actor.map { name in ActorSelection(name: name)?.members.map(\.rawValue) ?? [name] }
        }
    }

    /// One provision found.
    public typealias Hit = SearchResults.Hit

    /// A query that is not one: its message is for the user, not SQL's.
    public struct QueryError: Error, CustomStringConvertible {
        public var description: String
    }

    let queue: DatabaseQueue
    /// The index file.
    public let path: String
    /// Analyses queries as the index analysed provisions (searches run one at a time).
    let analyzer = TextAnalyzer()
    /// The texts that answered the last date asked (``editions(on:in:)``): a connection reads one
    /// index file, so the choice holds until the date changes. Read and written inside the
    /// queue, one search at a time.
    private var editionsAnswering: (date: LegalDate, ids: Set<Int64>, scope: DatedScope)?
    /// The acts and their texts (``acts()``), read once per connection: pages ask for them on
    /// every request (titles), and a connection reads one index file.
    var actsRead: [IndexedAct]?

    /// Opens the index at `path` for reading.
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryError(description: "no index at \(path); build it with `kuzyret index`")
        }
        var configuration = IndexSchema.configuration()
        configuration.readonly = true
        // The index is read through memory mapping: a search touches scattered pages.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 4294967296") }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
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
    /// the edition of each act that answers for `filters.asOf` (the newest without it), best first.
    public func search(_ query: String, filters: Filters = Filters()) throws -> [Hit] {
        try dated(query, filters: filters).hits
    }

    /// The texts that answer for `date`, by id, and what the answer rests on: the edition of each
    /// act then (read back when all are later), acts not in force left out. Remembered for the
    /// last date asked.
    func editions(on date: LegalDate, in db: Database) throws -> (ids: Set<Int64>, scope: DatedScope) {
        if let known = editionsAnswering, known.date == date { return (known.ids, known.scope) }
        let answer = try Self.editions(on: date, in: db)
        editionsAnswering = (date, answer.ids, answer.scope)
        return answer
    }

    /// ``editions(on:in:)`` read afresh.
    static func editions(on date: LegalDate, in db: Database) throws -> (ids: Set<Int64>, scope: DatedScope) {
        let texts = try ActRecord.texts().fetchAll(db)
        let infos = try texts.map { try $0.actInfo() }
        let (used, leftOut, readBack) = DatedScope.choose(infos, on: date)
        var scope = DatedScope(date: date, editions: used.map { infos[$0] }, leftOut: leftOut)
        scope.readBack = readBack.map { infos[$0] }
        return (Set(used.map { texts[$0].id }), scope)
    }

    /// ``search(_:filters:)`` with what its date rests on.
    func dated(_ query: String, filters: Filters) throws -> (hits: [Hit], scope: DatedScope?) {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError(description: "empty query") }
        try filters.check()
        let langs = filters.lang.map { [$0] } ?? Self.languages(of: trimmed)
        let parsed = SearchQuery(trimmed)
        return try queue.read { db in
            var filters = filters
            var scope: DatedScope?
            if let date = filters.asOf {
                let resolved = try self.editions(on: date, in: db)
                filters.editions = resolved.ids
                scope = resolved.scope
            }
            var hits: [Hit] = []
            for lang in langs {
                let table = IndexSchema.ftsTable(lang)
                do {
                    // FTS5 reads the query first: a malformed one fails here, whatever it would match.
                    _ = try Int64.fetchOne(
                        db.cachedStatement(sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? LIMIT 1"), arguments: [trimmed])
                } catch {
                    throw QueryError(
                        description: "malformed query «\(trimmed)»: check quotes, parentheses and AND/OR/NOT (\(Self.reason(error)))")
                }
                var rows = ProvisionRows()
                let ranking: Ranking
                let best: [(rowid: Int64, score: Double)]
                do {
                    ranking = try Ranking(query: parsed, lang: lang, analyzer: analyzer, in: db)
                    best = try bestRows(table: table, query: trimmed, ranking: ranking, filters: filters, rows: &rows, in: db)
                    try rows.fetch(best.map(\.rowid), in: db)
                } catch let error as DatabaseError {
                    throw QueryError(description: "query «\(trimmed)» failed: \(Self.reason(error))")
                }
                for (rowid, score) in best {
                    guard let row = rows[rowid], let match = rows.match(rowid, ranking: ranking, analyzer: analyzer) else { continue }
                    guard let address = ProvisionAddress(row.address) else { continue }
                    hits.append(Hit(address: address, status: row.status, heading: row.heading, snippet: match.snippet(), rank: score))
                }
            }
            return (
                Array(hits.sorted { ($0.rank, $0.address.description) < ($1.rank, $1.address.description) }.prefix(filters.limit)), scope
            )
        }
    }

    /// The answer to `query`: its hits, best first (``search(_:filters:)``).
    public func results(_ query: String, filters: Filters = Filters()) throws -> SearchResults {
        let answer = try dated(query, filters: filters)
        return SearchResults(query: query, hits: answer.hits, dated: answer.scope)
    }

    /// The rowids of the best `filters.limit` provisions matching `query` in `table`, with their
    /// BM25 scores, best first. The provision rows read on the way stay in `rows`.
    ///
    /// Without filters, the candidates are the champion lists of the query's terms
    /// (``TermStatistics``): a provision in the list of every term of an `AND` query is scored
    /// from the lists; the other candidates of an `AND` query are read and checked here
    /// (``ProvisionMatch``), those of other queries by FTS5. When a term's list does not hold
    /// every provision with it and too few candidates match, FTS5's first matches join them. So a
    /// query ranks a few hundred provisions, not every match of a frequent word; the order is
    /// exact while each term occurs in at most ``TermStatistics/championCount`` provisions or
    /// the query has one word (whose list, when it falls short, gives way to ranking every match),
    /// and close to it otherwise. With filters, every match is joined and ranked by FTS5.
    func bestRows(
        table: String, query: String, ranking: Ranking, filters: Filters, rows: inout ProvisionRows, in db: Database
    ) throws -> [(rowid: Int64, score: Double)] {
        if ranking.matchesNothing { return [] }
        let rank = ranking.rankExpression(table: table)
        let unfiltered =
            filters.act == nil && filters.status == nil && filters.actor == nil && filters.modality == nil && filters.flag == nil
        guard unfiltered else { return try rankEveryMatch(table: table, query: query, rank: rank, filters: filters, in: db) }
        var scores = ranking.knownScores
        try score(ranking.unknown, ranking: ranking, rank: rank, table: table, query: query, into: &scores, rows: &rows, in: db)
        var best = try answering(scores, filters: filters, rows: &rows, in: db)
        // A one-word query is promised FTS5's order: when its list falls short (more results
        // asked for than it holds in the newest editions), every match is ranked.
        if best.count < filters.limit, !ranking.complete, ranking.isSingleWord {
            return try rankEveryMatch(table: table, query: query, rank: rank, filters: filters, in: db)
        }
        if best.count < filters.limit, !ranking.complete {
            // FTS5 has matched these already; it scores them as it goes (one query, not one per row).
            let streamed = try Row.fetchAll(
                db, sql: "SELECT rowid, \(rank) FROM \(table) WHERE \(table) MATCH ? LIMIT ?", arguments: [query, Self.streamed])
            for row in streamed where scores[row[0]] == nil { scores[row[0]] = row[1] }
            best = try answering(scores, filters: filters, rows: &rows, in: db)
        }
        // A search as of a date whose editions the champion lists and FTS5's first matches
        // barely hold (an older edition) ranks every match of those editions.
        if best.count < filters.limit, !ranking.complete, filters.editions != nil {
            return try rankEveryMatch(table: table, query: query, rank: rank, filters: filters, in: db)
        }
        return best
    }

    /// The best `filters.limit` of every match of `query`, joined and filtered, ranked by FTS5
    /// with `rank`: exact, and as slow as the matches are many.
    func rankEveryMatch(
        table: String, query: String, rank: String, filters: Filters, in db: Database
    ) throws -> [(rowid: Int64, score: Double)] {
        let (conditions, arguments) = Self.matchConditions(table: table, query: query, filters: filters)
        let sql = """
            SELECT \(table).rowid, \(rank) AS score FROM \(table) JOIN provision p ON p.id = \(table).rowid JOIN act a ON a.id = p.act_id
            WHERE \(conditions) ORDER BY score LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [filters.limit])).map { ($0[0], $0[1]) }
    }

    /// The SQL condition (with its arguments) on `table` joined to provision `p` and act `a`:
    /// the provision matches `query`, is in the newest edition of its act, and passes `filters`.
    static func matchConditions(table: String, query: String, filters: Filters) -> (String, [any DatabaseValueConvertible]) {
        // The texts that answer are written into the statement as integers (row ids of this
        // index, never user text): the statement is prepared once per set, and SQLite reads the
        // list once, not per row.
        let editions = filters.editions.map { "a.id IN (" + $0.sorted().map(String.init).joined(separator: ",") + ")" }
        var sql = "\(table) MATCH ? AND " + (editions ?? IndexSchema.newestEdition)
        var arguments: [any DatabaseValueConvertible] = [query]
        if let act = filters.act {
            sql += " AND a.act = ?"
            arguments.append(act)
        }
        if let status = filters.status {
            sql += " AND p.status = ?"
            arguments.append(status)
        }
        if let actors = filters.actorNames {
            let placeholders = Array(repeating: "?", count: actors.count).joined(separator: ", ")
            sql +=
                " AND EXISTS (SELECT 1 FROM competence c WHERE c.act_id = a.id AND c.address = p.address AND c.actor IN (\(placeholders))"
            arguments.append(contentsOf: actors as [any DatabaseValueConvertible])
            if let modality = filters.modality {
                sql += " AND c.modality = ?"
                arguments.append(modality)
            }
            sql += ")"
        } else if let modality = filters.modality {
            sql += " AND EXISTS (SELECT 1 FROM competence c WHERE c.act_id = a.id AND c.address = p.address AND c.modality = ?)"
            arguments.append(modality)
        }
        if let flag = filters.flag {
            sql += " AND EXISTS (SELECT 1 FROM flag f WHERE f.act_id = a.id AND f.address = p.address AND f.kind = ?)"
            arguments.append(flag)
        }
        return (sql, arguments)
    }

    /// Checks and scores `candidates` into `scores`: an `AND` query here, from their text; any
    /// other by FTS5.
    func score(
        _ candidates: [Int64], ranking: Ranking, rank: String, table: String, query: String, into scores: inout [Int64: Double],
        rows: inout ProvisionRows, in db: Database
    ) throws {
        guard !candidates.isEmpty else { return }
        if ranking.conjunctive {
            try rows.fetch(candidates, in: db)
            for candidate in candidates {
                guard let match = rows.match(candidate, ranking: ranking, analyzer: analyzer) else { continue }
                if match.matchesAll {
                    scores[candidate] = match.score(inverseFrequencies: ranking.inverseFrequencies, averageLength: ranking.averageLength)
                }
            }
            return
        }
        let sql = "SELECT rowid, \(rank) FROM \(table) WHERE \(table) MATCH ? AND rowid IN (SELECT value FROM json_each(?))"
        for row in try Row.fetchAll(db, sql: sql, arguments: [query, ProvisionRows.json(candidates)]) {
            scores[row[0]] = row[1]
        }
    }

    /// The best `filters.limit` of `scores` whose provisions are in a text that answers
    /// (``Filters/editions``, else the newest edition of their act).
    func answering(_ scores: [Int64: Double], filters: Filters, rows: inout ProvisionRows, in db: Database) throws -> [(
        rowid: Int64, score: Double
    )] {
        let limit = filters.limit
        let ordered = scores.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
        var best: [(rowid: Int64, score: Double)] = []
        var start = 0
        while best.count < limit, start < ordered.count {
            let batch = ordered[start..<min(start + limit * Self.candidateFactor, ordered.count)]
            start += batch.count
            try rows.fetch(batch.map(\.key), in: db)
            best += batch.filter { score in
                guard let row = rows[score.key] else { return false }
                return filters.editions.map { $0.contains(row.text) } ?? row.newest
            }.prefix(limit - best.count).map { ($0.key, $0.value) }
        }
        return best
    }

    /// How many of FTS5's first matches join the candidates when the champion lists fall short.
    static let streamed = 300

    /// How many candidates are checked at a time for each result wanted.
    static let candidateFactor = 4

    static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}
