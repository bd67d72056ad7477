import KuzyretCore

/// Finds cross-references in provision text and resolves them to addresses (DESIGN.md §8).
///
/// Russian cites innermost first («подпункта 1) пункта 1 статьи 6 настоящего Закона»), Kazakh
/// outermost first («осы Заңның 6-бабы 1-тармағының 1) тармақшасына»); both give
/// `art_6__para_1__point_1`. Lists and ranges («подпункты 1)–5)», «2, 3 и 5») give one target
/// each. An act cited by name («Бюджетным кодексом Республики Казахстан») resolves through the
/// catalog's `cited_as` forms.
public struct ReferenceFinder: Sendable {
    /// A level of the provision tree a citation names.
    enum Level: Int, Comparable, Sendable {
        case chapter = 0
        case article, paragraph, point
        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        var eIdPrefix: String {
            switch self {
            case .chapter: "chp"
            case .article: "art"
            case .paragraph: "para"
            case .point: "point"
            }
        }
    }

    /// One level of a citation and the numbers it names.
    struct Group {
        var level: Level
        var numbers: [String]
    }

    struct ActForm {
        var id: String
        var date: LegalDate?
        var pattern: PhrasePattern
    }

    let acts: [ActForm]
    /// The forms (indices into ``acts``) by the first letters of their first word: a text is
    /// tried only against the names one of its words can start (there are hundreds of names).
    let actsByLeadingLetters: [UInt64: [Int]]
    /// Forms that may start with any word.
    let actsStartingAnywhere: [Int]
    /// How many first letters ``actsByLeadingLetters`` is keyed by.
    static let leadingLength = 3

    /// A finder that resolves act names through `catalog`.
    public init(catalog: ActCatalog) {
        var forms: [ActForm] = []
        for entry in catalog.entries {
            for name in (entry.citedAs ?? []) + entry.titles.values.sorted() {
                // A crude stem of each word, so «Бюджетным кодексом» matches «Бюджетный кодекс».
                let words = MatchWords.tokens(of: name).filter(\.isWord).map(\.folded)
                guard words.count >= 1 else { continue }
                let stems = words.map { word -> String in
                    let letters = Array(word)
                    if letters.count <= 4 || letters.allSatisfy(\.isNumber) { return word }
                    return String(letters.prefix(max(4, letters.count - 2))) + "*"
                }
                forms.append(ActForm(id: entry.id, date: entry.date, pattern: PhrasePattern(stems.joined(separator: " "), gap: 0)))
            }
        }
        // Longer names first, so «Бюджетный кодекс Республики Казахстан» wins over «Бюджетный кодекс».
        acts = forms.sorted { $0.pattern.description.count > $1.pattern.description.count }
        var byLetters: [UInt64: [Int]] = [:]
        var anywhere: [Int] = []
        for (index, form) in acts.enumerated() {
            guard let letters = form.pattern.leadingLetters(Self.leadingLength) else {
                anywhere.append(index)
                continue
            }
            for key in Set(letters.map { Self.lettersKey($0.unicodeScalars) }) { byLetters[key, default: []].append(index) }
        }
        actsByLeadingLetters = byLetters
        actsStartingAnywhere = anywhere
    }

    /// The first letters `scalars` (up to ``leadingLength``) packed into one number.
    static func lettersKey<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64 {
        var key: UInt64 = 0
        for scalar in scalars.prefix(leadingLength) { key = key << 21 | UInt64(scalar.value) }
        return key
    }

    /// The act forms a name in `words` could match, in the order of ``acts``.
    func candidateActs(in words: ClauseWords) -> [ActForm] {
        var chosen = [Bool](repeating: false, count: acts.count)
        for index in actsStartingAnywhere { chosen[index] = true }
        for word in words.words {
            var key: UInt64 = 0
            for scalar in word.folded.unicodeScalars.prefix(Self.leadingLength) {
                key = key << 21 | UInt64(scalar.value)
                if let found = actsByLeadingLetters[key] { for index in found { chosen[index] = true } }
            }
        }
        return acts.indices.filter { chosen[$0] }.map { acts[$0] }
    }

