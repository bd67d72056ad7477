import KuzyretCore

/// The words that name actors and units in one language (DESIGN.md §2, §6).
///
/// Russian and English put the units after the head («аким поселка, села»; «akim of a village»),
/// Kazakh before it («кент, ауыл әкімі»); each grammar lists its unit phrases longest first.
struct ActorGrammar: Sendable {
    /// A unit phrase: its words in order and the unit it names.
    struct UnitPhrase: Sendable {
        var words: [PhrasePattern]
        var unit: AdministrativeUnit

        init(_ source: String, _ unit: AdministrativeUnit) {
            words = source.split(separator: " ").map { PhrasePattern(String($0)) }
            self.unit = unit
        }
    }

    /// Head words by kind.
    var akim: PhrasePattern
    var akimat: PhrasePattern
    var office: PhrasePattern
    var maslikhat: PhrasePattern
    /// The community meeting as a phrase; its last word is the head.
    var community: [PhrasePattern]
    /// The local executive body as a phrase (units follow in Russian, precede in Kazakh).
    var executiveBody: [PhrasePattern]
    /// The bodies of local self-government as a phrase.
    var selfGovernment: [PhrasePattern]
    /// Words that make the clause passive, so an instrumental actor is its agent («разрабатывается
    /// аппаратом акима»).
    var passive: PhrasePattern
    /// A word ending that makes the clause passive («разрабатывается»); empty when none.
    var passiveSuffix: String
    /// Unit phrases, longest first.
    var units: [UnitPhrase]
    /// Words allowed between units («и», «және», «of», «the»).
    var connectors: PhrasePattern
    /// Exclusions skipped inside a list of units («(кроме районов в городах)»).
    var skips: [[PhrasePattern]]
    /// A word before the head that marks a superior («вышестоящим», «жоғары тұрған»).
    var superior: PhrasePattern
    /// Head forms that can be a subject (nominative); others are objects.
    var nominative: PhrasePattern
    /// Head forms that are the agent of a passive verb with no preposition (Russian instrumental).
    var agentive: PhrasePattern
    /// Words before a mention that make it an object (prepositions).
    var prepositions: PhrasePattern
    /// Words just before (rus, eng) or after (kaz) a genitive mention that make it the holder.
    var competenceWords: PhrasePattern
    /// Words after a nominative mention that make it an object (Kazakh postpositions).
    var postpositions: PhrasePattern
    /// Words after a mention that make it an agent (Kazakh «тарапынан», English «by» before).
    var agentMarker: PhrasePattern

    static func grammar(for lang: Language) -> ActorGrammar {
        switch lang {
        case .rus: russian
        case .kaz: kazakh
        case .eng: english
        }
    }

