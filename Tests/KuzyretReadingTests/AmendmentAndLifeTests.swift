import Foundation
import KuzyretCore
import KuzyretTestSupport
import Testing

@testable import KuzyretReading

/// Amending laws read from notes (``AmendmentReader``) and an act's own life (``ActLifeReader``):
/// generated notes in every form the corpus writes (Russian and Kazakh, day-first and
/// year-first dates, `№` and `N`, Roman numerals with Cyrillic `І`, Latin `i` in Kazakh words, a
/// bracket left open, rules instead of days), and the real texts.
@Suite("Amendment events and act life")
struct AmendmentAndLifeTests {
    /// A law of the generated notes: its date, number and, when the note gives one, its in-force day.
    struct Law {
        var date: LegalDate
        var number: String
        var inForce: LegalDate?
    }

    /// Laws from a fixed pseudo-random sequence: dates over 2001–2026, numbers with and without
    /// Roman convocations.
    static func laws(count: Int, seed: UInt64) -> [Law] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let romans = ["", "-II", "-III", "-IV", "-V", "-VI", "-VII", "-VIII"]
        return (0..<count).map { _ in
            let date = LegalDate(year: 2001 + next(26), month: 1 + next(12), day: 1 + next(28))!
            let inForce = next(3) == 0 ? nil : date.addingMonths(1 + next(12))
            return Law(date: date, number: "\(1 + next(400))\(romans[next(romans.count)])", inForce: inForce)
        }
    }

    static func dayFirst(_ date: LegalDate) -> String { date.dotted }
    static func yearFirst(_ date: LegalDate) -> String {
        let parts = date.description.split(separator: "-")
        return "\(parts[0]).\(parts[1]).\(parts[2])"
    }

    @Test("Russian footnotes: every law with its date, number and day of entry into force", arguments: 0..<25)
    func russian(seed: Int) {
        let laws = Self.laws(count: 1 + seed % 7, seed: UInt64(seed) + 11)
        let cyrillicRoman = seed % 2 == 0
        let items = laws.enumerated().map { index, law in
            let number = cyrillicRoman ? law.number.replacingOccurrences(of: "I", with: "І") : law.number
            let sign = index % 3 == 2 ? "N" : "№"
            let bracket =
                law.inForce.map { "(вводится в действие с \(Self.dayFirst($0)))" }
                ?? "(вводится в действие по истечении десяти календарных дней после опубликования)"
            return "от \(Self.dayFirst(law.date)) \(sign) \(number) \(bracket)"
        }
        let note = "Сноска. Статья 12 с изменениями, внесенными законами РК " + items.joined(separator: "; ") + "."
        let events = AmendmentReader.events(inNote: note, eid: "art_35")
        #expect(events.count == laws.count)
        for (event, law) in zip(events, laws) {
            #expect(event.lawDate == law.date)
            #expect(event.lawKey == law.number)
            #expect(event.inForceFrom == law.inForce)
            #expect(event.inForceRule == (law.inForce == nil ? "ten days after first official publication" : nil))
            #expect(event.effect == .amended && event.eid == "art_35")
        }
    }

    @Test("Kazakh footnotes: year-first dates, «… бастап қолданысқа енгізіледі», Latin i", arguments: 0..<25)
    func kazakh(seed: Int) {
        let laws = Self.laws(count: 1 + seed % 6, seed: UInt64(seed) + 101)
        let items = laws.enumerated().map { index, law in
            let date = index % 2 == 0 ? Self.yearFirst(law.date) : Self.dayFirst(law.date)
            let bracket =
                law.inForce.map { "(\(Self.dayFirst($0)) бастап қолданысқа енгiзiледi)" }
                ?? "(жарияланғаннан кейін он күн өткен соң қолданысқа енгізіледі)"
            return "ҚР \(date) № \(law.number) \(bracket)"
        }
        let note = "Ескерту. 12-бапқа өзгерістер енгізілді - " + items.joined(separator: "; ") + " Заңдарымен."
        let events = AmendmentReader.events(inNote: note, eid: "art_6")
        #expect(events.map(\.lawDate) == laws.map(\.date))
        #expect(events.map(\.lawKey) == laws.map(\.number))
        #expect(events.map(\.inForceFrom) == laws.map(\.inForce))
    }

    @Test("Repeal notes: a repeal, a placeholder, a population-limited repeal, a bracket left open")
    func repeals() {
        // Notes written for the test, in the statutes' forms, about invented laws.
        let repeal = AmendmentReader.events(
            inNote: "7) исключен Законом РК от 14.03.2016 № 77-VІ (вводится в действие с 01.07.2016);", eid: "art_3__para_7")
        #expect(repeal.count == 1)
        #expect(
            repeal.first?.effect == .repealed && repeal.first?.lawKey == "77-VI" && repeal.first?.inForceFrom == LegalDate("2016-07-01"))
        let kazakh = AmendmentReader.events(
            inNote: "7. Алып тасталды – ҚР 14.03.2016 № 77-VІ (01.07.2016 бастап қолданысқа енгізіледі) Заңымен.", eid: "art_3__para_7")
        #expect(kazakh.first?.effect == .repealed && kazakh.first?.inForceFrom == LegalDate("2016-07-01"))
        let placeholder = AmendmentReader.events(
            inNote: "Сноска. Подпункт 3-2) вводится в действие с 01.03.2017 в соответствии с Законом РК от 12.11.2016 № 18-VI.", eid: "p")
        #expect(placeholder.first?.effect == .inForce && placeholder.first?.inForceFrom == LegalDate("2017-03-01"))
        let limited = AmendmentReader.events(
            inNote:
                "Сноска. Подпункт 6) исключен с 01.01.2019 для поселков с численностью населения менее пятисот человек согласно Закону РК от 02.05.2018 № 33-VI.",
            eid: "p")
        #expect(limited.first?.effect == .amended && limited.first?.inForceFrom == LegalDate("2019-01-01"))
        let open = AmendmentReader.events(
            inNote:
                "от 05.05.2015 № 12-V (вводится в действие по истечении десяти календарных дней; от 06.06.2016 № 34-VI (вводится в действие с 01.01.2017).",
            eid: "p")
        #expect(open.map(\.lawKey) == ["12-V", "34-VI"])
        #expect(open.map(\.inForceFrom) == [nil, LegalDate("2017-01-01")])
        // Dates that are not laws: an in-force day alone, a year range, a number without a date.
        #expect(
            AmendmentReader.events(inNote: "Сноска. Вводится в действие с 01.03.2019 согласно статье 40 настоящего Закона.", eid: "")
                .isEmpty)
        #expect(AmendmentReader.events(inNote: "на 2024–2026 годы № 5", eid: "").isEmpty)
    }

    static func statute(footnotes: [String], status: ActStatus? = nil) -> Statute {
        Statute(
            act: ActInfo(id: "X", title: "", lang: .rus, edition: nil, format: .markdown, status: status),
            footnotes: footnotes.map { Footnote(text: $0) }, provisions: [])
    }

    @Test("An act's own footnotes say when it came into force and when it lost force, in each language")
    func life() {
        // Footnotes written for the test about an invented law of 2019.
        let starts = [
            "Сноска. Вводится в действие с 01.03.2019 согласно статье 40 настоящего Закона.",
            "Ескерту. 01.03.2019 бастап қолданысқа енгізіледі - осы Заңның 40-бабына сәйкес.",
            "Ескерту. 01.03.2019 бастап қолданысқа енгiзiледi.",
            "Footnote. Shall be enforced from 01.03.2019 in accordance with Article 40 of this Law.",
        ]
        for footnote in starts {
            #expect(ActLifeReader.life(of: Self.statute(footnotes: [footnote]))?.inForceFrom == LegalDate("2019-03-01"), "\(footnote)")
        }
        let ends = [
            "Сноска. Утратил силу Законом РК от 10.10.2020 № 55-VI (вводится в действие с 01.01.2021).",
            "Ескерту. Күші жойылды - ҚР 10.10.2020 № 55-VI Заңымен (01.01.2021 бастап қолданысқа енгізіледі).",
            "Footnote. Lost force by the Law of the Republic of Kazakhstan dated 10.10.2020 № 55-VI (shall be enforced from 01.01.2021).",
        ]
        for footnote in ends {
            let life = ActLifeReader.life(of: Self.statute(footnotes: [footnote]))
            #expect(life?.lostForceOn == LegalDate("2021-01-01") && life?.lostForce == true, "\(footnote)")
        }
        // A title's amendment or «по всему тексту» says nothing of the act's life.
        #expect(
            ActLifeReader.life(of: Self.statute(footnotes: ["Сноска. Заголовок с изменениями, внесенными Законом РК от 03.03.2013 № 8-V."]))
                == nil)
        // An adilet badge «Утративший силу» without a date.
        let badge = ActLifeReader.life(of: Self.statute(footnotes: [], status: .repealed))
        #expect(badge?.lostForce == true && badge?.lostForceOn == nil)
        #expect(badge?.validity(on: LegalDate("2026-01-01")!, edition: LegalDate("2025-06-01")) == .lostForce(on: nil, replacedBy: nil))
        #expect(badge?.validity(on: LegalDate("2024-01-01")!, edition: LegalDate("2025-06-01")) == .inForce)
    }

    @Test("The new Budget Code's own footnote gives its day of entry into force, without the catalog")
    func realBudgetCode() throws {
        let loaded = try StatuteLoader.load(TestPaths.statute("K2500000171/rus.md"), options: LoadOptions())
        #expect(loaded.statute.act.life?.inForceFrom == LegalDate("2025-01-01"))
        #expect(loaded.statute.act.life?.lostForce == false)
        let events = AmendmentReader.events(in: loaded.statute)
        #expect(events.contains { $0.lawKey == "306-VIII" && $0.inForceFrom == LegalDate("2026-07-01") && $0.eid.isEmpty })
    }

    @Test(
        "The education law's 2026 edition records point 5's repeal by Law 291-VI from 2021-01-01, rus and kaz", arguments: ["rus", "kaz"])
    func realRepeal(lang: String) throws {
        let loaded = try StatuteLoader.load(TestPaths.statute("Z070000319_/\(lang)/art006.2026-07-12.md"), options: LoadOptions())
        let events = AmendmentReader.events(in: loaded.statute).filter { $0.eid == "art_6__para_5" }
        #expect(events.count == 1)
        #expect(
            events.first?.effect == .repealed && events.first?.lawKey == "291-VI" && events.first?.inForceFrom == LegalDate("2021-01-01"))
    }
}
