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
        let facts = ClauseFacts(words)
        var result: [ActorMention] = []
        var index = 0
        while index < words.count {
            if var mention = mention(
                at: index, after: result.last?.words.upperBound ?? 0, in: words, facts: facts, grammar: grammar, lang: lang)
            {
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
        case .rus: russianPasses(&result, in: words, facts: facts, grammar: grammar)
        case .kaz: kazakhPasses(&result, in: words, facts: facts, grammar: grammar)
        case .eng: englishPasses(&result, in: words, facts: facts, grammar: grammar)
        }
        return result
    }

    /// The words of one mention while it is read: its head, its span and its units.
    struct Title {
        var head: ActorMention.Head
        /// The first word of the mention.
        var start: Int
        /// The index after its last word.
        var end: Int
        /// The word whose form tells the mention's case.
        var headIndex: Int
        var units: Set<AdministrativeUnit> = []
    }

    /// The mention whose head word is at `index`, if that word is a head; its units read
    /// backwards stop at `lowerBound` (the end of the previous mention).
    static func mention(
        at index: Int, after lowerBound: Int, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar, lang: Language
    ) -> ActorMention? {
        let word = words.words[index].folded
        let head: ActorMention.Head
        if grammar.akim.matchesWord(word) {
            head = .akim
        } else if grammar.akimat.matchesWord(word) {
            head = .akimat
        } else if grammar.maslikhat.matchesWord(word) {
            head = .maslikhat
        } else if let end = matchSequence(grammar.community, in: words, at: index) {
            return phraseMention(.community, words: index..<end, in: words, facts: facts, grammar: grammar, lang: lang)
        } else if let end = matchSequence(grammar.selfGovernment, in: words, at: index) {
            var start = index
            if lang == .kaz, index > 0, words.words[index - 1].folded == "жергілікті" { start -= 1 }
            return phraseMention(.selfGovernment, words: start..<end, in: words, facts: facts, grammar: grammar, lang: lang)
        } else if let end = matchSequence(grammar.executiveBody, in: words, at: index) {
            return bodyMention(.executiveBody, index..<end, after: lowerBound, in: words, facts: facts, grammar: grammar, lang: lang)
        } else if let end = matchSequence(grammar.representativeBody, in: words, at: index) {
            return bodyMention(.maslikhat, index..<end, after: lowerBound, in: words, facts: facts, grammar: grammar, lang: lang)
        } else {
            return nil
        }
        var title = Title(head: head, start: index, end: index + 1, headIndex: index)
        switch lang {
        case .rus: readRussianTitle(&title, lowerBound: lowerBound, in: words, grammar: grammar)
        case .kaz: readKazakhTitle(&title, lowerBound: lowerBound, in: words, grammar: grammar)
        case .eng: readEnglishTitle(&title, lowerBound: lowerBound, in: words, grammar: grammar)
        }
        let range = title.start..<title.end
        var mention = ActorMention(head: title.head, units: title.units, role: .other, words: range, clause: words.clause[index])
        if isSuperior(start: title.start, head: title.headIndex, in: words, grammar: grammar, lang: lang) {
            mention.role = .superior
        } else {
            (mention.role, mention.isAgent) = role(of: range, head: title.headIndex, in: words, facts: facts, grammar: grammar, lang: lang)
        }
        return mention
    }

    /// Whether `word` is the head word of an akim, an akimat or a maslikhat.
    static func isHead(_ word: String, grammar: ActorGrammar) -> Bool {
        grammar.akim.matchesWord(word) || grammar.akimat.matchesWord(word) || grammar.maslikhat.matchesWord(word)
    }

    /// The units after word `index` («аким поселка, села»; "akim of a village"), in `index - 1`'s clause.
    static func units(after index: Int, in words: ClauseWords, grammar: ActorGrammar) -> (units: Set<AdministrativeUnit>, end: Int) {
        guard index > 0, index <= words.count else { return ([], index) }
        return UnitTitles.after(index, in: words, clause: words.clause[index - 1], vocabulary: grammar.units)
    }

    /// The units before word `index` («кент, ауыл әкімі»), back to `lowerBound` at most.
    static func units(before index: Int, lowerBound: Int, in words: ClauseWords, grammar: ActorGrammar) -> (
        units: Set<AdministrativeUnit>, start: Int
    ) {
        guard index < words.count else { return ([], index) }
        return UnitTitles.before(index, lowerBound: lowerBound, in: words, clause: words.clause[index], vocabulary: grammar.units)
    }

    /// A mention named by a fixed phrase (the community meeting, local self-government).
    static func phraseMention(
        _ head: ActorMention.Head, words range: Range<Int>, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar, lang: Language
    ) -> ActorMention {
        let headIndex =
            lang == .rus && head == .selfGovernment
            ? range.lowerBound : lang == .rus && head == .community ? range.lowerBound : range.upperBound - 1
        let (role, isAgent) = role(of: range, head: headIndex, in: words, facts: facts, grammar: grammar, lang: lang)
        return ActorMention(head: head, units: [], role: role, words: range, clause: words.clause[range.lowerBound], isAgent: isAgent)
    }

    /// «местный исполнительный орган района», «аудандық атқарушы орган», «local executive body
    /// of the district»: the akimat of the unit named (or, for the villages', settlements' and
    /// rural districts', their own executive body); «местный представительный орган района»: its
    /// maslikhat. A gloss in parentheses after the phrase is part of it: «местных исполнительных
    /// органов (акиматов) областей», «жергілікті атқарушы органдарының (әкімдіктерінің)».
    static func bodyMention(
        _ head: ActorMention.Head, _ phrase: Range<Int>, after lowerBound: Int, in words: ClauseWords, facts: ClauseFacts,
        grammar: ActorGrammar, lang: Language
    ) -> ActorMention {
        var start = phrase.lowerBound
        var end = phrase.upperBound
        var units: Set<AdministrativeUnit> = []
        let clause = words.clause[start]
        func word(_ index: Int) -> String? {
            index >= lowerBound && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil
        }
        if let gloss = word(end), isHead(gloss, grammar: grammar), words.gap(before: end).contains("("), words.gap(after: end).contains(")")
        {
            end += 1
        }
        switch lang {
        case .rus, .eng:
            for _ in 0..<2 {
                guard let before = word(start - 1) else { break }
                if before.hasPrefix("районн") || before == "district" {
                    units.insert(.district)
                    start -= 1
                } else if before.hasPrefix("областн") || before == "regional" || before == "oblast" {
                    units.insert(.oblast)
                    start -= 1
                } else if before.hasPrefix("местн") || before == "local" {
                    start -= 1
                } else {
                    break
                }
            }
            let after = Self.units(after: end, in: words, grammar: grammar)
            units.formUnion(after.units)
            end = max(end, after.end)
        case .kaz:
            if word(start - 1) == "жергілікті" { start -= 1 }
            let before = Self.units(before: start, lowerBound: lowerBound, in: words, grammar: grammar)
            units = before.units
            start = before.start
        }
        let range = start..<end
        let (role, isAgent) = role(of: range, head: phrase.upperBound - 1, in: words, facts: facts, grammar: grammar, lang: lang)
        return ActorMention(head: head, units: units, role: role, words: range, clause: clause, isAgent: isAgent)
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
    static func isPassive(clause: Int, before position: Int, facts: ClauseFacts, grammar: ActorGrammar) -> Bool {
        let first = facts.first("passive", in: clause) { word in
            (!grammar.passiveSuffix.isEmpty && word.count > 4 && word.hasSuffix(grammar.passiveSuffix)) || grammar.passive.matchesWord(word)
        }
        return first.map { $0 < position } ?? false
    }

    /// The role of the mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func role(of range: Range<Int>, head: Int, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar, lang: Language) -> (
        ActorMention.Role, Bool
    ) {
        switch lang {
        case .rus: russianRole(of: range, head: head, in: words, facts: facts, grammar: grammar)
        case .kaz: kazakhRole(of: range, head: head, in: words, facts: facts, grammar: grammar)
        case .eng: englishRole(of: range, head: head, in: words, facts: facts, grammar: grammar)
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
                gap.allSatisfy({
                    ["и", "или", "а", "также", "другие", "других", "иные", "иных", "and", "or", "other"].contains(words.words[$0].folded)
                })
            else { continue }
            result[position].role = .other
        }
    }
}
