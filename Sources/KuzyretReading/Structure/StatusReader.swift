import KuzyretCore

/// Reads a provision's status from its own text (DESIGN.md §5).
///
/// - repealed: the text starts with «исключен(а, о, ы)», «утратил(а, о, и) силу», «алып
///   тасталды», «алынып тасталды», «күші жойылды», "excluded", "repealed", "deleted";
/// - pending: the text is a placeholder «вводится в действие с 01.09.2025 …», «01.09.2025
///   бастап қолданысқа енгізіледі …», "shall be enforced from 01.09.2025"; the date becomes an
///   in-force ``Condition``.
public enum StatusReader {
    /// The status the text gives and, for a placeholder, the date it comes into force.
    public static func status(of text: String) -> (status: ProvisionStatus, condition: Condition?) {
        guard let first = text.unicodeScalars.first else { return (.inForce, nil) }
        // Cheap rejection: every marker starts with one of these letters, a digit or "(".
        guard "иИуУаАкКeErRdDвВsSiI(0123456789".unicodeScalars.contains(first) else { return (.inForce, nil) }
        let head = MatchText.fold(String(text.prefix(80)))
        let trimmed = head.drop { $0 == "(" || $0 == " " }
        if trimmed.hasPrefix("исключен") {
            // «исключен», «исключена», «исключено», «исключены» — not «исключение», «исключением».
            let ending = trimmed.dropFirst("исключен".count)
            let afterEnding = ending.first.map { "аоы".contains($0) } == true ? ending.dropFirst() : ending
            if afterEnding.first.map({ !$0.isLetter }) ?? true { return (.repealed, nil) }
        }
        for marker in repealedMarkers where trimmed.hasPrefix(marker) {
            return (.repealed, nil)
        }
        if let date = pendingDate(trimmed) {
            return (.pending, Condition(effect: .inForce, from: date, source: text))
        }
        return (.inForce, nil)
    }

    /// Whether `text` is only a repeal note.
    public static func isRepealNote(_ text: String) -> Bool {
        status(of: text).status == .repealed
    }

    static let repealedMarkers = [
        "утратил силу", "утратила силу", "утратило силу", "утратили силу",
        "алып тасталды", "алынып тасталды", "күші жойылды", "күшін жойды",
        "excluded", "is excluded", "repealed", "is repealed", "deleted", "lost force",
    ]

    static let pendingLeads = ["вводится в действие с ", "вводятся в действие с "]
    static let englishPendingLeads = [
        "shall be enforced from ", "shall enter into force from ", "shall be put into effect from ",
        "is put into effect from ", "enters into force on ", "comes into force on ", "shall come into force on ",
    ]

    /// The date of a placeholder: «вводится в действие с D», «D бастап қолданысқа енгізіледі».
    static func pendingDate(_ folded: Substring) -> LegalDate? {
        for lead in pendingLeads + englishPendingLeads where folded.hasPrefix(lead) {
            return leadingDate(folded.dropFirst(lead.count))
        }
        if let date = leadingDate(folded) {
            let afterDate = folded.drop { $0.isNumber || $0 == "." }.drop { $0 == " " }
            if afterDate.hasPrefix("бастап қолданысқа енгізіледі") || afterDate.hasPrefix("бастап қолданысқа енгiзiледi") {
                return date
            }
        }
        return nil
    }

    /// A date `DD.MM.YYYY` or `YYYY.MM.DD` at the start of `text`.
    static func leadingDate(_ text: Substring) -> LegalDate? {
        let candidate = text.prefix { $0.isNumber || $0 == "." }
        guard candidate.count >= 8 else { return nil }
        return LegalDate(candidate.trimmingSuffix("."))
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: Character) -> Substring {
        var copy = self
        while copy.last == suffix { copy.removeLast() }
        return copy
    }
}
