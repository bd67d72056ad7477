import Foundation
import GRDB
import KuzyretAnalysis
import KuzyretCore
import KuzyretTestSupport
import Testing

@testable import KuzyretIndex

/// Ranking without FTS5's `bm25()`: the figures kept with the index, the `kuzyret_rank`
/// function and the champion lists (DESIGN.md §9), checked against SQLite's own figures on the
/// index of the real statutes.
@Suite("Ranking figures and champion lists", .serialized)
struct RankingTests {
    static var database: String { IndexTests.built.path }

    static func read<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: database, configuration: IndexSchema.configuration()).inDatabase(body)
    }

    @Test("Totals and provisions per term equal what FTS5 itself holds, in every language")
    func figures() throws {
        try Self.read { db in
            for lang in [Language.rus, .kaz] {
                let table = IndexSchema.ftsTable(lang)
                try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_\(lang.rawValue) USING fts5vocab(main, \(table), row)")
                let corpus = try TermStatistics.corpus(lang, in: db)
                #expect(corpus.documents == (try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")))
                #expect(corpus.tokens == (try Int.fetchOne(db, sql: "SELECT sum(cnt) FROM temp.vocab_\(lang.rawValue)")))
                let truth = Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.vocab_\(lang.rawValue)")
                        .map { ($0[0] as String, $0[1] as Int) })
                let kept = Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(
                        db, sql: "SELECT term, docs FROM term_stat WHERE lang = ?",
                        arguments: [lang.rawValue]
                    ).map { ($0[0] as String, $0[1] as Int) })
                #expect(truth.count > 1_500)
                #expect(kept == truth)
            }
        }
    }

    @Test("kuzyret_rank given the kept figures scores as FTS5's bm25()")
    func rankEqualsBM25() throws {
        let analyzer = TextAnalyzer()
        try Self.read { db in
            var compared = 0
            for query in ["аким", "сельского округа", "захоронений", "выпас OR пастбищ", "әкімі"] {
                for lang in [Language.rus, .kaz] {
                    let table = IndexSchema.ftsTable(lang)
                    let ranking = try Ranking(query: SearchQuery(query), lang: lang, analyzer: analyzer, in: db)
                    let rank = ranking.rankExpression(table: table)
                    for row in try Row.fetchAll(
                        db, sql: "SELECT bm25(\(table)) AS expected, \(rank) AS actual FROM \(table) WHERE \(table) MATCH ?",
                        arguments: [query])
                    {
                        let expected: Double = row["expected"]
                        let actual: Double = row["actual"]
                        #expect(abs(expected - actual) < 1e-9 * max(1, abs(expected)), "\(query) \(lang)")
                        compared += 1
                    }
                }
            }
            #expect(compared > 500)
        }
    }

    /// The scores of the best provisions of `query` in `lang`, ranked over every match (the
    /// slow, exact way), to six decimals: provisions of equal score may come in either order.
    static func exact(_ query: String, lang: Language, limit: Int, in db: Database) throws -> [Double] {
        let table = IndexSchema.ftsTable(lang)
        let ranking = try Ranking(query: SearchQuery(query), lang: lang, analyzer: TextAnalyzer(), in: db)
        let rank = ranking.rankExpression(table: table)
        return try Double.fetchAll(
            db,
            sql: """
                SELECT \(rank) AS score FROM \(table) JOIN provision p ON p.id = \(table).rowid JOIN act a ON a.id = p.act_id
                WHERE \(table) MATCH ? AND a.newest = 1 ORDER BY score LIMIT ?
                """, arguments: [query, limit]
        ).map(rounded)
    }

    static func rounded(_ score: Double) -> Double { (score * 1e6).rounded() / 1e6 }

    /// The scores of what `search` finds for `query` in Russian, to six decimals.
    static func found(_ query: String, by search: IndexSearch) throws -> [Double] {
        try search.search(query, filters: IndexSearch.Filters(lang: .rus, limit: 10)).map { rounded($0.rank) }
    }

    /// Words of the real statutes, one in every `step`, longer than three letters.
    static func words(step: Int) throws -> [String] {
        try read { db in
            let texts = try String.fetchAll(
                db, sql: "SELECT text FROM provision JOIN act ON act.id = provision.act_id WHERE act.lang = 'rus' AND act.newest = 1")
            let words = texts.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }.filter { $0.count > 3 }
            return stride(from: 0, to: words.count, by: step).map { words[$0] }
        }
    }

    @Test("A one-word search returns exactly the best of every match, from the champion lists alone")
    func singleWords() throws {
        let search = try IndexSearch(path: Self.database)
        let queries = Array(Set(try Self.words(step: 97))).sorted()
        #expect(queries.count > 300)
        var frequent = 0
        try Self.read { db in
            for query in queries {
                let found = try Self.found(query, by: search)
                let expected = try Self.exact(query, lang: .rus, limit: 10, in: db)
                #expect(found == expected, "«\(query)»")
                let term = TextAnalyzer().term(MatchWords.tokens(of: query)[0].folded, lang: .rus)
                if try TermStatistics.documents(holding: term, .rus, in: db) > TermStatistics.championCount { frequent += 1 }
            }
        }
        // Many of the words are in more provisions than a champion list holds.
        #expect(frequent > 30)
        // More results than a list holds: the one-word query ranks every match instead.
        try Self.read { db in
            for query in ["акима", "порядке", "сельского"] {
                let found = try search.search(query, filters: IndexSearch.Filters(lang: .rus, limit: 150)).map { Self.rounded($0.rank) }
                let expected = try Self.exact(query, lang: .rus, limit: 150, in: db)
                #expect(found == expected, "«\(query)»")
                if query == "акима" { #expect(found.count == 150) }
            }
        }
    }

    @Test("Two-word searches agree with ranking every match on most queries, and always return matches")
    func wordPairs() throws {
        let search = try IndexSearch(path: Self.database)
        let words = try Self.words(step: 41)
        let queries = stride(from: 0, to: words.count - 1, by: 2).map { "\(words[$0]) \(words[$0 + 1])" }
        var same = 0
        try Self.read { db in
            for query in queries {
                let found = try Self.found(query, by: search)
                let expected = try Self.exact(query, lang: .rus, limit: 10, in: db)
                #expect(found.count == expected.count, "«\(query)»")
                if found == expected { same += 1 }
            }
        }
        print("two-word queries ranked as over every match: \(same) of \(queries.count)")
        #expect(Double(same) >= 0.9 * Double(queries.count))
    }

    /// The figures of the index at `database`: totals, provisions per term, and each term's
    /// champions: their BM25 weights, best first, and whether each is a provision holding the term.
    static func figures(of database: String) throws -> (corpus: [String], terms: [String: Int], champions: [String: [Double]], sound: Bool)
    {
        try DatabaseQueue(path: database, configuration: IndexSchema.configuration()).read { db in
            let corpus = try Row.fetchAll(db, sql: "SELECT lang, docs, tokens FROM corpus_stat ORDER BY lang").map {
                "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)"
            }
            let terms = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT lang, term, docs FROM term_stat").map {
                    ("\($0[0] as String) \($0[1] as String)", $0[2] as Int)
                })
            let provisions = Set(try Int64.fetchAll(db, sql: "SELECT id FROM provision"))
            var champions: [String: [Double]] = [:]
            var sound = true
            for row in try Row.fetchAll(db, sql: "SELECT lang, term, entries FROM term_top") {
                let lang = Language(rawValue: row[0])!
                let totals = try TermStatistics.corpus(lang, in: db)
                let average = Double(totals.tokens) / Double(totals.documents)
                let entries = TermStatistics.decode(row[2])
                sound = sound && entries.allSatisfy { provisions.contains($0.provision) }
                champions["\(row[0] as String) \(row[1] as String)"] = entries.map {
                    (TermStatistics.weight(frequency: $0.frequency, length: $0.length, averageLength: average) * 1e9).rounded() / 1e9
                }.sorted(by: >)
            }
            return (corpus, terms, champions, sound)
        }
    }

    @Test("Figures written in windows of a few hundred terms equal those written once at the end")
    func windowedFigures() throws {
        let directory = NSTemporaryDirectory() + "kuzyret-windows-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try IndexBuilder().build(paths: [TestPaths.sharedStatutes], database: directory + "/once.sqlite")
        var windowed = IndexBuilder()
        windowed.flushTerms = 300
        _ = try windowed.build(paths: [TestPaths.sharedStatutes], database: directory + "/windows.sqlite")
        let once = try Self.figures(of: directory + "/once.sqlite")
        let windows = try Self.figures(of: directory + "/windows.sqlite")
        #expect(windows.corpus == once.corpus)
        #expect(windows.terms.count > 5000 && windows.terms == once.terms)
        #expect(windows.sound && once.sound)
        #expect(windows.champions.count == once.champions.count)
        // Lists are pruned with the average length known at each write: the places a search shows agree.
        for (term, weights) in windows.champions {
            let best = once.champions[term] ?? []
            #expect(weights.prefix(20) == best.prefix(20), "\(term)")
        }
    }

    @Test("After files change, leave and come, the figures are those of a build from nothing; each champion list is its best part")
    func incrementalFigures() throws {
        let directory = NSTemporaryDirectory() + "kuzyret-ranking-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        let manager = FileManager.default
        for act in ["Z020000339_", "K030000442_", "Z010000148_", "K080000095_"] {
            try manager.createDirectory(atPath: directory + "/in/" + act, withIntermediateDirectories: true)
        }
        try manager.copyItem(
            atPath: TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md"), toPath: directory + "/in/Z020000339_/rus.vet.md")
        try manager.copyItem(
            atPath: TestPaths.statute("K030000442_/rus/art019.2026-07-12.md"), toPath: directory + "/in/K030000442_/rus.land.md")
        // An act that stays (files sit in folders named by act): its provisions hold some terms
        // more than a list's length.
        try manager.copyItem(
            atPath: TestPaths.statute("Z010000148_/rus.2026-07-12.md"), toPath: directory + "/in/Z010000148_/rus.2026-07-12.md")
        _ = try IndexBuilder().build(paths: [directory + "/in"], database: directory + "/changed.sqlite")
        // One file changes (all its rows are written again), one leaves, two come.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/in/Z020000339_/rus.vet.md"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        try manager.removeItem(atPath: directory + "/in/K030000442_/rus.land.md")
        try manager.copyItem(
            atPath: TestPaths.statute("K030000442_/kaz/art019.2026-07-12.md"), toPath: directory + "/in/K030000442_/kaz.land.md")
        try manager.copyItem(
            atPath: TestPaths.statute("K080000095_/rus/art056-1-expenditures-rural-level-budgets.2024-01-01.md"),
            toPath: directory + "/in/K080000095_/rus.budget.md")
        let summary = try IndexBuilder().build(paths: [directory + "/in"], database: directory + "/changed.sqlite")
        #expect(summary.written == 3 && summary.unchanged == 1 && summary.errors.isEmpty, "\(summary)")
        _ = try IndexBuilder().build(paths: [directory + "/in"], database: directory + "/fresh.sqlite")
        let changed = try Self.figures(of: directory + "/changed.sqlite")
        let fresh = try Self.figures(of: directory + "/fresh.sqlite")
        #expect(changed.corpus.count == 2 && changed.corpus == fresh.corpus)
        #expect(changed.terms.count > 500 && changed.terms == fresh.terms)
        #expect(changed.sound && fresh.sound)
        // A list loses the provisions that left and gains the ones that came; what it holds is
        // the best of the term's provisions, as a build from nothing would keep them, but it may
        // be shorter (provisions once past the hundredth do not come back).
        #expect(changed.champions.count == fresh.champions.count)
        // Lists are pruned while the average length still moves, so the last places of a list of a
        // very frequent word may differ; the places a search shows may not.
        var shorter = 0
        var differing: [String] = []
        for (term, weights) in changed.champions {
            let best = fresh.champions[term] ?? []
            #expect(weights.prefix(20) == best.prefix(min(20, weights.count)), "\(term)")
            if weights != Array(best.prefix(weights.count)) { differing.append(term) }
            if weights.count < best.count { shorter += 1 }
        }
        #expect(differing.count * 100 <= changed.champions.count, "\(differing)")
        #expect(fresh.champions.values.contains { $0.count == TermStatistics.championCount })
        print(
            "champion lists after the incremental build: \(shorter) shorter, \(differing.count) differing past the 20th place, of \(changed.champions.count)"
        )
    }

    @Test("A provision is matched, scored and cut to a snippet as FTS5 would")
    func provisionMatch() {
        let analyzer = TextAnalyzer()
        let text = "Аким сельского округа организует погребение безродных и общественные работы по содержанию кладбищ."
        let phrase = analyzer.terms(of: "погребения безродных", lang: .rus).map(\.term)
        let match = ProvisionMatch(text: text, lang: .rus, phrases: [(phrase, false), (["аким"], false)], analyzer: analyzer)
        #expect(match.frequencies == [1, 1] && match.matchesAll)
        #expect(match.snippet(width: 4) == "…организует [погребение] [безродных] и…")
        #expect(
            match.snippet(width: 40)
                == "[Аким] сельского округа организует [погребение] [безродных] и общественные работы по содержанию кладбищ.")
        // The score is BM25's: a shorter provision with the same words scores better (lower).
        let short = ProvisionMatch(text: "погребение безродных", lang: .rus, phrases: [(phrase, false)], analyzer: analyzer)
        let long = ProvisionMatch(text: text, lang: .rus, phrases: [(phrase, false)], analyzer: analyzer)
        #expect(short.score(inverseFrequencies: [2], averageLength: 10) < long.score(inverseFrequencies: [2], averageLength: 10))
        let absent = ProvisionMatch(text: "безродных погребение", lang: .rus, phrases: [(phrase, false)], analyzer: analyzer)
        #expect(!absent.matchesAll && absent.snippet() == "безродных погребение")
        let prefix = ProvisionMatch(text: text, lang: .rus, phrases: [(["погреб"], true)], analyzer: analyzer)
        #expect(prefix.snippet(width: 3) == "…организует [погребение] безродных…")
    }

    @Test("Queries are read into FTS5's phrases")
    func phrases() {
        func read(_ query: String) -> [String] {
            SearchQuery(query).phrases.map { $0.prefix ? $0.text + "*" : $0.text }
        }
        #expect(read("аким сельского округа") == ["аким", "сельского", "округа"])
        #expect(SearchQuery("аким AND округа").conjunctive)
        #expect(read("\"мест захоронений\" выпас*") == ["мест захоронений", "выпас*"])
        #expect(read("a + b OR c") == ["a b", "c"])
        #expect(!SearchQuery("a OR c").conjunctive && !SearchQuery("a NOT c").conjunctive)
        #expect(read("NEAR(аким округ, 5)") == ["аким", "округ"])
        #expect(read("text: аким") == ["аким"] && !SearchQuery("text: аким").conjunctive)
        #expect(read("{text heading}: аким") == ["аким"])
        #expect(read("\"say \"\"hi\"\"\"") == ["say \"hi\""])
        #expect(read("text : аким") == ["аким"])
        #expect(!SearchQuery("^аким").conjunctive && SearchQuery("№ аким").conjunctive)
    }
}
