import KuzyretCore

// Kazakh for the competence stage: how actors and their units are named, who acts in a clause,
// and which words make a flag, a modality, a topic, a reference or a clause that is no
// competence. A Kazakh rule lives here; the algorithms in Actors/, Flags/, Extraction/, Topics/
// and References/ look these tables up by language.

extension ActorGrammar {
    static let kazakh = ActorGrammar(
        akim: PhrasePattern("әкім|әкімі|әкімінің|әкіміне|әкімін|әкімінде|әкімімен|әкімнің|әкімге|әкімді|әкімдер*|әкімнен|әкімінен"),
        akimat: PhrasePattern("әкімдік*|әкімдіг*"),
        office: PhrasePattern("аппарат*"),
        maslikhat: PhrasePattern("мәслихат*"),
        community: [PhrasePattern("жергілікті"), PhrasePattern("қоғамдастық*"), PhrasePattern("жиналыс*|жиын*")],
        executiveBody: [PhrasePattern("атқарушы"), PhrasePattern("орган*")],
        representativeBody: [PhrasePattern("өкілді"), PhrasePattern("орган*")],
        selfGovernment: [PhrasePattern("өзін"), PhrasePattern("өзі"), PhrasePattern("басқару"), PhrasePattern("орган*")],
        passive: PhrasePattern("-"),
        passiveSuffix: "",
        units: .kazakh,
        official: .init(
            first: PhrasePattern("лауазымды"),
            second: PhrasePattern("адам|адамы|адамының|адамына|адамын|адамдар|адамдары|адамдарының|адамдарына")),
        superior: PhrasePattern("тұрған"),
        nominative: PhrasePattern(
            "әкім|әкімі|әкімдер|әкімдері|әкімдік|әкімдігі|әкімдіктер|әкімдіктері|аппарат|аппараты|адам|адамы|адамдар|адамдары|мәслихат|мәслихаты|мәслихаттар|мәслихаттары|жиналыс|жиналысы|жиыны|орган|органы|органдар|органдары"
        ),
        agentive: PhrasePattern("-"),
        prepositions: PhrasePattern("-"),
        competenceWords: PhrasePattern("құзырет*|құзыр*"),
        postpositions: PhrasePattern(
            "алдында|арқылы|бойынша|үшін|туралы|жанындағы|қатысуымен|келісім*|келісу*|келісіл*|ұсынуы*|ұсынымы*|тапсырма*|шешімі*|шешімімен|өкілеттік*|өкілеттіг*|лауазым*|басшы*|орынбасар*|аппарат*|төраға*|хатшы*|депутат*|комиссия*|сессия*|регламент*|өкіл*|аумағ*|*сы|*сі|*ның|*нің|*дың|*дің|*тың|*тің|*ында|*інде|*ына|*іне|*ынан|*інен|*ымен|*імен|*ын|*ін"
        ),
        agentMarker: PhrasePattern("тарапынан")
    )
}

extension UnitVocabulary {
    /// Kazakh unit titles: the units precede the head (izafet), in the nominative, plural,
    /// possessive or genitive; a city's significance precedes the city («облыстық, аудандық
    /// маңызы бар қала»); a district in a city follows the city's locative («қаладағы аудан»).
    static let kazakh = UnitVocabulary(
        nouns: [
            (PhrasePattern(kazakhNounForms(["кент"])), .settlement),
            (PhrasePattern(kazakhNounForms(["ауыл", "село"])), .village),
            (PhrasePattern(kazakhNounForms(["облыс"]) + "|облыстық"), .oblast),
            (PhrasePattern(kazakhNounForms(["астана"]) + "|астаналық"), .capital),
        ],
        city: PhrasePattern(kazakhNounForms(["қала"]) + "|қалалық"),
        cityAdjective: PhrasePattern("қалалық"),
        district: PhrasePattern(kazakhNounForms(["аудан"]) + "|аудандық"),
        rural: PhrasePattern("ауылдық|селолық"),
        ruralDistrict: PhrasePattern(kazakhNounForms(["округ"])),
        significance: [
            (PhrasePattern("аудандық"), .cityOfDistrictSignificance),
            (PhrasePattern("облыстық"), .cityOfRegionalSignificance),
            (PhrasePattern("республикалық"), .cityOfRepublicanSignificance),
        ],
        significanceOrder: .beforeCity,
        // «маңызды бар» is a typo the agro law's art. 7 keeps.
        significanceWords: [PhrasePattern("маңызы|маңызды"), PhrasePattern("бар")],
        significanceLead: nil,
        inCity: nil,
        cityLocative: PhrasePattern("қаладағы|қалалардағы|астанадағы"),
        capital: PhrasePattern(kazakhNounForms(["астана"])),
        connectors: PhrasePattern("және|немесе|мен|пен|бен"),
        articles: PhrasePattern("-"),
        exclusionOpening: nil,
        exclusionClosing: PhrasePattern("басқа"),
        // «ауылдық округтің құрамына кірмейтін кент пен ауылдың әкімі».
        backwardSkips: [[PhrasePattern("құрамына"), PhrasePattern("кірмейтін")]]
    )
}

