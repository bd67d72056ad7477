/// A law that changed an act, as a footnote or a repeal note records it (DESIGN.md §5): «Статья 35
/// с изменениями, внесенными законами РК от 13.06.2013 № 102-V (вводится в действие …)»,
/// «5) исключен Законом РК от 27.12.2019 № 291-VI (вводится в действие с 01.01.2021)», «ҚР
/// 2004.05.11 № 552 …».
public struct AmendmentEvent: Hashable, Sendable, Codable {
    /// What the note says the law did to the provision.
    public enum Effect: String, Hashable, Sendable, Codable {
        /// Changed or added to it (a footnote's list of amending laws).
        case amended
        /// Repealed it (a repeal note, «исключен Законом …»).
        case repealed
        /// Put it into force («вводится в действие с … в соответствии с Законом …»).
        case inForce = "in-force"
    }

    /// The eId of the provision the note is on; empty for the act as a whole.
    public var eid: String
    /// The amending law's date.
    public var lawDate: LegalDate
    /// The amending law's number as written: `291-VІ`.
    public var lawNumber: String
    /// The day the change came into force, when the note gives it.
    public var inForceFrom: LegalDate?
    /// How the change came into force when no day is given: `ten days after first official
    /// publication`, `see art. 2`.
    public var inForceRule: String?
    /// What the law did.
    public var effect: Effect

    /// Creates an event.
    public init(
        eid: String, lawDate: LegalDate, lawNumber: String, inForceFrom: LegalDate? = nil, inForceRule: String? = nil,
        effect: Effect = .amended
    ) {
        self.eid = eid
        self.lawDate = lawDate
        self.lawNumber = lawNumber
        self.inForceFrom = inForceFrom
        self.inForceRule = inForceRule
        self.effect = effect
    }

    /// The law as cited: `Law of 27.12.2019 No. 291-VI`, its number in Latin letters.
    public var law: String { "Law of \(lawDate.dotted) No. \(lawKey)" }

    /// The law's number with look-alike Cyrillic letters read as Latin (`291-VІ` → `291-VI`):
    /// what identifies the law.
    public var lawKey: String {
        // Numbers read by AmendmentReader are ASCII already; others are mapped.
        if lawNumber.utf8.allSatisfy({ $0 < 0x80 }) { return lawNumber }
        return String(
            lawNumber.map { character -> Character in
                switch character {
                case "\u{0406}", "\u{04C0}": "I"
                case "\u{0425}": "X"
                case "\u{0421}": "C"
                case "\u{041C}": "M"
                case "\u{0412}": "V"
                default: character
                }
            })
    }

    /// The first day the change can have applied: its in-force day, else the law's date.
    public var effectiveFrom: LegalDate { inForceFrom ?? lawDate }

    /// Whether the change surely applied on `date`: its in-force day has come, or, when the note
    /// gives a rule and no day («по истечении десяти календарных дней после … опубликования»),
    /// two months have passed since the law's date (publication takes days to weeks; a nearer
    /// date is not assumed).
    public func hasTakenEffect(by date: LegalDate) -> Bool {
        if let inForceFrom { return inForceFrom <= date }
        return lawDate.addingMonths(2) <= date
    }

    /// The event in one line: `Law of 27.12.2019 No. 291-VI (in force from 2021-01-01)`.
    public var summary: String {
        var line = law
        if let inForceFrom {
            line += " (in force from \(inForceFrom))"
        } else if let inForceRule {
            line += " (\(inForceRule))"
        }
        return line
    }

    enum CodingKeys: String, CodingKey {
        case eid, effect
        case lawDate = "law_date"
        case lawNumber = "law_number"
        case inForceFrom = "in_force_from"
        case inForceRule = "in_force_rule"
    }
}

extension LegalDate {
    /// `DD.MM.YYYY`, as statutes write it.
    public var dotted: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(day)).\(pad(month)).\(year)"
    }
}

extension LegalDate {
    /// The same day `months` later (the last day of the month when it has fewer days).
    public func addingMonths(_ months: Int) -> LegalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        var newDay = day
        while LegalDate(year: newYear, month: newMonth, day: newDay) == nil { newDay -= 1 }
        return LegalDate(year: newYear, month: newMonth, day: newDay)!
    }
}
