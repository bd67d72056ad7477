import KuzyretCompetence
import KuzyretCore
import Testing

/// Surface forms of actors in Russian, Kazakh and English (DESIGN.md §6).
@Suite("Actor lexicon")
struct ActorLexiconTests {
    static func mentions(_ text: String, _ lang: Language) -> [ActorMention] {
        ActorLexicon.mentions(in: ClauseWords(text), lang: lang)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var lang: Language
        var actors: [PublicActor]
        var role: ActorMention.Role
        var testDescription: String { "\(lang.rawValue): \(text)" }
    }

    static let cases: [Case] = [
        // Russian: every case, singular and plural, list forms.
        Case(
            text: "Аким района в городе, города районного значения, поселка, села, сельского округа в соответствии с законодательством:",
            lang: .rus, actors: [.aulAkim], role: .subject),
        Case(
            text: "Акимы городов районного значения, поселков, сел, сельских округов организуют", lang: .rus, actors: [.aulAkim],
            role: .subject),
        Case(text: "Аким аула (села), аульного (сельского) округа:", lang: .rus, actors: [.aulAkim], role: .subject),
        Case(
            text: "В компетенцию акима города районного значения, поселка, села, сельского округа входят:", lang: .rus, actors: [.aulAkim],
            role: .holder),
        Case(text: "К ведению акима сельского округа может быть отнесено", lang: .rus, actors: [.aulAkim], role: .holder),
        Case(
            text: "разрабатывается аппаратом акима города районного значения, села, поселка, сельского округа", lang: .rus,
            actors: [.aulAkimOffice], role: .subject),
        Case(text: "по согласованию с акимом района (города областного значения)", lang: .rus, actors: [.districtAkim], role: .other),
        Case(
            text: "Аким района (города областного значения) в соответствии с законодательством:", lang: .rus, actors: [.districtAkim],
            role: .subject),
        Case(
            text: "Районный (города областного значения) акимат в соответствии с законодательством:", lang: .rus, actors: [.districtAkimat],
            role: .subject),
        Case(text: "Маслихаты и акиматы в своей деятельности обязаны:", lang: .rus, actors: [.maslikhat], role: .subject),
        Case(text: "после согласования с собранием местного сообщества", lang: .rus, actors: [.localCommunityMeeting], role: .other),
        Case(
            text: "Акимы района, города областного значения, поселка, села, сельского округа оповещают", lang: .rus,
            actors: [.aulAkim, .districtAkim], role: .subject),
        Case(
            text: "вносит в местный исполнительный орган района (кроме районов в городах), города областного значения", lang: .rus,
            actors: [.districtAkimat], role: .other),
        // Kazakh: әкімі, әкімінің, әкіміне, әкімдері, with look-alike Latin letters.
        Case(
            text: "Қаладағы аудан, аудандық маңызы бар қала, кент, ауыл, ауылдық округ әкiмi Қазақстан Республикасының заңнамасына сәйкес:",
            lang: .kaz, actors: [.aulAkim], role: .subject),
        Case(
            text: "Аудандық маңызы бар қала, кент, ауыл, ауылдық округ әкімінің құзыретіне мыналар кіреді:", lang: .kaz, actors: [.aulAkim],
            role: .holder),
        Case(
            text: "Аудандық маңызы бар қала, ауыл, кент, ауылдық округ әкiмдерi Қазақстан Республикасының заңнамасына сәйкес:", lang: .kaz,
            actors: [.aulAkim], role: .subject),
        Case(text: "аудан (облыстық маңызы бар қала) әкімімен келісу бойынша", lang: .kaz, actors: [.districtAkim], role: .other),
        Case(
            text: "Аудандық (облыстық маңызы бар қалалық) әкімдік Қазақстан Республикасының заңнамасына сәйкес:", lang: .kaz,
            actors: [.districtAkimat], role: .subject),
        Case(text: "кент, ауыл, ауылдық округ әкіміне ұсыныстар енгізеді", lang: .kaz, actors: [.aulAkim], role: .other),
        Case(
            text: "аудандық маңызы бар қала, ауыл, кент, ауылдық округ әкімінің аппараты жүзеге асырады", lang: .kaz,
            actors: [.aulAkimOffice], role: .subject),
        Case(text: "Мәслихат төрағасы:", lang: .kaz, actors: [.maslikhat], role: .other),
        // Who acts and who is acted on (rus/kaz parity of the whole of Law 148-II).
        Case(text: "Члены комиссий избираются соответствующим маслихатом", lang: .rus, actors: [.maslikhat], role: .subject),
        Case(text: "определяется положением, утвержденным маслихатом района", lang: .rus, actors: [.maslikhat], role: .other),
        Case(text: "в случае принятия маслихатом решения о самороспуске", lang: .rus, actors: [.maslikhat], role: .other),
        Case(text: "по кандидатурам лиц, которые избираются маслихатом", lang: .rus, actors: [.maslikhat], role: .other),
        Case(text: "и вносит представление в данный маслихат", lang: .rus, actors: [.maslikhat], role: .other),
        Case(text: "по вопросам, отнесенным к компетенции маслихата", lang: .rus, actors: [.maslikhat], role: .other),
        Case(
            text: "Сессии проводятся, и собрание местного сообщества проводится ежегодно.", lang: .rus, actors: [.localCommunityMeeting],
            role: .other),
        Case(text: "Граждане обязаны уведомить местный исполнительный орган области", lang: .rus, actors: [.oblastAkimat], role: .other),
        Case(text: "мәслихаттың құзыретіне жатқызылған мәселелер бойынша", lang: .kaz, actors: [.maslikhat], role: .other),
        Case(text: "Егер мәслихат келісім бермесе, облыс әкімі хабардар етеді.", lang: .kaz, actors: [.maslikhat], role: .other),
        Case(text: "Мәслихат аппараты мәслихат пен оның органдарын қамтамасыз етеді.", lang: .kaz, actors: [.maslikhat], role: .other),
        Case(
            text: "Облыс әкімінің аппараты осы Заңда жүктелген өкілеттіктерді жүзеге асырады.", lang: .kaz, actors: [.akimOffice],
            role: .subject),
        Case(
            text: "Жергілікті өзін-өзі басқару органдарының отырыстары жыл сайын өткізіледі.", lang: .kaz, actors: [.localSelfGovernment],
            role: .other),
        // Titles the grammar reads (issue 14): ellipsis, a district in a city with its qualifier,
        // lists that mix tiers, officials and executive bodies of the rural units.
        Case(
            text: "Аким района в городе, города областного, районного значения, поселка, села, сельского округа:", lang: .rus,
            actors: [.aulAkim, .cityAkim], role: .subject),
        Case(
            text:
                "В компетенцию акимов района в городе республиканского значения (столицы), городов районного значения, поселков, сел, сельских округов входят:",
            lang: .rus, actors: [.aulAkim], role: .holder),
        Case(
            text:
                "Должностное лицо аппарата акима города районного значения, поселка, села, сельского округа совершает следующие нотариальные действия:",
            lang: .rus, actors: [.aulAkimOfficial], role: .subject),
        Case(
            text:
                "Местные исполнительные органы района в городе, города районного значения, поселка, села, сельского округа осуществляют выявление",
            lang: .rus, actors: [.aulExecutiveBody], role: .subject),
        Case(
            text: "В компетенцию местных исполнительных органов (акиматов) районов (города областного значения) входят:", lang: .rus,
            actors: [.districtAkimat], role: .holder),
        Case(text: "Аким района в городе республиканского значения и столицы:", lang: .rus, actors: [.cityDistrictAkim], role: .subject),
        Case(
            text:
                "Республикалық маңызы бар қаладағы (астанадағы) аудандар, аудандық маңызы бар қалалар, кенттер, ауылдар, ауылдық округтер әкiмдерiнiң құзыретiне:",
            lang: .kaz, actors: [.aulAkim], role: .holder),
        Case(
            text: "Қаладағы ауданның, облыстық, аудандық маңызы бар қаланың, кенттің, ауылдың, ауылдық округтің әкімі:", lang: .kaz,
            actors: [.aulAkim, .cityAkim], role: .subject),
        Case(
            text:
                "аудандық маңызы бар қаланың, кенттiң, ауылдың, ауылдық округтiң әкiмi аппаратының нотариаттық iс-әрекеттердi жасауға уәкiлеттi лауазымды адамы жасайды",
            lang: .kaz, actors: [.aulAkimOfficial], role: .subject),
        Case(
            text: "Облыстық, республикалық маңызы бар қалалық, астаналық әкiмдік кiредi", lang: .kaz,
            actors: [.oblastAkimat, .republicanCityAkimat], role: .subject),
        Case(
            text: "Аудандардың (облыстық маңызы бap (қаланың) жергiлiктi атқарушы органдарының (әкiмдiктерiнiң) құзыретiне:", lang: .kaz,
            actors: [.districtAkimat], role: .holder),
        // English.
        Case(
            text: "The akim of a city of district significance, village, settlement, rural district shall:", lang: .eng, actors: [.aulAkim],
            role: .subject),
        Case(
            text: "The akims of cities of regional and district significance, villages and rural districts shall:", lang: .eng,
            actors: [.aulAkim, .cityAkim], role: .subject),
        Case(
            text: "The officials of the office of the akim of a village, settlement, rural district shall perform:", lang: .eng,
            actors: [.aulAkimOfficial], role: .subject),
        Case(text: "in agreement with the district akim", lang: .eng, actors: [.districtAkim], role: .other),
        Case(text: "The competence of akims of villages and rural districts includes:", lang: .eng, actors: [.aulAkim], role: .holder),
    ]

