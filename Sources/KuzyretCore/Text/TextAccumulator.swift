/// Collects display text from UTF-8 pieces, collapsing whitespace as a browser would.
///
/// Every run of spaces, tabs, newlines and non-breaking or narrow spaces (U+00A0, U+2007,
/// U+202F) becomes one space; soft hyphens (U+00AD), zero-width spaces and joiners
/// (U+200B–U+200D) and byte-order marks (U+FEFF) are dropped; leading and trailing space is
/// trimmed. Letters are kept exactly as written. Works on bytes, so it costs one pass.
public struct TextAccumulator: Sendable {
    /// The collected UTF-8 bytes, without a trailing space.
    public private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Creates an empty accumulator.
    public init() {
        bytes.reserveCapacity(256)
    }

    /// Whether nothing but whitespace has been appended since the last ``take()``.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Appends UTF-8 text.
    public mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            // A run of bytes that are neither ASCII whitespace nor the lead of a multi-byte
            // space or invisible character (C2, E2, EF) is copied in one go.
            if byte > 0x20 && byte != 0xC2 && byte != 0xE2 && byte != 0xEF {
                var end = index + 1
                while end < count {
                    let next = utf8[end]
                    guard next > 0x20 && next != 0xC2 && next != 0xE2 && next != 0xEF else { break }
                    end += 1
                }
                flushSpace()
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                index = end
                continue
            }
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                    pendingSpace = true
                } else {
                    flushSpace()
                    bytes.append(byte)
                }
                index += 1
                continue
            }
            // Multi-byte sequences that are whitespace or invisible.
            if byte == 0xC2, index + 1 < count {
                let next = utf8[index + 1]
                if next == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }  // NBSP
                if next == 0xAD {
                    index += 2
                    continue
                }  // soft hyphen
            } else if byte == 0xE2, index + 2 < count, utf8[index + 1] == 0x80 {
                let third = utf8[index + 2]
                if third == 0x87 || third == 0xAF || third == 0x80 || third == 0x81 || third == 0x82 || third == 0x83
                    || third == 0x84 || third == 0x85 || third == 0x86 || third == 0x88 || third == 0x89
                    || third == 0x8A
                {
                    pendingSpace = true
                    index += 3
                    continue  // U+2000–U+200A, U+202F spaces
                }
                if third == 0x8B || third == 0x8C || third == 0x8D {
                    index += 3
                    continue
                }  // zero-width
            } else if byte == 0xEF, index + 2 < count, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF {
                index += 3
                continue  // BOM
            }
            flushSpace()
            bytes.append(byte)
            index += 1
        }
    }

    /// Appends a Swift string.
    public mutating func append(_ text: String) {
        var copy = text
        copy.withUTF8 { append($0) }
    }

    /// Marks a word boundary (a space is added before the next visible character).
    public mutating func appendSpace() {
        pendingSpace = true
    }

    /// Appends a line break, kept as `\n` (used between paragraphs of one provision).
    public mutating func appendNewline() {
        guard !bytes.isEmpty else { return }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        pendingSpace = false
    }

    /// Returns the text collected so far and empties the accumulator.
    public mutating func take() -> String {
        while bytes.last == 0x0A { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }

    private mutating func flushSpace() {
        if pendingSpace {
            if !bytes.isEmpty && bytes.last != 0x0A { bytes.append(0x20) }
            pendingSpace = false
        }
    }
}

/// Cleans display text given as a string (see ``TextAccumulator``).
public enum DisplayText {
    /// Collapses whitespace and drops invisible characters; letters stay as written.
    public static func clean(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(text)
        return accumulator.take()
    }
}
