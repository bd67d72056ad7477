/// A calendar date as statutes write it (no time, no time zone).
///
/// Parses both the Russian `DD.MM.YYYY` and the ISO `YYYY-MM-DD` forms; Kazakh texts also use
/// `YYYY.MM.DD` ("2004.05.11").
public struct LegalDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2018.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// Creates a date; returns `nil` for an impossible month or day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1800...2200).contains(year) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `DD.MM.YYYY` or `YYYY.MM.DD`.
    public init?(_ text: some StringProtocol) {
        // Three runs of ASCII digits between `-` or `.`, read byte by byte (dates are parsed by
        // the thousand when an index is read).
        var parts: [Int] = []
        parts.reserveCapacity(3)
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == 0x2D || byte == 0x2E {
                guard digits > 0 else { return nil }
                parts.append(value)
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        parts.append(value)
        guard parts.count == 3 else { return nil }
        let a = parts[0]
        let b = parts[1]
        let c = parts[2]
        if a > 31 {
            self.init(year: a, month: b, day: c)
        } else {
            self.init(year: c, month: b, day: a)
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// Orders dates chronologically.
    public static func < (lhs: LegalDate, rhs: LegalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes from `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LegalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
