import ArgumentParser
import Foundation
import KuzyretCore
import KuzyretExport
import KuzyretIndex

/// Where the index lives unless `--index` says otherwise.
let defaultIndexPath = "Index/kuzyret.sqlite"

extension Kuzyret {
    /// `kuzyret index`: builds the searchable index.
    struct BuildIndex: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "index",
            abstract: "Build the search index from statute files.",
            discussion: """
                Reads every statute under the paths (HTML, XML, Markdown, recursively; Markdown part \
                files joined into their act), finds competences, flags and references, and writes one \
                SQLite database with an FTS5 index analysed per language. The build is atomic (the \
                previous index stays usable until the new one is complete) and incremental \
                (unchanged files are not read again). Files that cannot be read are reported and \
                skipped; the exit status is then 1.
                """
        )

        @Argument(help: "Files or directories to index (default: Statutes/).")
        var paths: [String] = ["Statutes"]

        @Option(name: [.customLong("db"), .customLong("index")], help: "The index database.")
        var index: String = defaultIndexPath

        @OptionGroup var reading: ReadingOptions

        func run() throws {
            let terminal = isatty(STDERR_FILENO) != 0
            let started = Date()
            let summary = try IndexBuilder(options: try reading.loadOptions()).build(paths: paths, database: index) { done, total in
                guard terminal else { return }
                let width = 30
                let filled = total == 0 ? width : width * done / total
                FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) files".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
            for error in summary.errors { Output.error("error: \(error)") }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            Output.write("""
                \(index): \(summary.acts) acts (\(summary.written) file(s) read, \(summary.unchanged) act(s) unchanged), \
                \(summary.provisions) provisions, \(summary.competences) competences, \(summary.flags) flags, \
                \(summary.errors.count) file(s) with errors, \(seconds) s

                """)
            if !summary.errors.isEmpty { throw ExitCode(1) }
        }
    }

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
        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }
        @Option(name: [.customLong("db"), .customLong("index")], help: "The index database.")
        var index: String = defaultIndexPath

        func validate() throws {
            if (query == nil) == (batch == nil) { throw ValidationError("Give a query, or --batch FILE.") }
            if !(1...10_000).contains(limit) { throw ValidationError("--limit is between 1 and 10000.") }
        }

        func run() throws {
            do {
                let filters = IndexSearch.Filters(actor: actor, act: act, lang: lang, flag: flag, status: status, modality: modality, limit: limit)
                let search = try IndexSearch(path: index)
                if let batch {
                    try timeBatch(batch, search: search, filters: filters)
                    return
                }
                let query = query ?? ""
                let hits = try search.search(query, filters: filters)
                if format == .json {
                    Output.write(Self.json(query: query, hits: hits))
                    return
                }
                var out = "\(hits.count) result(s) for «\(query)»\n"
                for hit in hits {
                    out += "\(hit.address)  [\(hit.status)]\n    \(hit.snippet)\n"
                }
                Output.write(out)
            } catch let error as IndexSearch.QueryError {
                Output.error("error: \(error.description)")
                throw ExitCode(2)
            }
        }

        /// The hits as DESIGN.md §11 shapes them: `{"query","count","hits":[{"address","act","lang",
        /// "eid","snippet","score"}]}`; the score is BM25's, lower is better.
        static func json(query: String, hits: [IndexSearch.Hit]) -> String {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("query", query)
            writer.field("count", hits.count)
            writer.key("hits")
            writer.beginArray()
            for hit in hits {
                let parts = hit.address.split(separator: "/", maxSplits: 2).map(String.init)
                writer.beginObject()
                writer.field("address", hit.address)
                writer.field("act", parts.first)
                writer.field("lang", parts.count > 1 ? parts[1] : nil)
                writer.field("eid", parts.count > 2 ? parts[2] : nil)
                writer.field("status", hit.status)
                writer.field("heading", hit.heading)
                writer.field("snippet", hit.snippet)
                writer.key("score")
                writer.double(hit.rank)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            writer.newline()
            return writer.text
        }

        /// Times each query of `path` (one per line) and prints p50, p99 and the mean in ms.
        func timeBatch(_ path: String, search: IndexSearch, filters: IndexSearch.Filters) throws {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                Output.error("error: cannot read \(path)")
                throw ExitCode(1)
            }
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
            Output.write(String(format: "queries %d results %d p50_ms %.2f p99_ms %.2f mean_ms %.2f\n", queries.count, results, percentile(0.5), percentile(0.99), mean))
        }
    }
}

extension Kuzyret {
    /// `kuzyret show`: one provision with its context.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one provision: its parents, its text in every indexed language, flags, references and backlinks."
        )

        @Argument(help: "The address, e.g. Z010000148_/rus/art_35__para_2.")
        var address: String

        @Option(name: [.customLong("db"), .customLong("index")], help: "The index database.")
        var index: String = defaultIndexPath

        func run() throws {
            do {
                guard let view = try IndexSearch(path: index).provision(address) else {
                    Output.error("error: \(address) is not in the index \(index)")
                    throw ExitCode(1)
                }
                var out = "\(view.address)\n"
                for parent in view.parents { out += "  in \(parent.address)  \(parent.label)\n" }
                for text in view.texts {
                    out += "\n[\(text.lang)\(text.edition.map { ", edition \($0)" } ?? ""), \(text.status)] \(text.heading.map { $0 + " " } ?? "")\(text.text)\n"
                }
                if !view.competences.isEmpty {
                    out += "\nCompetence of: " + view.competences.map { "\($0.actor) (\($0.modality))" }.joined(separator: ", ") + "\n"
                }
                for flag in view.flags {
                    out += "\nFlag \(flag.kind)\(flag.openEnded ? " (open-ended)" : ""): «\(flag.span)»\n    \(flag.explanation)\n"
                }
                if !view.cites.isEmpty {
                    out += "\nCites:\n" + view.cites.map { "  \($0.target ?? ($0.targetAct ?? "unresolved"))  «\($0.span)»\n" }.joined()
                }
                if !view.citedBy.isEmpty {
                    out += "\nCited by (this article or a provision in it):\n" + view.citedBy.map { "  \($0.from) → \($0.target ?? "")  «\($0.span)»\n" }.joined()
                }
                Output.write(out)
            } catch let error as IndexSearch.QueryError {
                Output.error("error: \(error.description)")
                throw ExitCode(2)
            }
        }
    }
}
