import ArgumentParser
import Foundation

/// The `kuzyret` command: reads Kazakh statutes and answers questions about the competences they
/// give to public actors (DESIGN.md §11). Each subcommand only wires: it reads its options, asks
/// the libraries, and renders the answer through `KuzyretExport`.
@main
struct Kuzyret: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kuzyret",
        abstract: "Legal competence cross-reference indexer for Kazakh statutes.",
        discussion: """
            Reads statutes (adilet.zan.kz HTML, Akoma Ntoso XML, kazakhstan-law/codes Markdown) in \
            Russian, Kazakh and English into a provision tree with stable addresses such as \
            Z010000148_/rus/art_35__para_1__point_4-1.
            """,
        version: "0.1.0",
        subcommands: [
            Parse.self, BuildIndex.self, Search.self, Show.self, Competences.self, Flags.self, Actors.self, Coverage.self, Diff.self,
            History.self,
            Serve.self,
        ]
    )

    /// Runs the command line. The one error path: a wrong command line is ArgumentParser's
    /// message and 64; a ``CLIError`` is one line `error: …` on standard error and its exit
    /// status; any other error of a command is one line `error: …` and 1.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            Output.error("error: \(error.message)")
            Foundation.exit(error.status)
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            // Help asked for as `kuzyret --help`, `kuzyret help` or `kuzyret index --help` comes
            // back from ArgumentParser's help command as an error that exits cleanly: printed
            // as ArgumentParser prints it.
            if exitCode(for: error).isSuccess { exit(withError: error) }
            Output.error("error: \(error)")
            Foundation.exit(1)
        }
    }
}
