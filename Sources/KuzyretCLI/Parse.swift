import ArgumentParser
import KuzyretCore
import KuzyretExport
import KuzyretReading

extension Kuzyret {
    /// `kuzyret parse FILE… [--format text|json|akn]`: the provision tree of statutes.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the provision tree of statute files.",
            discussion: """
                text: an indented outline with addresses, statuses and conditions. json: the shape of \
                DESIGN.md §11 (one object per line when several files are given). akn: Akoma Ntoso 3.0 \
                XML that `kuzyret parse` reads back into the same tree.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, akn
        }

        @Argument(help: "Statute files: .html, .xml (Akoma Ntoso) or .md.")
        var files: [String]

        @Option(help: "Output format: text, json or akn.")
        var format: Format = .text

        @Option(name: .customLong("only"), help: "Print only the provision with this eId and what it holds (e.g. art_35).")
        var onlyEId: String?

        @Flag(name: .shortAndLong, help: "Also print notes (how the act id, language and edition were found).")
        var verbose = false

        @OptionGroup var reading: ReadingOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one statute file.") }
            if format == .akn && files.count > 1 { throw ValidationError("--format akn writes one document; give one file.") }
        }

        func run() throws {
            let options = try reading.loadOptions()
            var failures = 0
            var json = JSONWriter()
            for path in files {
                let loaded: LoadedStatute
                do {
                    loaded = try StatuteLoader.load(path, options: options)
                } catch {
                    Output.error("error: \(error.description)")
                    failures += 1
                    continue
                }
                Output.report(loaded.diagnostics, verbose: verbose)
                var statute = loaded.statute
                if let onlyEId {
                    guard let provision = statute.provision(eid: onlyEId) else {
                        Output.error("error: \(path): no provision \(onlyEId) (eIds look like art_35__para_1__point_4-1)")
                        failures += 1
                        continue
                    }
                    statute.provisions = [provision]
                    statute.footnotes = []
                    statute.conclusions = nil
                }
                switch format {
                case .text:
                    Output.write(StatuteOutline.render(statute))
                case .json:
                    StatuteJSON.write(statute, to: &json)
                    json.newline()
                    Output.write(bytes: json.bytes)
                    json.reset()
                case .akn:
                    Output.write(AkomaNtosoWriter.write(statute))
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
