import ArgumentParser
import Foundation
import KuzyretIndex

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

        @OptionGroup var index: IndexOptions

        @OptionGroup var reading: ReadingOptions

        func run() throws {
            let terminal = isatty(STDERR_FILENO) != 0
            let started = Date()
            let summary = try IndexBuilder(options: try reading.loadOptions()).build(paths: paths, database: index.path) { done, total in
                guard terminal else { return }
                let width = 30
                let filled = total == 0 ? width : width * done / total
                FileHandle.standardError.write(
                    Data(
                        "\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) files"
                            .utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
            for error in summary.errors { Output.error("error: \(error)") }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            Output.write(
                """
                \(index.path): \(summary.acts) acts (\(summary.written) file(s) read, \(summary.unchanged) act(s) unchanged), \
                \(summary.provisions) provisions, \(summary.competences) competences, \(summary.flags) flags, \
                \(summary.errors.count) file(s) with errors, \(seconds) s

                """)
            if !summary.errors.isEmpty { throw CLIError("\(summary.errors.count) file(s) could not be indexed") }
        }
    }
}
