import KuzyretComparison

/// Escaping for HTML text and attributes. Every text a page shows goes through it: statute text,
/// queries, file names, messages.
enum HTML {
    /// `text` with `& < > " '` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A search snippet (matches in [brackets]) as escaped HTML with the matches in `<mark>`.
    static func snippet(_ snippet: String) -> String {
        escape(snippet).replacingOccurrences(of: "[", with: "<mark>").replacingOccurrences(of: "]", with: "</mark>")
    }

    /// A word diff: removed words in `<del>`, added ones in `<ins>`, all escaped.
    static func wordDiff(_ edits: [WordDiff.Edit]) -> String {
        edits.map { edit in
            switch edit {
            case .same(let text): escape(text)
            case .removed(let text): "<del>" + escape(text) + "</del>"
            case .added(let text): "<ins>" + escape(text) + "</ins>"
            }
        }.joined(separator: " ")
    }

    /// `value` for a URL query or path component.
    static func urlComponent(_ value: String) -> String {
        var allowed = CharacterSetLite.unreserved
        allowed.remove("/")
        return value.unicodeScalars.map { scalar in
            allowed.contains(scalar) ? String(scalar) : Array(String(scalar).utf8).map { "%" + hex($0) }.joined()
        }.joined()
    }
}

/// Two upper-case hex digits.
private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}

/// The URL characters left as they are (RFC 3986 unreserved).
enum CharacterSetLite {
    static let unreserved: Set<Unicode.Scalar> = {
        var set = Set<Unicode.Scalar>()
        for scalar in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".unicodeScalars { set.insert(scalar) }
        return set
    }()
}
