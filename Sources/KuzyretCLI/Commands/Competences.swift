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

        @Option(help: ActorSelection.help)
        var actor: ActorSelection = .aulAkim

        @Option(
            name: .customLong("as-of"),
            help:
                "The date the list is for (YYYY-MM-DD; default: today, or KUZYRET_TODAY): each act's edition then, acts not in force left out."
        )
        var asOf: LegalDate?

        @Option(help: "The unit's population, for population conditions.")
        var population: Int?

        @Flag(help: "Also list repealed and pending competences.")
        var all = false

        @Option(help: "Output format: text, md, csv, json or html (default: text; with --out, md, csv, json and html).")
        var format: ReportFormat?

        @Option(help: "Write the list into this directory (e.g. Index/) as <actor>.<lang>.<ext>, instead of standard output.")
        var out: String?

        @OptionGroup var source: CompetenceSource

        func validate() throws {
            if let population, population < 0 { throw ValidationError("--population must not be negative.") }
            _ = try format?.check(CompetenceList.Report.formats)
        }

        func run() throws {
            let dated = try source.analyses(on: asOf ?? .today)
            let analyses = dated.analyses
            var report = CompetenceList.Report(
                dated: analyses, scope: dated.scope,
                query: CompetenceQuery(actors: actor, population: population, includeNotCurrent: all))
            // The HTML list embeds the history chart when the list comes from the index.
            if source.files.isEmpty, out != nil && format == nil || format == .html {
                let history = try source.index.open().history(
                    actor: actor, act: source.act, lang: source.lang ?? .rus, population: population)
                report.chart = HistoryChart.svg(history)
            }
            guard let out else {
                Output.write(try report.rendered(as: format ?? .text))
                return
            }
            // One file per format, named so that regenerating a list replaces it (clean diffs).
            let langs = Set(analyses.map(\.act.lang.rawValue)).sorted().joined(separator: "-")
            for format in format.map({ [$0] }) ?? [.md, .csv, .json, .html] {
                let url = URL(fileURLWithPath: out).appendingPathComponent(
                    "\(actor.name).\(langs.isEmpty ? "all" : langs).\(format.fileExtension)")
                do {
                    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                    try Data(report.rendered(as: format).utf8).write(to: url, options: .atomic)
                } catch {
                    throw CLIError("\(url.path): cannot write: \(error.localizedDescription)")
                }
                Output.error("wrote \(url.path) (\(report.competences.count) competences)")
            }
        }
    }
}
