import KuzyretCore

/// Terms an act's definitions article makes include actors of the rural tier: «административные
/// источники – государственные органы, включая акимов … поселков, сел, сельских округов …». A
/// provision of the same act addressed to the term binds those actors too, `via` the definition
/// (DESIGN.md §6).
///
/// A definition counts when its body names a rural-tier actor after a word of inclusion
/// («включая», «в том числе», «қоса алғанда», "including"): a definition that merely mentions the
/// akim («сход … созываемое акимом села») makes no term of it. A provision is addressed to the
/// term when the term stands in it as the definition writes it (the nominative) and no
/// preposition governs it.
struct DefinedTerms: Sendable {
    struct Term: Sendable {
        /// The term's folded words, as the definition writes them.
        var words: [String]
        /// The rural-tier actors it includes, with the units their titles name.
        var actors: [(actor: PublicActor, units: Set<AdministrativeUnit>)]
        /// The eId of the definition.
        var eid: String
    }

    var terms: [Term]

    /// The terms defined in `statute`'s definitions articles that include rural-tier actors.
    init(_ statute: Statute, isDefinitions: (Provision) -> Bool) {
        let lang = statute.act.lang
        var terms: [Term] = []
        statute.walk { node, ancestors in
            guard node.num != nil, ancestors.contains(where: isDefinitions), let term = Self.term(node, lang: lang) else { return }
            terms.append(term)
        }
        self.terms = terms
    }

    /// The term `node` defines, if its definition includes rural-tier actors.
    static func term(_ node: Provision, lang: Language) -> Term? {
        // «административные источники – …», "administrative sources – …" / "… means …".
        let dashes: [String] = [" – ", " — ", " - "] + (lang == .eng ? [" means ", " shall mean "] : [])
        guard let dash = dashes.compactMap({ node.text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let name = ClauseWords(String(node.text[..<dash.lowerBound]))
        guard (1...6).contains(name.count) else { return nil }
        let body = ClauseWords(String(node.text[dash.upperBound...]))
        guard let inclusion = inclusionWords(lang).compactMap({ $0.firstMatch(in: body) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        // «включая акимов …» names them after the word; «… әкімдерін қоса алғанда» just before it.
        let mentions = ActorLexicon.mentions(in: body, lang: lang).filter { mention in
            guard mention.clause == body.clause[inclusion.lowerBound] else { return false }
            return lang == .kaz
                ? (inclusion.lowerBound - 1...inclusion.lowerBound).contains(mention.words.upperBound)
                : mention.words.lowerBound >= inclusion.upperBound
        }
        var actors: [(actor: PublicActor, units: Set<AdministrativeUnit>)] = []
        for mention in mentions {
            for actor in mention.actors where actor.isRuralTier && !actors.contains(where: { $0.actor == actor }) {
                actors.append((actor, mention.units.intersection(AdministrativeUnit.aulLevel.union([.districtInCity]))))
            }
        }
        guard !actors.isEmpty else { return nil }
        let words = name.words.map(\.folded).drop { $0.allSatisfy(\.isNumber) }
        return words.isEmpty ? nil : Term(words: Array(words), actors: actors, eid: node.eid)
    }

    /// Postpositions that make a Kazakh nominative an object («… дереккөздер арқылы»).
    static let kazakhPostpositions: Set<String> = ["арқылы", "үшін", "туралы", "бойынша", "алдында", "жанындағы", "сияқты", "қатысты"]

    /// Words that make what follows part of the defined class.
    static func inclusionWords(_ lang: Language) -> [PhrasePattern] {
        switch lang {
        case .rus: [PhrasePattern("включая|включающие|включающий|относятся|входят"), PhrasePattern("в том числе")]
        case .kaz: [PhrasePattern("қоса алғанда"), PhrasePattern("соның ішінде"), PhrasePattern("жатады|кіреді")]
        case .eng: [PhrasePattern("including|includes|include")]
        }
    }

    /// The actors named through a term that acts in `words`, with the eId of the definition that
    /// includes them. The term acts when it stands as the definition writes it (the nominative),
    /// no preposition governs it (no postposition in Kazakh), and no verb of its clause comes
    /// before it: «Административные источники обязаны …», not «Уполномоченный орган запрашивает
    /// административные источники».
    func actors(in words: ClauseWords, lang: Language) -> [(actor: PublicActor, units: Set<AdministrativeUnit>, via: String)] {
        guard !terms.isEmpty else { return [] }
        let prepositions = ActorGrammar.grammar(for: lang).prepositions
        var firstVerb: [Int: Int] = [:]
        func verbBefore(_ index: Int) -> Bool {
            let clause = words.clause[index]
            if firstVerb[clause] == nil {
                var position = index
                while position > 0, words.clause[position - 1] == clause { position -= 1 }
                var found = Int.max
                while position < words.count, words.clause[position] == clause {
                    if Self.isVerb(words.words[position].folded, lang: lang) {
                        found = position
                        break
                    }
                    position += 1
                }
                firstVerb[clause] = found
            }
            return firstVerb[clause]! < index
        }
        var result: [(actor: PublicActor, units: Set<AdministrativeUnit>, via: String)] = []
        for term in terms {
            var index = 0
            while index + term.words.count <= words.count {
                defer { index += 1 }
                guard (0..<term.words.count).allSatisfy({ words.words[index + $0].folded == term.words[$0] }),
                    words.clause[index] == words.clause[index + term.words.count - 1]
                else { continue }
                if index > 0, words.clause[index - 1] == words.clause[index], prepositions.matchesWord(words.words[index - 1].folded) {
                    continue
                }
                let after = index + term.words.count
                if lang == .kaz, after < words.count, words.clause[after] == words.clause[index],
                    Self.kazakhPostpositions.contains(words.words[after].folded)
                {
                    continue
                }
                if verbBefore(index) { continue }
                for (actor, units) in term.actors where !result.contains(where: { $0.actor == actor }) {
                    result.append((actor, units, term.eid))
                }
                break
            }
        }
        return result
    }

    /// A finite verb or a modal word, by its form: Russian «запрашивает», «ведут», «обязаны»;
    /// Kazakh «сұратады», «мүмкін»; English "shall", "requests".
    static func isVerb(_ word: String, lang: Language) -> Bool {
        switch lang {
        case .rus:
            ["обязан", "обязана", "обязаны", "вправе", "должен", "должна", "должны", "может", "могут"].contains(word)
                || (word.count > 4
                    && ["ает", "яет", "ует", "ит", "ет", "ют", "ят", "ется", "ются", "ится", "ятся"].contains(where: word.hasSuffix))
        case .kaz: ActorLexicon.isKazakhPredicate(word)
        case .eng:
            ["shall", "may", "must", "is", "are", "has", "have", "will", "can"].contains(word) || (word.count > 3 && word.hasSuffix("es"))
        }
    }
}
