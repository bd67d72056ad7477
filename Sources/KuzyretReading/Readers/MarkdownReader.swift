import KuzyretCore

/// Reads the Markdown of the kazakhstan-law/codes corpus (DESIGN.md §3) into blocks.
///
/// Understood: YAML front matter (`source:`, `part_of:`), headings of any level, `<a id="st35">`
/// anchors, block quotes (`> *Сноска. …*`), whole-line emphasis (`*10) исключен …*`, `**Статья
/// 83. …**`), backslash escapes (`1\)`), links, tables, and the «Части документа» index of a split
/// act, which becomes ``DocumentMetadata/parts`` rather than text.
public enum MarkdownReader {
    /// Reads `text` (already known to be valid UTF-8).
    public static func read(_ text: String) -> ReadDocument {
        var reader = LineReader()
        var lineNumber = 0
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            let count = utf8.count
            while start <= count {
                var end = start
                while end < count, utf8[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, utf8[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                reader.consume(UnsafeBufferPointer(rebasing: utf8[start..<lineEnd]), line: lineNumber)
                if end >= count { break }
                start = end + 1
            }
        }
        reader.flush()
        return ReadDocument(blocks: reader.blocks, metadata: reader.metadata, diagnostics: reader.diagnostics)
    }
}

/// Line-by-line state of ``MarkdownReader``.
private struct LineReader {
    var blocks: [TextBlock] = []
    var metadata = DocumentMetadata()
    var diagnostics: [Diagnostic] = []

    private enum Mode { case start, frontMatter, body, partsIndex }
    private var mode = Mode.start
    private var accumulator = TextAccumulator()
    private var pending: (line: Int, indent: Int, quoted: Bool, emphasis: TextBlock.Emphasis, role: TextBlock.Role)?
    private var tableLines: [String] = []
    private var tableLine = 0
    private var anchor: String?

    mutating func consume(_ raw: UnsafeBufferPointer<UInt8>, line: Int) {
        let string = String(decoding: raw, as: UTF8.self)
        switch mode {
        case .start:
            if string.trimmed(" ") == "---" {
                mode = .frontMatter
                return
            }
            mode = .body
        case .frontMatter:
            if string.trimmed(" ") == "---" {
                mode = .body
            } else {
                readFrontMatter(string)
            }
            return
        case .partsIndex:
            if string.hasPrefix("#") {
                mode = .body
            } else {
                readPartLink(string)
                return
            }
        case .body:
            break
        }
        body(string, line: line)
    }

    private mutating func body(_ raw: String, line: Int) {
        var indent = 0
        var content = Substring(raw)
        while let first = content.first, first == " " || first == "\t" {
            indent += first == "\t" ? 4 : 1
            content.removeFirst()
        }
        if content.isEmpty {
            flush()
            return
        }
        // Anchors the converter puts before headings: <a id="st35"></a>
        while content.hasPrefix("<a id=\""), let close = content.range(of: "</a>") {
            let idStart = content.index(content.startIndex, offsetBy: 7)
            anchor = content[idStart...].prefix { $0 != "\"" }.description
            content = content[close.upperBound...].drop { $0 == " " }
            if content.isEmpty { return }
        }
        if content.hasPrefix("|") {
            flushParagraph()
            if tableLines.isEmpty { tableLine = line }
            if !Self.isTableRule(content) {
                tableLines.append(
                    content.split(separator: "|", omittingEmptySubsequences: false)
                        .map { Self.inline(String($0)).trimmed(" ") }
                        .filter { !$0.isEmpty }.joined(separator: " | "))
            }
            return
        }
        flushTable()
        var role = TextBlock.Role.paragraph
        var quoted = false
        if content.hasPrefix("#") {
            let level = content.prefix { $0 == "#" }.count
            let rest = content.dropFirst(level)
            if level <= 6, rest.isEmpty || rest.first == " " {
                flushParagraph()
                let heading = DisplayText.clean(Self.inline(String(rest)))
                if heading == "Части документа" || heading == "Құжат бөліктері" {
                    mode = .partsIndex
                    return
                }
                role = level == 1 && metadata.title == nil && blocks.isEmpty ? .title : .heading(level: level)
                if case .title = role { metadata.title = heading }
                append(heading, role: role, line: line, indent: indent, quoted: false, emphasis: .none)
                return
            }
        }
        if content.hasPrefix(">") {
            quoted = true
            content = content.dropFirst().drop { $0 == " " }
        }
        let (unwrapped, emphasis) = Self.unwrapEmphasis(content)
        let text = Self.inline(String(unwrapped))
        let startsBlock =
            pending == nil || quoted != pending?.quoted || emphasis != .none
            || NumberingGrammar.lead(of: text, isHeading: false) != .none || StructuringState.startsFootnote(text)
        if startsBlock {
            flushParagraph()
            pending = (line, indent, quoted, emphasis, role)
        } else {
            accumulator.appendSpace()
        }
        accumulator.append(text)
    }

    mutating func flush() {
        flushParagraph()
        flushTable()
    }

    private mutating func flushParagraph() {
        guard let open = pending else { return }
        pending = nil
        let text = accumulator.take()
        append(text, role: open.role, line: open.line, indent: open.indent, quoted: open.quoted, emphasis: open.emphasis)
    }

