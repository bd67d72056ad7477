import ArgumentParser
import KuzyretCompetence
import KuzyretCore
import KuzyretExport

extension Language: ExpressibleByArgument {}
extension PublicActor: ExpressibleByArgument {}
extension FlagKind: ExpressibleByArgument {}

extension ActorSelection: ExpressibleByArgument {
    /// Reads an actor's name or a group's (`rural-tier`).
    public init?(argument: String) { self.init(name: argument) }

    /// Every name `--actor` takes, for help and completion.
    public static var allValueStrings: [String] { all.map(\.name) }

    /// The help of `--actor`.
    static var help: ArgumentHelp {
        ArgumentHelp(
            "The actor, or rural-tier for the aul akim, the office, its officials and the rural executive bodies together: \(all.map(\.name).joined(separator: ", "))."
        )
    }
}

extension ReportFormat: ExpressibleByArgument {
    /// Each command says in its help which formats it writes.
    public static var allValueStrings: [String] { [] }

    /// This format if `supported` has it; a usage error naming the supported ones otherwise.
    func check(_ supported: [ReportFormat]) throws -> ReportFormat {
        guard supported.contains(self) else {
            throw ValidationError("--format takes \(supported.map(\.rawValue).joined(separator: ", ")), not \(rawValue).")
        }
        return self
    }
}

extension LegalDate: ExpressibleByArgument {
    /// Reads `YYYY-MM-DD`.
    public init?(argument: String) {
        let parts = argument.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }
}
