import KuzyretCore

/// Finds the delegation flags of one provision's text (DESIGN.md §7).
public enum FlagDetector {
    /// The flags in `words`, at most one per kind (the first match), in kind order.
    ///
    /// Agreement with or submission to the local community meeting alone is not flagged: it is
    /// accountability to residents. Accountability to residents («подотчетен собранию местного
    /// сообщества») is not flagged as upward either.
    ///
    /// `holders` are the actors whose competence the text defines. Rules that need a superior
    /// counterpart («по поручению вышестоящего акима», «для утверждения маслихатом») measure
    /// superiority against the aul akim, so they apply only when the holders are in the rural tier,
    /// or are not known.
    public static func flags(in words: ClauseWords, lang: Language, mentions: [ActorMention], holders: [PublicActor] = [])
        -> [DelegationFlag]
    {
        var found: [FlagKind: DelegationFlag] = [:]
        let aulLevel = holders.isEmpty || holders.contains(where: \.isRuralTier)
        for rule in FlagRules.rules(for: lang) where found[rule.kind] == nil {
            if case .superior = rule.requirement, !aulLevel { continue }
            for match in rule.pattern.matches(in: words) {
                if let flag = flag(rule, match: match, in: words, lang: lang, mentions: mentions) {
                    found[rule.kind] = flag
                    break
                }
            }
        }
        return found.keys.sorted().map { found[$0]! }
    }

    static func flag(_ rule: FlagRule, match found: Range<Int>, in words: ClauseWords, lang: Language, mentions: [ActorMention])
        -> DelegationFlag?
    {
        let clause = words.clause[found.lowerBound]
        var match = found
        if let extend = rule.extendTo {
            // «в порядке, установленном законодательством», «по представлению главного … инспектора».
            for position in found.upperBound..<min(words.count, found.upperBound + 6) where words.clause[position] == clause {
                if extend.matchesWord(words.words[position].folded) {
                    match = found.lowerBound..<position + 1
                    break
                }
            }
        }
        let window: Range<Int>
        switch rule.counterpart {
        case .none:
            return DelegationFlag(kind: rule.kind, span: words.span(match))
        case .after(let count):
            window = match.upperBound..<min(words.count, match.upperBound + count)
        case .before(let count):
            window = max(0, match.lowerBound - count)..<match.lowerBound
        }
        // The one who acts is no counterpart of its own clause: in «Ауыл әкімі жергілікті
        // қоғамдастық жиналысымен келісу бойынша …» the window before «келісу» holds the akim
        // itself; the counterpart is the community meeting (an agent of a passive verb counts).
        let nearby = Self.overlapping(window, in: mentions).filter { $0.clause == clause && !($0.isActing && !$0.isAgent) }
        let residents = nearby.filter { $0.head == .community }
        let others = nearby.filter { $0.head != .community }
        // A local executive body is an akimat, of a district or above: superior to the aul akim.
        let superiors = others.filter {
            $0.role == .superior || $0.head == .executiveBody || $0.actors.contains(where: \.isSuperiorToAulAkim)
        }
        // «несут ответственность перед населением», «халқының алдында жауапты»: to residents.
        let adjacent: Int
        switch rule.counterpart {
        case .after: adjacent = match.upperBound
        case .before: adjacent = match.lowerBound - 1
        case .none: adjacent = -1
        }
        if adjacent >= 0, adjacent < words.count, words.clause[adjacent] == clause,
            residentsWords(for: lang).matchesWord(words.words[adjacent].folded)
        {
            return nil
        }
        switch rule.requirement {
        case .superior:
            guard let first = superiors.first else { return nil }
            return DelegationFlag(kind: rule.kind, span: words.span(join(match, first.words)), counterparts: counterparts(superiors))
        case .notResidentsOnly:
            if !residents.isEmpty && others.isEmpty { return nil }
            guard !others.isEmpty else { return DelegationFlag(kind: rule.kind, span: words.span(match)) }
            // The span runs from the phrase to the first counterpart that is not the residents.
            let nearest = others.first!
            return DelegationFlag(kind: rule.kind, span: words.span(join(match, nearest.words)), counterparts: counterparts(others))
        }
    }

    /// The mentions (in text order, as ``ActorLexicon`` gives them) whose words overlap `window`:
    /// found by binary search, so a text with many mentions and many matching phrases costs no
    /// more than its length times a logarithm.
    static func overlapping(_ window: Range<Int>, in mentions: [ActorMention]) -> ArraySlice<ActorMention> {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].words.upperBound <= window.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < mentions.count, mentions[end].words.lowerBound < window.upperBound { end += 1 }
        return mentions[low..<end].filter { window.overlaps($0.words) }[...]
    }

    /// Words naming the residents themselves: the population, the citizens.
    static func residentsWords(for lang: Language) -> PhrasePattern {
        switch lang {
        case .rus: russianResidents
        case .kaz: kazakhResidents
        case .eng: englishResidents
        }
    }

    static func join(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Range<Int> {
        min(lhs.lowerBound, rhs.lowerBound)..<max(lhs.upperBound, rhs.upperBound)
    }

    static func counterparts(_ mentions: [ActorMention]) -> [PublicActor] {
        Array(Set(mentions.flatMap(\.actors))).sorted()
    }
}
