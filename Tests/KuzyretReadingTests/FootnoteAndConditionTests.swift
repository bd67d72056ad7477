import KuzyretCore
import Testing

@testable import KuzyretReading

struct FootnoteSubjectTests {
    @Test(arguments: [
        ("Сноска. Подпункт 4) исключен с 01.01.2018", FootnoteSubject.Target.provision(.point, num: "4", within: [])),
        ("Сноска. Статья 31 с изменениями, внесенными законами РК", .provision(.article, num: "31", within: [])),
        ("Сноска. Пункт 1 вводится в действие с 01.01.2018", .provision(.paragraph, num: "1", within: [])),
        ("Сноска. Глава 3 дополнена статьей 38-1 в соответствии с Законом", .provision(.article, num: "38-1", within: [])),
        ("Ескерту. 31-бапқа өзгерістер енгізілді - ҚР 2004.05.11 № 552", .provision(.article, num: "31", within: [])),
        ("Ескерту. 4-1) тармақша халық саны екі мың адамнан көп", .provision(.point, num: "4-1", within: [])),
        ("Ескерту. 3-тарау 38-1-баппен толықтырылды - ҚР", .provision(.article, num: "38-1", within: [])),
        ("Сноска. По всему тексту слова заменены", .act),
        ("Сноска. Преамбула с изменениями", .preamble),
        ("Сноска. Правила - в редакции приказа", .following),
        ("Footnote. Article 35 as amended by the Law", .provision(.article, num: "35", within: [])),
        ("Footnote. Article 1 is supplemented by subparagraph 2-1) by the Law", .provision(.point, num: "2-1", within: [])),
    ])
    func readsWhatAFootnoteSpeaksOf(text: String, target: FootnoteSubject.Target) {
        #expect(FootnoteSubject.of(text).target == target)
    }

    @Test func readsQualifiersAndScopes() {
        let russian = FootnoteSubject.of("Сноска. Подпункт 1) пункта 2 статьи 6 исключен")
        #expect(
            russian.target
                == .provision(
                    .point, num: "1",
                    within: [
                        .init(kind: .article, num: "6"), .init(kind: .paragraph, num: "2"),
                    ]))
        let kazakh = FootnoteSubject.of("Ескерту. 6-баптың 2-тармағының 1) тармақшасы алып тасталды")
        #expect(kazakh.target == russian.target)
        #expect(FootnoteSubject.of("Сноска. Часть вторая пункта 2 действует с 01.01.2018").scope == "part 2")
        #expect(FootnoteSubject.of("Ескерту. 4-тармақтың екінші бөлігі халық саны").scope == "part 2")
        #expect(FootnoteSubject.of("Сноска. Заголовок статьи 38 действует").scope == "heading")
    }
}

struct ConditionReaderTests {
    @Test func readsEnglishConditions() {
        let repeal = ConditionReader.conditions(
            in:
                "Footnote. Subparagraph 4) is excluded from 01.01.2018 for villages and rural districts with a population of more than two thousand people by the Law of the RK No. 90-VI.",
            scope: nil)
        #expect(repeal.map(\.effect) == [.repealed])
        #expect(repeal.first?.from == LegalDate("2018-01-01"))
        #expect(repeal.first?.population == PopulationBound(.above, 2000))
        let entry = ConditionReader.conditions(
            in: "Footnote. Paragraph 3 shall be enforced from 01.01.2026 for villages with a population of two thousand people or less.",
            scope: nil)
        #expect(entry.map(\.effect) == [.inForce])
        #expect(entry.first?.population == PopulationBound(.atMost, 2000))
    }

    @Test func readsARussianRepealByPopulation() {
        let conditions = ConditionReader.conditions(
            in:
                "Сноска. Подпункт 4) исключен с 01.01.2018 для городов районного значения, сел, поселков, сельских округов с численностью населения более двух тысяч человек в соответствии с пп.1) пункта 1 статьи 2 Закона РК от 11.07.2017 № 90-VI.",
            scope: nil)
        #expect(conditions.count == 1)
        #expect(conditions.first?.effect == .repealed)
        #expect(conditions.first?.from == LegalDate(year: 2018, month: 1, day: 1))
        #expect(conditions.first?.population == PopulationBound(.above, 2000))
    }