extension ActorLexicon {
    /// A Kazakh title: «… әкімінің аппараты», «… әкімі аппаратының … лауазымды адамы», the units
    /// before the head.
    static func readKazakhTitle(_ title: inout Title, lowerBound: Int, in words: ClauseWords, grammar: ActorGrammar) {
        let index = title.start
        let clause = words.clause[index]
        func word(_ position: Int) -> String? {
            position >= 0 && position < words.count && words.clause[position] == clause ? words.words[position].folded : nil
        }
        if title.head == .akim, let office = word(index + 1), grammar.office.matchesWord(office) {
            title.head = .office
            title.end = index + 2
            title.headIndex = index + 1
            // «… әкімі аппаратының нотариаттық іс-әрекеттер жасауға уәкілетті лауазымды адамы»: the
            // official of the office, a few words of qualification after the office's genitive.
            if ["ның", "нің"].contains(where: office.hasSuffix) {
                var position = index + 2
                while let next = word(position), position < index + 10, !isHead(next, grammar: grammar) {
                    if grammar.official.first.matchesWord(next), let noun = word(position + 1), grammar.official.second.matchesWord(noun) {
                        title.head = .official
                        title.end = position + 2
                        title.headIndex = position + 1
                        break
                    }
                    position += 1
                }
            }
        }
        let found = units(before: index, lowerBound: lowerBound, in: words, grammar: grammar)
        title.units = found.units
        title.start = found.start
    }
    /// Kazakh roles once the mentions are found: the case ending of coordinated nouns, the
    /// subjects of passive predicates.
    static func kazakhPasses(_ result: inout [ActorMention], in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) {
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
        // «… өзін-өзі басқару органдары … өткізіледі»: the subject of a passive predicate undergoes it.
        for position in result.indices where result[position].role == .subject && !result[position].isAgent {
            let clause = result[position].clause
            // «мәслихаттың өзінің жоюы … жойылады»: the subject of the verbal noun acts.
            let next = result[position].words.upperBound
            if next < words.count, ["өзі", "өзінің", "өздері"].contains(words.words[next].folded) { continue }
            if let last = facts.lastWord(of: clause), isKazakhPassive(words.words[last].folded) {
                result[position].role = .other
            }
        }
    }