    /// The references in `text`, cited from `eid` of `statute`.
    /// `words`, when given, is the statute's memo of cut texts.
    public func references(in text: String, from eid: String, statute: Statute, knownEids: Set<String>, words memo: WordMemo? = nil)
        -> [CrossReference]
    {
        let tokens = memo?.tokens(of: text) ?? MatchWords.tokens(of: text)
        let lang = statute.act.lang
        let levels: [(PhrasePattern, Level)]
        switch lang {
        case .rus: levels = Self.russianLevels
        case .kaz: levels = Self.kazakhLevels
        case .eng: levels = Self.englishLevels
        }
        let from = statute.address(eid: eid)
        var result: [CrossReference] = []
        var covered = -1
        var index = 0
        while index < tokens.count {
            if index <= covered {
                index += 1
                continue
            }
            guard let chain = readChain(tokens, at: index, levels: levels, lang: lang) else {
                index += 1
                continue
            }
            // Where the act is named: after the chain (rus, eng), before it (kaz), or both.
            let context = scope(tokens, chain: chain.range, lang: lang, statute: statute)
            let groups = chain.groups.sorted { $0.level < $1.level }
            let base =
                context.isCurrentArticle || (context.act == nil && !groups.contains { $0.level <= .article })
                ? Self.ancestors(of: eid, upTo: groups.first?.level ?? .point) : []
            var eids: [String] = []
            for combination in Self.expand(groups) {
                eids.append((base + combination.map { "\($0.level.eIdPrefix)_\($0.number)" }).joined(separator: EId.separator))
            }
            let spanRange = chain.range.lowerBound..<max(chain.range.upperBound, context.end)
            let spanStart = min(spanRange.lowerBound, context.start)
            let span = String(text[tokens[spanStart].range.lowerBound..<tokens[spanRange.upperBound - 1].range.upperBound])
            let targetAct = context.act ?? (context.external ? nil : statute.act.id)
            let resolved = targetAct != nil && (context.act != nil && context.act != statute.act.id || eids.allSatisfy(knownEids.contains))
            result.append(
                CrossReference(
                    from: from, span: span, scope: context.external ? .external : .internal,
                    targetAct: targetAct, targetEids: eids, resolved: resolved))
            covered = spanRange.upperBound - 1
            index = spanRange.upperBound
        }
        // Acts cited by name with no provision.
        let words = ClauseWords(text, tokens: tokens)
        var usedWords = Set<Int>()
        for form in candidateActs(in: words) {
            for match in form.pattern.matches(in: words) where usedWords.isDisjoint(with: match) {
                let start = words.words[match.lowerBound].range.lowerBound
                let end = words.words[match.upperBound - 1].range.upperBound
                guard !result.contains(where: { $0.span.contains(String(text[start..<end])) }) else { continue }
                usedWords.formUnion(match)
                guard form.id != statute.act.id else { continue }
                result.append(
                    CrossReference(
                        from: from, span: String(text[start..<end]), scope: .external,
                        targetAct: form.id, targetEids: [], resolved: true))
            }
        }
        return result
    }

    /// A run of level words and numbers: «подпункта 1) пункта 1 статьи 6», «6-бабы 1-тармағының».
    func readChain(_ tokens: [MatchWord], at start: Int, levels: [(PhrasePattern, Level)], lang: Language)
        -> (groups: [Group], range: Range<Int>)?
    {
        var groups: [Group] = []
        var index = start
        var end = start
        while index < tokens.count {
            if lang == .kaz {
                // Kazakh: numbers, then the level word: «6-бабы», «1) тармақшасына», «1, 2-тармақтары».
                var (numbers, after) = readNumbers(tokens, at: index)
                if after < tokens.count, tokens[after].folded == "-" { after += 1 }
                guard !numbers.isEmpty, after < tokens.count, tokens[after].isWord,
                    let level = levels.first(where: { $0.0.matchesWord(tokens[after].folded) })?.1
                else { break }
                groups.append(Group(level: level, numbers: numbers))
                index = after + 1
                end = index
            } else {
                guard tokens[index].isWord, let level = levels.first(where: { $0.0.matchesWord(tokens[index].folded) })?.1 else { break }
                var next = index + 1
                if next < tokens.count, tokens[next].folded == "." { next += 1 }  // «ст. 6», «пп. 1)»
                let (numbers, after) = readNumbers(tokens, at: next)
                guard !numbers.isEmpty else { break }
                groups.append(Group(level: level, numbers: numbers))
                index = after
                end = index
            }
        }
        // One level only, with no number-like context, is still a reference («статьей 35»).
        guard !groups.isEmpty else { return nil }
        // Levels must not repeat.
        guard Set(groups.map(\.level)).count == groups.count else { return (Array(groups.prefix(1)), start..<end) }
        return (groups, start..<end)
    }

    /// Numbers from `index`: `1`, `4-1`, `1)`, lists `1), 2) и 5)`, ranges `1)–5)`.
    func readNumbers(_ tokens: [MatchWord], at start: Int) -> ([String], Int) {
        var numbers: [String] = []
        var index = start
        var pendingRange = false
        while index < tokens.count, tokens[index].isNumber {
            var number = tokens[index].folded
            index += 1
            while index + 1 < tokens.count, tokens[index].folded == "-", tokens[index + 1].isNumber {
                number += "-" + tokens[index + 1].folded
                index += 2
            }
            if index < tokens.count, tokens[index].folded == ")" { index += 1 }
            if pendingRange, let first = numbers.last, let low = Int(first), let high = Int(number), high > low, high - low <= 60 {
                numbers.append(contentsOf: (low + 1...high).map(String.init))
            } else {
                numbers.append(number)
            }
            pendingRange = false
            // A list or a range continues: «, », «и», «және», «and», «-» / «–» between numbers.
            if index + 1 < tokens.count, tokens[index + 1].isNumber,
                [",", "-", "и", "және", "and", "or", "или"].contains(tokens[index].folded)
            {
                pendingRange = tokens[index].folded == "-"
                index += 1
                continue
            }
            break
        }
        return (numbers, index)
    }

