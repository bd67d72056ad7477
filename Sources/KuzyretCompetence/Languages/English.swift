import KuzyretCore

// English for the competence stage: how actors and their units are named, who acts in a clause,
// and which words make a flag, a modality, a topic, a reference or a clause that is no
// competence. An English rule lives here; the algorithms in Actors/, Flags/, Extraction/, Topics/
// and References/ look these tables up by language.

extension ActorGrammar {
    static let english = ActorGrammar(
        akim: PhrasePattern("akim|akims"),
        akimat: PhrasePattern("akimat|akimats"),
        office: PhrasePattern("office|offices|apparatus"),
        maslikhat: PhrasePattern("maslikhat|maslikhats"),
        community: [PhrasePattern("local"), PhrasePattern("community"), PhrasePattern("meeting|meetings|gathering|gatherings")],
        executiveBody: [PhrasePattern("executive"), PhrasePattern("body|bodies")],
        representativeBody: [PhrasePattern("representative"), PhrasePattern("body|bodies")],
        selfGovernment: [PhrasePattern("self"), PhrasePattern("government"), PhrasePattern("body|bodies")],
        passive: PhrasePattern("-"),
        passiveSuffix: "",
        units: .english,
        official: .init(first: PhrasePattern("official|officials"), second: PhrasePattern("of")),
        superior: PhrasePattern("superior|higher"),
        nominative: PhrasePattern(
            "akim|akims|akimat|akimats|office|offices|apparatus|official|officials|maslikhat|maslikhats|meeting|meetings|body|bodies"),
        agentive: PhrasePattern("-"),
        prepositions: PhrasePattern("of|with|to|from|for|before|on|under|at|in|into|by"),
        competenceWords: PhrasePattern("competence|competences|jurisdiction"),
        postpositions: PhrasePattern("-"),
        agentMarker: PhrasePattern("by")
    )
}

extension UnitVocabulary {
    /// English unit titles: units after the head ("akim of a village") or before it ("village
    /// akim"); a city's significance follows "of" ("cities of regional and district significance").
    static let english = UnitVocabulary(
        nouns: [
            (PhrasePattern("settlement|settlements"), .settlement),
            (PhrasePattern("village|villages|aul|auls"), .village),
            (PhrasePattern("oblast|oblasts|region|regions|regional"), .oblast),
            (PhrasePattern("capital"), .capital),
        ],
        city: PhrasePattern("city|cities"),
        district: PhrasePattern("district|districts"),
        rural: PhrasePattern("rural"),
        ruralDistrict: PhrasePattern("district|districts"),
        significance: [
            (PhrasePattern("district"), .cityOfDistrictSignificance),
            (PhrasePattern("regional"), .cityOfRegionalSignificance),
            (PhrasePattern("republican"), .cityOfRepublicanSignificance),
        ],
        significanceOrder: .afterCity,
        significanceWords: [PhrasePattern("significance")],
        significanceLead: PhrasePattern("of"),
        inCity: PhrasePattern("in"),
        cityLocative: nil,
        capital: PhrasePattern("capital"),
        connectors: PhrasePattern("and|or|of|a|an|the"),
        articles: PhrasePattern("a|an|the"),
        exclusionOpening: PhrasePattern("except|excluding"),
        exclusionClosing: nil
    )
}

extension ActorLexicon {
    /// An English title: "the akim's office", "office of the akim …", "officials of the office of
    /// the akim …", the units after the head and before it.
    static func readEnglishTitle(_ title: inout Title, lowerBound: Int, in words: ClauseWords, grammar: ActorGrammar) {
        let index = title.start
        let clause = words.clause[index]
        func word(_ position: Int) -> String? {
            position >= lowerBound && position < words.count && words.clause[position] == clause ? words.words[position].folded : nil
        }
        if title.head == .akim, word(index + 1) == "s", let office = word(index + 2), grammar.office.matchesWord(office) {
            title.head = .office  // "the akim's office"
            title.end = index + 3
        } else if title.head == .akim, let office = word(index + 1), grammar.office.matchesWord(office) {
            title.head = .office  // "the akims' offices"
            title.end = index + 2
        } else if title.head == .akim, word(index - 1) == "of", let office = word(index - 2), grammar.office.matchesWord(office) {
            title.head = .office  // "office of akim …"
            title.start = index - 2
            title.headIndex = index - 2
        } else if title.head == .akim, word(index - 1) == "the", word(index - 2) == "of", let office = word(index - 3),
            grammar.office.matchesWord(office)
        {
            title.head = .office  // "office of the akim …"
            title.start = index - 3
            title.headIndex = index - 3
        }
        if title.head == .office {
            // "officials of the office of the akim …", "officials of the akims' offices of …".
            var position = title.start - 1
            while let article = word(position), grammar.units.articles.matchesWord(article) { position -= 1 }
            if let of = word(position), grammar.official.second.matchesWord(of), let official = word(position - 1),
                grammar.official.first.matchesWord(official)
            {
                title.head = .official
                title.start = position - 1
                title.headIndex = position - 1
            }
        }
        var after = units(after: title.end, in: words, grammar: grammar)
        if after.units.isEmpty { after.end = title.end }
        title.units = after.units
        title.end = after.end
        if (title.head != .office && title.head != .official) || title.start == index {
            let before = units(before: index, lowerBound: lowerBound, in: words, grammar: grammar)
            title.units.formUnion(before.units)
            title.start = min(title.start, before.start)
        }
    }
    /// English roles once the mentions are found: objects joined to objects.
    static func englishPasses(_ result: inout [ActorMention], in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) {
        objectsJoinedByConjunction(&result, in: words)
    }

