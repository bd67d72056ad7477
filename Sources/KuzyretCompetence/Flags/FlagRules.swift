import KuzyretCore

/// One way a flag shows in text: a phrase, and where to look for the other party it names.
struct FlagRule: Sendable {
    /// Where the counterpart of a clause stands relative to the phrase.
    enum Counterpart: Sendable {
        /// Not needed: the phrase alone makes the flag.
        case none
        /// The words after the phrase (Russian, English: «по согласованию с акимом района»).
        case after(Int)
        /// The words before the phrase (Kazakh: «аудан әкімімен келісу бойынша»).
        case before(Int)
    }

    /// What the counterpart must be for the flag to hold.
    enum Requirement: Sendable {
        /// Anything but the local community alone: agreement with residents is accountability
        /// to them, not a superior's control (an unnamed counterpart, such as an inspector, counts).
        case notResidentsOnly
        /// A superior akim or a body above the aul akim must be named.
        case superior
    }

    var kind: FlagKind
    var pattern: PhrasePattern
    var counterpart: Counterpart = .none
    var requirement: Requirement = .notResidentsOnly
    /// Words the span runs on to when they follow within a few words: who sets the procedure
    /// («законодательством», «уполномоченным органом»), who submits («… инспектора»).
    var extendTo: PhrasePattern?

    init(
        _ kind: FlagKind, _ pattern: String, _ counterpart: Counterpart = .none, _ requirement: Requirement = .notResidentsOnly,
        extendTo: String? = nil
    ) {
        self.kind = kind
        self.extendTo = extendTo.map { PhrasePattern($0) }
        // «иные полномочия, возлагаемые на акима села, поселка, сельского округа … законодательством»:
        // the actor's title can sit between the words of a residual clause.
        self.pattern = PhrasePattern(pattern, gap: kind == .residualLegislation ? 14 : 8)
        self.counterpart = counterpart
        self.requirement = requirement
    }
}

/// The flag phrases of each language (DESIGN.md §7). A Russian rule and its Kazakh twin should
/// flag the same clauses; the parity test over every article checks that they do.
enum FlagRules {

    static func rules(for lang: Language) -> [FlagRule] {
        switch lang {
        case .rus: russian
        case .kaz: kazakh
        case .eng: english
        }
    }
}