    @Test("Actors and roles", arguments: cases)
    func actorAndRole(_ example: Case) throws {
        let found = Self.mentions(example.text, example.lang)
        let first = try #require(found.first { !$0.actors.isEmpty }, "no actor in «\(example.text)»")
        #expect(first.actors == example.actors)
        #expect(first.role == example.role)
    }

    @Test("The aul akim is never the district akim nor an akimat")
    func aulAkimIsNotDistrict() {
        for text in ["Аким района", "акимат района", "районный акимат", "Аким области", "акимат города областного значения"] {
            #expect(!Self.mentions(text, .rus).flatMap(\.actors).contains(.aulAkim), "\(text)")
        }
        for text in ["Аудан әкімі", "аудан әкімдігі", "облыс әкімі", "облыстық маңызы бар қаланың әкімдігі"] {
            #expect(!Self.mentions(text, .kaz).flatMap(\.actors).contains(.aulAkim), "\(text)")
        }
    }

    @Test("A subset of the aul-level units is recorded as such")
    func subset() throws {
        let mention = try #require(Self.mentions("аким поселка, села, сельского округа в местностях", .rus).first)
        #expect(mention.actors == [.aulAkim])
        #expect(mention.units == [.settlement, .village, .ruralDistrict])
        let full = try #require(Self.mentions("Акимы города районного значения, села, поселка, сельского округа", .rus).first)
        #expect(full.units == AdministrativeUnit.aulLevel)
    }

