import KuzyretCore

// Russian for the competence stage: how actors and their units are named, who acts in a clause,
// and which words make a flag, a modality, a topic, a reference or a clause that is no
// competence. A Russian rule lives here; the algorithms in Actors/, Flags/, Extraction/, Topics/
// and References/ look these tables up by language.

extension ActorGrammar {
    static let russian = ActorGrammar(
        akim: PhrasePattern("аким|акима|акиму|акимом|акиме|акимы|акимов|акимам|акимами|акимах"),
        akimat: PhrasePattern("акимат|акимата|акимату|акиматом|акимате|акиматы|акиматов|акиматам|акиматами|акиматах"),
        office: PhrasePattern("аппарат|аппарата|аппарату|аппаратом|аппарате|аппараты|аппаратов|аппаратами"),
        maslikhat: PhrasePattern("маслихат*"),
        community: [PhrasePattern("собрани*|сход*"), PhrasePattern("местного|местных"), PhrasePattern("сообществ*")],
        executiveBody: [
            PhrasePattern("исполнительн*"), PhrasePattern("орган|органа|органу|органом|органе|органы|органов|органам|органами"),
        ],
        representativeBody: [
            PhrasePattern("представительн*"), PhrasePattern("орган|органа|органу|органом|органе|органы|органов|органам|органами"),
        ],
        selfGovernment: [PhrasePattern("орган*"), PhrasePattern("местного"), PhrasePattern("самоуправления")],
        passive: PhrasePattern("утвержден|утверждена|утверждено|утверждены|одобрен|одобрена|одобрено|согласован|согласована|согласовано"),
        passiveSuffix: "ся",
        units: .russian,
        official: .init(
            first: PhrasePattern("должностное|должностного|должностному|должностным|должностном|должностные|должностных|должностными"),
            second: PhrasePattern("лицо|лица|лицу|лицом|лице|лиц|лицам|лицами|лицах")),
        superior: PhrasePattern("вышестоящ*"),
        nominative: PhrasePattern(
            "аким|акимы|акимат|акиматы|аппарат|аппараты|должностное|должностные|маслихат|маслихаты|собрание|сход|орган|органы"),
        agentive: PhrasePattern(
            "акимом|акимами|акиматом|акиматами|аппаратом|аппаратами|должностным|должностными|маслихатом|маслихатами|собранием|сходом|органом|органами"
        ),
        prepositions: PhrasePattern(
            "с|со|перед|по|к|ко|для|у|от|о|об|на|в|во|при|через|за|между|из|до|после|без|про|согласно|представлению|согласованию|поручению|решению|решением|предложению|заданию"
        ),
        competenceWords: PhrasePattern("компетенци*|ведени*|ведение"),
        postpositions: PhrasePattern("-"),
        agentMarker: PhrasePattern("-")
    )
}

extension UnitVocabulary {
    /// Russian unit titles: the units follow the head in the genitive, a city's significance
    /// follows the city («города областного, районного значения»), a district may lie «в городе».
    static let russian = UnitVocabulary(
        nouns: [
            (PhrasePattern("поселок|поселка|поселку|поселком|поселке|поселки|поселков|поселкам|поселками|поселках"), .settlement),
            (PhrasePattern("село|села|селу|селом|селе|сел|селам|селами|селах"), .village),
            (PhrasePattern("аул|аула|аулу|аулом|ауле|аулы|аулов|аулам|аулами|аулах"), .village),
            (PhrasePattern("область|области|областью|областей|областям|областями|областях"), .oblast),
            (PhrasePattern("столица|столицы|столице|столицу|столицей|столиц|столицам|столицах"), .capital),
        ],
        city: PhrasePattern("город|города|городу|городом|городе|городов|городам|городами|городах"),
        district: PhrasePattern("район|района|району|районом|районе|районы|районов|районам|районами|районах"),
        rural: PhrasePattern(
            "сельский|сельского|сельскому|сельским|сельском|сельские|сельских|сельскими|аульный|аульного|аульному|аульным|аульном|аульные|аульных|аульными"
        ),
        ruralDistrict: PhrasePattern("округ|округа|округу|округом|округе|округи|округов|округам|округами|округах"),
        significance: [
            (PhrasePattern("районного"), .cityOfDistrictSignificance),
            (PhrasePattern("областного"), .cityOfRegionalSignificance),
            (PhrasePattern("республиканского"), .cityOfRepublicanSignificance),
        ],
        significanceOrder: .afterCity,
        significanceWords: [PhrasePattern("значения")],
        significanceLead: nil,
        inCity: PhrasePattern("в|во"),
        cityLocative: nil,
        capital: PhrasePattern("столицы|столице|столица"),
        connectors: PhrasePattern("и|или|а|также"),
        articles: PhrasePattern("-"),
        exclusionOpening: PhrasePattern("кроме|за"),
        exclusionClosing: nil
    )
}

