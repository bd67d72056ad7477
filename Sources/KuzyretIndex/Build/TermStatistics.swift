import Foundation
import GRDB
import KuzyretCore
import Synchronization

/// What ranking needs to know of the indexed terms, kept in the index beside FTS5 (DESIGN.md §9).
///
/// Per language: how many provisions and tokens are indexed (`corpus_stat`). Per term: how many
/// provisions hold it (`term_stat`, its inverse document frequency) and its *champion list*
/// (`term_top`): the ``championCount`` provisions where it weighs most by BM25's term weight,
/// with the term's frequency and the provision's length in tokens. A search takes its
/// candidates from the champion lists of its terms instead of ranking every provision that
/// matches a frequent word (``IndexSearch``).
///
/// The figures are gathered while FTS5 indexes: the `kuzyret` tokenizer hands the terms of every
/// document it tokenizes for an insert or a delete to the ``TermCollector`` attached to its
/// connection, so no text is analysed twice.
enum TermStatistics {
    /// Provisions kept per term.
    static let championCount = 100
    /// BM25's parameters, as FTS5's own `bm25()`.
    static let k1 = 1.2
    static let b = 0.75

    /// BM25's weight of a term found `frequency` times in a provision of `length` tokens, where
    /// provisions have `averageLength` tokens on average (without the inverse document frequency).
    static func weight(frequency: Int, length: Int, averageLength: Double) -> Double {
        let tf = Double(frequency)
        let norm = 1 - b + b * Double(length) / max(averageLength, 1)
        return tf * (k1 + 1) / (tf + k1 * norm)
    }

    /// BM25 of a provision of `length` tokens holding each query phrase `frequencies[i]` times,
    /// as FTS5's `bm25()` with the phrases' `inverseFrequencies` (negative: lower is better).
    static func score(frequencies: [Int], length: Int, inverseFrequencies: [Double], averageLength: Double) -> Double {
        var score = 0.0
        for (phrase, frequency) in frequencies.enumerated() where frequency > 0 {
            score += inverseFrequencies[phrase] * weight(frequency: frequency, length: length, averageLength: averageLength)
        }
        return -score
    }

    /// BM25's inverse document frequency of a term held by `documents` of `total` provisions,
    /// as FTS5 computes it (never below a millionth).
    static func inverseFrequency(documents: Int, total: Int) -> Double {
        let value = log((Double(total) - Double(documents) + 0.5) / (Double(documents) + 0.5))
        return max(value, 1e-6)
    }

    /// One provision of a champion list.
    struct Champion: Equatable, Sendable {
        var provision: Int64
        // 16 bytes in all: a build holds up to twice the champion count per term.
        private var storedFrequency: UInt32
        private var storedLength: UInt32
        /// How often the term occurs in the provision.
        var frequency: Int { Int(storedFrequency) }
        /// The provision's length in tokens.
        var length: Int { Int(storedLength) }

        init(provision: Int64, frequency: Int, length: Int) {
            self.provision = provision
            storedFrequency = UInt32(clamping: frequency)
            storedLength = UInt32(clamping: length)
        }
    }

    /// The totals of `lang`: provisions and tokens indexed.
    static func corpus(_ lang: Language, in db: Database) throws -> (documents: Int, tokens: Int) {
        let row = try Row.fetchOne(db, sql: "SELECT docs, tokens FROM corpus_stat WHERE lang = ?", arguments: [lang.rawValue])
        return (row?["docs"] ?? 0, row?["tokens"] ?? 0)
    }

    /// How many provisions of `lang` hold `term`.
    static func documents(holding term: String, _ lang: Language, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT docs FROM term_stat WHERE lang = ? AND term = ?", arguments: [lang.rawValue, term]) ?? 0
    }

    /// The champion list of `term` in `lang` (in no particular order).
    static func champions(of term: String, _ lang: Language, in db: Database) throws -> [Champion] {
        let blob = try Data.fetchOne(db, sql: "SELECT entries FROM term_top WHERE lang = ? AND term = ?", arguments: [lang.rawValue, term])
        return blob.map(decode) ?? []
    }

    /// A champion list as stored: 16 bytes per provision (rowid, length, frequency; little-endian).
    static func encode(_ champions: [Champion]) -> Data {
        // Written into one buffer, then wrapped once (appending to Data piece by piece costs more
        // than the figures themselves).
        let bytes = [UInt8](unsafeUninitializedCapacity: champions.count * 16) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            for (index, champion) in champions.enumerated() {
                raw.storeBytes(of: champion.provision.littleEndian, toByteOffset: index * 16, as: Int64.self)
                raw.storeBytes(of: UInt32(clamping: champion.length).littleEndian, toByteOffset: index * 16 + 8, as: UInt32.self)
                raw.storeBytes(of: UInt32(clamping: champion.frequency).littleEndian, toByteOffset: index * 16 + 12, as: UInt32.self)
            }
            count = champions.count * 16
        }
        return Data(bytes)
    }

    /// A champion list as ``encode(_:)`` stored it (a trailing partial entry is ignored).
    static func decode(_ data: Data) -> [Champion] {
        data.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count - 15, by: 16).map { offset in
                Champion(
                    provision: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)),
                    frequency: Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))),
                    length: Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self))))
            }
        }
    }
}

