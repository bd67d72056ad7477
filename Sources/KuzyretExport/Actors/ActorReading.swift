import KuzyretCompetence
import KuzyretCore

/// How a sentence's actors are read (`kuzyret actors`): each mention's words, head, units, role
/// and the actors it names.
public struct ActorReading: Sendable {
    /// The sentence.
    public var words: ClauseWords
    /// Its mentions, in text order.
    public var mentions: [ActorMention]

    /// Reads `text` in `lang` as the competence extractor does.
    public init(_ text: String, lang: Language) {
        words = ClauseWords(text)
        mentions = ActorLexicon.mentions(in: words, lang: lang)
    }

    /// One line per mention.
    public func text() -> String {
        var out = ""
        for mention in mentions {
            let span = mention.words.map { String(words.text[words.words[$0].range]) }.joined(separator: " ")
            let units = mention.units.map(\.rawValue).sorted().joined(separator: ",")
            let actors = mention.actors.map(\.rawValue).joined(separator: ",")
            out +=
                "«\(span)»  head=\(mention.head.rawValue) units=[\(units)] role=\(mention.role.rawValue)\(mention.isAgent ? " (agent)" : "") clause=\(mention.clause) actors=[\(actors)]\n"
        }
        return out.isEmpty ? "no actor named\n" : out
    }
}