    @Test func readsTheKazakhTwin() {
        let conditions = ConditionReader.conditions(
            in:
                "Ескерту. 4) тармақша халық саны екі мың адамнан көп аудандық маңызы бар қалалар, ауылдар, кенттер, ауылдық округтер үшін – 01.01.2018 бастап алып тасталды - ҚР 11.07.2017 № 90-VI Заңының 2-бабы 1-тармағы 1) тармақшасына сәйкес.",
            scope: nil)
        #expect(conditions.map(\.effect) == [.repealed])
        #expect(conditions.first?.from == LegalDate(year: 2018, month: 1, day: 1))
        #expect(conditions.first?.population == PopulationBound(.above, 2000))
    }

    @Test func readsAnEntryIntoForceByPopulation() {
        let russian = ConditionReader.conditions(
            in:
                "Сноска. Подпункт 2-1) действует с 01.01.2018 для городов районного значения, сел, поселков, сельских округов с численностью населения более двух тысяч человек в соответствии с Законом РК от 11.07.2017 № 90-VI.",
            scope: nil)
        #expect(russian.map(\.effect) == [.inForce])
        let kazakh = ConditionReader.conditions(
            in:
                "Ескерту. 2-1) тармақша халық саны екі мың адамнан көп аудандық маңызы бар қалалар, ауылдар, кенттер, ауылдық округтер үшін - 01.01.2018 бастап қолданысқа енгізілді – ҚР 11.07.2017 № 90-VI Заңымен.",
            scope: nil)
        #expect(
            kazakh
                == russian.map {
                    var condition = $0
                    condition.source = kazakh.first?.source ?? ""
                    return condition
                })
    }

    @Test func readsTwoPopulationBandsOfAnAddedArticle() {
        let conditions = ConditionReader.conditions(
            in:
                "Сноска. Глава 3 дополнена статьей 38-1 в соответствии с Законом РК от 11.07.2017 № 90-VI (вводится в действие для городов районного значения, сел, поселков, сельских округов с численностью населения более двух тысяч человек с 01.01.2018 и для городов районного значения, сел, поселков, сельских округов с численностью населения две тысячи и менее человек с 01.01.2020).",
            scope: nil)
        #expect(conditions.map(\.population) == [PopulationBound(.above, 2000), PopulationBound(.atMost, 2000)])
        #expect(conditions.map(\.from) == [LegalDate(year: 2018, month: 1, day: 1), LegalDate(year: 2020, month: 1, day: 1)])
    }

    @Test func anAmendmentListIsNotACondition() {
        let conditions = ConditionReader.conditions(
            in:
                "Сноска. Статья 31 с изменениями, внесенными законами РК от 20.12.2004 № 13 (вводится в действие с 01.01.2005); от 11.07.2017 № 90-VI (вводится в действие для городов районного значения, сел, поселков, сельских округов с численностью населения более двух тысяч человек с 01.01.2018)",
            scope: nil)
        #expect(conditions.isEmpty)
    }

    @Test func readsNumbersInWords() {
        #expect(NumberWords.value(of: ["двух", "тысяч", "человек"]).0 == 2000)
        #expect(NumberWords.value(of: ["пяти", "тысяч"]).0 == 5000)
        #expect(NumberWords.value(of: ["екі", "мың", "адамнан"]).0 == 2000)
        #expect(NumberWords.value(of: ["1500", "человек"]).0 == 1500)
    }
}

struct StatusReaderTests {
    @Test func readsRepealNotesButNotWordsThatStartAlike() {
        #expect(StatusReader.status(of: "исключен Законом РК от 14.07.2022 № 141-VII").status == .repealed)
        #expect(StatusReader.status(of: "Исключена Законом РК").status == .repealed)
        #expect(StatusReader.status(of: "алып тасталды - ҚР 17.01.2014 № 165-V Заңымен").status == .repealed)
        #expect(StatusReader.status(of: "исключением случаев, предусмотренных законом").status == .inForce)
        #expect(StatusReader.status(of: "excluded by the Law of the Republic of Kazakhstan").status == .repealed)
    }

    @Test func readsPendingPlaceholdersWithTheirDate() {
        let russian = StatusReader.status(of: "вводится в действие с 01.09.2025 в соответствии с Законом РК от 17.07.2025 № 213-VIII;")
        #expect(russian.status == .pending)
        #expect(russian.condition?.from == LegalDate(year: 2025, month: 9, day: 1))
        let kazakh = StatusReader.status(of: "01.09.2025 бастап қолданысқа енгізіледі - ҚР 17.07.2025 № 213-VIII Заңымен;")
        #expect(kazakh.status == .pending)
        #expect(kazakh.condition?.from == russian.condition?.from)
    }
}