/// Gathers ``TermStatistics`` during a build, from the documents the `kuzyret` tokenizer indexes
/// on one connection, and writes them with ``flush(into:)``.
///
/// The index writer says what the tokenizer is doing: ``inserting`` the provision with a rowid,
/// or ``deleting``; between the two, documents are not counted (FTS5 also tokenizes for snippets
/// and queries). Used on the connection's thread only.
final class TermCollector: @unchecked Sendable {
    /// The rowid of the provision whose text FTS5 is inserting, if any.
    var inserting: Int64?
    /// FTS5 is deleting provisions (it tokenizes their stored text to remove it).
    var deleting = false
    /// The terms of the text being inserted, analysed on a worker (``IndexRecords``): the
    /// tokenizer hands them to FTS5 instead of analysing the text again. Taken once.
    var analysed: (bytes: Int, terms: [IndexedTerm])?

    /// The analysed terms of the text being inserted, when they are for a text of `bytes` bytes;
    /// cleared either way.
    func takeAnalysed(bytes: Int) -> [IndexedTerm]? {
        defer { analysed = nil }
        guard let analysed, analysed.bytes == bytes else { return nil }
        return analysed.terms
    }

    /// What one language gathered in this build, by term number (terms are numbered as first
    /// met: a document's terms are counted in arrays, not in dictionaries of strings).
    private final class Gathered {
        var documents = 0
        var tokens = 0
        var numbers: [ByteKey: Int] = [:]
        var terms: [String] = []
        /// Change in the number of provisions holding each term.
        var holding: [Int] = []
        /// Best provisions inserted in this build, per term; pruned to the champion count when
        /// twice as long.
        var champions: [[TermStatistics.Champion]] = []
        /// Occurrences of each term in the document being counted (zero between documents).
        var scratch: [Int] = []
        /// Terms of provisions deleted in this build: only their stored champion lists can name
        /// a deleted provision.
        var inDeleted = Set<Int>()

        func number(_ term: String) -> Int {
            let key = ByteKey(term)
            if let number = numbers[key] { return number }
            let number = terms.count
            numbers[key] = number
            terms.append(term)
            holding.append(0)
            champions.append([])
            scratch.append(0)
            return number
        }
    }

    private var gathered: [Language: Gathered] = [:]
    /// Whether the index held champion lists when the build started (a build from nothing has
    /// none to merge with, and does not look them up term by term).
    private var storedChampions = true
    /// Provisions deleted in this build: their stored champions go at the flush.
    private var deleted = Set<Int64>()
    /// Totals already in the index when the build started, for the running average length.
    private var stored: [Language: (documents: Int, tokens: Int)] = [:]

    private static let registry = Mutex<[UInt: TermCollector]>([:])

    /// A collector for the documents tokenized on `db`'s connection, until ``detach(from:)``.
    static func attach(to db: Database) -> TermCollector {
        let collector = TermCollector()
        for lang in Language.allCases { collector.stored[lang] = try? TermStatistics.corpus(lang, in: db) }
        collector.storedChampions = (try? Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM term_top)")) ?? true
        registry.withLock { $0[key(db.sqliteConnection)] = collector }
        return collector
    }

    static func detach(from db: Database) {
        _ = registry.withLock { $0.removeValue(forKey: key(db.sqliteConnection)) }
    }

    /// The collector attached to `connection`, if any.
    static func attached(to connection: OpaquePointer?) -> TermCollector? {
        registry.withLock { $0[key(connection)] }
    }

    private static func key(_ connection: OpaquePointer?) -> UInt {
        UInt(bitPattern: connection.map { Int(bitPattern: UnsafeRawPointer($0)) } ?? 0)
    }

    /// One document tokenized by FTS5 in `lang`: its terms in order.
    func document(_ terms: [String], lang: Language) {
        guard inserting != nil || deleting else { return }
        let sign = deleting ? -1 : 1
        let state = gathered[lang] ?? Gathered()
        gathered[lang] = state
        state.documents += sign
        state.tokens += sign * terms.count
        var distinct: [Int] = []
        distinct.reserveCapacity(terms.count)
        for term in terms {
            let number = state.number(term)
            if state.scratch[number] == 0 { distinct.append(number) }
            state.scratch[number] += 1
        }
        let base = stored[lang] ?? (0, 0)
        let average = Double(max(base.tokens + state.tokens, 0)) / Double(max(base.documents + state.documents, 1))
        if deleting { state.inDeleted.formUnion(distinct) }
        for number in distinct {
            state.holding[number] += sign
            if let provision = inserting {
                state.champions[number].append(
                    TermStatistics.Champion(provision: provision, frequency: state.scratch[number], length: terms.count))
                if state.champions[number].count >= 2 * TermStatistics.championCount {
                    Self.prune(&state.champions[number], averageLength: average)
                }
            }
            state.scratch[number] = 0
        }
    }