    static let russian = ActorGrammar(
        akim: PhrasePattern("аким|акима|акиму|акимом|акиме|акимы|акимов|акимам|акимами|акимах"),
        akimat: PhrasePattern("акимат|акимата|акимату|акиматом|акимате|акиматы|акиматов|акиматам|акиматами|акиматах"),
        office: PhrasePattern("аппарат|аппарата|аппарату|аппаратом|аппарате|аппараты|аппаратов|аппаратами"),
        maslikhat: PhrasePattern("маслихат*"),
        community: [PhrasePattern("собрани*|сход*"), PhrasePattern("местного|местных"), PhrasePattern("сообществ*")],
        executiveBody: [PhrasePattern("исполнительн*"), PhrasePattern("орган|органа|органу|органом|органе|органы|органов|органам|органами")],
        selfGovernment: [PhrasePattern("орган*"), PhrasePattern("местного"), PhrasePattern("самоуправления")],
        passive: PhrasePattern("утвержден|утверждена|утверждено|утверждены|одобрен|одобрена|одобрено|согласован|согласована|согласовано"),
        passiveSuffix: "ся",
        units: [
            UnitPhrase("город* районного значения", .cityOfDistrictSignificance),
            UnitPhrase("город* областного значения", .cityOfRegionalSignificance),
            UnitPhrase("город* республиканского значения", .cityOfRepublicanSignificance),
            UnitPhrase("район|района|районов|районы|районе|районам|районах в город*", .districtInCity),
            UnitPhrase("район|района|районов|районы|районам|районах", .district),
            UnitPhrase("аульн*|сельск* сельск* округ*", .ruralDistrict),
            UnitPhrase("аульн*|сельск* округ*", .ruralDistrict),
            UnitPhrase("поселок|поселка|поселку|поселком|поселке|поселков|поселкам|поселках", .settlement),
            UnitPhrase("село|села|селу|селом|селе|сел|селам|селах", .village),
            UnitPhrase("аул|аула|аулу|аулом|ауле|аулов|аулы|аулам|аулах", .village),
            UnitPhrase("области|областей|областям|областях", .oblast),
            UnitPhrase("столицы|столиц", .capital),
            UnitPhrase("город|города|городов|городам|городах", .cityOfRegionalSignificance),
        ],
        connectors: PhrasePattern("и|или"),
        skips: [["кроме", "районов", "в", "городах"].map { PhrasePattern($0) }],
        superior: PhrasePattern("вышестоящ*"),
        nominative: PhrasePattern("аким|акимы|акимат|акиматы|аппарат|аппараты|маслихат|маслихаты|собрание|сход|орган|органы"),
        agentive: PhrasePattern("акимом|акимами|акиматом|акиматами|аппаратом|аппаратами|маслихатом|маслихатами|собранием|сходом|органом|органами"),
        prepositions: PhrasePattern(
            "с|со|перед|по|к|ко|для|у|от|о|об|на|в|во|при|через|за|между|из|до|после|без|про|согласно|представлению|согласованию|поручению|решению|решением|предложению|заданию"),
        competenceWords: PhrasePattern("компетенци*|ведени*|ведение"),
        postpositions: PhrasePattern("-"),
        agentMarker: PhrasePattern("-")
    )

    static let kazakh = ActorGrammar(
        akim: PhrasePattern("әкім|әкімі|әкімінің|әкіміне|әкімін|әкімінде|әкімімен|әкімнің|әкімге|әкімді|әкімдер*|әкімнен|әкімінен"),
        akimat: PhrasePattern("әкімдік*|әкімдіг*"),
        office: PhrasePattern("аппарат*"),
        maslikhat: PhrasePattern("мәслихат*"),
        community: [PhrasePattern("жергілікті"), PhrasePattern("қоғамдастық*"), PhrasePattern("жиналыс*|жиын*")],
        executiveBody: [PhrasePattern("атқарушы"), PhrasePattern("орган*")],
        selfGovernment: [PhrasePattern("өзін"), PhrasePattern("өзі"), PhrasePattern("басқару"), PhrasePattern("орган*")],
        passive: PhrasePattern("-"),
        passiveSuffix: "",
        units: [
            UnitPhrase("аудандық маңызы бар қала*", .cityOfDistrictSignificance),
            UnitPhrase("облыстық маңызы бар қала*", .cityOfRegionalSignificance),
            UnitPhrase("республикалық маңызы бар қала*", .cityOfRepublicanSignificance),
            UnitPhrase("қаладағы аудан*", .districtInCity),
            UnitPhrase("ауылдық|селолық округ*", .ruralDistrict),
            UnitPhrase("аудан|аудандық|ауданның|аудандар|аудандардың|аудандарының|ауданы|ауданының", .district),
            UnitPhrase("кент|кенттің|кенттер|кенттердің|кенті|кентінің", .settlement),
            UnitPhrase("ауыл|ауылдың|ауылдар|ауылдардың|ауылы|ауылының|село|селоның|селолар", .village),
            UnitPhrase("облыс|облыстың|облыстар|облыстық|облыстардың|облысы|облысының", .oblast),
            UnitPhrase("астана|астананың|астаналық", .capital),
            UnitPhrase("қала|қаланың|қалалар|қалалардың|қалалық", .cityOfRegionalSignificance),
        ],
        connectors: PhrasePattern("және|немесе|мен|пен|бен"),
        skips: [
            ["қалалардағы", "аудандардан", "басқа"].map { PhrasePattern($0) },
            // «ауылдық округтің құрамына кірмейтін кент пен ауылдың әкімі».
            ["құрамына", "кірмейтін"].map { PhrasePattern($0) },
        ],
        superior: PhrasePattern("тұрған"),
        nominative: PhrasePattern(
            "әкім|әкімі|әкімдер|әкімдері|әкімдік|әкімдігі|әкімдіктер|әкімдіктері|аппарат|аппараты|мәслихат|мәслихаты|мәслихаттар|мәслихаттары|жиналыс|жиналысы|жиыны|орган|органы|органдар|органдары"),
        agentive: PhrasePattern("-"),
        prepositions: PhrasePattern("-"),
        competenceWords: PhrasePattern("құзырет*|құзыр*"),
        postpositions: PhrasePattern(
            "алдында|арқылы|бойынша|үшін|туралы|жанындағы|қатысуымен|келісім*|келісу*|келісіл*|ұсынуы*|ұсынымы*|тапсырма*|шешімі*|шешімімен|өкілеттік*|өкілеттіг*|лауазым*|басшы*|орынбасар*|аппарат*|төраға*|хатшы*|депутат*|комиссия*|сессия*|регламент*|өкіл*|аумағ*|*сы|*сі|*ның|*нің|*дың|*дің|*тың|*тің|*ында|*інде|*ына|*іне|*ынан|*інен|*ымен|*імен|*ын|*ін"),
        agentMarker: PhrasePattern("тарапынан")
    )

