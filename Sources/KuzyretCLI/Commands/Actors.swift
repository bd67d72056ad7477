import ArgumentParser
import KuzyretCore
import KuzyretExport

extension Kuzyret {
    /// `kuzyret actors`: the actor mentions of one sentence, as the extractor reads them.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the public actors a sentence names, with their units and roles.",
            discussion: """
                Reads TEXT as the competence extractor does: each mention's words, its head \
                (akim, akimat, office, maslikhat, …), the units of its title, its role in the clause \
                (subject, holder, superior, other) and the actors it names. Useful to see why a \
                provision is or is not given to an actor.
                """
        )

        @Argument(help: "The sentence to read.")
        var text: String

        @Option(help: "Its language: rus, kaz or eng.")
        var lang: Language = .rus

        func run() throws {
            Output.write(ActorReading(text, lang: lang).text())
        }
    }
}
