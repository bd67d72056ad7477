import KuzyretCore

/// Finds the public actors a text names, with the units of their titles and their role in the
/// clause (DESIGN.md §6).
///
/// `ActorLexicon.mentions(in: ClauseWords("Акимы поселка, села, сельского округа организуют …"),
/// lang: .rus)` gives one mention: head akim, units settlement, village and rural district, role
/// subject; its ``ActorMention/actors`` are `[.aulAkim]`.
public enum ActorLexicon {
    /// Every actor mention in `words`, in text order.
    public static func mentions(in words: ClauseWords, lang: Language) -> [ActorMention] {
        let grammar = ActorGrammar.grammar(for: lang)
        var result: [ActorMention] = []
        var index = 0
        while index < words.count {
            if var mention = mention(at: index, in: words, grammar: grammar, lang: lang) {
                // Units read backwards must not reach into the previous mention.
                if let last = result.last, mention.words.lowerBound < last.words.upperBound {
                    let lower = last.words.upperBound
                    mention.words = lower..<max(lower, mention.words.upperBound)
                }
                result.append(mention)
                index = max(mention.words.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        switch lang {
        case .rus: russianPasses(&result, in: words, grammar: grammar)
        case .kaz: kazakhPasses(&result, in: words, grammar: grammar)
        case .eng: englishPasses(&result, in: words, grammar: grammar)
        }
        return result
    }

    /// The mention whose head word is at `index`, if that word is a head.
    static func mention(at index: Int, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> ActorMention? {
        let word = words.words[index].folded
        var head: ActorMention.Head
        var start = index
        var headIndex = index
        if grammar.akim.matchesWord(word) {
            head = .akim
        } else if grammar.akimat.matchesWord(word) {
            head = .akimat
        } else if grammar.maslikhat.matchesWord(word) {
            head = .maslikhat
        } else if let end = matchSequence(grammar.community, in: words, at: index) {
            return phraseMention(.community, words: index..<end, in: words, grammar: grammar, lang: lang)
        } else if let end = matchSequence(grammar.selfGovernment, in: words, at: index) {
            var start = index
            if lang == .kaz, index > 0, words.words[index - 1].folded == "жергілікті" { start -= 1 }
            return phraseMention(.selfGovernment, words: start..<end, in: words, grammar: grammar, lang: lang)
        } else if let end = matchSequence(grammar.executiveBody, in: words, at: index) {
            return executiveBodyMention(index..<end, in: words, grammar: grammar, lang: lang)
        } else {
            return nil
        }
        var units: Set<AdministrativeUnit> = []
        var end = index + 1
        switch lang {
        case .rus:
            // «аппарат акима …»: the office is the head.
            if head == .akim, index > 0, grammar.office.matchesWord(words.words[index - 1].folded),
                words.clause[index - 1] == words.clause[index]
            {
                head = .office
                start = index - 1
                headIndex = index - 1
            }
            (units, end) = parseUnits(in: words, from: index + 1, grammar: grammar)
            // «районный (города областного значения) акимат»: an adjective before the head.
            for distance in 1...5 where start - distance >= 0 {
                let position = start - distance
                guard words.clause[position] == words.clause[start] else { break }
                let adjective = words.words[position].folded
                let unit: AdministrativeUnit? =
                    adjective.hasPrefix("районн") ? .district : adjective.hasPrefix("областн") ? .oblast
                    : adjective.hasPrefix("городск") ? .cityOfRegionalSignificance : nil
                guard let unit else { continue }
                let between = parseUnits(in: words, from: position + 1, grammar: grammar)
                if distance == 1 || between.end == start {
                    units.insert(unit)
                    units.formUnion(between.units)
                    start = position
                    break
                }
            }
        case .kaz:
            // «… әкімінің аппараты», «әкім аппараты»: the office is the head.
            if head == .akim, index + 1 < words.count, grammar.office.matchesWord(words.words[index + 1].folded),
                words.clause[index + 1] == words.clause[index]
            {
                head = .office
                end = index + 2
                headIndex = index + 1
            }
            let found = unitsBefore(index, in: words, grammar: grammar)
            units = found.units
            start = found.start
        case .eng:
            if head == .akim, index + 2 < words.count, words.words[index + 1].folded == "s",
                grammar.office.matchesWord(words.words[index + 2].folded)
            {
                head = .office
                end = index + 3
            } else if head == .akim, index >= 2, words.words[index - 1].folded == "of",
                grammar.office.matchesWord(words.words[index - 2].folded)
            {
                head = .office  // «office of akim …»
                start = index - 2
                headIndex = index - 2
            } else if head == .akim, index >= 3, words.words[index - 1].folded == "the", words.words[index - 2].folded == "of",
                grammar.office.matchesWord(words.words[index - 3].folded)
            {
                head = .office  // «office of the akim …»
                start = index - 3
                headIndex = index - 3
            }
            var after = parseUnits(in: words, from: end, grammar: grammar)
            if after.units.isEmpty { after.end = end }
            units = after.units
            end = after.end
            if head != .office || start == index {
                let before = unitsBefore(index, in: words, grammar: grammar)
                units.formUnion(before.units)
                start = min(start, before.start)
            }
        }
        let range = start..<end
        var mention = ActorMention(
            head: head, units: units, role: .other, words: range, clause: words.clause[index])
        if isSuperior(start: start, head: headIndex, in: words, grammar: grammar, lang: lang) {
            mention.role = .superior
        } else {
            (mention.role, mention.isAgent) = role(of: range, head: headIndex, in: words, grammar: grammar, lang: lang)
        }
        return mention
    }

    /// A mention named by a fixed phrase (the community meeting, local self-government).
    static func phraseMention(_ head: ActorMention.Head, words range: Range<Int>, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> ActorMention {
        let headIndex = lang == .rus && head == .selfGovernment ? range.lowerBound : lang == .rus && head == .community ? range.lowerBound : range.upperBound - 1
        let (role, isAgent) = role(of: range, head: headIndex, in: words, grammar: grammar, lang: lang)
        return ActorMention(head: head, units: [], role: role, words: range, clause: words.clause[range.lowerBound], isAgent: isAgent)
    }

    /// «местный исполнительный орган района», «аудандық атқарушы орган», «local executive body
    /// of the district»: the akimat of the unit named.
    static func executiveBodyMention(_ phrase: Range<Int>, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> ActorMention {
        var start = phrase.lowerBound
        var end = phrase.upperBound
        var units: Set<AdministrativeUnit> = []
        let clause = words.clause[start]
        func word(_ index: Int) -> String? { index >= 0 && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil }
        switch lang {
        case .rus, .eng:
            for _ in 0..<2 {
                guard let before = word(start - 1) else { break }
                if before.hasPrefix("районн") || before == "district" { units.insert(.district); start -= 1 }
                else if before.hasPrefix("областн") || before == "regional" || before == "oblast" { units.insert(.oblast); start -= 1 }
                else if before.hasPrefix("местн") || before == "local" { start -= 1 }
                else { break }
            }
            let after = parseUnits(in: words, from: end, grammar: grammar)
            units.formUnion(after.units)
            end = max(end, after.end)
        case .kaz:
            if word(start - 1) == "жергілікті" { start -= 1 }
            let before = unitsBefore(start, in: words, grammar: grammar)
            units = before.units
            start = before.start
        }
        let range = start..<end
        let (role, isAgent) = role(of: range, head: phrase.upperBound - 1, in: words, grammar: grammar, lang: lang)
        return ActorMention(head: .executiveBody, units: units, role: role, words: range, clause: clause, isAgent: isAgent)
    }

    /// Whether the words of `patterns` follow one another from `index`; the end if so.
    static func matchSequence(_ patterns: [PhrasePattern], in words: ClauseWords, at index: Int) -> Int? {
        var position = index
        for pattern in patterns {
            guard position < words.count, words.clause[position] == words.clause[index],
                pattern.matchesWord(words.words[position].folded)
            else { return nil }
            position += 1
        }
        return position
    }

    /// The units named from `index` on, and where they end.
    /// `clause` is the clause the units must stay in: by default the clause of the word before
    /// `index` (the head they follow).
    static func parseUnits(in words: ClauseWords, from index: Int, grammar: ActorGrammar, clause given: Int? = nil) -> (units: Set<AdministrativeUnit>, end: Int) {
        var units: Set<AdministrativeUnit> = []
        var position = index
        var end = index
        guard index < words.count else { return (units, end) }
        let clause = given ?? words.clause[max(0, index - 1)]
        while position < words.count, words.clause[position] == clause {
            if let phrase = grammar.units.first(where: { matchSequence($0.words, in: words, at: position) != nil }) {
                position = matchSequence(phrase.words, in: words, at: position)!
                units.insert(phrase.unit)
                end = position
            } else if grammar.connectors.matchesWord(words.words[position].folded) {
                position += 1
            } else if let skip = grammar.skips.lazy.compactMap({ matchSequence($0, in: words, at: position) }).first {
                position = skip
            } else {
                break
            }
        }
        return (units, end)
    }

    /// The units named just before word `index` (Kazakh, English) and where they start.
    static func unitsBefore(_ index: Int, in words: ClauseWords, grammar: ActorGrammar) -> (units: Set<AdministrativeUnit>, start: Int) {
        var start = max(0, index - 16)
        while start < index {
            if words.clause[start] == words.clause[index], !grammar.connectors.matchesWord(words.words[start].folded) {
                let parsed = parseUnits(in: words, from: start, grammar: grammar, clause: words.clause[index])
                if parsed.end == index, !parsed.units.isEmpty { return (parsed.units, start) }
            }
            start += 1
        }
        return ([], index)
    }

    static func isSuperior(start: Int, head: Int, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> Bool {
        switch lang {
        case .rus, .eng:
            for position in max(0, start - 2)..<head where grammar.superior.matchesWord(words.words[position].folded) {
                return true
            }
            return false
        case .kaz:
            guard start >= 2 else { return false }
            return words.words[start - 1].folded == "тұрған" && words.words[start - 2].folded == "жоғары"
        }
    }

    /// Whether the clause has a passive verb before `position`, so an instrumental actor after it
    /// is its agent («разрабатывается аппаратом акима»; not «Принятие маслихатом решений
    /// осуществляется»).
    static func isPassive(clause: Int, before position: Int, in words: ClauseWords, grammar: ActorGrammar) -> Bool {
        for index in 0..<position where words.clause[index] == clause {
            let word = words.words[index].folded
            if !grammar.passiveSuffix.isEmpty, word.count > 4, word.hasSuffix(grammar.passiveSuffix) { return true }
            if grammar.passive.matchesWord(word) { return true }
        }
        return false
    }

    /// The role of the mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func role(of range: Range<Int>, head: Int, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> (ActorMention.Role, Bool) {
        switch lang {
        case .rus: russianRole(of: range, head: head, in: words, grammar: grammar)
        case .kaz: kazakhRole(of: range, head: head, in: words, grammar: grammar)
        case .eng: englishRole(of: range, head: head, in: words, grammar: grammar)
        }
    }

    /// «через маслихаты и другие органы …», «совместно с … органом … и акимами»: a mention joined
    /// to an object by «и» or “and” is an object too (Russian and English).
    static func objectsJoinedByConjunction(_ result: inout [ActorMention], in words: ClauseWords) {
        for position in result.indices.dropFirst() where result[position].role == .subject {
            let previous = result[position - 1]
            guard previous.role == .other || previous.role == .superior, previous.clause == result[position].clause else { continue }
            let gap = previous.words.upperBound..<result[position].words.lowerBound
            guard gap.count <= 3, gap.contains(where: { ["и", "или", "and", "or"].contains(words.words[$0].folded) }),
                gap.allSatisfy({ ["и", "или", "а", "также", "другие", "других", "иные", "иных", "and", "or", "other"].contains(words.words[$0].folded) })
            else { continue }
            result[position].role = .other
        }
    }
}
