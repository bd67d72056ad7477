import ArgumentParser
import KuzyretCore
import KuzyretExport
import KuzyretIndex

extension Kuzyret {
    /// `kuzyret show`: one provision with its context.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one provision: its parents, its text in every indexed language, flags, references and backlinks."
        )

        @Argument(help: "The address, e.g. Z010000148_/rus/art_35__para_2.")
        var address: String

        @Option(
            name: .customLong("as-of"),
            help: "Show the edition in force on this date (YYYY-MM-DD; default: today, or KUZYRET_TODAY).")
        var asOf: LegalDate?

        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @OptionGroup var index: IndexOptions

        func validate() throws {
            _ = try format.check(ProvisionView.formats)
        }

        func run() throws {
            let view: ProvisionView?
            do {
                guard let parsed = ProvisionAddress(address) else {
                    throw CLIError.query("an address is ACT/LANG/EID, e.g. Z010000148_/rus/art_35__para_2")
                }
                view = try index.open().provision(parsed, edition: asOf ?? .today)
            } catch let error as IndexSearch.QueryError {
                throw CLIError.query(error.description)
            }
            guard let view else { throw CLIError("\(address) is not in the index \(index.path)") }
            Output.write(try view.rendered(as: format))
        }
    }
}