    static let english = ActorGrammar(
        akim: PhrasePattern("akim|akims"),
        akimat: PhrasePattern("akimat|akimats"),
        office: PhrasePattern("office|offices|apparatus"),
        maslikhat: PhrasePattern("maslikhat|maslikhats"),
        community: [PhrasePattern("local"), PhrasePattern("community"), PhrasePattern("meeting|meetings|gathering|gatherings")],
        executiveBody: [PhrasePattern("executive"), PhrasePattern("body|bodies")],
        selfGovernment: [PhrasePattern("self"), PhrasePattern("government"), PhrasePattern("body|bodies")],
        passive: PhrasePattern("-"),
        passiveSuffix: "",
        units: [
            UnitPhrase("city|cities of district significance", .cityOfDistrictSignificance),
            UnitPhrase("city|cities of regional significance", .cityOfRegionalSignificance),
            UnitPhrase("city|cities of republican significance", .cityOfRepublicanSignificance),
            UnitPhrase("district|districts in a|the city|cities", .districtInCity),
            UnitPhrase("district|districts in city|cities", .districtInCity),
            UnitPhrase("rural district|districts", .ruralDistrict),
            UnitPhrase("district|districts", .district),
            UnitPhrase("settlement|settlements", .settlement),
            UnitPhrase("village|villages|aul|auls", .village),
            UnitPhrase("oblast|oblasts|region|regions|regional", .oblast),
            UnitPhrase("capital", .capital),
        ],
        connectors: PhrasePattern("and|or|of|a|an|the"),
        skips: [["except", "districts", "in", "cities"].map { PhrasePattern($0) }],
        superior: PhrasePattern("superior|higher"),
        nominative: PhrasePattern("akim|akims|akimat|akimats|office|offices|apparatus|maslikhat|maslikhats|meeting|meetings|body|bodies"),
        agentive: PhrasePattern("-"),
        prepositions: PhrasePattern("of|with|to|from|for|before|on|under|at|in|into|by"),
        competenceWords: PhrasePattern("competence|competences|jurisdiction"),
        postpositions: PhrasePattern("-"),
        agentMarker: PhrasePattern("by")
    )
}
