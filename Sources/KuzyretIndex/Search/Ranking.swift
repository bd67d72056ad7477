import GRDB
import KuzyretAnalysis
import KuzyretCore

/// How one query is ranked in one language (``IndexSearch``): the inverse document frequency of
/// each of its phrases, and candidates taken from the champion lists of its terms
/// (``TermStatistics``) instead of every provision that matches.
struct Ranking {
    let lang: Language
    /// The analysed terms of each phrase of the query (for a prefix phrase, its folded words).
    var phrases: [(terms: [String], prefix: Bool)] = []
    /// An `AND` of whole-word phrases: a provision matches when its text holds every phrase, which
    /// ``ProvisionMatch`` can tell without FTS5.
    var conjunctive: Bool
    /// Tokens per provision, on average.
    var averageLength: Double
    /// One per phrase of the query, in FTS5's order: the arguments of `kuzyret_rank`.
    var inverseFrequencies: [Double] = []
    /// Candidates known to match, scored from the lists (BM25, lower is better).
    var knownScores: [Int64: Double] = [:]
    /// Candidates FTS5 must check and score.
    var unknown: [Int64] = []
    /// The candidates hold every match: each term's list is whole and no phrase is a prefix.
    var complete = true
    /// A term every match would need is in no provision.
    var matchesNothing = false

    /// One word, no operator: its champion list holds its best provisions in FTS5's order.
    var isSingleWord: Bool {
        conjunctive && phrases.count == 1 && phrases[0].terms.count == 1
    }

    /// The SQL expression ranking a row of FTS5 table `table` for this query (lower is better).
    func rankExpression(table: String) -> String {
        "kuzyret_rank(\(table)\(inverseFrequencies.map { ", \($0)" }.joined()))"
    }

    init(query: SearchQuery, lang: Language, analyzer: TextAnalyzer, in db: Database) throws {
        self.lang = lang
        conjunctive = query.conjunctive
        let corpus = try TermStatistics.corpus(lang, in: db)
        averageLength = Double(corpus.tokens) / Double(max(corpus.documents, 1))
        // Per phrase, its terms' lists; a list is whole when it holds every provision with its term.
        var phraseLists: [[(champions: [TermStatistics.Champion], whole: Bool)]] = []
        for phrase in query.phrases {
            let terms = analyzer.terms(of: phrase.text, lang: lang, stemming: !phrase.prefix).map(\.term)
            // FTS5 drops a phrase without tokens and numbers the others without it.
            if terms.isEmpty { continue }
            phrases.append((terms, phrase.prefix))
            if phrase.prefix {
                conjunctive = false
                inverseFrequencies.append(1)
                phraseLists.append([])
                complete = false
                continue
            }
            var lists: [(champions: [TermStatistics.Champion], whole: Bool)] = []
            var fewest = Int.max
            for term in terms {
                let documents = try TermStatistics.documents(holding: term, lang, in: db)
                fewest = min(fewest, documents)
                let champions = documents == 0 ? [] : try TermStatistics.champions(of: term, lang, in: db)
                lists.append((champions, champions.count >= documents))
                if champions.count < documents { complete = false }
            }
            if fewest == 0, query.conjunctive { matchesNothing = true }
            // A phrase is in no more provisions than its rarest word.
            inverseFrequencies.append(TermStatistics.inverseFrequency(documents: fewest, total: corpus.documents))
            phraseLists.append(lists)
        }
        guard !matchesNothing else { return }
        var candidates = Set<Int64>()
        for lists in phraseLists {
            for list in lists { candidates.formUnion(list.champions.lazy.map(\.provision)) }
        }
        guard conjunctive else {
            unknown = candidates.sorted()
            return
        }
        // Every term is needed: a candidate missing from a whole list cannot match.
        let needed = phraseLists.flatMap { $0 }.filter(\.whole).map { Set($0.champions.map(\.provision)) }
        candidates = candidates.filter { candidate in needed.allSatisfy { $0.contains(candidate) } }
        // One word per phrase: a candidate in every phrase's list matches, and the lists say
        // how often and in how long a provision; the score is FTS5's, without asking it.
        let singleWords = phraseLists.allSatisfy { $0.count == 1 }
        let frequencies: [[Int64: TermStatistics.Champion]] =
            singleWords
            ? phraseLists.map { Dictionary($0[0].champions.map { ($0.provision, $0) }, uniquingKeysWith: { first, _ in first }) }
            : []
        for candidate in candidates.sorted() {
            guard singleWords, !frequencies.isEmpty else {
                unknown.append(candidate)
                continue
            }
            let found = frequencies.compactMap { $0[candidate] }
            guard found.count == frequencies.count, let length = found.first?.length else {
                unknown.append(candidate)
                continue
            }
            knownScores[candidate] = TermStatistics.score(
                frequencies: found.map(\.frequency), length: length, inverseFrequencies: inverseFrequencies, averageLength: averageLength)
        }
    }
}
