import KuzyretCore

/// The words of one language that name administrative units in an akim's or a body's title
/// (DESIGN.md §6). Each language fills one in `Languages/`; ``UnitTitles`` reads titles with it.
struct UnitVocabulary: Sendable {
    /// Nouns of units that need nothing more: «поселка», «села», «кент», «ауылдың», "village".
    var nouns: [(PhrasePattern, AdministrativeUnit)]
    /// The city noun, which may take a significance: «города», «қаланың», "city".
    var city: PhrasePattern
    /// The city's adjective, when the language has one: «қалалық» (it takes one significance, no
    /// ellipsis: «облыстық, республикалық маңызы бар қалалық» is an oblast and a city).
    var cityAdjective: PhrasePattern = PhrasePattern("-")
    /// The district noun, which may stand in a city: «района», «аудан», "district".
    var district: PhrasePattern
    /// The adjective of a rural district: «сельского», «аульного», «ауылдық», "rural".
    var rural: PhrasePattern
    /// The noun after that adjective: «округа», «округтің», "district".
    var ruralDistrict: PhrasePattern
    /// Significance adjectives and the city each makes: «районного» → city of district significance.
    var significance: [(PhrasePattern, AdministrativeUnit)]
    /// Where significance words stand: after the city («города областного, районного значения»,
    /// "city of regional and district significance") or before it («облыстық, аудандық маңызы бар
    /// қала»).
    var significanceOrder: SignificanceOrder
    /// The words that close (after the city) or open (before it) a significance: «значения»;
    /// «маңызы бар»; "significance".
    var significanceWords: [PhrasePattern]
    /// A word between the city and its significance: "of" ("city of district significance").
    var significanceLead: PhrasePattern?
    /// The word between a district and the city it lies in: «в» («района в городе»), "in".
    var inCity: PhrasePattern?
    /// A city in the locative before a district: «қаладағы», «астанадағы» («қаладағы аудан»).
    var cityLocative: PhrasePattern?
    /// The capital noun, which a district in a city may name in parentheses: «(столицы)».
    var capital: PhrasePattern
    /// Words allowed between units: «и», «және», «мен», "and".
    var connectors: PhrasePattern
    /// Articles skipped before a noun: "a", "the".
    var articles: PhrasePattern
    /// The word that opens an exclusion in parentheses after a unit: «(кроме районов в городах)»,
    /// "(except districts in cities)".
    var exclusionOpening: PhrasePattern?
    /// The word that closes an exclusion in parentheses before a unit: «(қалалардағы аудандардан
    /// басқа)».
    var exclusionClosing: PhrasePattern?
    /// Phrases of exclusion inside a list read backwards: the unit just before one is what the
    /// units after it are not part of («ауылдық округтің құрамына кірмейтін кент»), no unit of the
    /// title.
    var backwardSkips: [[PhrasePattern]] = []

    enum SignificanceOrder: Sendable {
        case afterCity, beforeCity
    }
}

