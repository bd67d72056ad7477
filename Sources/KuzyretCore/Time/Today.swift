import Foundation

extension LegalDate {
    /// Today in Kazakhstan (UTC+5), the date lists are computed for unless one is asked. The
    /// environment variable `KUZYRET_TODAY` (`YYYY-MM-DD`) sets it, for tests and reproducible
    /// lists.
    public static var today: LegalDate {
        if let text = ProcessInfo.processInfo.environment["KUZYRET_TODAY"], let date = LegalDate(text) { return date }
        return today(at: Date())
    }

    /// The calendar date in Kazakhstan (UTC+5) at `instant`.
    public static func today(at instant: Date) -> LegalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 5 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LegalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
