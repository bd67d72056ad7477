import ArgumentParser
import KuzyretCompetence
import KuzyretCore
import KuzyretExport

extension Kuzyret {
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

        @Option(help: ActorSelection.help)
        var actor: ActorSelection = .aulAkim

        @Option(help: "Only flags of this kind: \(FlagKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: FlagKind?

        @Flag(help: "Only open-ended flags.")
        var openEnded = false

        @Flag(help: "Also flags on repealed and pending provisions.")
        var all = false

        @Option(
            name: .customLong("as-of"),
            help:
                "The date the flags are for (YYYY-MM-DD; default: today, or KUZYRET_TODAY): each act's edition then, acts not in force left out."
        )
        var asOf: LegalDate?

        @Option(help: "Output format: text, json or csv.")
        var format: ReportFormat = .text

        @OptionGroup var source: CompetenceSource

        func validate() throws {
            _ = try format.check(FlagList.formats)
        }

        func run() throws {
            let dated = try source.analyses(on: asOf ?? .today)
            let list = FlagList(
                dated: dated.analyses, scope: dated.scope, actor: actor, kind: kind, openEnded: openEnded, includeNotCurrent: all)
            Output.write(try list.rendered(as: format))
        }
    }
}