/// Reads the coordinated list of administrative units in a title, by a grammar rather than a
/// list of known titles: «района в городе, города областного, районного значения, поселка, села,
/// сельского округа»; «облыстық, аудандық маңызы бар қала, кент, ауыл, ауылдық округ»; "cities
/// of regional and district significance, villages".
///
/// The grammar: a list is units joined by commas, parentheses or connectors, in any order and of
/// any tiers. A unit is a noun (settlement, village, oblast, capital), a rural district
/// (adjective + noun, the adjective possibly doubled in parentheses: «аульного (сельского)
/// округа»), a city with its significances (one or more, shared by ellipsis: «города областного,
/// районного значения»), or a district, which may lie in a city («района в городе
/// республиканского значения (столицы)», «республикалық маңызы бар қаладағы (астанадағы)
/// аудандар»). A parenthesised alternative adds its units («района (города областного
/// значения)»); a parenthesised exclusion adds none («(кроме районов в городах)»).
///
/// Both readers go over each word at most a bounded number of times: a title costs time linear
/// in its length.
enum UnitTitles {
    /// The units named from word `start` on, within `clause`, and where they end (the index after
    /// the last unit word; `start` when none).
    static func after(_ start: Int, in words: ClauseWords, clause: Int, vocabulary: UnitVocabulary) -> (
        units: Set<AdministrativeUnit>, end: Int
    ) {
        let reader = Reader(words: words, clause: clause, vocabulary: vocabulary)
        var units: Set<AdministrativeUnit> = []
        var position = start
        var end = start
        while reader.has(position) {
            position = reader.skipArticles(position)
            if let (found, next) = reader.unit(at: position) {
                units.formUnion(found)
                end = next
                position = next
            } else if let opening = vocabulary.exclusionOpening, reader.matches(opening, position),
                words.gap(before: position).contains("("),
                let close = reader.closingParenthesis(from: position)
            {
                end = close
                position = close
            } else if reader.matches(vocabulary.connectors, position) {
                position += 1
            } else {
                break
            }
        }
        return (units, end)
    }

    /// The units named just before word `end` (the head), back to `lowerBound` at most, within
    /// `clause`, and where they start (`end` when none).
    static func before(_ end: Int, lowerBound: Int, in words: ClauseWords, clause: Int, vocabulary: UnitVocabulary) -> (
        units: Set<AdministrativeUnit>, start: Int
    ) {
        let reader = Reader(words: words, clause: clause, vocabulary: vocabulary, lowerBound: lowerBound)
        var units: Set<AdministrativeUnit> = []
        var position = end - 1
        var start = end
        while reader.has(position) {
            if let (found, first) = reader.unit(endingAt: position) {
                units.formUnion(found)
                start = first
                position = first - 1
            } else if let closing = vocabulary.exclusionClosing, reader.matches(closing, position),
                words.gap(after: position).contains(")"),
                let open = reader.openingParenthesis(before: position)
            {
                position = open - 1
            } else if let skip = vocabulary.backwardSkips.lazy.compactMap({ reader.sequence($0, endingAt: position) }).first {
                // «…, ауылдық округтің, ауылдық округтің құрамына кірмейтін кенттің және ауылдың
                // әкімі»: the unit right before «құрамына кірмейтін» is what the next units are not
                // part of, no unit of the title; the list goes on before it.
                position = skip - 1
                if let (_, governed) = reader.unit(endingAt: position) { position = governed - 1 }
            } else if reader.matches(vocabulary.connectors, position) {
                position -= 1
            } else {
                break
            }
        }
        return (units, start)
    }

    /// One reading of a title: the words, the clause it must stay in, and the vocabulary.
    struct Reader {
        let words: ClauseWords
        let clause: Int
        let vocabulary: UnitVocabulary
        var lowerBound = 0

        func has(_ index: Int) -> Bool {
            index >= lowerBound && index < words.count && words.clause[index] == clause
        }

        func matches(_ pattern: PhrasePattern, _ index: Int) -> Bool {
            has(index) && pattern.matchesWord(words.words[index].folded)
        }

        func skipArticles(_ index: Int) -> Int {
            var position = index
            while matches(vocabulary.articles, position) { position += 1 }
            return position
        }

        /// The start of `patterns` if they end at word `index`.
        func sequence(_ patterns: [PhrasePattern], endingAt index: Int) -> Int? {
            let start = index - patterns.count + 1
            for (offset, pattern) in patterns.enumerated() where !matches(pattern, start + offset) { return nil }
            return start
        }

        /// The index after the word whose following gap closes the parenthesis opened before
        /// `index` (a dozen words at most).
        func closingParenthesis(from index: Int) -> Int? {
            var position = index
            while has(position), position < index + 12 {
                if words.gap(after: position).contains(")") { return position + 1 }
                position += 1
            }
            return nil
        }