    /// The role of a Kazakh mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func kazakhRole(of range: Range<Int>, head: Int, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) -> (
        ActorMention.Role, Bool
    ) {
        let clause = words.clause[head]
        func word(_ index: Int) -> String? {
            index >= 0 && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil
        }
        let headWord = words.words[head].folded
        let after = word(range.upperBound)
        if let after, grammar.competenceWords.matchesWord(after) {
            // «мәслихаттың құзыретіне жатқызылған мәселелер» names a field, not its holder.
            return (word(range.upperBound + 1).map { isKazakhParticiple($0) } ?? false) ? (.other, false) : (.holder, false)
        }
        if let after, grammar.agentMarker.matchesWord(after) { return (.subject, true) }
        // «… әкімдерінің өздері шақыруы мүмкін», «мәслихаттың өзінің жоюы»: the genitive is
        // the subject of a verbal noun.
        if let after, ["өздері", "өзі", "өзінің"].contains(after) { return (.subject, false) }
        // «Егер мәслихат … келісім бермесе»: the subject of a condition.
        if let condition = facts.first("егер", in: clause, where: { $0 == "егер" }), condition < range.lowerBound,
            let verb = facts.last(
                "conditional", in: clause,
                where: { word in
                    ["са", "се", "маса", "месе", "баса", "бесе", "паса", "песе"].contains(where: word.hasSuffix)
                }),
            verb >= range.upperBound
        {
            return (.other, false)
        }
        // «мәслихат пен оның органдарын»: coordinated with an object.
        if let after, ["мен", "пен", "бен"].contains(after) {
            var position = range.upperBound + 1
            while let next = word(position), ["оның", "олардың", "өзге", "басқа", "да", "де"].contains(next) { position += 1 }
            if let next = word(position), !grammar.akim.matchesWord(next), !grammar.akimat.matchesWord(next),
                !grammar.maslikhat.matchesWord(next),
                ["ын", "ін", "ды", "ді", "ты", "ті", "ны", "ні", "ға", "ге", "қа", "ке", "на", "не"].contains(where: next.hasSuffix)
            {
                return (.other, false)
            }
        }
        // «осы», «тиісті» begin the next phrase; they are no izafet head.
        if let after, !Self.kazakhDeterminers.contains(after), grammar.postpositions.matchesWord(after) { return (.other, false) }
        // «… әкімдері мақұлдаған шешімдер»: the subject of a participle, inside a relative clause.
        if let after, isKazakhParticiple(after) {
            return (.other, false)
        }
        if grammar.nominative.matchesWord(headWord) { return (.subject, false) }
        return (.other, false)
    }

    /// Kazakh determiners that open a phrase after a mention («… әкімінің аппараты осы Заңда …»).
    /// Reflexive pronouns open a phrase too («… жергілікті атқарушы органдары өздеріне жүктелген
    /// функцияларды …»).
    static let kazakhDeterminers: Set<String> = [
        "осы", "сол", "бұл", "тиісті", "барлық", "әрбір", "өзіне", "өздеріне", "өзін", "өздерін", "өзімен", "өздерімен",
    ]

    /// Whether a Kazakh predicate is passive («өткізіледі», «айқындалады», «жойылады»): its actor
    /// undergoes the act.
    static func isKazakhPassive(_ word: String) -> Bool {
        ["ылады", "іледі", "ылмайды", "ілмейді", "далады", "деледі", "талады", "теледі", "ланады", "ленеді"].contains(where: word.hasSuffix)
    }

    /// Whether `word` ends like a Kazakh finite verb or predicate («асырады», «етеді», «мүмкін»).
    public static func isKazakhPredicate(_ word: String) -> Bool {
        ["мүмкін", "құқылы", "тиіс", "міндетті", "болады", "жатады", "кіреді"].contains(word)
            || ["ады", "еді", "йды", "йді", "ды", "ді", "ты", "ті"].contains { word.hasSuffix($0) }
    }
}

extension FlagRules {
    static let kazakhOther = "мәселе*|өкілеттік*|өкілеттіг*|функция*|міндет*|іс|әрекет*"

