import KuzyretCore

/// How a block of statute text begins, by the numbering grammar of DESIGN.md §5.
public enum Lead: Equatable, Sendable {
    /// A labelled unit: `Статья 35. Title`, `35-бап. Title`, `32-2 бап.`, `Article 35.`,
    /// `Глава 3.`, `3-тарау.`, `Раздел 1`, `1-бөлім`, `Параграф 2`, `§ 2.`, `ОБЩАЯ ЧАСТЬ`.
    case unit(ProvisionKind, num: String, heading: String)
    /// A numbered item: a paragraph `1.`, `1-3.` or a point `1)`, `4-1)`, `12-11)`.
    case item(ProvisionKind, num: String, rest: String)
    /// A range of items that share one text: `3)-6) исключены`, `9) - 14) алып тасталды`.
    case range(ProvisionKind, first: String, last: String, rest: String)
    /// No numbering.
    case none
}

/// Reads the numbering at the start of a block in Russian, Kazakh or English.
///
/// The three languages' patterns do not collide, so every block is tried against all of them:
/// a Kazakh act quoting a Russian title, or an English translation keeping «Статья», still reads.
/// The scanner works on UTF-8 bytes and looks at most at the first few dozen.
public enum NumberingGrammar {
    /// The lead of `text`.
    ///
    /// - Parameters:
    ///   - text: Display text of one block, markup already removed.
    ///   - isHeading: Whether markup marks the block as a heading; a heading may omit the dot
    ///     after a unit's number (`## Глава 3 Акимы`), a paragraph may not.
    public static func lead(of text: String, isHeading: Bool) -> Lead {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .none }
        if first >= 0x30 && first <= 0x39 {
            return numberFirst(text, isHeading: isHeading)
        }
        if let lead = labelFirst(text, isHeading: isHeading) { return lead }
        if let part = codePart(text, isHeading: isHeading) { return part }
        return .none
    }

    // MARK: - Two points on one line

    /// Finds a point that runs on after `num` on the same line («19-1) обеспечивает обучение …;20)
    /// создает …») and returns the text before it and the text from it on.
    ///
    /// Only a number that directly follows `num` (`19-1` → `19-2` or `20`; `4` → `4-1` or `5`)
    /// and stands right after a `;` counts, so references such as «подпунктом 20) пункта 1» are
    /// never split. Paragraphs («1.») are left alone: decimal numbers and dates look the same.
    public static func runOn(in text: String, after num: String, kind: ProvisionKind) -> (String, String)? {
        guard kind == .point else { return nil }
        let current = ProvisionNumber.components(of: num)
        guard !current.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x3B else { continue }  // ";"
            var start = index + 1
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            guard let end = scanNumber(bytes, from: start), end < bytes.count, bytes[end] == 0x29 else { continue }
            let next = ProvisionNumber.components(of: String(decoding: bytes[start..<end], as: UTF8.self))
            guard isSuccessor(next, of: current) else { continue }
            let head = String(decoding: bytes[...index], as: UTF8.self)
            let tail = String(decoding: bytes[start...], as: UTF8.self)
            return (head, tail)
        }
        return nil
    }

    /// Whether `next` is the number right after `current`: `[19, 1]` → `[19, 2]` or `[20]`.
    static func isSuccessor(_ next: [Int], of current: [Int]) -> Bool {
        guard let head = current.first, let nextHead = next.first else { return false }
        if next.count == 1 { return nextHead == head + 1 }
        if next.count == 2 && nextHead == head {
            return current.count == 1 ? next[1] == 1 : next[1] == current[1] + 1
        }
        return false
    }

    // MARK: - "Статья 35.", "Article 35.", "Глава 3.", "§ 2."

    /// Unit labels before their number, by language (Languages/); «§» stays last (it needs no space).
    private static let labels: [(bytes: [UInt8], kind: ProvisionKind)] = (russianLabels + englishLabels + [("§", .subchapter)])
        .map { (Array($0.0.utf8), $0.1) }

    private static func labelFirst(_ text: String, isHeading: Bool) -> Lead? {
        var bytes = Array(text.utf8.prefix(64))
        for (label, kind) in labels where bytes.starts(with: label) {
            var position = label.count
            let spaces = skipSpaces(&bytes, from: &position)
            guard spaces > 0 || label == labels.last!.bytes else { continue }
            guard let numberEnd = scanNumber(bytes, from: position) else { continue }
            let num = String(decoding: bytes[position..<numberEnd], as: UTF8.self)
            var cursor = numberEnd
            let dotted = cursor < bytes.count && bytes[cursor] == 0x2E
            if dotted { cursor += 1 }
            let atEnd = cursor >= bytes.count && text.utf8.count <= bytes.count
            guard dotted || atEnd || isHeading else { continue }
            // "Статья 35 настоящего Закона" is a sentence, not a heading.
            if !dotted, !atEnd, cursor < bytes.count, bytes[cursor] != 0x20 { continue }
            return .unit(kind, num: num, heading: remainder(of: text, after: cursor))
        }
        return nil
    }

    // MARK: - "35-бап.", "32-2 бап.", "3-тарау.", "1)", "1-3.", "3)-6)"

    /// Kazakh unit labels after their number (Languages/).
    private static let kazakhLabelBytes: [(bytes: [UInt8], kind: ProvisionKind)] = kazakhLabels.map { (Array($0.0.utf8), $0.1) }

    private static func numberFirst(_ text: String, isHeading: Bool) -> Lead {
        let bytes = Array(text.utf8.prefix(64))
        guard let numberEnd = scanNumber(bytes, from: 0) else { return .none }
        let num = String(decoding: bytes[0..<numberEnd], as: UTF8.self)
        guard numberEnd < bytes.count else { return .none }
        switch bytes[numberEnd] {
        case 0x29:  // ")"
            var cursor = numberEnd + 1
            if let (last, after) = rangeEnd(bytes, from: cursor, terminator: 0x29) {
                return .range(.point, first: num + ")", last: last + ")", rest: remainder(of: text, after: after))
            }
            skipSpacesOnly(bytes, &cursor)
            return .item(.point, num: num + ")", rest: remainder(of: text, after: cursor))
        case 0x2E:  // "."
            let cursor = numberEnd + 1
            if cursor < bytes.count, let (last, after) = rangeEnd(bytes, from: cursor, terminator: 0x2E) {
                return .range(.paragraph, first: num, last: last, rest: remainder(of: text, after: after))
            }
            guard cursor >= bytes.count || bytes[cursor] == 0x20 else { return .none }
            return .item(.paragraph, num: num, rest: remainder(of: text, after: cursor))
        case 0x2D, 0x20:  // "-" or " " before a Kazakh label
            let start = numberEnd + 1
            for (label, kind) in kazakhLabelBytes where bytes[start...].starts(with: label) {
                var cursor = start + label.count
                let dotted = cursor < bytes.count && bytes[cursor] == 0x2E
                if dotted { cursor += 1 }
                let atEnd = cursor >= bytes.count
                // "35-бапқа" continues the word: a reference, not a heading.
                if !dotted && !atEnd && bytes[cursor] != 0x20 { continue }
                guard dotted || atEnd || isHeading else { continue }
                return .unit(kind, num: num, heading: remainder(of: text, after: cursor))
            }
            return .none
        default:
            return .none
        }
    }

    /// After the first number of a range and its terminator: `-6)`, ` - 14)`, `–17)`.
    private static func rangeEnd(_ bytes: [UInt8], from start: Int, terminator: UInt8) -> (String, Int)? {
        var cursor = start
        skipSpacesOnly(bytes, &cursor)
        guard let dashEnd = dash(bytes, at: cursor) else { return nil }
        cursor = dashEnd
        skipSpacesOnly(bytes, &cursor)
        guard let numberEnd = scanNumber(bytes, from: cursor), numberEnd < bytes.count,
            bytes[numberEnd] == terminator
        else { return nil }
        let last = String(decoding: bytes[cursor..<numberEnd], as: UTF8.self)
        var after = numberEnd + 1
        skipSpacesOnly(bytes, &after)
        return (last, after)
    }

    /// The end of a hyphen, en dash or em dash at `index`.
    private static func dash(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x2D { return index + 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
        {
            return index + 3
        }
        return nil
    }

    // MARK: - "ОБЩАЯ ЧАСТЬ", "ЕРЕКШЕ БӨЛІМ"

    private static let codeParts: [String: String] = [
        "общая часть": "1", "особенная часть": "2", "жалпы бөлім": "1", "ерекше бөлім": "2",
        "general part": "1", "special part": "2",
    ]

    private static func codePart(_ text: String, isHeading: Bool) -> Lead? {
        guard text.utf8.count < 40 else { return nil }
        let folded = MatchText.fold(text).trimmed(". ")
        guard let num = codeParts[folded] else { return nil }
        guard isHeading || text == text.uppercased() else { return nil }
        return .unit(.part, num: num, heading: text)
    }

    // MARK: - A point whose parenthesis was lost

    /// The number at the start of `text` when it is the point right after `num` written without
    /// its parenthesis, and the text after it: «25-8 әдістемелік …» after «25-7)». Only the direct
    /// successor counts, so a sentence that starts with a year or a count is left alone.
    public static func bareSuccessor(in text: String, after num: String) -> (num: String, rest: String)? {
        let current = ProvisionNumber.components(of: num)
        let bytes = Array(text.utf8.prefix(32))
        guard !current.isEmpty, let end = scanNumber(bytes, from: 0), end < bytes.count, bytes[end] == 0x20 else { return nil }
        let found = String(decoding: bytes[0..<end], as: UTF8.self)
        guard isSuccessor(ProvisionNumber.components(of: found), of: current) else { return nil }
        return (found, remainder(of: text, after: end + 1))
    }

    // MARK: - Scanning helpers

    /// The end of a number `12`, `4-1`, `12-11` starting at `start`, or `nil`.
    static func scanNumber(_ bytes: [UInt8], from start: Int) -> Int? {
        var cursor = start
        var digits = 0
        while cursor < bytes.count, isDigit(bytes[cursor]) {
            cursor += 1
            digits += 1
        }
        guard digits > 0, digits <= 5 else { return nil }
        while cursor + 1 < bytes.count, bytes[cursor] == 0x2D, isDigit(bytes[cursor + 1]) {
            cursor += 1
            while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
        }
        return cursor
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @discardableResult
    private static func skipSpaces(_ bytes: inout [UInt8], from cursor: inout Int) -> Int {
        let start = cursor
        skipSpacesOnly(bytes, &cursor)
        return cursor - start
    }

    private static func skipSpacesOnly(_ bytes: [UInt8], _ cursor: inout Int) {
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
    }

    /// The text after byte offset `offset`, leading spaces removed.
    private static func remainder(of text: String, after offset: Int) -> String {
        var rest = text.utf8.dropFirst(offset)
        while rest.first == 0x20 { rest = rest.dropFirst() }
        return String(decoding: rest, as: UTF8.self)
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimmed(_ set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
