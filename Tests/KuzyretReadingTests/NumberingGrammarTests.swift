import KuzyretCore
import Testing

@testable import KuzyretReading

struct NumberingGrammarTests {
    @Test(arguments: [
        ("Статья 35. Компетенция акима", ProvisionKind.article, "35", "Компетенция акима"),
        ("Статья 10-1. Компетенция", .article, "10-1", "Компетенция"),
        ("35-бап. Әкімнің құзыреті", .article, "35", "Әкімнің құзыреті"),
        ("32-2 бап. Аудан әкімі", .article, "32-2", "Аудан әкімі"),
        ("10-1-бап. Құзыреті", .article, "10-1", "Құзыреті"),
        ("Article 35. Competence of the akim", .article, "35", "Competence of the akim"),
        ("Глава 3. Акимы и акиматы", .chapter, "3", "Акимы и акиматы"),
        ("3-1-тарау. Азаматтардың қатысуы", .chapter, "3-1", "Азаматтардың қатысуы"),
        ("РАЗДЕЛ 2. ОСНОВЫ", .section, "2", "ОСНОВЫ"),
        ("1-бөлім. Жалпы", .section, "1", "Жалпы"),
        ("Параграф 1. Общие", .subchapter, "1", "Общие"),
        ("§ 2. Особые", .subchapter, "2", "Особые"),
    ])
    func readsUnitHeadings(text: String, kind: ProvisionKind, num: String, heading: String) {
        #expect(NumberingGrammar.lead(of: text, isHeading: false) == .unit(kind, num: num, heading: heading))
    }

    @Test func readsItemsAndTheirText() {
        #expect(NumberingGrammar.lead(of: "1. Аким района:", isHeading: false) == .item(.paragraph, num: "1", rest: "Аким района:"))
        #expect(NumberingGrammar.lead(of: "1-3. Акимы", isHeading: false) == .item(.paragraph, num: "1-3", rest: "Акимы"))
        #expect(NumberingGrammar.lead(of: "4-1) при разработке", isHeading: false) == .item(.point, num: "4-1)", rest: "при разработке"))
        #expect(NumberingGrammar.lead(of: "12-11) вводится", isHeading: false) == .item(.point, num: "12-11)", rest: "вводится"))
    }

    @Test func readsRangesInBothLanguages() {
        #expect(
            NumberingGrammar.lead(of: "3)-6) исключены Законом", isHeading: false)
                == .range(.point, first: "3)", last: "6)", rest: "исключены Законом"))
        #expect(
            NumberingGrammar.lead(of: "9) - 14) алып тасталды", isHeading: false)
                == .range(.point, first: "9)", last: "14)", rest: "алып тасталды"))
        #expect(
            NumberingGrammar.lead(of: "16) – 17) исключены", isHeading: false)
                == .range(.point, first: "16)", last: "17)", rest: "исключены"))
    }

    @Test(arguments: [
        "Статья 35 настоящего Закона применяется",  // a sentence, not a heading
        "35-бапқа өзгерістер енгізілді",  // a reference with a case ending
        "2018 году",
        "01.01.2018 бастап",
        "1.5 метра",
        "Статьями 5 и 6",
        "В соответствии с подпунктом 1)",
    ])
    func ignoresTextThatOnlyLooksNumbered(text: String) {
        #expect(NumberingGrammar.lead(of: text, isHeading: false) == .none)
    }

    @Test func aHeadingMayOmitTheDotAfterItsNumber() {
        #expect(NumberingGrammar.lead(of: "Глава 3 Акимы", isHeading: true) == .unit(.chapter, num: "3", heading: "Акимы"))
        #expect(NumberingGrammar.lead(of: "Глава 3 Акимы", isHeading: false) == .none)
    }

    @Test func readsThePartsOfACode() {
        #expect(NumberingGrammar.lead(of: "ОСОБЕННАЯ ЧАСТЬ", isHeading: true) == .unit(.part, num: "2", heading: "ОСОБЕННАЯ ЧАСТЬ"))
        #expect(NumberingGrammar.lead(of: "ЖАЛПЫ БӨЛІМ", isHeading: true) == .unit(.part, num: "1", heading: "ЖАЛПЫ БӨЛІМ"))
    }
}
