import KuzyretAnalysis
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// Folding, protected terms and stemming for the search index (DESIGN.md §9).
@Suite("Text analysis")
struct AnalysisTests {
    static func term(_ word: String, _ lang: Language) -> String {
        let terms = TextAnalyzer().terms(of: word, lang: lang)
        return terms.count == 1 ? terms[0].term : "<\(terms.count) terms>"
    }

    @Test(
        "Kazakh: every form of a noun meets at one stem",
        arguments: [
            (
                "әкім",
                ["әкім", "әкімі", "әкімінің", "әкіміне", "әкімін", "әкімдері", "әкімдерінің", "әкімдерге", "әкімнің", "әкімге", "әкімімен"]
            ),
            ("құзырет", ["құзырет", "құзыреті", "құзыретіне", "құзыретінің", "құзыретке"]),
            ("мал", ["мал", "малды", "малдың", "малға", "малдар", "малдарды"]),
            ("әкімдік", ["әкімдік", "әкімдігі", "әкімдіктер", "әкімдікке", "әкімдігінің"]),
            ("аудан", ["аудан", "ауданның", "аудандар", "ауданда", "ауданы", "ауданының"]),
            ("өкілеттік", ["өкілеттік", "өкілеттігі", "өкілеттіктері", "өкілеттігін"]),
        ])
    func kazakhForms(stem: String, forms: [String]) {
        let expected = Self.term(stem, .kaz)
        for form in forms { #expect(Self.term(form, .kaz) == expected, "\(form)") }
    }

    @Test("Kazakh: the akimat is not the akim, the district not «ау»")
    func kazakhKeepsWordsApart() {
        #expect(Self.term("әкімдік", .kaz) != Self.term("әкім", .kaz))
        #expect(Self.term("аудан", .kaz) == "аудан")
        #expect(Self.term("ауылдық", .kaz) != Self.term("ауыл", .kaz))
    }

    @Test("A Kazakh word typed with Latin i is the word with Cyrillic і")
    func latinLookAlikes() {
        #expect(Self.term("әкiмiнiң", .kaz) == Self.term("әкімінің", .kaz))
        #expect(Self.term("ҚҰЗЫРЕТIНЕ", .kaz) == Self.term("құзыретіне", .kaz))
        #expect(Self.term("расчёт", .rus) == Self.term("расчет", .rus))
    }

    @Test("Russian: every case of «аким» is one term, apart from «акимат»; Snowball for the rest")
    func russian() {
        let akim = ["аким", "акима", "акиму", "акимом", "акиме", "акимы", "акимов", "акимам", "акимами"].map { Self.term($0, .rus) }
        #expect(Set(akim) == ["аким"])
        let akimat = ["акимат", "акимата", "акиматом", "акиматы"].map { Self.term($0, .rus) }
        #expect(Set(akimat) == ["акимат"])
        #expect(Self.term("организуют", .rus) == Self.term("организует", .rus))
        #expect(Self.term("погребение", .rus) == Self.term("погребения", .rus))
        #expect(Self.term("выпас", .rus) == Self.term("выпаса", .rus))
        #expect(Self.term("2025", .rus) == "2025")
    }

    @Test("English: Snowball English; Latin words in Russian text too")
    func english() {
        #expect(Self.term("villages", .eng) == Self.term("village", .eng))
        #expect(Self.term("organises", .rus) == Self.term("organise", .eng))
    }

    @Test("Terms keep where their word stands in the original text")
    func ranges() {
        let text = "Әкiмдерi  ұйымдастырады"
        let terms = TextAnalyzer().terms(of: text, lang: .kaz)
        #expect(terms.map { String(text[$0.range]) } == ["Әкiмдерi", "ұйымдастырады"])
    }

    /// Every word of a real statute beginning with `prefix`, minus those in `except`.
    static func realForms(_ relative: String, prefix: String, except: [String]) throws -> Set<String> {
        let statute = try StatuteLoader.load(TestPaths.statute(relative)).statute
        var forms = Set<String>()
        statute.walk { node, _ in
            for word in MatchWords.tokens(of: node.text) where word.isWord && word.folded.hasPrefix(prefix) {
                if !except.contains(where: word.folded.hasPrefix) { forms.insert(word.folded) }
            }
        }
        return forms
    }

    @Test("Real Law 148-II: every inflected «әкім» and «құзырет» in Kazakh, every «аким» in Russian, meets its stem")
    func realForms() throws {
        let akim = try Self.realForms("Z010000148_/kaz.2026-07-12.md", prefix: "әкім", except: ["әкімдік", "әкімдіг", "әкімші"])
        #expect(akim.count >= 8, "\(akim.sorted())")
        for form in akim { #expect(Self.term(form, .kaz) == "әкім", "\(form)") }
        let competence = try Self.realForms("Z010000148_/kaz.2026-07-12.md", prefix: "құзырет", except: ["құзыретті"])
        #expect(competence.count >= 3, "\(competence.sorted())")
        for form in competence { #expect(Self.term(form, .kaz) == "құзырет", "\(form)") }
        let russian = try Self.realForms("Z010000148_/rus.2026-07-12.md", prefix: "аким", except: ["акимат"])
        #expect(russian.count >= 6, "\(russian.sorted())")
        for form in russian { #expect(Self.term(form, .rus) == "аким", "\(form)") }
    }
}