    /// The role of an English mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func englishRole(of range: Range<Int>, head: Int, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) -> (
        ActorMention.Role, Bool
    ) {
        let clause = words.clause[head]
        func word(_ index: Int) -> String? {
            index >= 0 && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil
        }
        let headWord = words.words[head].folded
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

extension FlagRules {
    static let english: [FlagRule] = [
        FlagRule(
            .residualLegislation, "other …1 matters|issues|powers|functions|duties|tasks|acts|actions … legislation|legislative|law|laws"),
        FlagRule(
            .residualLegislation, "legislation|legislative|law|laws … other …1 matters|issues|powers|functions|duties|tasks|acts|actions"),
        FlagRule(.superiorInstruction, "instruction*|assignment*|order|orders|task*", .after(6), .superior),
        FlagRule(.upwardAccountability, "responsible|accountable|answerable … to|before", .after(12)),
        FlagRule(.approvalDependency, "in agreement|coordination|consultation with", .after(10)),
        FlagRule(.approvalDependency, "with the consent of", .after(10)),
        FlagRule(.approvalDependency, "on|upon the submission|recommendation|proposal of", .after(10)),
        FlagRule(.approvalDependency, "for approval", .after(8), .superior),
        FlagRule(.externalProcedure, "in the manner|procedure|order determined|established|prescribed|provided|set|approved"),
        FlagRule(.externalProcedure, "approved|determined by the authorized body"),
    ]
}

extension ModalityReader {
    /// Explicit modality words, strongest first: a prohibition before a power before a duty.
    static let englishModality: [Rule] = [
        Rule(pattern: PhrasePattern("shall|may|must not"), modality: .prohibition),
        Rule(pattern: PhrasePattern("is|are prohibited"), modality: .prohibition),
        Rule(pattern: PhrasePattern("not entitled"), modality: .prohibition),
        Rule(pattern: PhrasePattern("may"), modality: .power),
        Rule(pattern: PhrasePattern("has|have the right"), modality: .power),
        Rule(pattern: PhrasePattern("entitled|empowered"), modality: .power),
        Rule(pattern: PhrasePattern("shall|must|obliged"), modality: .duty),
    ]
}

extension TopicTagger {
    /// Topic keywords (folded words; `*` a prefix).
    static let englishTopics: [(Topic, [String])] = [
        (.veterinary, ["veterinar*", "animal*", "livestock", "quarantine"]),
        (.budget, ["budget*", "tax*"]),
        (.land, ["land"]),
        (.pastures, ["pasture*", "grazing"]),
        (.housing, ["housing", "dwelling*"]),
        (.roadsAndTransport, ["road*", "transport*"]),
        (.socialProtection, ["social*", "disabilit*", "charit*"]),
        (.employment, ["employment", "unemploy*", "public works"]),
        (.health, ["health*", "medical"]),
        (.cultureAndSport, ["cultur*", "sport*", "heritage"]),
        (.education, ["education*", "school*"]),
        (.statistics, ["statistic*"]),
        (.military, ["military", "conscript*"]),
        (.elections, ["election*"]),
        (.property, ["property", "communal"]),
        (.water, ["water"]),
        (.burial, ["burial*", "cemeter*", "grave*"]),
        (.civilRegistration, ["civil status"]),
        (.emergencies, ["emergenc*", "fire*"]),
        (.publicOrder, ["offence*", "public order"]),
        (.improvement, ["landscaping", "lighting", "greening", "sanitary cleaning"]),
        (.entrepreneurship, ["entrepreneur*", "farm*"]),
        (.citizensAppeals, ["appeal*", "complaint*"]),
        (.localSelfGovernment, ["self government", "local community"]),
        (.notarial, ["notar*"]),
        (.agriculture, ["agricultur*", "agro*", "farming"]),
    ]
}

extension CompetenceExtractor {
    /// Clauses that are no competence: accountability, residual assignment, status rules.
    static let englishFramework: [PhrasePattern] = [
        PhrasePattern("responsible|accountable|answerable … to|before"), PhrasePattern("may be assigned|referred|attributed"),
        PhrasePattern("legal entity"), PhrasePattern("deemed|considered"),
        PhrasePattern("may be provided|prescribed|established"),
    ]
}

extension CompetenceExtractor {
    /// Election, appointment and dismissal of the actor.
    static let englishAppointment: [PhrasePattern] = [PhrasePattern("elected"), PhrasePattern("appointed|dismissed|terminated")]
}

extension FlagDetector {
    /// Words naming the residents themselves: the population, the citizens.
    static let englishResidents = PhrasePattern("population|residents|inhabitants|citizens")
}

extension ReferenceFinder {
    /// The words naming each level of a citation.
    static let englishLevels: [(PhrasePattern, Level)] = [
        (PhrasePattern("subparagraph|subparagraphs|subpoint|subpoints"), .point),
        (PhrasePattern("paragraph|paragraphs|point|points|part|parts"), .paragraph),
        (PhrasePattern("article|articles"), .article),
        (PhrasePattern("chapter|chapters"), .chapter),
    ]
}