    private mutating func flushTable() {
        guard !tableLines.isEmpty else { return }
        append(tableLines.joined(separator: "\n"), role: .table, line: tableLine, indent: 0, quoted: false, emphasis: .none)
        tableLines.removeAll()
    }

    private mutating func append(
        _ text: String, role: TextBlock.Role, line: Int, indent: Int, quoted: Bool, emphasis: TextBlock.Emphasis
    ) {
        let cleaned = role == .table ? text : DisplayText.clean(text)
        guard !cleaned.isEmpty else { return }
        blocks.append(
            TextBlock(text: cleaned, role: role, line: line, indent: indent, anchor: anchor, emphasis: emphasis, quoted: quoted))
        anchor = nil
    }

    // MARK: - Front matter and the parts index

    private mutating func readFrontMatter(_ line: String) {
        guard let colon = line.firstIndex(of: ":") else { return }
        let key = line[..<colon].trimmed(" ")
        let value = line[line.index(after: colon)...].trimmed(" \"'")
        switch key {
        case "source":
            let source = SourceAddress(value)
            metadata.ekbCode = source.ekbCode ?? metadata.ekbCode
            metadata.lang = source.lang ?? metadata.lang
            metadata.edition = source.edition ?? metadata.edition
            if let id = source.adiletID { metadata.actID = id }
        case "part_of":
            metadata.partOf = value
        case "title":
            if !value.isEmpty { metadata.title = value }
        default:
            break
        }
    }

    /// `| [`ch001`](rus/ch001.md) | Глава 1. … |`
    private mutating func readPartLink(_ line: String) {
        guard let open = line.range(of: "]("), let close = line[open.upperBound...].firstIndex(of: ")") else { return }
        let path = String(line[open.upperBound..<close])
        if path.hasSuffix(".md") { metadata.parts.append(path) }
    }

    // MARK: - Inline Markdown

    /// Removes a whole-line `*…*`, `**…**` or `_…_` wrapper.
    static func unwrapEmphasis(_ text: Substring) -> (Substring, TextBlock.Emphasis) {
        let leading = text.prefix { $0 == "*" || $0 == "_" }.count
        guard leading > 0 else { return (text, .none) }
        var content = text.dropFirst(leading)
        while let last = content.last, last == "*" || last == "_" || last == " " { content.removeLast() }
        return (content, leading >= 2 ? .bold : .italic)
    }

    /// Removes escapes, links, inline emphasis markers and HTML tags; keeps the text.
    static func inline(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most lines have no inline markup at all: one pass over the bytes, no copy.
            guard bytes.contains(where: { $0 == 0x5C || $0 == 0x2A || $0 == 0x5B || $0 == 0x3C }) else { return nil }
            return String(decoding: inlineBytes(bytes), as: UTF8.self)
        } ?? text
    }

    /// Removes inline Markdown from UTF-8 bytes: escapes (`1\)`), emphasis markers, link targets
    /// (`[text](url)` → `text`) and HTML tags (`<br>` → a space).
    private static func inlineBytes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        /// A letter byte: ASCII letters and every byte of a non-ASCII character (Cyrillic, Kazakh).
        func isLetter(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        func isASCIIPunctuation(_ byte: UInt8) -> Bool {
            (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
                || (0x7B...0x7E).contains(byte)
        }
        func find(_ byte: UInt8, from start: Int, within limit: Int = Int.max) -> Int? {
            var index = start
            while index < text.count, index - start < limit {
                if text[index] == byte { return index }
                index += 1
            }
            return nil
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            switch byte {
            case 0x5C:  // "\" escapes ASCII punctuation: `1\)`, `\*`
                if index + 1 < text.count, isASCIIPunctuation(text[index + 1]) {
                    output.append(text[index + 1])
                    index += 2
                    continue
                }
                output.append(byte)
            case 0x2A:  // "*"
                // Emphasis markers inside a line: `**bold**`, `*italic*`. A lone asterisk that
                // marks a note ("Примечание*") has a letter before it and none after.
                let previous = index > 0 ? text[index - 1] : 0x20
                let following = index + 1 < text.count ? text[index + 1] : 0x20
                if isLetter(previous) && !isLetter(following) && following != 0x2A { output.append(byte) }
            case 0x5B:  // "[text](target)"
                if let close = find(0x5D, from: index), close + 1 < text.count, text[close + 1] == 0x28,
                    let end = find(0x29, from: close)
                {
                    output.append(contentsOf: text[(index + 1)..<close])
                    index = end + 1
                    continue
                }
                output.append(byte)
            case 0x3C:  // "<tag …>"
                var nameStart = index + 1
                if nameStart < text.count, text[nameStart] == 0x2F { nameStart += 1 }
                if nameStart < text.count, text[nameStart] < 0x80, isLetter(text[nameStart]),
                    let close = find(0x3E, from: index, within: 200)
                {
                    let isBreak = close - nameStart >= 2 && text[nameStart] | 0x20 == 0x62 && text[nameStart + 1] | 0x20 == 0x72
                    if isBreak { output.append(0x20) }
                    index = close + 1
                    continue
                }
                output.append(byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    static func isTableRule(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }
}