        /// The first word inside the parenthesis closed after `index`.
        func openingParenthesis(before index: Int) -> Int? {
            var position = index
            while has(position), position > index - 12 {
                if words.gap(before: position).contains("(") { return position }
                position -= 1
            }
            return nil
        }

        /// Whether the gap after word `index` opens or closes a parenthesis.
        func crossesParenthesis(_ index: Int) -> Bool {
            guard index >= 0, index < words.count else { return false }
            let gap = words.gap(after: index)
            return gap.contains("(") || gap.contains(")")
        }

        func significance(at index: Int) -> AdministrativeUnit? {
            guard has(index) else { return nil }
            let word = words.words[index].folded
            return vocabulary.significance.first { $0.0.matchesWord(word) }?.1
        }

        // MARK: Reading forwards (Russian, English)

        /// The unit starting at word `index`, and the index after it.
        func unit(at index: Int) -> (Set<AdministrativeUnit>, Int)? {
            guard has(index) else { return nil }
            if matches(vocabulary.rural, index) {
                // «сельского округа», «аульного (сельского) округа», "rural district".
                var position = index + 1
                while matches(vocabulary.rural, position) { position += 1 }
                return matches(vocabulary.ruralDistrict, position) ? ([.ruralDistrict], position + 1) : nil
            }
            if matches(vocabulary.city, index) {
                if let (units, end) = significanceAfterCity(index + 1) { return (units, end) }
                return ([.cityOfRegionalSignificance], index + 1)
            }
            if matches(vocabulary.district, index) {
                if let inCity = vocabulary.inCity, matches(inCity, index + 1) {
                    let city = skipArticles(index + 2)
                    if matches(vocabulary.city, city) {
                        // «района в городе республиканского значения (столицы)»: the city and its
                        // parenthesis qualify the district; they are no units of their own.
                        var end = significanceAfterCity(city + 1)?.1 ?? city + 1
                        // «(столицы)», «и столицы»: the capital as the city's alternative.
                        let joined = matches(vocabulary.connectors, end) && !words.gap(before: end).contains(",")
                        let capital = skipArticles(joined ? end + 1 : end)
                        if joined || words.gap(before: end).contains("("), matches(vocabulary.capital, capital) { end = capital + 1 }
                        return ([.districtInCity], end)
                    }
                }
                return ([.district], index + 1)
            }
            let word = words.words[index].folded
            if let noun = vocabulary.nouns.first(where: { $0.0.matchesWord(word) }) { return ([noun.1], index + 1) }
            return nil
        }

        /// «областного, районного значения», "of regional and district significance" from `index`.
        func significanceAfterCity(_ index: Int) -> (Set<AdministrativeUnit>, Int)? {
            guard vocabulary.significanceOrder == .afterCity else { return nil }
            var position = index
            if let lead = vocabulary.significanceLead {
                guard matches(lead, position) else { return nil }
                position += 1
            }
            var units: Set<AdministrativeUnit> = []
            while has(position) {
                // «города районного (областного) значения»: a significance in parentheses is an
                // alternative one, read as the others.
                if let unit = significance(at: position) {
                    units.insert(unit)
                    position += 1
                } else if !units.isEmpty, matches(vocabulary.connectors, position), significance(at: position + 1) != nil {
                    position += 1
                } else {
                    break
                }
            }
            guard !units.isEmpty else { return nil }
            for pattern in vocabulary.significanceWords {
                guard matches(pattern, position) else { return nil }
                position += 1
            }
            return (units, position)
        }

        // MARK: Reading backwards (Kazakh; English before the head)

