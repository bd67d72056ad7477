import GRDB
import KuzyretAnalysis
import KuzyretCore

/// One provision's text read against a query's phrases, as FTS5 reads it: the same analysed
/// terms at the same positions (``TextAnalyzer``, as the `kuzyret` tokenizer). It tells whether
/// every phrase occurs, scores the provision as `kuzyret_rank` does, and cuts a snippet with the
/// matches in [brackets].
///
/// A search checks its few hundred candidates this way instead of asking FTS5 once per
/// candidate (each costs FTS5 a query parse and a seek in every posting list).
struct ProvisionMatch {
    /// The provision's terms, in order.
    let terms: [AnalysedTerm]
    /// Occurrences of each phrase.
    let frequencies: [Int]
    /// The terms that belong to an occurrence of a phrase (or, for a prefix phrase, start with it).
    let marked: [Bool]
    let text: String

    /// Reads `text` (a provision's heading and text, as indexed) in `lang` against `phrases`:
    /// the analysed terms of each phrase, or for a prefix phrase its folded beginning.
    init(text: String, lang: Language, phrases: [(terms: [String], prefix: Bool)], analyzer: TextAnalyzer) {
        self.text = text
        let terms = analyzer.terms(of: text, lang: lang)
        var frequencies = [Int](repeating: 0, count: phrases.count)
        var marked = [Bool](repeating: false, count: terms.count)
        for (index, phrase) in phrases.enumerated() where !phrase.terms.isEmpty {
            if phrase.prefix {
                // Prefix phrases are not scored here (FTS5 ranks those queries); only marked.
                let words = MatchWords.tokens(of: text).filter(\.isWord)
                for (position, word) in words.enumerated() where position < marked.count {
                    if word.folded.hasPrefix(phrase.terms[0]) { marked[position] = true }
                }
                continue
            }
            let length = phrase.terms.count
            guard terms.count >= length else { continue }
            for start in 0...(terms.count - length) where terms[start].term == phrase.terms[0] {
                guard (1..<length).allSatisfy({ terms[start + $0].term == phrase.terms[$0] }) else { continue }
                frequencies[index] += 1
                for offset in 0..<length { marked[start + offset] = true }
            }
        }
        self.terms = terms
        self.frequencies = frequencies
        self.marked = marked
    }

    /// Every phrase occurs.
    var matchesAll: Bool { frequencies.allSatisfy { $0 > 0 } }

    /// BM25 as `kuzyret_rank` computes it (lower is better).
    func score(inverseFrequencies: [Double], averageLength: Double) -> Double {
        TermStatistics.score(
            frequencies: frequencies, length: terms.count, inverseFrequencies: inverseFrequencies, averageLength: averageLength)
    }

    /// Up to `width` terms of the text around the most marked ones, marks in [brackets], with …
    /// where the text goes on (as FTS5's `snippet(…, '[', ']', '…', width)`).
    func snippet(width: Int = 16) -> String {
        guard !terms.isEmpty else { return text }
        var best = 0
        var bestCount = -1
        var count = 0
        for end in 0..<terms.count {
            if marked[end] { count += 1 }
            if end >= width, marked[end - width] { count -= 1 }
            if end >= width - 1 || end == terms.count - 1, count > bestCount {
                bestCount = count
                best = max(0, end - width + 1)
            }
        }
        // The marks of the best window, centred in it as far as the text allows.
        let window = best..<min(best + width, terms.count)
        if let first = window.first(where: { marked[$0] }), let lastMark = window.last(where: { marked[$0] }) {
            let centred = (first + lastMark + 1) / 2 - width / 2
            best = min(max(centred, max(0, lastMark - width + 1)), max(0, min(first, terms.count - width)))
        }
        let last = min(best + width, terms.count) - 1
        var out = best == 0 ? String(text[text.startIndex..<terms[0].range.lowerBound]) : "…"
        for position in best...last {
            if position > best { out += text[terms[position - 1].range.upperBound..<terms[position].range.lowerBound] }
            let word = text[terms[position].range]
            out += marked[position] ? "[\(word)]" : String(word)
        }
        out += last == terms.count - 1 ? String(text[terms[last].range.upperBound...]) : "…"
        return out
    }
}

/// Provision rows read by a search, by rowid.
struct ProvisionRows {
    struct Row {
        var address, status: String
        var heading: String?
        /// Heading and text, as FTS5 indexed them.
        var searchable: String
        /// In the newest edition of its act.
        var newest: Bool
        /// The text (act row) it belongs to.
        var text: Int64
    }

    private var rows: [Int64: Row] = [:]
    /// Rows already read against the query: a candidate checked for matching keeps its reading
    /// for its snippet.
    private var matches: [Int64: ProvisionMatch] = [:]

    subscript(rowid: Int64) -> Row? { rows[rowid] }

    /// The row `rowid` read against `ranking`'s phrases, read once.
    mutating func match(_ rowid: Int64, ranking: Ranking, analyzer: TextAnalyzer) -> ProvisionMatch? {
        if let match = matches[rowid] { return match }
        guard let row = rows[rowid] else { return nil }
        let match = ProvisionMatch(text: row.searchable, lang: ranking.lang, phrases: ranking.phrases, analyzer: analyzer)
        matches[rowid] = match
        return match
    }

    /// Reads the rows of `rowids` not read yet.
    mutating func fetch(_ rowids: [Int64], in db: Database) throws {
        let missing = rowids.filter { rows[$0] == nil }
        guard !missing.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                SELECT p.id, p.address, p.status, p.heading, p.text, a.newest, a.id FROM provision p JOIN act a ON a.id = p.act_id
                WHERE p.id IN (SELECT value FROM json_each(?))
                """)
        let cursor = try GRDB.Row.fetchCursor(statement, arguments: [Self.json(missing)])
        while let row = try cursor.next() {
            rows[row[0]] = Row(
                address: row[1], status: row[2], heading: row[3], searchable: IndexRecords.searchable(heading: row[3], text: row[4]),
                newest: row[5], text: row[6])
        }
    }

    /// `rowids` as a JSON array, for `json_each`: one statement text for any number of rows.
    static func json(_ rowids: [Int64]) -> String {
        "[" + rowids.map(String.init).joined(separator: ",") + "]"
    }
}
