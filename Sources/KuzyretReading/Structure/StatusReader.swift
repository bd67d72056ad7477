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
        guard mayMark(text) else { return (.inForce, nil) }
        let head = MatchText.fold(String(String.UnicodeScalarView(text.unicodeScalars.prefix(80))))
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

    /// The first words every marker can start with, lower case. Only a text whose first word
    /// starts with one of them (or with a digit or a bracket, or mixes scripts) is folded and
    /// read in full: most provisions start with a verb such as «организует» and cost one look.
    static let markerStarts: [[UInt8]] = [
        "исключ", "утрат", "алып", "алын", "күш", "exclud", "is", "repeal", "delet", "lost", "вводит", "shall",
        "enter", "come", "put",
    ].map { Array($0.utf8) }

    static func mayMark(_ text: String) -> Bool {
        var word: [UInt8] = []
        var sawASCIILetter = false
        var sawOther = false
        for byte in text.utf8.prefix(40) {
            if byte == 0x20 { break }
            if byte < 0x80 {
                if byte >= 0x30 && byte <= 0x39 || byte == 0x28 { return true }  // «01.09.2025 бастап …», «(исключен)»
                sawASCIILetter = sawASCIILetter || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            } else {
                sawOther = true
            }
            word.append(byte)
        }
        if sawASCIILetter && sawOther { return true }  // look-alike letters: fold first
        let lower = Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
        return markerStarts.contains { lower.starts(with: $0) }
    }

    /// Whether `text` is only a repeal note.
    public static func isRepealNote(_ text: String) -> Bool {
        status(of: text).status == .repealed
    }

    /// Words a repealed provision starts with, by language (Languages/).
    static let repealedMarkers = russianRepealedMarkers + kazakhRepealedMarkers + englishRepealedMarkers

    /// The date of a placeholder: «вводится в действие с D», «D бастап қолданысқа енгізіледі».
    static func pendingDate(_ folded: Substring) -> LegalDate? {
        for lead in russianPendingLeads + englishPendingLeads where folded.hasPrefix(lead) {
            return leadingDate(folded.dropFirst(lead.count))
        }
        if let date = leadingDate(folded) {
            let afterDate = folded.drop { $0.isNumber || $0 == "." }.drop { $0 == " " }
            if kazakhPendingTails.contains(where: { afterDate.hasPrefix($0) }) {
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
