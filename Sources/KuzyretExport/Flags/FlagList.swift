import KuzyretCompetence
import KuzyretCore

/// The delegation and dependency clauses that concern an actor (DESIGN.md §7, §10): what
/// `kuzyret flags` and the flags page answer.
public struct FlagList: Sendable {
    /// The actor or group the flags concern.
    public var actor: ActorSelection
    /// The flags, in the order of the analyses.
    public var flags: [ProvisionFlag]
    /// For flags read for a date: the editions used, the acts left out and the corrections.
    public var dated: DatedScope?

    /// The flags of `analyses` that concern `actor`, on current provisions unless
    /// `includeNotCurrent`, of one `kind` and only open-ended ones when asked.
    public init(
        analyses: [StatuteAnalysis], actor: ActorSelection, kind: FlagKind? = nil, openEnded: Bool = false, includeNotCurrent: Bool = false
    ) {
        self.actor = actor
        dated = nil
        flags = CompetenceQuery(actors: actor, includeNotCurrent: includeNotCurrent).select(analyses.flatMap(\.flags)).filter { flag in
            (kind == nil || flag.flag.kind == kind) && (!openEnded || flag.flag.openEnded)
        }
    }

    /// The flags of the analyses that answer for a date (``DatedScope``).
    public init(
        dated analyses: [StatuteAnalysis], scope: DatedScope, actor: ActorSelection, kind: FlagKind? = nil, openEnded: Bool = false,
        includeNotCurrent: Bool = false
    ) {
        self.init(analyses: analyses, actor: actor, kind: kind, openEnded: openEnded, includeNotCurrent: includeNotCurrent)
        dated = scope
    }

    /// The formats a flag list comes in.
    public static let formats: [ReportFormat] = [.text, .json, .csv]

    /// The list in `format`.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        case .csv: return csv()
        case .md, .html, .akn: throw UnsupportedFormat(format: format, supported: Self.formats)
        }
    }
}
