import GRDB
import GRDBSQLite

/// The FTS5 ranking function `kuzyret_rank(table, idf₁, …, idfₙ)`: BM25 as FTS5's `bm25()`
/// computes it (k1 1.2, b 0.75; lower is better), with each query phrase's inverse document
/// frequency given by the caller from ``TermStatistics`` (for a phrase of several words, the
/// rarest word's: FTS5 counts the provisions holding the phrase itself).
///
/// FTS5's own `bm25()` counts the provisions holding each phrase by reading the phrase's whole
/// posting list on every query — for a frequent word, most of the index. The figures are kept
/// with the index instead, so ranking one row costs its phrase instances and its length only.
/// A phrase without a given figure weighs 1.
enum RankFunction {
    static let name = "kuzyret_rank"

    /// Makes `kuzyret_rank` known to FTS5 on `db`'s connection.
    static func register(in db: Database) {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { return }
        _ = create(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    }
}

/// The C entry point of `kuzyret_rank`.
private func rank(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, count: Int32,
    values: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let instCount = api.xInstCount, let inst = api.xInst, let phraseCount = api.xPhraseCount,
        let rowCount = api.xRowCount, let totalSize = api.xColumnTotalSize, let columnSize = api.xColumnSize
    else {
        sqlite3_result_error(context, "kuzyret_rank: FTS5 API missing", -1)
        return
    }
    var rows: Int64 = 0
    var tokens: Int64 = 0
    var length: Int32 = 0
    var instances: Int32 = 0
    guard rowCount(fts, &rows) == SQLITE_OK, totalSize(fts, -1, &tokens) == SQLITE_OK, columnSize(fts, -1, &length) == SQLITE_OK,
        instCount(fts, &instances) == SQLITE_OK
    else {
        sqlite3_result_error(context, "kuzyret_rank: FTS5 could not read the row", -1)
        return
    }
    let phrases = Int(phraseCount(fts))
    let averageLength = Double(tokens) / Double(max(rows, 1))
    let score = withUnsafeTemporaryAllocation(of: Int.self, capacity: max(phrases, 1)) { frequencies -> Double in
        frequencies.initialize(repeating: 0)
        for index in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            if inst(fts, index, &phrase, &column, &offset) == SQLITE_OK, phrase >= 0, Int(phrase) < phrases {
                frequencies[Int(phrase)] += 1
            }
        }
        var score = 0.0
        for phrase in 0..<phrases where frequencies[phrase] > 0 {
            // FTS5 passes the arguments after the table: one per phrase.
            let idf = phrase < Int(count) ? sqlite3_value_double(values?[phrase]) : 1
            score += idf * TermStatistics.weight(frequency: frequencies[phrase], length: Int(length), averageLength: averageLength)
        }
        return score
    }
    sqlite3_result_double(context, -score)
}
