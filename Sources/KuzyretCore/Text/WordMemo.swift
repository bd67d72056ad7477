/// The words of a statute's texts, each text cut and folded once (DESIGN.md §9).
///
/// Every stage that reads a provision's words (actors, modality, flags, topics, references, the
/// full-text index) asks the statute's memo instead of cutting the text again. One memo belongs to
/// one statute being analysed on one thread; it is not shared between threads.
public final class WordMemo {
    private var tokens: [ByteKey: [MatchWord]] = [:]

    /// An empty memo.
    public init() {}

    /// The tokens of `text` (``MatchWords/tokens(of:)``), cut on the first request.
    public func tokens(of text: String) -> [MatchWord] {
        let key = ByteKey(text)
        if let known = tokens[key] { return known }
        let made = MatchWords.tokens(of: key.string)
        tokens[key] = made
        return made
    }
}