    /// How a chain is scoped: the current article, the current act, or a named act.
    struct Context {
        var act: String?
        var external = false
        var isCurrentArticle = false
        var start: Int
        var end: Int
    }

    func scope(_ tokens: [MatchWord], chain: Range<Int>, lang: Language, statute: Statute) -> Context {
        var context = Context(start: chain.lowerBound, end: chain.upperBound)
        func word(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].folded : nil }
        switch lang {
        case .rus, .eng:
            let next = word(chain.upperBound)
            let after = word(chain.upperBound + 1)
            if ["настоящей", "этой", "this"].contains(next ?? ""), ["статьи", "article"].contains(after ?? "") {
                context.isCurrentArticle = true
                context.end = min(tokens.count, chain.upperBound + 2)
            } else if ["настоящего", "настоящим", "this"].contains(next ?? "") {
                context.end = min(tokens.count, chain.upperBound + 2)
            } else if let found = namedAct(tokens, from: chain.upperBound, within: 14) {
                context.act = found.id
                context.external = found.id != statute.act.id
                context.end = found.end
            } else if let next, ["закона", "кодекса", "law", "code"].contains(next) {
                context.external = true
                context.end = chain.upperBound + 1
            }
        case .kaz:
            let previous = word(chain.lowerBound - 1)
            let before = word(chain.lowerBound - 2)
            if before == "осы", (previous ?? "").hasPrefix("бап") || (previous ?? "").hasPrefix("тармақ") {
                context.isCurrentArticle = (previous ?? "").hasPrefix("бап")
                context.start = chain.lowerBound - 2
            } else if previous == "осы" || before == "осы" {
                context.start = chain.lowerBound - (previous == "осы" ? 1 : 2)
            } else if let found = namedActBefore(tokens, before: chain.lowerBound, within: 16) {
                context.act = found.id
                context.external = found.id != statute.act.id
                context.start = found.start
            } else if let previous, previous.hasPrefix("заңы") || previous.hasPrefix("кодекс") {
                context.external = true
            }
        }
        return context
    }

    func namedAct(_ tokens: [MatchWord], from start: Int, within count: Int) -> (id: String, end: Int)? {
        actNamed(in: tokens, start..<min(tokens.count, start + count)).map { ($0.id, $0.tokens.upperBound) }
    }

    func namedActBefore(_ tokens: [MatchWord], before end: Int, within count: Int) -> (id: String, start: Int)? {
        actNamed(in: tokens, max(0, end - count)..<end).map { ($0.id, $0.tokens.lowerBound) }
    }

    /// The first catalog act named among `tokens[range]`, and the tokens its name covers.
    func actNamed(in tokens: [MatchWord], _ range: Range<Int>) -> (id: String, tokens: Range<Int>)? {
        guard !range.isEmpty else { return nil }
        let window = Array(tokens[range])
        let words = ClauseWords(window.map(\.folded).joined(separator: " "))
        let wordTokens = window.indices.filter { window[$0].isWord }
        for form in candidateActs(in: words) {
            guard let match = form.pattern.firstMatch(in: words), match.upperBound - 1 < wordTokens.count else { continue }
            return (form.id, range.lowerBound + wordTokens[match.lowerBound]..<range.lowerBound + wordTokens[match.upperBound - 1] + 1)
        }
        return nil
    }

    /// The eId components of `eid` above `level`: for `art_35__para_1__point_2` and `.point`,
    /// `["art_35", "para_1"]`.
    static func ancestors(of eid: String, upTo level: Level) -> [String] {
        EId(eid).components.filter { component in
            let prefix = component.split(separator: "_").first.map(String.init) ?? ""
            switch prefix {
            case "art": return level > .article
            case "para": return level > .paragraph
            default: return false
            }
        }
    }

    /// Every combination of the groups' numbers, outermost first.
    static func expand(_ groups: [Group]) -> [[(level: Level, number: String)]] {
        var result: [[(level: Level, number: String)]] = [[]]
        for group in groups {
            result = result.flatMap { prefix in group.numbers.map { prefix + [(group.level, $0)] } }
        }
        return result
    }
}

extension Statute {
    /// The full address of the provision with `eid`.
    public func address(eid: String) -> String { ProvisionAddress(act: act.id, lang: act.lang, eid: eid).description }
}
