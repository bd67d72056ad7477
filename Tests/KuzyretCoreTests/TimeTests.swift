import Foundation
import KuzyretCore
import Testing

/// Dates on a line of days, today in Kazakhstan, and whether an act applies on a day.
@Suite("Dates and act life")
struct CoreTimeTests {
    @Test("Days since 1970 and back, over leap years and centuries")
    func dayLine() {
        var date = LegalDate(year: 1896, month: 2, day: 27)!
        var number = date.dayNumber
        for _ in 0..<60_000 {
            let next = date.addingDays(1)
            #expect(next.dayNumber == number + 1)
            #expect(next > date)
            date = next
            number += 1
        }
        #expect(LegalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(LegalDate(year: 2000, month: 3, day: 1)!.addingDays(-1) == LegalDate(year: 2000, month: 2, day: 29))
        #expect(LegalDate(year: 2026, month: 1, day: 31)!.addingMonths(1) == LegalDate(year: 2026, month: 2, day: 28))
    }

    @Test("Today is the day in Kazakhstan (UTC+5)")
    func today() {
        let evening = Date(timeIntervalSince1970: 1_796_324_340)  // 2026-12-03 18:59 UTC, 23:59 in Astana
        let night = Date(timeIntervalSince1970: 1_796_324_460)  // 2026-12-03 19:01 UTC, 00:01 in Astana
        #expect(LegalDate.today(at: evening) == LegalDate("2026-12-03"))
        #expect(LegalDate.today(at: night) == LegalDate("2026-12-04"))
    }

    @Test("An act applies from its first day until it lost force; a badge without a day counts from its edition")
    func validity() {
        let code = ActLife(inForceFrom: LegalDate("2009-01-01"), lostForceOn: LegalDate("2025-01-01"), replacedBy: "K2500000171")
        #expect(code.validity(on: LegalDate("2008-12-31")!) == .notYetInForce(from: LegalDate("2009-01-01")!))
        #expect(code.validity(on: LegalDate("2024-12-31")!) == .inForce)
        #expect(code.validity(on: LegalDate("2025-01-01")!) == .lostForce(on: LegalDate("2025-01-01"), replacedBy: "K2500000171"))
        #expect(code.validity(on: LegalDate("2025-01-01")!).reason == "lost force on 2025-01-01, replaced by K2500000171")
    }

    @Test("Dates are read in every form the statutes write them, and nothing else")
    func parsing() {
        #expect(LegalDate("2026-07-12") == LegalDate(year: 2026, month: 7, day: 12))
        #expect(LegalDate("12.07.2026") == LegalDate(year: 2026, month: 7, day: 12))
        #expect(LegalDate("2004.05.11") == LegalDate(year: 2004, month: 5, day: 11))
        for bad in ["", "2026", "2026-07", "2026-13-01", "31.02.2024", "2026-07-12x", "a.b.c", "2026--07-12", "12.07.2026.", "1.2.3.4"] {
            #expect(LegalDate(bad) == nil, "\(bad)")
        }
    }
}
