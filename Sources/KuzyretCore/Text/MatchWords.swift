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
    ///
    /// Works on UTF-8 bytes, like ``MatchText/fold(_:)``: ASCII and Cyrillic letters are told and
    /// lower-cased without Unicode property lookups; a word that mixes scripts or holds other
    /// letters is folded scalar by scalar. ``tokensByScalars(of:)`` is the reference it must equal.
    public static func tokens(of text: String) -> [MatchWord] {
        let bytes = Array(text.utf8)
        var result: [MatchWord] = []
        result.reserveCapacity(bytes.count / 6)
        let utf8 = text.utf8
        let base = utf8.startIndex
        func index(_ offset: Int) -> String.Index { utf8.index(base, offsetBy: offset) }

        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        var wordStart = -1
        var scripts = MatchText.WordScripts()

        func flush(at end: Int) {
            guard wordStart >= 0 else { return }
            if scripts.needScalarFold {
                folded.removeAll(keepingCapacity: true)
                var word: [Unicode.Scalar] = []
                var position = wordStart
                while position < end {
                    let (scalar, length) = MatchText.decode(bytes, at: position)
                    if scalar.value != 0xAD { word.append(scalar) }
                    position += length
                }
                MatchText.foldWord(&word)
                for scalar in word { MatchText.append(scalar, to: &folded) }
            }
            result.append(MatchWord(folded: String(decoding: folded, as: UTF8.self), range: index(wordStart)..<index(end), isWord: true))
            folded.removeAll(keepingCapacity: true)
            wordStart = -1
            scripts = MatchText.WordScripts()
        }

        var position = 0
        while position < bytes.count {
            let (scalar, length) = MatchText.decode(bytes, at: position)
            let value = scalar.value
            if value == 0xAD {  // soft hyphen: invisible, inside a word
                position += length
                continue
            }
            let kind = MatchText.WordScalar(scalar)
            scripts.note(kind)
            if kind != .none {
                if wordStart < 0 { wordStart = position }
                MatchText.append(MatchText.lower(scalar), to: &folded)
            } else {
                flush(at: position)
                let isSpace =
                    value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : (value == 0xA0 || scalar.properties.isWhitespace)
                if !isSpace {
                    result.append(
                        MatchWord(
                            folded: String(MatchText.foldPunctuation(scalar)), range: index(position)..<index(position + length),
                            isWord: false))
                }
            }
            position += length
        }
        flush(at: bytes.count)
        return result
    }

    /// The tokens of `text`, scalar by scalar: the reference for ``tokens(of:)``.
    public static func tokensByScalars(of text: String) -> [MatchWord] {
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
