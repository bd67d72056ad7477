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
    static let other = "иные|иных|иным|иными|иной|иное|иного"
    static let kinds = "вопрос*|полномочи*|функци*|обязанност*"

    static let russian: [FlagRule] = [
        FlagRule(.residualLegislation, "быть отнесен*|отнесено|отнесены … \(other) \(kinds)"),
        FlagRule(.residualLegislation, "\(other) \(kinds) … законодательств*|законами|законом"),
        FlagRule(.residualLegislation, "законодательств*|законами … \(other) \(kinds)"),
        FlagRule(.superiorInstruction, "поручени*|задани*|указани*|распоряжени*", .after(6), .superior),
        FlagRule(.upwardAccountability, "несет|несут ответственность … перед", .after(24)),
        FlagRule(.upwardAccountability, "отчитыва* перед", .after(12)),
        FlagRule(.upwardAccountability, "подотчет*|подконтрол*", .after(8)),
        FlagRule(.approvalDependency, "по согласованию с|со", .after(10)),
        FlagRule(.approvalDependency, "после согласования с|со", .after(10)),
        FlagRule(.approvalDependency, "с согласия", .after(10)),
        FlagRule(.approvalDependency, "по представлению", .after(10), extendTo: "инспектор*|орган*|комисси*|министр*|правительств*"),
        // «вносит в вышестоящий акимат для утверждения соответствующим маслихатом».
        FlagRule(.approvalDependency, "для утверждения", .after(8), .superior),
        FlagRule(.approvalDependency, "на утверждение", .after(8), .superior),
        // «отчетность …, утверждаемую решением местного исполнительного органа».
        FlagRule(.approvalDependency, "утверждаем*|утвержденн* решением|решениями", .after(8), .superior),
        FlagRule(.externalProcedure,
            "порядке|порядком|порядку определяем*|определенн*|установленн*|устанавливаем*|предусмотренн*|утвержденн*|утверждаем*",
            extendTo: "законодательств*|орган*|органом|правительств*|кодекс*|закон*"),
        FlagRule(.externalProcedure, "утвержденн*|утверждаем*|определяем*|определяется|определяются … уполномоченн* орган*", extendTo: "статистик*|планировани*|сфере"),
        // «в установленном порядке»: Kazakh «белгіленген тәртіппен».
        FlagRule(.externalProcedure, "установленн*|определенн*|предусмотренн* … порядке|порядком"),
    ]

    static let kazakhOther = "мәселе*|өкілеттік*|өкілеттіг*|функция*|міндет*"

    static let kazakh: [FlagRule] = [
        FlagRule(.residualLegislation, "заң* … өзге де \(kazakhOther)"),
        FlagRule(.residualLegislation, "өзге де \(kazakhOther) … заң*"),
        FlagRule(.residualLegislation, "өзге де \(kazakhOther) … жатқызылуы мүмкін"),
        FlagRule(.superiorInstruction, "тапсырма*|нұсқау*|нұсқама*|өкім*", .before(8), .superior),
        FlagRule(.upwardAccountability, "алдында … жауапты|жауап", .before(24)),
        FlagRule(.upwardAccountability, "есеп беретін|береді|бере", .before(8)),
        // «X-мен келісу бойынша»: agreement with X (instrumental), not «схемасын келісу бойынша».
        FlagRule(.approvalDependency, "*мен|*пен|*бен келісу|келісім|келісімі|келісуі бойынша", .before(12)),
        FlagRule(.approvalDependency, "келісімімен|келісуімен", .before(12)),
        FlagRule(.approvalDependency, "келісімінсіз", .before(12)),
        FlagRule(.approvalDependency, "*мен|*пен|*бен келісілгеннен кейін", .before(12)),
        FlagRule(.approvalDependency, "ұсынуы|ұсынымы|ұсынысы бойынша", .before(12)),
        FlagRule(.approvalDependency, "ұсынуымен", .before(12)),
        FlagRule(.approvalDependency, "бекітуі үшін", .before(6), .superior),
        FlagRule(.approvalDependency, "бекітуіне", .before(6), .superior),
        FlagRule(.approvalDependency, "шешімімен|шешімдерімен бекітілетін|бекітілген", .before(8), .superior),
        FlagRule(.externalProcedure,
            "белгіленген|белгілеген|белгілейтін|айқындайтын|айқындалатын|айқындалған|айқындаған|көзделген|бекітетін|бекіткен|бекітілген тәртіппен|тәртіпте|тәртібімен|тәртіпке"),
        FlagRule(.externalProcedure, "уәкілетті орган|органы бекіткен|бекітетін|айқындайтын|айқындаған"),
        // «… заңнамасында белгіленген жағдайларда және тәртіппен».
        FlagRule(.externalProcedure, "белгіленген|көзделген жағдайларда және|мен тәртіппен|тәртіпте"),
    ]

    static let english: [FlagRule] = [
        FlagRule(.residualLegislation, "other matters|issues|powers|functions|duties … legislation|law|laws"),
        FlagRule(.residualLegislation, "legislation|law|laws … other matters|issues|powers|functions|duties"),
        FlagRule(.superiorInstruction, "instruction*|assignment*|order|orders|task*", .after(6), .superior),
        FlagRule(.upwardAccountability, "responsible|accountable|answerable … to|before", .after(12)),
        FlagRule(.approvalDependency, "in agreement|coordination|consultation with", .after(10)),
        FlagRule(.approvalDependency, "with the consent of", .after(10)),
        FlagRule(.approvalDependency, "on|upon the submission|recommendation|proposal of", .after(10)),
        FlagRule(.approvalDependency, "for approval", .after(8), .superior),
        FlagRule(.externalProcedure, "in the manner|procedure|order determined|established|prescribed|provided|set|approved"),
        FlagRule(.externalProcedure, "approved|determined by the authorized body"),
    ]

    static func rules(for lang: Language) -> [FlagRule] {
        switch lang {
        case .rus: russian
        case .kaz: kazakh
        case .eng: english
        }
    }
}