    /// Provisions deleted from the index in this build (their champions leave with them).
    func forget(_ provisions: [Int64]) {
        guard !provisions.isEmpty else { return }
        deleted.formUnion(provisions)
        let gone = Set(provisions)
        for state in gathered.values {
            for number in state.champions.indices where !state.champions[number].isEmpty {
                state.champions[number].removeAll { gone.contains($0.provision) }
            }
        }
    }

    /// Keeps the best ``TermStatistics/championCount`` of `champions` (by weight, then rowid).
    private static func prune(_ champions: inout [TermStatistics.Champion], averageLength: Double) {
        let ranked = champions.map { champion in
            (
                weight: TermStatistics.weight(frequency: champion.frequency, length: champion.length, averageLength: averageLength),
                champion: champion
            )
        }.sorted { lhs, rhs in
            lhs.weight != rhs.weight ? lhs.weight > rhs.weight : lhs.champion.provision < rhs.champion.provision
        }
        champions = ranked.prefix(TermStatistics.championCount).map(\.champion)
    }

    /// Adds what was gathered to the index's figures.
    func flush(into db: Database) throws {
        if !deleted.isEmpty { try purgeDeleted(in: db) }
        for (lang, state) in gathered.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try db.execute(
                sql: """
                    INSERT INTO corpus_stat (lang, docs, tokens) VALUES (?, ?, ?)
                    ON CONFLICT (lang) DO UPDATE SET docs = docs + excluded.docs, tokens = tokens + excluded.tokens
                    """, arguments: [lang.rawValue, state.documents, state.tokens])
            let holding = try db.cachedStatement(
                sql: """
                    INSERT INTO term_stat (lang, term, docs) VALUES (?, ?, ?)
                    ON CONFLICT (lang, term) DO UPDATE SET docs = docs + excluded.docs
                    """)
            // Terms no provision holds any more leave; only terms that lost provisions are looked at.
            let emptied = try db.cachedStatement(sql: "DELETE FROM term_stat WHERE lang = ? AND term = ? AND docs <= 0")
            for (number, change) in state.holding.enumerated() where change != 0 {
                try holding.execute(arguments: [lang.rawValue, state.terms[number], change])
                if change < 0 { try emptied.execute(arguments: [lang.rawValue, state.terms[number]]) }
            }
            let totals = try TermStatistics.corpus(lang, in: db)
            let average = Double(totals.tokens) / Double(max(totals.documents, 1))
            let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO term_top (lang, term, entries) VALUES (?, ?, ?)")
            for (number, fresh) in state.champions.enumerated() where !fresh.isEmpty {
                let term = state.terms[number]
                var champions = storedChampions ? fresh + (try TermStatistics.champions(of: term, lang, in: db)) : fresh
                Self.prune(&champions, averageLength: average)
                try write.execute(arguments: [lang.rawValue, term, TermStatistics.encode(champions)])
            }
        }
        gathered = [:]
        deleted = []
        // What was written is now the index's: later figures merge with it.
        for lang in Language.allCases { stored[lang] = try? TermStatistics.corpus(lang, in: db) }
        storedChampions = true
    }

    /// By default, the most distinct terms gathered before ``flushIfLarge(into:)`` writes them: memory
    /// follows this window's vocabulary, not the corpus's (a whole-law corpus has a million word
    /// forms, each with its champion candidates).
    static let defaultFlushTerms = 1_000_000
    /// This build's window (tests make it small).
    var flushTerms = TermCollector.defaultFlushTerms

    /// Writes the figures gathered so far when they hold more than ``flushTerms`` terms. The
    /// figures come out as one flush at the end would make them; champion lists are pruned with
    /// the average length known at each flush, so the last places of a very frequent word's list
    /// may differ, as after an incremental build.
    func flushIfLarge(into db: Database) throws {
        let terms = gathered.values.reduce(0) { $0 + $1.terms.count }
        if terms > flushTerms { try flush(into: db) }
    }

    /// Takes the provisions deleted in this build out of the stored champion lists.
    private func purgeDeleted(in db: Database) throws {
        let write = try db.cachedStatement(sql: "UPDATE term_top SET entries = ? WHERE lang = ? AND term = ?")
        var changed: [(String, String, Data)] = []
        // Only the lists of terms the deleted texts hold: a re-index costs what it changed.
        let read = try db.cachedStatement(sql: "SELECT entries FROM term_top WHERE lang = ? AND term = ?")
        for (lang, state) in gathered.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for number in state.inDeleted.sorted() {
                let term = state.terms[number]
                guard let entries = try Data.fetchOne(read, arguments: [lang.rawValue, term]) else { continue }
                let champions = TermStatistics.decode(entries)
                let kept = champions.filter { !deleted.contains($0.provision) }
                if kept.count != champions.count { changed.append((lang.rawValue, term, TermStatistics.encode(kept))) }
            }
        }
        let remove = try db.cachedStatement(sql: "DELETE FROM term_top WHERE lang = ? AND term = ?")
        for (lang, term, entries) in changed {
            if entries.isEmpty {
                try remove.execute(arguments: [lang, term])
            } else {
                try write.execute(arguments: [entries, lang, term])
            }
        }
    }
}