extension ActorLexicon {
    /// A Russian title: «аппарат акима …», «должностные лица аппаратов акимов …», the units after
    /// the head, and an adjective before it («районный (города областного значения) акимат»).
    static func readRussianTitle(_ title: inout Title, lowerBound: Int, in words: ClauseWords, grammar: ActorGrammar) {
        let index = title.start
        let clause = words.clause[index]
        func word(_ position: Int) -> String? {
            position >= lowerBound && position < words.count && words.clause[position] == clause ? words.words[position].folded : nil
        }
        if title.head == .akim, let before = word(index - 1), grammar.office.matchesWord(before) {
            title.head = .office
            title.start = index - 1
            title.headIndex = index - 1
            // «должностное лицо аппарата акима …»: the official of the office.
            if let noun = word(index - 2), let adjective = word(index - 3),
                grammar.official.first.matchesWord(adjective), grammar.official.second.matchesWord(noun)
            {
                title.head = .official
                title.start = index - 3
                title.headIndex = index - 3
            }
        }
        (title.units, title.end) = units(after: index + 1, in: words, grammar: grammar)
        title.end = max(title.end, index + 1)
        // «районный (города областного значения) акимат»: an adjective before the head.
        let start = title.start
        for distance in 1...5 {
            let position = start - distance
            guard let adjective = word(position) else { break }
            let unit: AdministrativeUnit? =
                adjective.hasPrefix("районн")
                ? .district
                : adjective.hasPrefix("областн")
                    ? .oblast
                    : adjective.hasPrefix("городск") ? .cityOfRegionalSignificance : nil
            guard let unit else { continue }
            let between = units(after: position + 1, in: words, grammar: grammar)
            if distance == 1 || between.end == start {
                title.units.insert(unit)
                title.units.formUnion(between.units)
                title.start = position
                break
            }
        }
    }
    /// Russian roles once the mentions are found: objects joined to objects, the patients of
    /// passive verbs, inanimate objects beside an akim or after an active verb.
    static func russianPasses(_ result: inout [ActorMention], in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) {
        objectsJoinedByConjunction(&result, in: words)
        // «проводятся сход … и собрание местного сообщества», «Собрание … созывается»: the
        // nominative of these passive verbs is what is held, called or formed.
        for position in result.indices where result[position].role == .subject && !result[position].isAgent {
            let clause = result[position].clause
            // Not a lead-in («Сход … проводится по … вопросам:»): the list is what it decides.
            guard let last = facts.lastWord(of: clause),
                words.text[words.words[last].range.upperBound...].first(where: { !$0.isWhitespace }) != ":"
            else { continue }
            if facts.first("patient verb", in: clause, where: Self.russianPatientVerbs.matchesWord) != nil {
                result[position].role = .other
            }
        }
        // «Районный акимат возглавляет аким района»: beside a nominative akim, an akimat,
        // maslikhat or office in the same form is the object (inanimate accusative), unless
        // coordinated with it («акимат, маслихат и аким района»). Coordination needs a gap of two
        // words at most, so only the nearest nominative akim on each side can be coordinated;
        // two passes find them for every mention.
        let isNominativeAkim = { (mention: ActorMention) in mention.head == .akim && mention.role == .subject && !mention.isAgent }
        var nominativeAkims: [Int: Int] = [:]
        for mention in result where isNominativeAkim(mention) { nominativeAkims[mention.clause, default: 0] += 1 }
        var nearestBefore = Array(repeating: -1, count: result.count)
        var nearestAfter = Array(repeating: -1, count: result.count)
        var last = -1
        for position in result.indices {
            nearestBefore[position] = last
            if isNominativeAkim(result[position]) { last = position }
        }
        last = -1
        for position in result.indices.reversed() {
            nearestAfter[position] = last
            if isNominativeAkim(result[position]) { last = position }
        }
        for position in result.indices
        where result[position].role == .subject && !result[position].isAgent && result[position].head != .akim {
            let clause = result[position].clause
            guard nominativeAkims[clause, default: 0] > 0 else { continue }
            let coordinated = [nearestBefore[position], nearestAfter[position]].contains { other in
                guard other >= 0, result[other].clause == clause else { return false }
                let gap =
                    min(
                        result[other].words.upperBound, result[position].words.upperBound)..<max(
                        result[other].words.lowerBound, result[position].words.lowerBound)
                return gap.count <= 2 && gap.contains { ["и", "или"].contains(words.words[$0].folded) }
            }
            if !coordinated { result[position].role = .other }
        }
        // «… и информирует об этом соответствующий маслихат»: an inanimate mention right after
        // an active verb is its object.
        for position in result.indices
        where result[position].role == .subject && !result[position].isAgent && result[position].head != .akim {
            let clause = result[position].clause
            var index = result[position].words.lowerBound - 1
            var skipped = 0
            while index >= 0, words.clause[index] == clause, skipped < 3,
                Self.russianAdjectiveEndings.contains(where: words.words[index].folded.hasSuffix)
                    || ["об", "этом", "о", "том"].contains(words.words[index].folded)
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
            if let previous, verb.hasSuffix("ть"),
                ["обязан", "обязана", "обязаны", "вправе", "должен", "должна", "должны", "может", "могут"].contains(previous)
            {
                result[position].role = .other
                continue
            }
            guard previous == nil || previous == "и" else { continue }
            if verb.count > 5, ["ирует", "ует", "ает", "яет", "ит", "ет"].contains(where: verb.hasSuffix), !verb.hasSuffix("ся") {
                result[position].role = .other
            }
        }
        // «Аппарат акима … образуется … акиматом района»: with an agent in a passive clause,
        // the nominative is what is acted on, not who acts.
        let agentClauses = Set(
            result.filter {
                $0.role == .subject && grammar.agentive.matchesWord(words.words[$0.headIndex(in: words, grammar: grammar)].folded)
            }.map(\.clause))
        for position in result.indices where agentClauses.contains(result[position].clause) && result[position].role == .subject {
            let head = words.words[result[position].headIndex(in: words, grammar: grammar)].folded
            if grammar.nominative.matchesWord(head) { result[position].role = .other }
        }
    }

