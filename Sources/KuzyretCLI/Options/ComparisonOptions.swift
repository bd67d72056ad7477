import ArgumentParser
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretReading

/// What `coverage` and `diff` share: the actor, the part compared, the format, and reading the
/// texts.
struct ComparisonOptions: ParsableArguments {
    @Option(help: ActorSelection.help)
    var actor: ActorSelection = .aulAkim

    @Option(help: "Compare only provisions under this eId (e.g. art_35, art_35__para_1).")
    var within: String?

    @Option(help: "Output format: text, md or json.")
    var format: ReportFormat = .text

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        _ = try format.check(ComparisonReport.formats)
    }

    /// Reads and analyses statute files (the catalog read once); a file that cannot be read is
    /// an error naming it.
    func load(_ paths: String...) throws -> [EditionDiff.Side] {
        let options = try reading.loadOptions()
        let extractor = CompetenceExtractor(catalog: options.catalog)
        return try paths.map { path in
            do {
                let statute = try StatuteLoader.load(path, options: options).statute
                return (statute, extractor.analyse(statute), path)
            } catch {
                throw CLIError("\(error)")
            }
        }
    }
}
