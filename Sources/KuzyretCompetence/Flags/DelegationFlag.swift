/// The kinds of delegation flag (DESIGN.md §7).
public enum FlagKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Competence left to be widened by other legislation: «законодательством может быть
    /// отнесено решение иных вопросов». Open-ended.
    case residualLegislation = "residual-legislation"
    /// Tasks or instructions of a superior akim. Open-ended.
    case superiorInstruction = "superior-instruction"
    /// Responsibility before a superior akim or a higher maslikhat.
    case upwardAccountability = "upward-accountability"
    /// The act needs a superior's agreement or submission: «по согласованию с акимом района».
    case approvalDependency = "approval-dependency"
    /// The procedure is set elsewhere: «в порядке, определяемом уполномоченным органом».
    case externalProcedure = "external-procedure"

    /// Orders kinds as declared.
    public static func < (lhs: FlagKind, rhs: FlagKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether clauses of this kind leave the competence open-ended.
    public var isOpenEnded: Bool {
        self == .residualLegislation || self == .superiorInstruction
    }

    /// The articles of the European Charter of Local Self-Government the kind bears on.
    public var charterArticles: [String] {
        switch self {
        case .residualLegislation: ["4.1", "4.4"]
        case .superiorInstruction: ["4.4", "8.2"]
        case .upwardAccountability: ["8"]
        case .approvalDependency: ["4.4", "4.5"]
        case .externalProcedure: ["4.5"]
        }
    }

    /// Why a clause of this kind is flagged, in one line.
    public var explanation: String {
        switch self {
        case .residualLegislation:
            "Leaves the competence open: other legislation may add matters without this act changing (Charter 4.1: powers prescribed by law; 4.4: full and exclusive)."
        case .superiorInstruction:
            "Lets a superior akim set the akim's tasks, so the competence is steered from above (Charter 4.4: powers not undermined by higher authority; 8.2: supervision of legality only)."
        case .upwardAccountability:
            "Makes the akim answer to a superior body rather than only to residents (Charter 8: administrative supervision)."
        case .approvalDependency:
            "The akim cannot act without a superior's agreement or submission (Charter 4.4: full and exclusive powers; 4.5: discretion in delegated powers)."
        case .externalProcedure:
            "The procedure is set by another body or act, limiting the akim's discretion (Charter 4.5)."
        }
    }
}

/// A clause through which an actor's competence is widened or steered from outside (DESIGN.md §7).
public struct DelegationFlag: Hashable, Sendable, Codable {
    /// The kind.
    public var kind: FlagKind
    /// Whether the clause leaves the competence open-ended.
    public var openEnded: Bool
    /// The exact words matched, as written.
    public var span: String
    /// A one-line explanation.
    public var explanation: String
    /// The Charter articles it bears on: `["4.1", "4.4"]`.
    public var charter: [String]
    /// The other party the clause names, when it names one: the district akim whose agreement
    /// is needed, the superior akim answered to.
    public var counterparts: [PublicActor]

    /// A flag of `kind` on `span`.
    public init(kind: FlagKind, span: String, counterparts: [PublicActor] = []) {
        self.kind = kind
        openEnded = kind.isOpenEnded
        self.span = span
        explanation = kind.explanation
        charter = kind.charterArticles
        self.counterparts = counterparts
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case openEnded = "open_ended"
        case span, explanation, charter, counterparts
    }
}
