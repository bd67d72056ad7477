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

    /// The rules of `lang` (Languages/), strongest first.
    static func rules(for lang: Language) -> [Rule] {
        switch lang {
        case .rus: russianModality
        case .kaz: kazakhModality
        case .eng: englishModality
        }
    }

    /// The modality `words` state explicitly, or `nil` (then the present tense: a duty).
    public static func explicitModality(of words: ClauseWords, lang: Language) -> Modality? {
        for rule in rules(for: lang) where rule.pattern.firstMatch(in: words) != nil {
            return rule.modality
        }
        return nil
    }
}
