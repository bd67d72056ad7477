import KuzyretCore

/// A subject area of a competence, for grouping lists («ветеринария», «бюджет» …).
public enum Topic: String, Codable, Sendable, CaseIterable, Comparable {
    case veterinary, budget, land, pastures, housing
    case roadsAndTransport = "roads-and-transport"
    case socialProtection = "social-protection"
    case employment, health
    case cultureAndSport = "culture-and-sport"
    case education, statistics, military, elections, property, water, burial
    case civilRegistration = "civil-registration"
    case emergencies
    case publicOrder = "public-order"
    case improvement
    case entrepreneurship
    case citizensAppeals = "citizens-appeals"
    case localSelfGovernment = "local-self-government"

    /// Orders topics as declared.
    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Tags a text with topics from a keyword table per language.
///
/// Keywords are ``PhrasePattern`` words on folded text: `ветеринар*` matches «ветеринарных»,
/// `мал|малды|малдың` the Kazakh «livestock» forms without catching «мал-» compounds elsewhere.
public enum TopicTagger {
    static let table: [Language: [(Topic, [String])]] = [
        .rus: [
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
        ],
        .kaz: [
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
        ],
        .eng: [
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
        ],
    ]

    static let compiled: [Language: [(Topic, [PhrasePattern])]] = table.mapValues { rows in
        rows.map { topic, keywords in (topic, keywords.map { PhrasePattern($0, gap: 0) }) }
    }

    /// The topics of `words`, in declaration order.
    public static func topics(of words: ClauseWords, lang: Language) -> [Topic] {
        (compiled[lang] ?? []).compactMap { topic, patterns in
            patterns.contains { $0.firstMatch(in: words) != nil } ? topic : nil
        }
    }
}
