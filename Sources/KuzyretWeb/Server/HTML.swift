import KuzyretComparison

/// Escaping for HTML text and attributes. Every text a page shows goes through it: statute text,
/// queries, file names, messages.
enum HTML {
    /// `text` with `& < > " '` escaped.
    static func escape(_ text: String) -> String {
        escape(text, marking: false)
    }

    /// A search snippet (matches in [brackets]) as escaped HTML with the matches in `<mark>`.
    static func snippet(_ snippet: String) -> String {
        escape(snippet, marking: true)
    }

    /// One pass over the UTF-8 bytes (every byte escaped is ASCII, so multi-byte letters pass
    /// whole); with `marking`, `[` and `]` become `<mark>` and `</mark>`.
    private static func escape(_ text: String, marking: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case UInt8(ascii: "[") where marking: out.append(contentsOf: "<mark>".utf8)
            case UInt8(ascii: "]") where marking: out.append(contentsOf: "</mark>".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
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

    /// `value` for a URL query or path component: every byte but the unreserved ones of RFC
    /// 3986 (`A-Z a-z 0-9 - . _ ~`) percent-encoded.
    static func urlComponent(_ value: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count * 3)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default: out.append(contentsOf: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
