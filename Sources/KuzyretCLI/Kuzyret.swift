import ArgumentParser

/// The `kuzyret` command: reads Kazakh statutes and answers questions about the competences they
/// give to public actors (DESIGN.md §11).
@main
struct Kuzyret: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kuzyret",
        abstract: "Legal competence cross-reference indexer for Kazakh statutes.",
        discussion: """
            Reads statutes (adilet.zan.kz HTML, Akoma Ntoso XML, kazakhstan-law/codes Markdown) in \
            Russian, Kazakh and English into a provision tree with stable addresses such as \
            Z010000148_/rus/art_35__para_1__point_4-1.
            """,
        version: "0.1.0",
        subcommands: [Parse.self, BuildIndex.self, Search.self, Show.self, Competences.self, Flags.self, Actors.self, Coverage.self, Diff.self]
    )
}
