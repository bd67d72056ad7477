import Foundation

extension LegalDate {
    /// Today in Kazakhstan (UTC+5), the date lists are computed for unless one is asked. The
    /// environment variable `KUZYRET_TODAY` (`YYYY-MM-DD`), read once, sets it, for tests and
    /// reproducible lists.
    public static var today: LegalDate {
        fixedToday ?? today(at: Date())
    }

    /// `KUZYRET_TODAY`, when set to a date.
    static let fixedToday: LegalDate? = ProcessInfo.processInfo.environment["KUZYRET_TODAY"].flatMap { LegalDate($0) }

    /// The calendar date in Kazakhstan (UTC+5) at `instant`.
    public static func today(at instant: Date) -> LegalDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + 5 * 3600
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return LegalDate(year: 1970, month: 1, day: 1)!.addingDays(days)
    }
}
