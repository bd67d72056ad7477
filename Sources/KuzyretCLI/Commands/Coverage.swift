import ArgumentParser
import KuzyretComparison
import KuzyretCore
import KuzyretExport
import KuzyretIndex

extension Kuzyret {
    /// `kuzyret coverage BILL`: how much of an actor's indexed competences a bill keeps.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a bill against the competences already in the index.",
            discussion: """
                Reads the bill (any input form), extracts the actor's competences and aligns each indexed \
                competence with them: by eId, then by the similarity of the analysed words. It compares \
                with the indexed edition of the act the bill is an edition of (--act to choose another; \
                all indexed acts when the bill's act is not indexed), in the bill's language (across \
                languages, by eId). A bill given as an excerpt (part_of) is compared article by article. \
                Reports kept, changed (with a word diff), dropped and new competences and the open-ended \
                flags kept, removed and added. Exits 3 when coverage is below --min-coverage.
                """
        )

        @Argument(help: "The bill: HTML, Akoma Ntoso XML or Markdown.")
        var bill: String

        @Option(name: .customLong("min-coverage"), help: "Exit 3 when less than this share (0–1) of the competences is kept or changed.")
        var minCoverage: Double?

        @Option(help: "Compare with this indexed act (adilet id) instead of the bill's own.")
        var act: String?

        @Option(name: .customLong("as-of"), help: "Compare with the indexed edition in force on this date (default: the newest).")
        var asOf: LegalDate?

        @OptionGroup var index: IndexOptions

        @OptionGroup var options: ComparisonOptions

        func validate() throws {
            if let minCoverage, !(0...1).contains(minCoverage) { throw ValidationError("--min-coverage is a share between 0 and 1.") }
        }

        func run() throws {
            let bill = try options.load(self.bill)[0]
            let report: ComparisonReport
            do {
                report = try index.open().coverage(
                    of: bill, actor: options.actor, act: act, asOf: asOf, within: options.within.map { EId($0) })
            } catch let error as IndexSearch.QueryError {
                throw CLIError(error.description)
            }
            Output.write(try report.rendered(as: options.format))
            if let minCoverage, report.coverage < minCoverage {
                throw CLIError(
                    "coverage \(ComparisonOutput.percent(report.coverage)) is below --min-coverage \(ComparisonOutput.percent(minCoverage))",
                    status: 3)
            }
        }
    }
}