    /// The role of a Russian mention over `range` whose head word is at `head`, and whether it is a
    /// passive verb's agent.
    static func russianRole(of range: Range<Int>, head: Int, in words: ClauseWords, facts: ClauseFacts, grammar: ActorGrammar) -> (
        ActorMention.Role, Bool
    ) {
        let clause = words.clause[head]
        func word(_ index: Int) -> String? {
            index >= 0 && index < words.count && words.clause[index] == clause ? words.words[index].folded : nil
        }
        let headWord = words.words[head].folded
        let before = word(range.lowerBound - 1)
        if let before, grammar.competenceWords.matchesWord(before) {
            // «К компетенции акима относятся:», «Компетенция акима …»; not «по вопросам, отнесенным к компетенции маслихата».
            let governed = [range.lowerBound - 2, range.lowerBound - 3].contains { word($0).map { isRussianFieldParticiple($0) } ?? false }
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
        if grammar.agentive.matchesWord(headWord), isPassive(clause: clause, before: head, facts: facts, grammar: grammar) {
            // The agent of a participle or a verbal noun, or inside «который …», acts in a
            // phrase of its own: «положением, утвержденным маслихатом», «в случае принятия
            // маслихатом решения», «лиц, которые избираются маслихатом».
            let lead = [range.lowerBound - 1, range.lowerBound - 2].compactMap(word)
            if let first = lead.first, isRussianVerbalNoun(first) { return (.other, false) }
            if lead.contains(where: isRussianPassiveParticiple) { return (.other, false) }
            if let relative = facts.first("который", in: clause, where: { $0.hasPrefix("котор") }), relative < range.lowerBound {
                return (.other, false)
            }
            return (.subject, true)
        }
        return (.other, false)
    }

    /// Russian passive verbs whose nominative undergoes the act.
    static let russianPatientVerbs = PhrasePattern(
        "проводится|проводятся|созывается|созываются|образуется|образуются|упраздняется|упраздняются|создается|создаются|финансируется|финансируются|избирается|избираются|назначается|назначаются|освобождается|освобождаются"
    )

    /// A Russian passive participle («утвержденным», «утверждаемым», «разработанным»).
    static func isRussianPassiveParticiple(_ word: String) -> Bool {
        !word.hasPrefix("данн")
            && [
                "нным", "нной", "нного", "нном", "нными", "нная", "нные", "нных", "нный", "емым", "емой", "емого", "емыми", "емых", "имым",
                "имой", "имого",
            ].contains(where: word.hasSuffix)
    }

    /// A Russian verbal noun («принятия», «утверждение»).
    static func isRussianVerbalNoun(_ word: String) -> Bool {
        ["ния", "ние", "нию", "нием", "нии", "тия", "тие", "тию"].contains(where: word.hasSuffix)
    }

    /// Russian adjective and participle endings («данный», «соответствующего»): words that may
    /// stand between a preposition and the noun it governs.
    static let russianAdjectiveEndings = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими",
    ]

