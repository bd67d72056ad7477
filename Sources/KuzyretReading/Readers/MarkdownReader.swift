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
        let startsBlock = pending == nil || quoted != pending?.quoted || emphasis != .none
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
        guard text.contains(where: { $0 == "\\" || $0 == "*" || $0 == "[" || $0 == "<" || $0 == "_" }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "\\":
                let next = text.index(after: index)
                if next < text.endIndex, text[next].isASCII, text[next].isPunctuation || text[next].isSymbol {
                    output.append(text[next])
                    index = text.index(after: next)
                    continue
                }
                output.append(character)
            case "*":
                // Emphasis markers inside a line: `**bold**`, `*italic*`. A lone asterisk that
                // marks a note ("Примечание*") has a letter before it and none after.
                let next = text.index(after: index)
                let previous = index > text.startIndex ? text[text.index(before: index)] : " "
                let following = next < text.endIndex ? text[next] : " "
                if previous.isLetter && !following.isLetter && following != "*" {
                    output.append(character)
                }
            case "[":
                if let close = text[index...].firstIndex(of: "]"), text.index(after: close) < text.endIndex,
                    text[text.index(after: close)] == "(", let end = text[close...].firstIndex(of: ")")
                {
                    output += text[text.index(after: index)..<close]
                    index = text.index(after: end)
                    continue
                }
                output.append(character)
            case "<":
                if let close = text[index...].firstIndex(of: ">"), isTag(text[index...close]) {
                    if text[index...close].lowercased().hasPrefix("<br") { output.append(" ") }
                    index = text.index(after: close)
                    continue
                }
                output.append(character)
            default:
                output.append(character)
            }
            index = text.index(after: index)
        }
        return output
    }

    private static func isTag(_ candidate: Substring) -> Bool {
        let inner = candidate.dropFirst().drop { $0 == "/" }
        guard let first = inner.first, first.isASCII, first.isLetter else { return false }
        return candidate.count < 200
    }

    static func isTableRule(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }
}
