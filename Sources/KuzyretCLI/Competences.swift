import ArgumentParser
import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretExport

extension Kuzyret {
    /// `kuzyret competences`: the competences of an actor, as of a date, for a population.
    struct Competences: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the competences of a public actor.",
            discussion: """
                Each competence is one provision (a point or sub-point) that gives the actor a duty or \
                a power, found by chapeau inheritance from the article title or the lead-in that names \
                the actor, or by a sentence naming the actor as subject. Repealed and pending ones are \
                left out unless --all is given. --as-of and --population apply the date and population \
                conditions read from footnotes (e.g. repealed from 2018-01-01 where population > 2000).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, md, csv, json, html
        }

        @Option(help: ActorSelection.help)
        var actor: ActorSelection = .aulAkim

        @Option(name: .customLong("as-of"), help: "Compute statuses as of this date (YYYY-MM-DD).")
        var asOf: LegalDate?

        @Option(help: "The unit's population, for population conditions.")
        var population: Int?

        @Flag(help: "Also list repealed and pending competences.")
        var all = false

        @Option(help: "Output format: text, md, csv, json or html (default: text; with --out, md, csv, json and html).")
        var format: Format?

        @Option(help: "Write the list into this directory (e.g. Index/) as <actor>.<lang>.<ext>, instead of standard output.")
        var out: String?

        @OptionGroup var source: CompetenceSource

        func validate() throws {
            if let population, population < 0 { throw ValidationError("--population must not be negative.") }
        }

        func run() throws {
            let analyses = try source.analyses(asOf: asOf)
            let query = CompetenceQuery(actors: actor, asOf: asOf, population: population, includeNotCurrent: all)
            let competences = query.select(analyses.flatMap(\.competences))
            let openClauses = query.select(analyses.flatMap(\.flags)).filter { $0.flag.openEnded && !$0.isCompetence }
            let header = CompetenceList.Header(acts: analyses.map(\.act), query: query, openClauses: openClauses)
            func render(_ format: Format) -> String {
                switch format {
                case .text: return CompetenceList.text(competences, header: header)
                case .md: return CompetenceList.markdown(competences, header: header)
                case .csv: return CompetenceList.csv(competences)
                case .html: return CompetenceList.html(competences, header: header)
                case .json:
                    var writer = JSONWriter()
                    CompetenceJSON.write(competences, query: query, acts: header.acts, openClauses: openClauses, to: &writer)
                    writer.newline()
                    return writer.text
                }
            }
            guard let out else {
                Output.write(render(format ?? .text))
                return
            }
            // One file per format, named so that regenerating a list replaces it (clean diffs).
            let langs = Set(analyses.map(\.act.lang.rawValue)).sorted().joined(separator: "-")
            for format in format.map({ [$0] }) ?? [.md, .csv, .json, .html] {
                let name = "\(actor.name).\(langs.isEmpty ? "all" : langs).\(format == .text ? "txt" : format.rawValue)"
                let url = URL(fileURLWithPath: out).appendingPathComponent(name)
                do {
                    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                    try Data(render(format).utf8).write(to: url, options: .atomic)
                } catch {
                    throw CLIError("\(url.path): cannot write: \(error.localizedDescription)")
                }
                Output.error("wrote \(url.path) (\(competences.count) competences)")
            }
        }
    }

    /// `kuzyret flags`: the open-ended delegation and dependency clauses of an actor.
    struct Flags: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the delegation and dependency clauses that concern a public actor.",
            discussion: """
                Kinds (DESIGN.md §7): residual-legislation and superior-instruction (open-ended), \
                upward-accountability, approval-dependency, external-procedure. Agreement with the \
                local community meeting is accountability to residents and is not flagged.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        @Option(help: ActorSelection.help)
        var actor: ActorSelection = .aulAkim

        @Option(help: "Only flags of this kind: \(FlagKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: FlagKind?

        @Flag(help: "Only open-ended flags.")
        var openEnded = false

        @Flag(help: "Also flags on repealed and pending provisions.")
        var all = false

        @Option(help: "Output format: text, json or csv.")
        var format: Format = .text

        @OptionGroup var source: CompetenceSource

        func run() throws {
            let analyses = try source.analyses()
            let query = CompetenceQuery(actors: actor, includeNotCurrent: all)
            let flags = query.select(analyses.flatMap(\.flags)).filter { flag in
                (kind == nil || flag.flag.kind == kind) && (!openEnded || flag.flag.openEnded)
            }
            switch format {
            case .json:
                var writer = JSONWriter()
                CompetenceJSON.write(flags, actor: actor, to: &writer)
                writer.newline()
                Output.write(writer.text)
            case .csv:
                var out = "address,kind,open_ended,charter,counterparts,span\r\n"
                for flag in flags {
                    out += [flag.address, flag.flag.kind.rawValue, String(flag.flag.openEnded), flag.flag.charter.joined(separator: ";"),
                        flag.flag.counterparts.map(\.rawValue).joined(separator: ";"), flag.flag.span]
                        .map(CompetenceList.csvField).joined(separator: ",") + "\r\n"
                }
                Output.write(out)
            case .text:
                var out = "\(flags.count) flag(s) for \(actor.name), \(flags.filter(\.flag.openEnded).count) open-ended\n"
                for flag in flags {
                    let members = actor.isSingle ? "" : "  [\(flag.actors.filter(actor.contains).map(\.rawValue).joined(separator: ", "))]"
                    out += "\(flag.address)  \(flag.flag.kind.rawValue)\(flag.flag.openEnded ? " (open-ended)" : "")  Charter \(flag.flag.charter.joined(separator: ", "))\(members)\n"
                    out += "    «\(flag.flag.span)»\n    \(flag.flag.explanation)\n"
                }
                Output.write(out)
            }
        }
    }
}