    /// A participle after a competence word: «вопросы, отнесенные к компетенции маслихата» names a
    /// field, not its holder.
    static func isRussianFieldParticiple(_ word: String) -> Bool {
        word.hasPrefix("отнесенн") || word.hasPrefix("относящ") || word.hasPrefix("входящ")
    }
}

extension FlagRules {
    static let other = "иные|иных|иным|иными|иной|иное|иного"
    static let kinds = "вопрос*|полномочи*|функци*|обязанност*|задач*|действи*"

    static let russian: [FlagRule] = [
        FlagRule(.residualLegislation, "быть отнесен*|отнесено|отнесены … \(other) …1 \(kinds)"),
        FlagRule(.residualLegislation, "\(other) …1 \(kinds) … законодательств*|законодательн*|законами|законом"),
        FlagRule(.residualLegislation, "законодательств*|законодательн*|законами … \(other) …1 \(kinds)"),
        FlagRule(.superiorInstruction, "поручени*|задани*|указани*|распоряжени*", .after(6), .superior),
        FlagRule(.upwardAccountability, "несет|несут ответственность … перед", .after(24)),
        FlagRule(.upwardAccountability, "отчитыва* перед", .after(12)),
        FlagRule(.upwardAccountability, "подотчет*|подконтрол*", .after(8)),
        FlagRule(.approvalDependency, "по согласованию с|со", .after(10)),
        FlagRule(.approvalDependency, "после согласования с|со", .after(10)),
        FlagRule(.approvalDependency, "с согласия", .after(10)),
        FlagRule(.approvalDependency, "по представлению", .after(10), extendTo: "инспектор*|орган*|комисси*|министр*|правительств*"),
        // «вносит в вышестоящий акимат для утверждения соответствующим маслихатом».
        FlagRule(.approvalDependency, "для утверждения", .after(8), .superior),
        FlagRule(.approvalDependency, "на утверждение", .after(8), .superior),
        // «отчетность …, утверждаемую решением местного исполнительного органа».
        FlagRule(.approvalDependency, "утверждаем*|утвержденн* решением|решениями", .after(8), .superior),
        FlagRule(
            .externalProcedure,
            "порядке|порядком|порядку определяем*|определенн*|установленн*|устанавливаем*|предусмотренн*|утвержденн*|утверждаем*",
            extendTo: "законодательств*|орган*|органом|правительств*|кодекс*|закон*"),
        FlagRule(
            .externalProcedure, "утвержденн*|утверждаем*|определяем*|определяется|определяются … уполномоченн* орган*",
            extendTo: "статистик*|планировани*|сфере"),
        // «в установленном порядке»: Kazakh «белгіленген тәртіппен».
        FlagRule(.externalProcedure, "установленн*|определенн*|предусмотренн* … порядке|порядком"),
    ]
}

extension ModalityReader {
    /// Explicit modality words, strongest first: a prohibition before a power before a duty.
    static let russianModality: [Rule] = [
        Rule(pattern: PhrasePattern("не вправе|может|могут|допускается|разрешается"), modality: .prohibition),
        Rule(pattern: PhrasePattern("запрещается|запрещено"), modality: .prohibition),
        Rule(pattern: PhrasePattern("не имеет|имеют права|право"), modality: .prohibition),
        Rule(pattern: PhrasePattern("вправе"), modality: .power),
        Rule(pattern: PhrasePattern("имеет|имеют право"), modality: .power),
        Rule(pattern: PhrasePattern("правом … обладает|обладают", gap: 16), modality: .power),
        Rule(pattern: PhrasePattern("может|могут"), modality: .power),
        Rule(pattern: PhrasePattern("обязан|обязана|обязаны|должен|должна|должны"), modality: .duty),
    ]
}

