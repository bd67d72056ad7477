import Foundation
import KuzyretCore
import Testing

@Suite("Matching text and display text")
struct MatchTextTests {
    @Test(
        "Look-alike letters fold to the script of their word",
        arguments: [
            ("Yкiметi", "үкіметі"),
            ("әкiмдерi", "әкімдері"),
            ("ӘКIМДІКТЕР", "әкімдіктер"),
            ("жəне", "және"),
            ("291-VІ", "291-vi"),
            ("157-VІI", "157-vii"),
            ("Ёлка и ёж", "елка и еж"),
            ("iPhone", "iphone"),
            ("Article 35", "article 35"),
        ])
    func folds(input: String, expected: String) {
        #expect(MatchText.fold(input) == expected)
    }

    @Test("The byte-level fold equals the scalar reference on awkward text")
    func foldReference() {
        for text in [
            "ÉCOLE école", "Ӏ палочка ӀӀ", "҂ ҃ знаки", "Ꙗ ꙗ", "ԀԁԂ", "𝐀𝐁 math", "e\u{301}té", "ǅ", "ß STRASSE",
            "Yкiметi 291-VІ «О»—“x” ‘y’", "ƏӘə", "Ї ї Є є", "ΑΒΓ αβγ", "ӁӂӃӄ", "  \u{00A0}a\u{00AD}b  ",
        ] {
            #expect(MatchText.fold(text) == MatchText.foldByScalars(text), "\(text)")
            #expect(MatchWords.tokens(of: text) == MatchWords.tokensByScalars(of: text), "\(text)")
        }
    }

    @Test("Folding is idempotent and leaves correct Kazakh alone")
    func idempotent() {
        for text in ["ауылдың, ауылдық округтің әкімі", "Қазақстан Республикасының", "Yкiметi «О»"] {
            let once = MatchText.fold(text)
            #expect(MatchText.fold(once) == once)
        }
        #expect(MatchText.fold("ауылдың әкімі") == "ауылдың әкімі")
    }

    @Test("NBSP, soft hyphens, dashes and quotes are normalised for matching")
    func spacing() {
        #expect(MatchText.fold("аким\u{00A0}села") == "аким села")
        #expect(MatchText.fold("аки\u{00AD}ма") == "акима")
        #expect(MatchText.fold("3)\u{2013}6)") == "3)-6)")
        #expect(MatchText.fold("«О ветеринарии»") == "\"о ветеринарии\"")
    }

    @Test("Display text keeps the letters and collapses only whitespace")
    func display() {
        #expect(DisplayText.clean("  Yкiметi \u{00A0} и\n ёж ") == "Yкiметi и ёж")
        #expect(!DisplayText.clean("аки\u{00AD}ма").contains("\u{00AD}"))
    }

    @Test("The accumulator collapses whitespace across chunks")
    func accumulator() {
        var text = TextAccumulator()
        text.append("  1.  Аким ")
        text.append("\n\t села ")
        #expect(text.take() == "1. Аким села")
        #expect(text.isEmpty)
    }
}

@Suite("Model values")
struct ModelTests {
    @Test("Legal dates read ISO and Kazakh-style dates and order by time")
    func dates() throws {
        let iso = try #require(LegalDate("2025-08-31"))
        #expect(iso.description == "2025-08-31")
        #expect(LegalDate("31.08.2025") == iso)
        #expect(LegalDate("2025-02-30") == nil)
        #expect(LegalDate("не дата") == nil)
        #expect(try #require(LegalDate("2018-01-01")) < iso)
        let encoded = try JSONEncoder().encode(iso)
        #expect(String(decoding: encoded, as: UTF8.self) == "\"2025-08-31\"")
        #expect(try JSONDecoder().decode(LegalDate.self, from: encoded) == iso)
    }

    @Test(
        "Provision numbers compare in legislative order",
        arguments: [
            ("4", "4-1"), ("4-1", "4-2"), ("4-9", "4-10"), ("4-10", "5"), ("12-11", "13"), ("1", "1-1"),
        ])
    func order(before: String, after: String) {
        let lhs = ProvisionNumber.components(of: before + ")")
        let rhs = ProvisionNumber.components(of: after + ")")
        #expect(ProvisionNumber.precedes(lhs, rhs))
        #expect(!ProvisionNumber.precedes(rhs, lhs))
    }

    @Test("Numbers as labels and as address parts")
    func numberForms() {
        #expect(ProvisionNumber.eIdForm(of: "12-11)") == "12-11")
        #expect(ProvisionNumber.eIdForm(of: "1-3.") == "1-3")
        let point = Provision(kind: .point, num: "4-1)", eid: "art_35__para_1__point_4-1", text: "")
        #expect(point.number == "4-1")
        #expect(point.numberComponents == [4, 1])
    }

    @Test("Population bounds and conditions")
    func conditions() {
        let above = PopulationBound(.above, 2000)
        #expect(above.contains(2001))
        #expect(!above.contains(2000))
        #expect(PopulationBound(.atLeast, 2000).contains(2000))
        let repeal = Condition(effect: .repealed, from: LegalDate("2018-01-01"), population: above, source: "Сноска.")
        #expect(repeal.applies(toPopulation: 5000))
        #expect(!repeal.applies(toPopulation: 1500))
        #expect(!repeal.applies(toPopulation: nil))
    }

    @Test("The catalog finds acts by adilet id and by ЭКБ code")
    func catalog() throws {
        let json =
            #"{"acts":[{"id":"Z010000148_","ekb":"7966","kind":"law","titles":{"rus":"О местном","kaz":"Жергілікті"},"addresses":{}}]}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let catalog = try ActCatalog.load(from: url)
        #expect(catalog.entry(ekbCode: "7966")?.id == "Z010000148_")
        #expect(catalog.entry(id: "Z010000148_")?.title(in: .kaz) == "Жергілікті")
        #expect(catalog.entry(id: "Z010000148_")?.title(in: .eng) == "О местном")
    }
}
