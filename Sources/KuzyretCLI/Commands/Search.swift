import ArgumentParser
import Foundation
import KuzyretCore
import KuzyretExport
import KuzyretIndex

extension Kuzyret {
    /// `kuzyret search`: full-text search over the index.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the provisions of the indexed statutes.",
            discussion: """
                Words are stemmed as the text was (Russian and English by Snowball, Kazakh by \
                Kuzyret's stemmer; «аким», «акимом» … are one word); a Cyrillic query is searched \
                in Russian and in Kazakh. "A phrase", prefix*, AND, OR, NOT and parentheses work as \
                in SQLite FTS5. Results are ranked by BM25, newest edition of each act.
                """
        )

        @Argument(help: "The query.")
        var query: String?

        @Option(help: "Run every line of this file as a query and print latency percentiles (for benchmarks).")
        var batch: String?

        @Option(help: "Only competences of this actor (e.g. aul-akim).")
        var actor: String?
        @Option(help: "Only this act (e.g. Z010000148_).")
        var act: String?
        @Option(help: "Only this language: rus, kaz or eng.")
        var lang: Language?
        @Option(help: "Only provisions with this flag kind (e.g. residual-legislation).")
        var flag: String?
        @Option(help: "Only provisions with this status: in-force, repealed, pending.")
        var status: String?
        @Option(help: "Only competences of this modality: duty, power, prohibition.")
        var modality: String?
        @Option(help: "At most this many results.")
        var limit = 20
        @Option(
            name: .customLong("as-of"),
            help:
                "Search each act's edition in force on this date (YYYY-MM-DD; default: today, or KUZYRET_TODAY); acts not in force are left out."
        )
        var asOf: LegalDate?
        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @OptionGroup var index: IndexOptions

        func validate() throws {
            if (query == nil) == (batch == nil) { throw ValidationError("Give a query, or --batch FILE.") }
            if !(1...10_000).contains(limit) { throw ValidationError("--limit is between 1 and 10000.") }
            _ = try format.check(SearchResults.formats)
        }

        func run() throws {
            let filters = IndexSearch.Filters(
                actor: actor, act: act, lang: lang, flag: flag, status: status, modality: modality, limit: limit, asOf: asOf ?? .today)
            let search = try index.open()
            if let batch {
                try timeBatch(batch, search: search, filters: filters)
                return
            }
            do {
                Output.write(try search.results(query ?? "", filters: filters).rendered(as: format))
            } catch let error as IndexSearch.QueryError {
                throw CLIError.query(error.description)
            }
        }

        /// Times each query of `path` (one per line) and prints p50, p99 and the mean in ms.
        func timeBatch(_ path: String, search: IndexSearch, filters: IndexSearch.Filters) throws {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read \(path)") }
            let queries = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            var times: [Double] = []
            var results = 0
            for query in queries {
                let start = DispatchTime.now().uptimeNanoseconds
                results += (try? search.search(query, filters: filters).count) ?? 0
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            times.sort()
            func percentile(_ p: Double) -> Double { times.isEmpty ? 0 : times[min(times.count - 1, Int(Double(times.count) * p))] }
            let mean = times.isEmpty ? 0 : times.reduce(0, +) / Double(times.count)
            Output.write(
                String(
                    format: "queries %d results %d p50_ms %.2f p99_ms %.2f mean_ms %.2f\n", queries.count, results, percentile(0.5),
                    percentile(0.99), mean))
        }
    }
}
