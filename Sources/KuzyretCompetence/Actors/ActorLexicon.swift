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
        if lang != .kaz {
            // «через маслихаты и другие органы …», «совместно с … органом … и акимами»: a
            // mention joined to an object by «и» is an object too.
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
        if lang == .kaz {
            // «Мәслихаттар мен әкiмдіктерге … тыйым салынады»: the case ending is on the last of
            // coordinated nouns, so the first takes the role of the second.
            for position in result.indices.dropLast().reversed() {
                let next = result[position + 1]
                let gap = result[position].words.upperBound..<next.words.lowerBound
                // «мәслихаттар мен басқа да … органдары арқылы»: «басқа да», «өзге де» may follow the conjunction.
                guard next.clause == result[position].clause, (1...3).contains(gap.count),
                    ["мен", "пен", "бен", "және", "немесе"].contains(words.words[gap.lowerBound].folded),
                    gap.dropFirst().allSatisfy({ ["басқа", "өзге", "да", "де"].contains(words.words[$0].folded) })
                else { continue }
                if result[position].role == .subject { result[position].role = next.role == .superior ? .other : next.role }
            }
        }
        if lang == .kaz {
            // «… өзін-өзі басқару органдары … өткізіледі»: the subject of a passive predicate undergoes it.
            for position in result.indices where result[position].role == .subject && !result[position].isAgent {
                let clause = result[position].clause
                // «мәслихаттың өзінің жоюы … жойылады»: the subject of the verbal noun acts.
                let next = result[position].words.upperBound
                if next < words.count, ["өзі", "өзінің", "өздері"].contains(words.words[next].folded) { continue }
                if let last = (0..<words.count).last(where: { words.clause[$0] == clause }), isKazakhPassive(words.words[last].folded) {
                    result[position].role = .other
                }
            }
        }
        if lang == .rus {
            // «проводятся сход … и собрание местного сообщества», «Собрание … созывается»: the
            // nominative of these passive verbs is what is held, called or formed.
            for position in result.indices where result[position].role == .subject && !result[position].isAgent {
                let clause = result[position].clause
                // Not a lead-in («Сход … проводится по … вопросам:»): the list is what it decides.
                guard let last = (0..<words.count).last(where: { words.clause[$0] == clause }),
                    words.text[words.words[last].range.upperBound...].first(where: { !$0.isWhitespace }) != ":"
                else { continue }
                if (0..<words.count).contains(where: { words.clause[$0] == clause && Self.russianPatientVerbs.matchesWord(words.words[$0].folded) }) {
                    result[position].role = .other
                }
            }
            // «Районный акимат возглавляет аким района»: beside a nominative akim, an akimat,
            // maslikhat or office in the same form is the object (inanimate accusative).
            for position in result.indices where result[position].role == .subject && !result[position].isAgent && result[position].head != .akim {
                let clause = result[position].clause
                let akims = result.indices.filter {
                    $0 != position && result[$0].clause == clause && result[$0].head == .akim && result[$0].role == .subject && !result[$0].isAgent
                }
                let coordinated = akims.contains { other in
                    let gap = min(result[other].words.upperBound, result[position].words.upperBound)..<max(result[other].words.lowerBound, result[position].words.lowerBound)
                    return gap.count <= 2 && gap.contains { ["и", "или"].contains(words.words[$0].folded) }
                }
                if !akims.isEmpty && !coordinated { result[position].role = .other }
            }
            // «… и информирует об этом соответствующий маслихат»: an inanimate mention right after
            // an active verb is its object.
            for position in result.indices where result[position].role == .subject && !result[position].isAgent && result[position].head != .akim {
                let clause = result[position].clause
                var index = result[position].words.lowerBound - 1
                var skipped = 0
                while index >= 0, words.clause[index] == clause, skipped < 3,
                    Self.russianAdjectiveEndings.contains(where: words.words[index].folded.hasSuffix) || ["об", "этом", "о", "том"].contains(words.words[index].folded)
                {
                    index -= 1
                    skipped += 1
                }
                // Only a second verb joined by «и» («принимает решение … и информирует …»): its
                // subject came before; «… осуществляет акимат города» keeps its subject after the verb.
                // Or a list item opening with its verb («представляет маслихат в отношениях …»).
                // Or an infinitive after a modal («обязаны уведомить об этом местный исполнительный орган»).
                guard index >= 0, words.clause[index] == clause else { continue }
                let verb = words.words[index].folded
                let previous = index > 0 && words.clause[index - 1] == clause ? words.words[index - 1].folded : nil
                if let previous, verb.hasSuffix("ть"), ["обязан", "обязана", "обязаны", "вправе", "должен", "должна", "должны", "может", "могут"].contains(previous) {
                    result[position].role = .other
                    continue
                }
                guard previous == nil || previous == "и" else { continue }
                if verb.count > 5, ["ирует", "ует", "ает", "яет", "ит", "ет"].contains(where: verb.hasSuffix), !verb.hasSuffix("ся") {
                    result[position].role = .other
                }
            }
        }
        if lang == .rus {
            // «Аппарат акима … образуется … акиматом района»: with an agent in a passive clause,
            // the nominative is what is acted on, not who acts.
            let agentClauses = Set(result.filter { $0.role == .subject && grammar.agentive.matchesWord(words.words[$0.headIndex(in: words, grammar: grammar)].folded) }.map(\.clause))
            for position in result.indices where agentClauses.contains(result[position].clause) && result[position].role == .subject {
                let head = words.words[result[position].headIndex(in: words, grammar: grammar)].folded
                if grammar.nominative.matchesWord(head) { result[position].role = .other }
            }
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

    /// Whether `word` ends like a Kazakh finite verb or predicate («асырады», «етеді», «мүмкін»).
    public static func isKazakhPredicate(_ word: String) -> Bool {
        ["мүмкін", "құқылы", "тиіс", "міндетті", "болады", "жатады", "кіреді"].contains(word)
            || ["ады", "еді", "йды", "йді", "ды", "ді", "ты", "ті"].contains { word.hasSuffix($0) }
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

    /// Russian passive verbs whose nominative undergoes the act.
    static let russianPatientVerbs = PhrasePattern(
        "проводится|проводятся|созывается|созываются|образуется|образуются|упраздняется|упраздняются|создается|создаются|финансируется|финансируются|избирается|избираются|назначается|назначаются|освобождается|освобождаются")

    /// Kazakh determiners that open a phrase after a mention («… әкімінің аппараты осы Заңда …»).
    static let kazakhDeterminers: Set<String> = ["осы", "сол", "бұл", "тиісті", "барлық", "әрбір"]

    /// A Russian passive participle («утвержденным», «утверждаемым», «разработанным»).
    static func isRussianPassiveParticiple(_ word: String) -> Bool {
        !word.hasPrefix("данн") && ["нным", "нной", "нного", "нном", "нными", "нная", "нные", "нных", "нный", "емым", "емой", "емого", "емыми", "емых", "имым", "имой", "имого"].contains(where: word.hasSuffix)
    }

    /// A Russian verbal noun («принятия», «утверждение»).
    static func isRussianVerbalNoun(_ word: String) -> Bool {
        ["ния", "ние", "нию", "нием", "нии", "тия", "тие", "тию"].contains(where: word.hasSuffix)
    }

    /// Whether a Kazakh predicate is passive («өткізіледі», «айқындалады», «жойылады»): its actor
    /// undergoes the act.
    static func isKazakhPassive(_ word: String) -> Bool {
        ["ылады", "іледі", "ылмайды", "ілмейді", "далады", "деледі", "талады", "теледі", "ланады", "ленеді"].contains(where: word.hasSuffix)
    }

    /// Russian adjective and participle endings («данный», «соответствующего»): words that may
    /// stand between a preposition and the noun it governs.
    static let russianAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими"]

    /// Participles after a competence word: «вопросы, отнесенные к компетенции маслихата»,
    /// «мәслихаттың құзыретіне жатқызылған мәселелер» name a field, not its holder.
    static func isParticiple(_ word: String, lang: Language) -> Bool {
        switch lang {
        case .rus: word.hasPrefix("отнесенн") || word.hasPrefix("относящ") || word.hasPrefix("входящ")
        case .kaz: ["ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"].contains(where: word.hasSuffix)
        case .eng: false
        }
    }

    /// The role of the mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func role(of range: Range<Int>, head: Int, in words: ClauseWords, grammar: ActorGrammar, lang: Language) -> (ActorMention.Role, Bool) {
        let clause = words.clause[head]
        func word(_ index: Int) -> String? {
            index >= 0 && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil
        }
        let headWord = words.words[head].folded
        let before = word(range.lowerBound - 1)
        let after = word(range.upperBound)
        switch lang {
        case .rus:
            if let before, grammar.competenceWords.matchesWord(before) {
                // «К компетенции акима относятся:», «Компетенция акима …»; not «по вопросам, отнесенным к компетенции маслихата».
                let governed = [range.lowerBound - 2, range.lowerBound - 3].contains { word($0).map { isParticiple($0, lang: lang) } ?? false }
                return governed ? (.other, false) : (.holder, false)
            }
            if let before, grammar.prepositions.matchesWord(before) { return (.other, false) }
            // «в данный маслихат», «в соответствующий акимат»: a preposition before an adjective.
            var position = range.lowerBound - 1
            while let modifier = word(position), position >= range.lowerBound - 2,
                Self.russianAdjectiveEndings.contains(where: modifier.hasSuffix), !grammar.prepositions.matchesWord(modifier)
            {
                position -= 1
            }
            if position < range.lowerBound - 1, let preposition = word(position), grammar.prepositions.matchesWord(preposition) {
                return (.other, false)
            }
            if grammar.nominative.matchesWord(headWord) { return (.subject, false) }
            if grammar.agentive.matchesWord(headWord), isPassive(clause: clause, before: head, in: words, grammar: grammar) {
                // The agent of a participle or a verbal noun, or inside «который …», acts in a
                // phrase of its own: «положением, утвержденным маслихатом», «в случае принятия
                // маслихатом решения», «лиц, которые избираются маслихатом».
                let lead = [range.lowerBound - 1, range.lowerBound - 2].compactMap(word)
                if let first = lead.first, isRussianVerbalNoun(first) { return (.other, false) }
                if lead.contains(where: isRussianPassiveParticiple) { return (.other, false) }
                if (0..<range.lowerBound).contains(where: { words.clause[$0] == clause && words.words[$0].folded.hasPrefix("котор") }) {
                    return (.other, false)
                }
                return (.subject, true)
            }
            return (.other, false)
        case .kaz:
            if let after, grammar.competenceWords.matchesWord(after) {
                return (word(range.upperBound + 1).map { isParticiple($0, lang: lang) } ?? false) ? (.other, false) : (.holder, false)
            }
            if let after, grammar.agentMarker.matchesWord(after) { return (.subject, true) }
            // «… әкімдерінің өздері шақыруы мүмкін», «мәслихаттың өзінің жоюы»: the genitive is
            // the subject of a verbal noun.
            if let after, ["өздері", "өзі", "өзінің"].contains(after) { return (.subject, false) }
            // «Егер мәслихат … келісім бермесе»: the subject of a condition.
            if (0..<range.lowerBound).contains(where: { words.clause[$0] == clause && words.words[$0].folded == "егер" }),
                (range.upperBound..<words.count).contains(where: {
                    words.clause[$0] == clause && ["са", "се", "маса", "месе", "баса", "бесе", "паса", "песе"].contains(where: words.words[$0].folded.hasSuffix)
                })
            {
                return (.other, false)
            }
            // «мәслихат пен оның органдарын»: coordinated with an object.
            if let after, ["мен", "пен", "бен"].contains(after) {
                var position = range.upperBound + 1
                while let next = word(position), ["оның", "олардың", "өзге", "басқа", "да", "де"].contains(next) { position += 1 }
                if let next = word(position), !grammar.akim.matchesWord(next), !grammar.akimat.matchesWord(next), !grammar.maslikhat.matchesWord(next),
                    ["ын", "ін", "ды", "ді", "ты", "ті", "ны", "ні", "ға", "ге", "қа", "ке", "на", "не"].contains(where: next.hasSuffix)
                {
                    return (.other, false)
                }
            }
            // «осы», «тиісті» begin the next phrase; they are no izafet head.
            if let after, !Self.kazakhDeterminers.contains(after), grammar.postpositions.matchesWord(after) { return (.other, false) }
            // «… әкімдері мақұлдаған шешімдер»: the subject of a participle, inside a relative clause.
            if let after, ["ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "итын", "итін"].contains(where: after.hasSuffix) {
                return (.other, false)
            }
            if grammar.nominative.matchesWord(headWord) { return (.subject, false) }
            return (.other, false)
        case .eng:
            var position = range.lowerBound - 1
            while position >= 0, ["the", "a", "an"].contains(words.words[position].folded) { position -= 1 }
            if let word = word(position) {
                if word == "by" { return (.subject, true) }
                if word == "of", position > 0, grammar.competenceWords.matchesWord(words.words[position - 1].folded) { return (.holder, false) }
                if grammar.prepositions.matchesWord(word) { return (.other, false) }
            }
            return grammar.nominative.matchesWord(headWord) ? (.subject, false) : (.other, false)
        }
    }
}