    static let kazakh: [FlagRule] = [
        FlagRule(.residualLegislation, "заң* … өзге де …1 \(kazakhOther)"),
        FlagRule(.residualLegislation, "өзге де …1 \(kazakhOther) … заң*"),
        FlagRule(.residualLegislation, "өзге де …1 \(kazakhOther) … жатқызылуы мүмкін"),
        FlagRule(.superiorInstruction, "тапсырма*|нұсқау*|нұсқама*|өкім*", .before(8), .superior),
        FlagRule(.upwardAccountability, "алдында … жауапты|жауап", .before(24)),
        FlagRule(.upwardAccountability, "есеп беретін|береді|бере", .before(8)),
        // «X-мен келісу бойынша»: agreement with X (instrumental), not «схемасын келісу бойынша».
        FlagRule(.approvalDependency, "*мен|*пен|*бен келісу|келісім|келісімі|келісуі бойынша", .before(12)),
        FlagRule(.approvalDependency, "келісімімен|келісуімен", .before(12)),
        // «… уәкілетті органның келісімі бойынша»: by the consent of X (genitive).
        FlagRule(.approvalDependency, "*ның|*нің|*дың|*дің|*тың|*тің келісімі бойынша", .before(12)),
        FlagRule(.approvalDependency, "*ның|*нің|*дың|*дің|*тың|*тің келісімімен", .before(12)),
        FlagRule(.approvalDependency, "келісімінсіз", .before(12)),
        FlagRule(.approvalDependency, "*мен|*пен|*бен келісілгеннен кейін", .before(12)),
        FlagRule(.approvalDependency, "ұсынуы|ұсынымы|ұсынысы бойынша", .before(12)),
        FlagRule(.approvalDependency, "ұсынуымен", .before(12)),
        FlagRule(.approvalDependency, "бекітуі үшін", .before(6), .superior),
        FlagRule(.approvalDependency, "бекітуіне", .before(6), .superior),
        FlagRule(.approvalDependency, "шешімімен|шешімдерімен бекітілетін|бекітілген", .before(8), .superior),
        FlagRule(
            .externalProcedure,
            "белгіленген|белгілеген|белгілейтін|айқындайтын|айқындалатын|айқындалған|айқындаған|көзделген|бекітетін|бекіткен|бекітілген тәртіппен|тәртіпте|тәртібімен|тәртіпке"
        ),
        FlagRule(.externalProcedure, "уәкілетті орган|органы бекіткен|бекітетін|айқындайтын|айқындаған"),
        // «… заңнамасында белгіленген жағдайларда және тәртіппен».
        FlagRule(.externalProcedure, "белгіленген|көзделген жағдайларда және|мен тәртіппен|тәртіпте"),
    ]
}

extension ModalityReader {
    /// Explicit modality words, strongest first: a prohibition before a power before a duty.
    static let kazakhModality: [Rule] = [
        Rule(pattern: PhrasePattern("құқылы емес"), modality: .prohibition),
        Rule(pattern: PhrasePattern("құқығы жоқ"), modality: .prohibition),
        Rule(pattern: PhrasePattern("тыйым салынады"), modality: .prohibition),
        Rule(pattern: PhrasePattern("құқылы"), modality: .power),
        Rule(pattern: PhrasePattern("құқығы|құқықтары|құқылары бар"), modality: .power),
        Rule(pattern: PhrasePattern("міндетті|тиіс"), modality: .duty),
    ]
}

extension TopicTagger {
    /// Topic keywords (folded words; `*` a prefix).
    static let kazakhTopics: [(Topic, [String])] = [
        (.veterinary, ["ветеринария*", "ветеринар*", "жануар*", "мал|малды|малдың|малдарды|малдардың", "карантин*", "эпизоот*"]),
        (.budget, ["бюджет*", "салық*", "төлем*", "қаржыландыр*"]),
        (.land, ["жер|жерді|жердің|жерлер*|жерлерін*|жерлерде*", "жер учаске*", "жер пайдалан*"]),
        (.pastures, ["жайылым*", "мал жаятын", "жаю*"]),
        (.housing, ["тұрғын*"]),
        (.roadsAndTransport, ["жол|жолдар*|жолдың|жолдарды*", "көлік*"]),
        (.socialProtection, ["әлеуметтік*", "мүгедек*", "қайырымдылық*", "аз қамтылған*", "осал*", "аналарға"]),
        (.employment, ["жұмыспен қамту*", "жұмыссыз*", "жұмысқа орналастыр*", "қоғамдық жұмыс*", "жұмыс орындар*"]),
        (.health, ["денсаулық*", "медициналық*", "науқас*", "төсек*"]),
        (.cultureAndSport, ["мәдени*", "мәдениет*", "спорт*", "тарихи*", "мұра*"]),
        (.education, ["білім*", "мектеп*"]),
        (.statistics, ["статистика*", "шаруашылық* есеп*"]),
        (.military, ["әскери*", "әскерге", "шақыру*", "мобилизация*"]),
        (.elections, ["сайлау*", "референдум*"]),
        (.property, ["мүлік*", "мүлкі*", "мүлкін*", "коммуналдық*", "түгендеу*"]),
        (.water, ["сумен|су", "су пайдалан*"]),
        (.burial, ["жерлеу*", "зират*", "қабір*"]),
        (.civilRegistration, ["азаматтық хал актілер*"]),
        (.emergencies, ["төтенше*", "өрт*", "азаматтық қорғау*", "су тасқын*"]),
        (.publicOrder, ["құқық бұзушылық*", "қоғамдық тәртіп*", "профилактика*"]),
        (.improvement, ["абаттандыру*", "жарықтандыру*", "көгалдандыру*", "санитариялық тазалау*"]),
        (.entrepreneurship, ["кәсіпкерлік*", "шаруа*", "фермер*", "микрокредит*"]),
        (.citizensAppeals, ["өтініш*", "шағым*"]),
        (.localSelfGovernment, ["өзін өзі басқару*", "жергілікті қоғамдастық*"]),
        (.notarial, ["нотариат*", "нотариус*"]),
        (.agriculture, ["ауыл шаруашылығ*", "агроөнеркәсіп*", "өсімдік шаруашылығ*", "мал шаруашылығ*"]),
    ]
}

