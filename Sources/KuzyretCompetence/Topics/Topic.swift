import KuzyretCore

/// A subject area of a competence, for grouping lists («ветеринария», «бюджет» …).
public enum Topic: String, Codable, Sendable, CaseIterable, Comparable {
    case veterinary, budget, land, pastures, housing
    case roadsAndTransport = "roads-and-transport"
    case socialProtection = "social-protection"
    case employment, health
    case cultureAndSport = "culture-and-sport"
    case education, statistics, military, elections, property, water, burial
    case civilRegistration = "civil-registration"
    case emergencies
    case publicOrder = "public-order"
    case improvement
    case entrepreneurship
    case citizensAppeals = "citizens-appeals"
    case localSelfGovernment = "local-self-government"
    case notarial
    case agriculture

    /// Orders topics as declared.
    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Tags a text with topics from a keyword table per language.
///
/// Keywords are ``PhrasePattern`` words on folded text: `ветеринар*` matches «ветеринарных»,
/// `мал|малды|малдың` the Kazakh «livestock» forms without catching «мал-» compounds elsewhere.
public enum TopicTagger {
    /// The keyword table of `lang` (Languages/).
    static func table(for lang: Language) -> [(Topic, [String])] {
        switch lang {
        case .rus: russianTopics
        case .kaz: kazakhTopics
        case .eng: englishTopics
        }
    }

    static let compiled: [Language: [(Topic, [PhrasePattern])]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { lang in
            (lang, table(for: lang).map { topic, keywords in (topic, keywords.map { PhrasePattern($0, gap: 0) }) })
        })

    /// The topics of `words`, in declaration order.
    public static func topics(of words: ClauseWords, lang: Language) -> [Topic] {
        (compiled[lang] ?? []).compactMap { topic, patterns in
            patterns.contains { $0.firstMatch(in: words) != nil } ? topic : nil
        }
    }
}