extension TopicTagger {
    /// Topic keywords (folded words; `*` a prefix).
    static let russianTopics: [(Topic, [String])] = [
        (.veterinary, ["ветеринар*", "животн*", "скот*", "карантин*", "эпизоот*"]),
        (.budget, ["бюджет*", "налог*", "платеж*", "финансирован*"]),
        (.land, ["земел*", "землепольз*", "земля|земли|землю|землях|землям"]),
        (.pastures, ["пастбищ*", "выпас*"]),
        (.housing, ["жил*", "жиль*"]),
        (.roadsAndTransport, ["дорог*", "транспорт*", "автомобильн*"]),
        (.socialProtection, ["социальн*", "инвалид*", "благотворительн*", "малообеспеченн*", "уязвим*", "матерям"]),
        (.employment, ["занятост*", "безработн*", "трудоустройств*", "общественн* работ*", "рабочие мест*"]),
        (.health, ["здравоохранени*", "медицинск*", "больн*", "лежач*"]),
        (.cultureAndSport, ["культур*", "спорт*", "исторического", "наследи*"]),
        (.education, ["образовани*", "школ*", "дошкольн*"]),
        (.statistics, ["статистик*", "похозяйственн*"]),
        (.military, ["воинск*", "призыв*", "военн*", "мобилизац*"]),
        (.elections, ["выбор*", "избирательн*", "референдум*"]),
        (.property, ["имуществ*", "коммунальн*", "инвентаризац*"]),
        (.water, ["водоснабжени*", "водопольз*", "водн*"]),
        (.burial, ["погребени*", "кладбищ*", "захоронени*", "могил*"]),
        (.civilRegistration, ["актов гражданского состояния", "регистраци* актов"]),
        (.emergencies, ["чрезвычайн*", "пожар*", "гражданской защит*", "паводк*"]),
        (.publicOrder, ["правонарушени*", "общественного порядка", "профилактик*"]),
        (.improvement, ["благоустройств*", "освещени*", "озеленени*", "санитарн* очистк*"]),
        (.entrepreneurship, ["предпринимательств*", "крестьянск*", "фермерск*", "микрокредит*"]),
        (.citizensAppeals, ["обращени*", "жалоб*"]),
        (.localSelfGovernment, ["местного самоуправления", "местного сообщества"]),
        (.notarial, ["нотариальн*", "нотариус*"]),
        (.agriculture, ["сельскохозяйственн*", "агропромышленн*", "растениеводств*", "животноводческ*"]),
    ]
}

extension CompetenceExtractor {
    /// A present passive participle before the agent of a title: «совершаемые», «осуществляемые»,
    /// «принимаемые».
    static func isRussianActivityParticiple(_ word: String) -> Bool {
        word.count > 6 && ["емые", "имые", "емых", "имых", "емое", "имое", "емая", "имая", "емый", "имый"].contains(where: word.hasSuffix)
    }
}

extension CompetenceExtractor {
    /// Clauses that are no competence: accountability, residual assignment, status rules.
    static let russianFramework: [PhrasePattern] = [
        PhrasePattern("несет|несут ответственность"), PhrasePattern("подотчет*|подконтрол*"),
        PhrasePattern("быть отнесен*|отнесено|отнесены"),
        PhrasePattern("является|являются"),
        // Status and quorum rules: «не обладает правами юридического лица», «считается состоявшимся».
        PhrasePattern("юридическ* лиц*"), PhrasePattern("считается|считаются"),
        // «Законодательными актами могут быть предусмотрены иные нотариальные действия …».
        PhrasePattern("быть предусмотрен*"),
    ]
}

extension CompetenceExtractor {
    /// Election, appointment and dismissal of the actor.
    static let russianAppointment: [PhrasePattern] = [
        PhrasePattern("избирается|избираются|избран|избрана|избраны|избрано|избрания|переизбран*"),
        PhrasePattern("назначается|назначаются|освобождается|освобождаются|прекращаются|прекращается"),
    ]
}

extension FlagDetector {
    /// Words naming the residents themselves: the population, the citizens.
    static let russianResidents = PhrasePattern("население|населением|населения|населению|жителями|жителям|гражданами")
}

extension ReferenceFinder {
    /// The words naming each level of a citation.
    static let russianLevels: [(PhrasePattern, Level)] = [
        (
            PhrasePattern("подпункт|подпункта|подпункту|подпунктом|подпункте|подпункты|подпунктов|подпунктами|подпунктах|подпунктам|пп"),
            .point
        ),
        (
            PhrasePattern("пункт|пункта|пункту|пунктом|пункте|пункты|пунктов|пунктами|пунктах|пунктам|п|часть|части|частью|частей|частями"),
            .paragraph
        ),
        (PhrasePattern("статья|статьи|статье|статью|статьей|статьями|статьях|статей|статьям|ст"), .article),
        (PhrasePattern("глава|главы|главе|главу|главой|глав"), .chapter),
    ]
}
