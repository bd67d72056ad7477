import Foundation
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// Small hand-written texts, one rule each, in Russian, Kazakh and English.
@Suite("Structurer on small texts")
struct StructurerFixtureTests {
    /// Loads `markdown` as `<tmp>/KZT0000001/<lang>/fixture.md`.
    static func load(_ markdown: String, lang: String = "rus") throws -> LoadedStatute {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kuzyret-fixture-\(UUID().uuidString)/KZT0000001/\(lang)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("fixture.md")
        try Data(markdown.utf8).write(to: file)
        return try StatuteLoader.load(file.path)
    }

    static func outline(_ statute: Statute) -> [String] {
        var lines: [String] = []
        statute.walk { node, _ in lines.append("\(node.eid) \(node.status.rawValue)") }
        return lines
    }

    @Test("Russian: chapter, article, points, sub-points, repeal range and pending placeholder")
    func russian() throws {
        let statute = try Self.load(
            """
            # О тестовом акте

            ## Глава 2. Сельские акимы

            ### Статья 7. Компетенция акима

            1. Аким села:

            1\\) организует работу;

            2) исключен Законом РК от 01.02.2020 № 10-VI;

            3)-5) исключены Законом РК от 01.02.2021 № 11-VII;

            5-1) вводится в действие с 01.09.2030 в соответствии с Законом РК от 01.02.2021 № 11-VII;

            2. Иные вопросы.

            > *Сноска. Статья 7 с изменениями, внесенными Законом РК от 01.02.2021 № 11-VII.*
            """
        ).statute
        #expect(
            Self.outline(statute)
                == [
                    "chp_2 in-force", "chp_2__art_7 in-force", "chp_2__art_7__para_1 in-force",
                    "chp_2__art_7__para_1__point_1 in-force", "chp_2__art_7__para_1__point_2 repealed",
                    "chp_2__art_7__para_1__point_3 repealed", "chp_2__art_7__para_1__point_4 repealed",
                    "chp_2__art_7__para_1__point_5 repealed", "chp_2__art_7__para_1__point_5-1 pending",
                    "chp_2__art_7__para_2 in-force",
                ].map { $0.replacingOccurrences(of: "chp_2__art", with: "art") })
    }

    @Test("Article eIds do not carry their chapter, and footnotes land on what they name")
    func footnotes() throws {
        let statute = try Self.load(
            """
            # Акт

            ### Статья 1. Первая

            1. Аким села:

            1) делает одно;

            > *Сноска. Подпункт 1) исключен с 01.01.2018 для сел с численностью населения более двух тысяч человек Законом РК от 01.02.2017 № 1-VI.*

            2) делает другое.

            2. Иное.

            > *Сноска. Статья 1 с изменениями, внесенными Законом РК от 01.02.2017 № 1-VI.*
            """
        ).statute
        let article = try #require(statute.provision(eid: "art_1"))
        #expect(article.footnotes.count == 1)
        let point1 = try #require(statute.provision(eid: "art_1__para_1__point_1"))
        #expect(point1.footnotes.count == 1)
        #expect(
            point1.conditions == [
                Condition(
                    effect: .repealed, from: LegalDate("2018-01-01"), population: PopulationBound(.above, 2000),
                    source: point1.conditions.first?.source ?? "")
            ])
        #expect(statute.provision(eid: "art_1__para_1__point_2")?.footnotes.isEmpty == true)
        #expect(!(statute.provision(eid: "art_1__para_1__point_2")?.text.contains("Сноска") ?? true))
    }

    @Test("Kazakh: «35-бап.», «32-2 бап», ranges «9) - 14) алып тасталды», pending «бастап қолданысқа енгізіледі»")
    func kazakh() throws {
        let statute = try Self.load(
            """
            # Акт

            ### 32-2 бап. Бірінші

            1. Ауыл әкімі:

            1) жұмысты ұйымдастырады;

            2) - 4) алып тасталды – ҚР 01.02.2021 № 11-VII Заңымен;

            5) 01.09.2030 бастап қолданысқа енгізіледі;

            2. Басқа.

            ### 35-бап. Екінші

            Мәтін.
            """, lang: "kaz"
        ).statute
        #expect(statute.act.lang == .kaz)
        #expect(
            Self.outline(statute) == [
                "art_32-2 in-force", "art_32-2__para_1 in-force", "art_32-2__para_1__point_1 in-force",
                "art_32-2__para_1__point_2 repealed", "art_32-2__para_1__point_3 repealed",
                "art_32-2__para_1__point_4 repealed", "art_32-2__para_1__point_5 pending", "art_32-2__para_2 in-force",
                "art_35 in-force",
            ])
    }

    @Test("English: «Article 35.», points and a footnote")
    func english() throws {
        let statute = try Self.load(
            """
            # Test Act

            ### Article 35. Competence of the village akim

            1. The akim of a village shall:

            1) organise the work;

            2) excluded by Law No. 10-VI of 01.02.2020;

            2. Other matters.

            > *Footnote. Article 35 as amended by Law No. 10-VI of 01.02.2020.*
            """, lang: "eng"
        ).statute
        #expect(statute.act.lang == .eng)
        #expect(
            Self.outline(statute) == [
                "art_35 in-force", "art_35__para_1 in-force", "art_35__para_1__point_1 in-force",
                "art_35__para_1__point_2 repealed", "art_35__para_2 in-force",
            ])
        #expect(statute.provision(eid: "art_35")?.footnotes.count == 1)
    }

    @Test("Two points on one line are split; references inside a point are not")
    func runOnPoints() throws {
        let loaded = try Self.load(
            """
            # Акт

            ### Статья 1. Первая

            1) обеспечивает обучение;2) создает учреждения в соответствии с подпунктом 3) пункта 1 статьи 2;

            3) иное.
            """)
        #expect(
            Self.outline(loaded.statute) == [
                "art_1 in-force", "art_1__point_1 in-force", "art_1__point_2 in-force", "art_1__point_3 in-force",
            ])
        #expect(loaded.statute.provision(eid: "art_1__point_2")?.text.contains("подпунктом 3) пункта 1") == true)
        #expect(loaded.diagnostics.contains { $0.message.contains("runs on") })
    }

    @Test("A lone paragraph «1.» folds into its article, with a note")
    func loneParagraph() throws {
        let loaded = try Self.load(
            """
            # Акт

            ### 1-бап. Бірінші

            1. Органдар:

            1) сақтауға;

            2) қамтамасыз етуге.
            """, lang: "kaz")
        #expect(Self.outline(loaded.statute) == ["art_1 in-force", "art_1__point_1 in-force", "art_1__point_2 in-force"])
        #expect(loaded.statute.provision(eid: "art_1")?.text == "Органдар:")
        #expect(loaded.diagnostics.contains { $0.message.contains("only paragraph") })
    }

    @Test("Quoted amendment text is text of its point, not structure")
    func quotes() throws {
        let statute = try Self.load(
            """
            # Акт

            ### Статья 1. Первая

            1. Внести изменение:

            1) статью 5 изложить в следующей редакции:

            «Статья 5. Новая

            1. Новый текст.»;

            2) второе.

            2. Второй пункт.
            """
        ).statute
        #expect(
            Self.outline(statute) == [
                "art_1 in-force", "art_1__para_1 in-force", "art_1__para_1__point_1 in-force",
                "art_1__para_1__point_2 in-force", "art_1__para_2 in-force",
            ])
        #expect(statute.provision(eid: "art_1__para_1__point_1")?.text.contains("Статья 5. Новая") == true)
    }
}
