import ArgumentParser
import Foundation
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

        @Argument(help: "Statute files: .html, .xml (Akoma Ntoso) or .md.")
        var files: [String]

        @Option(help: "Output format: text, json or akn.")
        var format: ReportFormat = .text

        @Option(name: .customLong("only"), help: "Print only the provision with this eId and what it holds (e.g. art_35).")
        var onlyEId: String?

        @Flag(name: .shortAndLong, help: "Also print notes (how the act id, language and edition were found).")
        var verbose = false

        @OptionGroup var reading: ReadingOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one statute file.") }
            _ = try format.check([.text, .json, .akn])
            if format == .akn && files.count > 1 { throw ValidationError("--format akn writes one document; give one file.") }
        }

        func run() throws {
            let options = try reading.loadOptions()
            let format = self.format
            let onlyEId = self.onlyEId
            var failures = 0
            // Files are read on every core; their output is written in the order given.
            OrderedParallelMap.run(files, workers: ProcessInfo.processInfo.activeProcessorCount) { path in
                Self.render(path, options: options, format: format, onlyEId: onlyEId)
            } consume: { _, rendered in
                Output.report(rendered.diagnostics, verbose: verbose)
                if let error = rendered.error {
                    Output.error("error: \(error)")
                    failures += 1
                } else {
                    Output.write(bytes: rendered.output)
                }
            }
            if failures > 0 { throw CLIError("\(failures) of \(files.count) file(s) could not be read") }
        }

        /// One file read and written out: its diagnostics, and its output or the error.
        struct Rendered: Sendable {
            var diagnostics: [Diagnostic] = []
            var output: [UInt8] = []
            var error: String?
        }

        static func render(_ path: String, options: LoadOptions, format: ReportFormat, onlyEId: String?) -> Rendered {
            let loaded: LoadedStatute
            do {
                loaded = try StatuteLoader.load(path, options: options)
            } catch {
                return Rendered(error: error.description)
            }
            var rendered = Rendered(diagnostics: loaded.diagnostics)
            var statute = loaded.statute
            if let onlyEId {
                guard let provision = statute.provision(eid: onlyEId) else {
                    rendered.error = "\(path): no provision \(onlyEId) (eIds look like art_35__para_1__point_4-1)"
                    return rendered
                }
                statute.provisions = [provision]
                statute.footnotes = []
                statute.conclusions = nil
            }
            switch format {
            case .text:
                rendered.output = Array(StatuteOutline.render(statute).utf8)
            case .json:
                var json = JSONWriter()
                StatuteJSON.write(statute, to: &json)
                json.newline()
                rendered.output = json.bytes
            default:
                rendered.output = Array(AkomaNtosoWriter.write(statute).utf8)
            }
            return rendered
        }
    }
}
