import KuzyretCore

/// What a competence asks of its actor (DESIGN.md §6).
public enum Modality: String, Codable, Sendable, CaseIterable {
    /// The actor must act: «организует», «обязан», «ұйымдастырады», «shall».
    case duty
    /// The actor may act: «вправе», «может», «құқылы», «may».
    case power
    /// The actor must not act: «не вправе», «запрещается», «құқылы емес», «shall not».
    case prohibition
}

/// Reads the modality a clause states, if it states one.
///
/// Legislative Russian and Kazakh state most competences in the present tense («организует»,
/// «ұйымдастырады»), which reads as a duty; only explicit markers make a power or a prohibition.
public enum ModalityReader {
    struct Rule: Sendable {
        var pattern: PhrasePattern
        var modality: Modality
    }

    static let rules: [Language: [Rule]] = [
        .rus: [
            Rule(pattern: PhrasePattern("не вправе|может|могут|допускается|разрешается"), modality: .prohibition),
            Rule(pattern: PhrasePattern("запрещается|запрещено"), modality: .prohibition),
            Rule(pattern: PhrasePattern("не имеет|имеют права|право"), modality: .prohibition),
            Rule(pattern: PhrasePattern("вправе"), modality: .power),
            Rule(pattern: PhrasePattern("имеет|имеют право"), modality: .power),
            Rule(pattern: PhrasePattern("может|могут"), modality: .power),
            Rule(pattern: PhrasePattern("обязан|обязана|обязаны|должен|должна|должны"), modality: .duty),
        ],
        .kaz: [
            Rule(pattern: PhrasePattern("құқылы емес"), modality: .prohibition),
            Rule(pattern: PhrasePattern("құқығы жоқ"), modality: .prohibition),
            Rule(pattern: PhrasePattern("тыйым салынады"), modality: .prohibition),
            Rule(pattern: PhrasePattern("құқылы"), modality: .power),
            Rule(pattern: PhrasePattern("құқығы бар"), modality: .power),
            Rule(pattern: PhrasePattern("міндетті|тиіс"), modality: .duty),
        ],
        .eng: [
            Rule(pattern: PhrasePattern("shall|may|must not"), modality: .prohibition),
            Rule(pattern: PhrasePattern("is|are prohibited"), modality: .prohibition),
            Rule(pattern: PhrasePattern("not entitled"), modality: .prohibition),
            Rule(pattern: PhrasePattern("may"), modality: .power),
            Rule(pattern: PhrasePattern("has|have the right"), modality: .power),
            Rule(pattern: PhrasePattern("entitled|empowered"), modality: .power),
            Rule(pattern: PhrasePattern("shall|must|obliged"), modality: .duty),
        ],
    ]

    /// The modality `words` state explicitly, or `nil` (then the present tense: a duty).
    public static func explicitModality(of words: ClauseWords, lang: Language) -> Modality? {
        for rule in rules[lang] ?? [] where rule.pattern.firstMatch(in: words) != nil {
            return rule.modality
        }
        return nil
    }
}
