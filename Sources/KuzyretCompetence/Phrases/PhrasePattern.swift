import KuzyretCore

/// A phrase to find in folded words, written the way a lawyer reads it.
///
/// The source is words separated by spaces, matched against ``MatchWord/folded`` forms:
/// - `аким` matches that word exactly; `компетенци*` matches any word starting so;
/// - `*мен` matches any word ending so (a Kazakh case ending);
/// - `акима|акиму|акимом` matches any of the alternatives (each may end, or start, with `*`);
/// - `…` allows up to ``gap`` other words in between (default 8), within one clause; `…1` at most
///   one («иные …1 полномочия» finds «иные полномочия» and «иные нотариальные действия»).
///
/// Example: `PhrasePattern("может|могут быть отнесен* … иных вопрос*")` finds «может быть отнесено
/// решение иных вопросов».
public struct PhrasePattern: Sendable, CustomStringConvertible {
    enum Element: Sendable {
        case word([WordTest])
        case gap(Int)
    }

    struct WordTest: Sendable {
        /// The folded text, as UTF-8: words and patterns are both folded by ``MatchText``, so
        /// comparing bytes is comparing words, without String's Unicode-aware comparison (which
        /// took half the time of competence extraction).
        var bytes: [UInt8]
        var isPrefix: Bool
        var isSuffix = false
        /// The first eight bytes packed as ``ClauseWords/heads`` packs a word's, and the mask of
        /// those the test has: most words are told apart by one integer comparison.
        var head: UInt64
        var headMask: UInt64

        init(text: String, isPrefix: Bool, isSuffix: Bool = false) {
            bytes = Array(text.utf8)
            self.isPrefix = isPrefix
            self.isSuffix = isSuffix
            head = ClauseWords.head(of: bytes)
            let headCount = min(8, bytes.count)
            headMask = headCount == 8 ? ~0 : (UInt64(1) << (8 * UInt64(headCount))) - 1
        }

        func matches(_ word: String) -> Bool {
            let utf8 = word.utf8
            if isSuffix { return utf8.count > bytes.count && utf8.suffix(bytes.count).elementsEqual(bytes) }
            if isPrefix { return utf8.starts(with: bytes) }
            return utf8.count == bytes.count && utf8.elementsEqual(bytes)
        }

        /// Whether word `index` of `words` matches: ``matches(_:)`` on the packed heads first.
        @inline(__always)
        func matches(_ words: ClauseWords, at index: Int) -> Bool {
            if isSuffix { return matches(words.words[index].folded) }
            guard words.heads[index] & headMask == head else { return false }
            let length = words.lengths[index]
            guard isPrefix ? length >= bytes.count : length == bytes.count else { return false }
            return bytes.count <= 8 || matches(words.words[index].folded)
        }
    }

    let elements: [Element]
    /// The pattern as written.
    public let description: String

    /// Parses `source`; `gap` is the most words `…` may skip.
    public init(_ source: String, gap: Int = 8) {
        description = source
        elements = source.split(separator: " ").map { token in
            if token == "…" { return .gap(gap) }
            if token.hasPrefix("…"), let most = Int(token.dropFirst()) { return .gap(most) }
            return .word(
                token.split(separator: "|").map { alternative in
                    let text = MatchText.fold(String(alternative))
                    if text.hasSuffix("*") { return WordTest(text: String(text.dropLast()), isPrefix: true) }
                    if text.hasPrefix("*") { return WordTest(text: String(text.dropFirst()), isPrefix: false, isSuffix: true) }
                    return WordTest(text: text, isPrefix: false)
                })
        }
    }

    /// The first letters (up to `length`) every word matching the first element starts with, one
    /// per alternative; nil when the pattern may start with any word (a gap or a `*ending`).
    func leadingLetters(_ length: Int) -> [String]? {
        guard case .word(let tests)? = elements.first, !tests.contains(where: \.isSuffix) else { return nil }
        return tests.map { String(String(decoding: $0.bytes, as: UTF8.self).prefix(length)) }
    }

    /// Whether a single word matches the first element (for one-word patterns).
    public func matchesWord(_ folded: String) -> Bool {
        guard case .word(let tests)? = elements.first else { return false }
        return tests.contains { $0.matches(folded) }
    }

    /// The first match at or after word index `start` in `words`, as a range of word indices.
    public func firstMatch(in words: ClauseWords, from start: Int = 0) -> Range<Int>? {
        var index = start
        while index < words.count {
            if let end = match(words, element: 0, at: index, clause: words.clause[index]) {
                return index..<end
            }
            index += 1
        }
        return nil
    }

