import ArgumentParser
import Foundation
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport

extension Kuzyret {
    /// `kuzyret history`: how an actor's competence list changed over the editions in the index.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how a public actor's competence list changed over time.",
            discussion: """
                Runs over every edition in the index: on each edition's date, and on the days acts came \
                into force or lost it and later editions' dated repeals took effect, the list as \
                `kuzyret competences --as-of DATE` gives it, per act and in all. Between consecutive \
                dates, each act that changed: two editions compared as `kuzyret diff` compares them, with \
                the amending laws its notes date in that window. --out writes the chart, an SVG step plot.
                """
        )

        @Option(help: ActorSelection.help)
        var actor: ActorSelection = .aulAkim

        @Option(help: "Only this act (adilet id, e.g. Z010000148_).")
        var act: String?

        @Option(help: "The language read: rus, kaz or eng (default rus).")
        var lang: Language = .rus

        @Option(help: "The first date (YYYY-MM-DD).")
        var from: LegalDate?

        @Option(help: "The last date (YYYY-MM-DD).")
        var to: LegalDate?

        @Option(help: "The unit's population, for population conditions.")
        var population: Int?

        @Option(help: "Output format: text, md, csv or json (default: text).")
        var format: ReportFormat = .text

        @Option(help: "Also write the chart (SVG) to this file.")
        var out: String?

        @OptionGroup var index: IndexOptions

        func validate() throws {
            _ = try format.check(HistoryOutput.formats)
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
            if let population, population < 0 { throw ValidationError("--population must not be negative.") }
        }

        func run() throws {
            let history: CompetenceHistory
            do {
                history = try index.open().history(actor: actor, act: act, lang: lang, from: from, to: to, population: population)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("\(index.path): cannot read the index: \(error)")
            }
            if let act, history.entries.isEmpty {
                throw CLIError(
                    "\(act) has no \(lang.rawValue) edition in the index \(index.path)\(from != nil || to != nil ? " in the window asked" : "")"
                )
            }
            Output.write(try HistoryOutput.rendered(history, as: format))
            if let out {
                do {
                    try Data(HistoryChart.svg(history).utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw CLIError("\(out): cannot write: \(error.localizedDescription)")
                }
                Output.error("wrote \(out) (\(history.entries.count) entries)")
            }
        }
    }
}