        /// The unit whose last word is `index`, and the index of its first word.
        func unit(endingAt index: Int) -> (Set<AdministrativeUnit>, Int)? {
            guard has(index) else { return nil }
            if matches(vocabulary.ruralDistrict, index), matches(vocabulary.rural, index - 1) {
                var start = index - 1
                while matches(vocabulary.rural, start - 1) { start -= 1 }
                return ([.ruralDistrict], start)
            }
            if matches(vocabulary.city, index) {
                if let (units, start) = significanceBeforeCity(index) { return (units, start) }
                return ([.cityOfRegionalSignificance], index)
            }
            if matches(vocabulary.district, index) {
                var start = index
                if let locative = vocabulary.cityLocative {
                    // «республикалық маңызы бар қаладағы (астанадағы) аудандар».
                    while matches(locative, start - 1) { start -= 1 }
                    if start < index {
                        if let (_, qualified) = significanceBeforeCity(start) { start = qualified }
                        return ([.districtInCity], start)
                    }
                }
                return ([.district], index)
            }
            let word = words.words[index].folded
            if let noun = vocabulary.nouns.first(where: { $0.0.matchesWord(word) }) { return ([noun.1], index) }
            return nil
        }

        /// «облыстық, аудандық маңызы бар» before the city at `city`: the significances and where
        /// they start.
        func significanceBeforeCity(_ city: Int) -> (Set<AdministrativeUnit>, Int)? {
            guard vocabulary.significanceOrder == .beforeCity,
                let opening = sequence(vocabulary.significanceWords, endingAt: city - 1)
            else { return nil }
            // «облыстық, республикалық маңызы бар қалалық, астаналық әкімдік»: a chain of
            // adjectives, each its own unit; the ellipsis «облыстық, аудандық маңызы бар қала»
            // shares the significance of a city named by its noun.
            let sharesSignificance = !matches(vocabulary.cityAdjective, city)
            var units: Set<AdministrativeUnit> = []
            var position = opening - 1
            var start = opening
            while has(position) {
                if !units.isEmpty, crossesParenthesis(position) { break }
                if let unit = significance(at: position), units.isEmpty || sharesSignificance {
                    units.insert(unit)
                    start = position
                    position -= 1
                } else if !units.isEmpty, matches(vocabulary.connectors, position), significance(at: position - 1) != nil {
                    position -= 1
                } else {
                    break
                }
            }
            return units.isEmpty ? nil : (units, start)
        }
    }
}

extension ClauseWords {
    /// The text between word `index` and the next word (or the end of the text): «, », « (».
    func gap(after index: Int) -> Substring {
        let start = words[index].range.upperBound
        let end = index + 1 < words.count ? words[index + 1].range.lowerBound : text.endIndex
        return text[start..<end]
    }

    /// The text between the word before `index` (or the start of the text) and word `index`.
    func gap(before index: Int) -> Substring {
        index > 0 ? gap(after: index - 1) : text[text.startIndex..<words[index].range.lowerBound]
    }
}

/// The forms of a Kazakh noun in a title: bare, plural, possessive and genitive, in the
/// combinations an izafet list uses («ауыл», «ауылдар», «ауылы», «ауылдың», «ауылдардың»,
/// «ауылдарының»). Vowel harmony and the consonant of each suffix are not checked: a form that
/// breaks them never occurs, and the locative and other cases stay out.
func kazakhNounForms(_ stems: [String]) -> String {
    let plural = ["лар", "лер", "дар", "дер", "тар", "тер"]
    let possessive = ["ы", "і", "сы", "сі"]
    let genitive = ["ның", "нің", "дың", "дің", "тың", "тің"]
    var forms: [String] = []
    for stem in stems {
        forms.append(stem)
        forms += possessive.map { stem + $0 } + genitive.map { stem + $0 }
        forms += ["ының", "інің", "сының", "сінің"].map { stem + $0 }
        for plural in plural {
            forms.append(stem + plural)
            forms += ["ы", "і"].map { stem + plural + $0 }
            forms += ["дың", "дің"].map { stem + plural + $0 }
            forms += ["ының", "інің"].map { stem + plural + $0 }
        }
    }
    return forms.joined(separator: "|")
}
