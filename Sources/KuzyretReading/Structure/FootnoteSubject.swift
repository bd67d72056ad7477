import KuzyretCore

/// What a footnote speaks of, read from its first words (DESIGN.md §5).
///
/// «Сноска. Подпункт 4) исключен …» speaks of sub-point 4); «Сноска. Статья 31 с изменениями …»
/// of the article, wherever in the article the footnote stands; «Ескерту. 4-тармақтың екінші
/// бөлігі …» of the second part of point 4; «Сноска. Глава 3 дополнена статьей 38-1 …» of the
/// added article. Russian names the innermost unit first («подпункт 1) пункта 2 статьи 6»);
/// Kazakh the outermost first («6-баптың 2-тармағының 1) тармақшасы»).
public struct FootnoteSubject: Equatable, Sendable {
    /// What the footnote is attached to.
    public enum Target: Equatable, Sendable {
        /// The act as a whole: its title, «по всему тексту».
        case act
        /// The preamble.
        case preamble
        /// A unit by kind and number, with the numbers of units that contain it (outermost first).
        case provision(ProvisionKind, num: String, within: [Qualifier])
        /// The footnote does not say; it belongs to the provision it follows.
        case following
    }

    /// A containing unit named with the target: «пункта 1», «10-1-бабы».
    public struct Qualifier: Equatable, Sendable {
        /// The unit's kind.
        public var kind: ProvisionKind
        /// Its number in eId form.
        public var num: String
    }

    /// The target.
    public var target: Target
    /// The part of the target concerned: `"heading"`, `"part 2"`, `"alinea 3"`.
    public var scope: String?

    /// Reads the subject of `footnote` (its display text, with or without «Сноска.»).
    public static func of(_ footnote: String) -> FootnoteSubject {
        var words = MatchText.fold(String(footnote.prefix(240))).split(separator: " ").map(String.init)
        if let first = words.first, ["сноска.", "ескерту.", "footnote.", "сноска", "ескерту", "footnote"].contains(first) {
            words.removeFirst()
        }
        words = words.map { $0.trimmed(",;:*") }
        guard !words.isEmpty else { return FootnoteSubject(target: .following) }
        if let subject = actLevel(words) { return subject }
        if let added = supplemented(words) { return added }
        if let subject = innermostFirst(words) { return subject }
        if let subject = kazakh(words) { return subject }  // outermost first: Languages/Kazakh.swift
        return FootnoteSubject(target: .following)
    }

    // MARK: - Act and preamble

    private static func actLevel(_ words: [String]) -> FootnoteSubject? {
        let opening = words.prefix(3).joined(separator: " ")
        for phrase in ["по всему тексту", "бүкіл мәтін бойынша", "мәтінде", "мәтінге", "throughout the text", "in the text"]
        where opening.hasPrefix(phrase) {
            return FootnoteSubject(target: .act)
        }
        switch words[0] {
        case "преамбула", "кіріспе", "кіріспеге", "кіріспесі", "preamble":
            return FootnoteSubject(target: .preamble)
        case "наименование", "тақырыбы", "тақырыбы,":
            return FootnoteSubject(target: .act, scope: "heading")
        case "заголовок", "heading", "title":
            if words.count > 1, ["статьи", "главы", "раздела", "параграфа", "of"].contains(words[1]) { return nil }
            return FootnoteSubject(target: .act, scope: "heading")
        default:
            return nil
        }
    }

    // MARK: - «дополнен статьей 38-1», «38-1-баппен толықтырылды»

    /// Unit nouns in the instrumental after «дополнен» / “supplemented”, by language (Languages/).
    static let instrumental = russianInstrumental.merging(englishInstrumental) { first, _ in first }

    private static func supplemented(_ words: [String]) -> FootnoteSubject? {
        let window = words.prefix(10)
        if let verb = window.firstIndex(where: { $0.hasPrefix("дополнен") || $0 == "supplemented" }) {
            var index = verb + 1
            while index + 1 < window.endIndex {
                if let kind = instrumental[window[index]], let num = number(window[index + 1]) {
                    return FootnoteSubject(target: .provision(kind, num: num, within: []))
                }
                index += 1
            }
        }
        if window.contains(where: { $0.hasPrefix("толықтырылды") }) {
            // The added unit is the last reference before the verb: «3-тарау 38-1-баппен толықтырылды».
            for word in window.reversed() {
                if let (kind, num, suffix) = kazakhReference(word), suffix.hasPrefix("пен") || suffix.hasPrefix("мен") {
                    return FootnoteSubject(target: .provision(kind, num: num, within: []))
                }
            }
        }
        return nil
    }

    /// Unit nouns of a citation chain innermost first, by language (Languages/).
    static let nouns = russianNouns.merging(englishNouns) { first, _ in first }

    /// Ordinal words («вторая», «екінші»), by language (Languages/).
    static let ordinals = russianOrdinals.merging(kazakhOrdinals) { first, _ in first }

    // MARK: - Innermost first (Russian, English): «подпункт 4) пункта 1 статьи 35», «часть вторая пункта 2»

    /// A citation chain innermost first: noun number [noun number …].
    static func innermostFirst(_ words: [String]) -> FootnoteSubject? {
        var index = 0
        var scope: String?
        if words[0] == "заголовок" {
            scope = "heading"
            index = 1
        } else if ["часть", "абзац"].contains(words[0]), words.count > 2, let ordinal = ordinals[words[1]] {
            scope = (words[0] == "часть" ? "part " : "alinea ") + String(ordinal)
            index = 2
        }
        // A chain innermost first: noun number [noun number …].
        var chain: [Qualifier] = []
        while index + 1 < words.count, let kind = nouns[words[index]], let num = number(words[index + 1]) {
            chain.append(Qualifier(kind: kind, num: num))
            index += 2
        }
        guard let target = chain.first else { return nil }
        return FootnoteSubject(
            target: .provision(target.kind, num: target.num, within: chain.dropFirst().reversed()), scope: scope
        )
    }

    /// The eId form of a number word: `4)` → `4`, `10-1` → `10-1`, `3)-6)` → `3`; `nil` otherwise.
    static func number(_ word: String) -> String? {
        guard let first = word.first, first.isNumber else { return nil }
        let digits = word.prefix { $0.isNumber || $0 == "-" }.trimmingSuffix("-")
        let form = ProvisionNumber.eIdForm(of: digits)
        return form.isEmpty ? nil : form
    }
}
