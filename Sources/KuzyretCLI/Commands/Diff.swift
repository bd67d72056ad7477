import ArgumentParser
import KuzyretComparison
import KuzyretCore
import KuzyretExport

extension Kuzyret {
    /// `kuzyret diff OLD NEW`: how an actor's competences changed between two editions.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the competences of two editions of an act.",
            discussion: """
                Reads both editions (any input form) and aligns the actor's competences by eId, then by \
                the similarity of their analysed words; reports kept, changed (with a word diff and any \
                status change, e.g. pending → in force), dropped and new competences, pending placeholders \
                nothing takes up (not dropped), and the flags of every kind (open-ended ones marked) kept, \
                removed and added. A repealed provision is no competence: a duty repealed \
                in NEW is dropped. When either text is an excerpt, only the articles both hold are compared.
                """
        )

        @Argument(help: "The older edition.")
        var old: String

        @Argument(help: "The newer edition.")
        var new: String

        @OptionGroup var options: ComparisonOptions

        func run() throws {
            let texts = try options.load(old, new)
            if texts[0].analysis.act.id != texts[1].analysis.act.id {
                Output.error("note: comparing two acts, \(texts[0].analysis.act.id) and \(texts[1].analysis.act.id)")
            }
            let report = EditionDiff.compare(old: texts[0], new: texts[1], actor: options.actor, within: options.within.map { EId($0) })
            Output.write(try report.rendered(as: options.format))
        }
    }
}