    /// Every non-overlapping match in `words`.
    public func matches(in words: ClauseWords) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while let found = firstMatch(in: words, from: index) {
            result.append(found)
            index = max(found.upperBound, found.lowerBound + 1)
        }
        return result
    }

    private func match(_ words: ClauseWords, element: Int, at index: Int, clause: Int) -> Int? {
        if element == elements.count { return index }
        switch elements[element] {
        case .gap(let most):
            var skip = 0
            while skip <= most, index + skip <= words.count {
                if index + skip < words.count, words.clause[index + skip] != clause { break }
                if let end = match(words, element: element + 1, at: index + skip, clause: clause) { return end }
                skip += 1
            }
            return nil
        case .word(let tests):
            guard index < words.count, words.clause[index] == clause else { return nil }
            guard tests.contains(where: { $0.matches(words, at: index) }) else { return nil }
            return match(words, element: element + 1, at: index + 1, clause: clause)
        }
    }
}

/// The words of a text (punctuation dropped) with the clause each belongs to, for
/// ``PhrasePattern``: a clause ends at `.`, `;`, `:` or `!`/`?`.
public struct ClauseWords: Sendable {
    /// The original text.
    public let text: String
    /// The word tokens.
    public let words: [MatchWord]
    /// The clause number of each word.
    public let clause: [Int]
    /// The first eight bytes of each folded word, packed little-endian (for ``PhrasePattern``).
    let heads: [UInt64]
    /// The length in bytes of each folded word.
    let lengths: [Int]
    /// The index of the last word of each clause (-1 for a clause without words).
    let clauseEnds: [Int]

    /// Splits `text`.
    public init(_ text: String) {
        self.init(text, tokens: MatchWords.tokens(of: text))
    }

    /// Splits `text`, cut once for the statute by `memo`.
    public init(_ text: String, memo: WordMemo) {
        self.init(text, tokens: memo.tokens(of: text))
    }

    /// Splits `text`, already cut into `tokens` by ``MatchWords/tokens(of:)``.
    public init(_ text: String, tokens: [MatchWord]) {
        self.text = text
        var words: [MatchWord] = []
        var clause: [Int] = []
        var current = 0
        for token in tokens {
            if token.isWord {
                words.append(token)
                clause.append(current)
            } else {
                if token.folded == "." ? !Self.isAbbreviation(words.last?.folded) : [";", ":", "!", "?"].contains(token.folded) {
                    current += 1
                }
            }
        }
        self.words = words
        self.clause = clause
        heads = words.map { Self.head(of: $0.folded.utf8) }
        lengths = words.map(\.folded.utf8.count)
        var ends = Array(repeating: -1, count: (clause.last ?? -1) + 1)
        for (index, number) in clause.enumerated() { ends[number] = index }
        clauseEnds = ends
    }

    /// The index of the last word of clause `number`, if it has words.
    public func lastWord(ofClause number: Int) -> Int? {
        number >= 0 && number < clauseEnds.count && clauseEnds[number] >= 0 ? clauseEnds[number] : nil
    }

    /// Up to the first eight bytes of `bytes`, packed little-endian.
    static func head<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> UInt64 {
        var head: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            head |= UInt64(byte) << shift
            shift += 8
            if shift == 64 { break }
        }
        return head
    }

    /// The number of words.
    public var count: Int { words.count }

    /// The original text of words `range` (from the first word's start to the last word's end).
    ///
    /// A parenthesis opened inside the span is closed: «акимом района (города областного значения)».
    public func span(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var end = words[range.upperBound - 1].range.upperBound
        var result = String(text[words[range.lowerBound].range.lowerBound..<end])
        while result.filter({ $0 == "(" }).count > result.filter({ $0 == ")" }).count, end < text.endIndex, text[end] == ")" {
            end = text.index(after: end)
            result.append(")")
        }
        return result
    }

    /// Words a period does not end a clause after: abbreviations («ст.», «пп.», «п.», «см.») and
    /// numbers («01.01.2018», «ст.2»).
    static func isAbbreviation(_ word: String?) -> Bool {
        guard let word else { return false }
        return ["ст", "пп", "п", "т", "г", "см", "no", "art", "para", "subpara", "бап"].contains(word) || word.allSatisfy(\.isNumber)
    }
}
