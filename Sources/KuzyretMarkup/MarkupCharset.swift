/// Finds the character encoding an HTML or XML document declares in its first bytes.
public enum MarkupCharset {
    /// The encoding declared by `<meta charset="…">`, `<meta http-equiv … content="…; charset=…">`
    /// or `<?xml … encoding="…"?>` within the first 4 KiB, or `nil` when none is.
    public static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in [Array("charset=".utf8), Array("encoding=".utf8)] {
            guard let start = find(marker, in: head) else { continue }
            var index = start + marker.count
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 { index += 1 }
            var name: [UInt8] = []
            while index < head.count, isNameByte(head[index]) {
                name.append(head[index])
                index += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x2E
            || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