extension ActorLexicon {
    /// Present participle endings: «жасайтын», «атқаратын», «беретін».
    static let kazakhPresentParticipleEndings = ["атын", "етін", "йтын", "йтін", "итын", "итін"]

    /// Whether `word` is a participle, past («бекіткен», «жатқызылған») or present («жасайтын»).
    static func isKazakhParticiple(_ word: String) -> Bool {
        ["ған", "ген", "қан", "кен"].contains(where: word.hasSuffix) || kazakhPresentParticipleEndings.contains(where: word.hasSuffix)
    }
}

extension CompetenceExtractor {
    /// A present participle after the actor of a title: «… лауазымды адамы жасайтын нотариаттық
    /// іс-әрекеттер», «… атқаратын функциялар».
    static func isKazakhActivityParticiple(_ word: String) -> Bool {
        word.count > 5 && ActorLexicon.kazakhPresentParticipleEndings.contains(where: word.hasSuffix)
    }
}

extension CompetenceExtractor {
    /// Clauses that are no competence: accountability, residual assignment, status rules.
    static let kazakhFramework: [PhrasePattern] = [
        PhrasePattern("жауапты"), PhrasePattern("жауап береді"), PhrasePattern("жатқызылуы мүмкін"),
        PhrasePattern("болып табылады|табылмайды"),
        PhrasePattern("заңды тұлға*"), PhrasePattern("деп есептеледі"),
        // «… есеп береді және олардың бақылауында болады»: «подотчетны и подконтрольны».
        PhrasePattern("бақылауында болады|болатын"),
        // «… заң актілерінде … өзге де нотариаттық іс-әрекеттер көзделуі мүмкін».
        PhrasePattern("көзделуі мүмкін"),
    ]
}

extension CompetenceExtractor {
    /// Election, appointment and dismissal of the actor.
    static let kazakhAppointment: [PhrasePattern] = [
        PhrasePattern("сайланады|сайлана|сайланбайды"), PhrasePattern("қайта сайлан*"),
        PhrasePattern("тағайындалады|босатылады|тоқтатылады"),
    ]
}

extension FlagDetector {
    /// Words naming the residents themselves: the population, the citizens.
    static let kazakhResidents = PhrasePattern("халқы|халқының|халық|халыққа|тұрғындары|тұрғындарының|тұрғындар")
}

extension ReferenceFinder {
    /// The words naming each level of a citation.
    static let kazakhLevels: [(PhrasePattern, Level)] = [
        (PhrasePattern("тармақша*|тармақшалар*"), .point),
        (PhrasePattern("тармақ|тармағы*|тармағын*|тармақт*|тармақ*|тармағ*|бөлігі*|бөлік*"), .paragraph),
        (PhrasePattern("бап|бабы*|бабын*|бапт*|бапқа|бабында|бабына|баптар*"), .article),
        (PhrasePattern("тарау*|тарауд*"), .chapter),
    ]
}
