/// One token of a text, folded for matching, with where it stands in the original.
///
/// Words are runs of letters and digits (`35`, `бап`, `әкімі`); every other visible character is a
/// token of its own (`,`, `(`, `:`, `-`). The folded form follows ``MatchText`` (lower case,
/// ё → е, look-alike letters in mixed-script words), so `әкiмi` (Latin `i`) and `әкімі` give the
/// same ``folded``; ``range`` points into the original text, so a match can be shown as written.
public struct MatchWord: Hashable, Sendable {
    /// The folded token.
    public var folded: String
    /// Where it stands in the original text.
    public var range: Range<String.Index>
    /// Whether it is a word (letters or digits) rather than punctuation.
    public var isWord: Bool

    /// Whether the word is all digits.
    public var isNumber: Bool { isWord && folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}

/// Splits text into ``MatchWord`` tokens.
public enum MatchWords {
    /// The tokens of `text`, whitespace dropped.
    ///
    /// Example: `MatchWords.tokens(of: "Аким села:")` folds to `["аким", "села", ":"]`.
    public static func tokens(of text: String) -> [MatchWord] {
        var result: [MatchWord] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var word: [Unicode.Scalar] = []
        var wordStart = index
        func flush(at end: String.Index) {
            guard !word.isEmpty else { return }
            MatchText.foldWord(&word)
            var folded = String.UnicodeScalarView()
            folded.append(contentsOf: word)
            result.append(MatchWord(folded: String(folded), range: wordStart..<end, isWord: true))
            word.removeAll(keepingCapacity: true)
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.value == 0xAD {  // soft hyphen: invisible, inside a word
                index = scalars.index(after: index)
                continue
            }
            if MatchText.isWordScalar(scalar) {
                if word.isEmpty { wordStart = index }
                word.append(scalar)
            } else {
                flush(at: index)
                if !scalar.properties.isWhitespace && scalar.value != 0xA0 {
                    let next = scalars.index(after: index)
                    let folded = String(MatchText.foldPunctuation(scalar))
                    result.append(MatchWord(folded: folded, range: index..<next, isWord: false))
                }
            }
            index = scalars.index(after: index)
        }
        flush(at: scalars.endIndex)
        return result
    }
}