    @Test("The unit an exclusion names is no unit of the title, in both languages")
    func exclusion() throws {
        let russian = try #require(Self.mentions("Аким поселка и села, не входящих в состав сельского округа, организует", .rus).first)
        #expect(russian.units == [.settlement, .village])
        let kazakh = try #require(Self.mentions("Ауылдық округтің құрамына кірмейтін кенттің және ауылдың әкімі ұйымдастырады", .kaz).first)
        #expect(kazakh.units == [.settlement, .village])
        // The list goes on before the exclusion: «…, ауылдық округтің, ауылдық округтің құрамына кірмейтін кенттің …».
        let list = try #require(
            Self.mentions("Ауданның, ауылдық округтің, ауылдық округтің құрамына кірмейтін кенттің және ауылдың әкімі", .kaz).first)
        #expect(list.units == [.district, .ruralDistrict, .settlement, .village])
        let exclusion = try #require(Self.mentions("акимы районов (кроме районов в городах), сел", .rus).first)
        #expect(exclusion.units == [.district, .village])
    }

    @Test("A superior akim is a superior, not an actor")
    func superior() throws {
        let russian = try #require(Self.mentions("перед вышестоящим акимом", .rus).first)
        #expect(russian.role == .superior)
        #expect(russian.actors.isEmpty)
        let kazakh = try #require(Self.mentions("жоғары тұрған әкiмнiң алдында", .kaz).first)
        #expect(kazakh.role == .superior)
    }

    @Test(
        "Russian case forms of «аким» all name the akim",
        arguments: ["аким", "акима", "акиму", "акимом", "акиме", "акимы", "акимов", "акимам", "акимами", "акимах"])
    func russianCases(form: String) {
        #expect(Self.mentions("\(form) села", .rus).first?.actors == [.aulAkim])
    }

    @Test(
        "Kazakh case forms of «әкім» all name the akim",
        arguments: ["әкімі", "әкімінің", "әкіміне", "әкімін", "әкімдері", "әкімдерінің", "әкiмiнiң"])
    func kazakhCases(form: String) {
        #expect(Self.mentions("ауылдық округ \(form)", .kaz).first?.actors == [.aulAkim])
    }
}
