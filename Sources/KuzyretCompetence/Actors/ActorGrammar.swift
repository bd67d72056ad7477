import KuzyretCore

/// The words that name actors and units in one language (DESIGN.md §2, §6).
///
/// Russian and English put the units after the head («аким поселка, села»; «akim of a village»),
/// Kazakh before it («кент, ауыл әкімі»). Each language's grammar is in `Languages/`.
struct ActorGrammar: Sendable {
    /// Head words by kind.
    var akim: PhrasePattern
    var akimat: PhrasePattern
    var office: PhrasePattern
    var maslikhat: PhrasePattern
    /// The community meeting as a phrase; its last word is the head.
    var community: [PhrasePattern]
    /// The local executive body as a phrase (units follow in Russian, precede in Kazakh).
    var executiveBody: [PhrasePattern]
    /// The local representative body as a phrase: a maslikhat («местный представительный орган»,
    /// «жергілікті өкілді орган»).
    var representativeBody: [PhrasePattern]
    /// The bodies of local self-government as a phrase.
    var selfGovernment: [PhrasePattern]
    /// Words that make the clause passive, so an instrumental actor is its agent («разрабатывается
    /// аппаратом акима»).
    var passive: PhrasePattern
    /// A word ending that makes the clause passive («разрабатывается»); empty when none.
    var passiveSuffix: String
    /// The words of unit titles, read by ``UnitTitles``.
    var units: UnitVocabulary
    /// The official of an office, as two words: Russian adjective and noun before the office
    /// («должностное лицо аппарата акима»), Kazakh adjective and noun after it («… әкімі
    /// аппаратының … лауазымды адамы»), English noun and "of" before it ("officials of the office
    /// of …"). Each language's title reader (`Languages/`) knows where they stand.
    var official: OfficialWords
    /// A word before the head that marks a superior («вышестоящим», «жоғары тұрған»).
    var superior: PhrasePattern
    /// Head forms that can be a subject (nominative); others are objects.
    var nominative: PhrasePattern
    /// Head forms that are the agent of a passive verb with no preposition (Russian instrumental).
    var agentive: PhrasePattern
    /// Words before a mention that make it an object (prepositions).
    var prepositions: PhrasePattern
    /// Words just before (rus, eng) or after (kaz) a genitive mention that make it the holder.
    var competenceWords: PhrasePattern
    /// Words after a nominative mention that make it an object (Kazakh postpositions).
    var postpositions: PhrasePattern
    /// Words after a mention that make it an agent (Kazakh «тарапынан», English «by» before).
    var agentMarker: PhrasePattern

    /// The two words that name an office's official.
    struct OfficialWords: Sendable {
        var first: PhrasePattern
        var second: PhrasePattern
    }

    static func grammar(for lang: Language) -> ActorGrammar {
        switch lang {
        case .rus: russian
        case .kaz: kazakh
        case .eng: english
        }
    }
}
