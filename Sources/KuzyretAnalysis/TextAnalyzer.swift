import KuzyretCore

/// One indexed or searched term: the analysed form of a word and where the word stands.
public struct AnalysedTerm: Hashable, Sendable {
    /// The analysed form: folded, then stemmed or mapped to a protected term.
    public var term: String
    /// The word in the original text.
    public var range: Range<String.Index>
}

/// Turns text into search terms, by language (DESIGN.md §9).
///
/// Every word is folded first (case, Latin look-alikes → Kazakh letters, ё → е: ``MatchWords``),
/// then protected terms keep one form («акимом» → «аким», not Snowball's «ак»), then the word is
/// stemmed: Snowball for Russian and English, ``KazakhStemmer`` for Kazakh. Latin words in a
/// Russian or Kazakh text are stemmed as English; numbers stay as they are.
///
/// Holds Snowball's C state and a memo of analysed words: one analyser per thread. Legal text
/// repeats a small vocabulary, so most words are analysed once per analyser. The memo has two
/// generations of at most ``memoLimit`` words each: when the newer fills, it becomes the older and
/// the oldest is dropped, so memory stays flat on any corpus while the frequent words (met again
/// in every generation) stay remembered; a real vocabulary of a million forms no longer empties
/// the whole memo at once. Two generations of 100,000 hold as many words as the one memo of
/// 200,000 before them.
public final class TextAnalyzer {
    private let russian: SnowballStemmer
    private let english: SnowballStemmer
    /// Analysed forms by language and folded word.
    private var memo: [Language: [ByteKey: String]] = [:]
    /// The generation before `memo`: consulted, and its words moved up when met.
    private var older: [Language: [ByteKey: String]] = [:]
    private var memoCount = 0
    /// The most words remembered before the memo starts again.
    public static let memoLimit = 100_000

    /// An analyser with Snowball's Russian and English stemmers.
    public init() {
        // Both algorithms are compiled into every libstemmer; their absence is a broken install.
        guard let russian = SnowballStemmer(algorithm: "russian"), let english = SnowballStemmer(algorithm: "english") else {
            fatalError("libstemmer has no Russian or English stemmer")
        }
        self.russian = russian
        self.english = english
    }

    /// The terms of `text` read as `lang`; with `stemming` false, words are only folded (for
    /// prefix queries: a stem of a word's beginning is not a beginning of its stems).
    public func terms(of text: String, lang: Language, stemming: Bool = true) -> [AnalysedTerm] {
        MatchWords.tokens(of: text).compactMap { token in
            guard token.isWord else { return nil }
            return AnalysedTerm(term: stemming ? term(token.folded, lang: lang) : token.folded, range: token.range)
        }
    }

    /// The analysed form of one folded word.
    public func term(_ word: String, lang: Language) -> String {
        let key = ByteKey(word)
        if let known = memo[lang]?[key] { return known }
        let analysed = older[lang]?[key] ?? analyse(word, lang: lang)
        if memoCount >= Self.memoLimit {
            older = memo
            memo = [:]
            memoCount = 0
        }
        memo[lang, default: [:]][key] = analysed
        memoCount += 1
        return analysed
    }

    private func analyse(_ word: String, lang: Language) -> String {
        if word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return word }
        if let protected = ProtectedTerms.term(for: word, lang: lang) { return protected }
        if word.unicodeScalars.allSatisfy({ $0.isASCII }) { return english.stem(word) }
        switch lang {
        case .rus: return russian.stem(word)
        case .kaz: return KazakhStemmer.stem(word)
        case .eng: return english.stem(word)
        }
    }
}
