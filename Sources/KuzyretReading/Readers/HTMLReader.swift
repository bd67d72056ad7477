import KuzyretCore
import KuzyretMarkup

/// Reads an HTML statute, adilet.zan.kz pages first (DESIGN.md §3), into blocks.
///
/// libxml2's HTML parser streams the page; every block element (`p`, `h1`–`h6`, `li`, `div`,
/// `td` …) becomes a block, and so does a run of inline content outside any block that ends in
/// `<br>` — which is how adilet writes the footnotes after a point (`<span class="note">…</span>
/// <a>…</a><span class="note">…</span><br>`). When the page has an `<article>`, only its blocks
/// are statute text. Markup is a hint: `p.note`, `span.note` and red editorial `<font>` make a
/// footnote, `h1`–`h6` a heading; the numbering is read from the text by the ``Structurer``.
public enum HTMLReader {
    /// Reads `bytes`; `encoding` forces a character encoding (`nil`: the page's own).
    public static func read(_ bytes: [UInt8], encoding: String?) throws(MarkupError) -> ReadDocument {
        let collector = HTMLBlockCollector()
        let problems = try MarkupParser.parseHTML(bytes, encoding: encoding, handler: collector)
        collector.finish()
        var document = ReadDocument(blocks: collector.statuteBlocks, metadata: collector.metadata)
        document.diagnostics = problems.prefix(5).map { Diagnostic(.note, "HTML recovered: \($0.message)", line: $0.line) }
        return document
    }
}

/// The SAX handler behind ``HTMLReader``.
final class HTMLBlockCollector: MarkupHandler {
    private(set) var metadata = DocumentMetadata()
    private var articleBlocks: [TextBlock] = []
    private var otherBlocks: [TextBlock] = []

    /// Whether each open element started a footnote run.
    private var noteStack: [Bool] = []
    private var skipDepth = 0
    private var articleDepth = 0
    private var sawArticle = false
    private var openBlocks = 0
    private var tableDepth = 0
    private var noteDepth = 0
    private var lastLine = 1

    /// The block being collected: what it is, where it starts.
    private struct BlockStart {
        var role: TextBlock.Role
        var line: Int
        var anchor: String?
    }
    private var current: BlockStart?
    private var text = TextAccumulator()
    private var pendingAnchor: String?

    private enum Capture { case none, title, pageTitle, badge }
    private var capture = Capture.none {
        didSet { if capture != .none && oldValue == .none { captureDepth = noteStack.count } }
    }
    /// The element depth at which the capture started; it ends when that element does.
    private var captureDepth = 0
    private var captured = TextAccumulator()
    private var pageTitle: String?

    var statuteBlocks: [TextBlock] { sawArticle ? articleBlocks : otherBlocks }

    static let skipped: Set<String> = [
        "head", "script", "style", "noscript", "template", "select", "button", "svg", "iframe", "object",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "li", "dd", "dt", "blockquote", "pre", "section", "article", "header", "footer", "main",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "center", "form", "fieldset", "address", "body", "nav",
        "aside", "figure", "figcaption", "hr",
    ]

    func startElement(_ element: MarkupElement) {
        let name = element.name
        lastLine = max(element.line, lastLine)
        noteStack.append(false)
        readMetadata(element)
        if name == "title" && capture == .none {
            capture = .pageTitle
        }
        if Self.skipped.contains(name) {
            skipDepth += 1
            return
        }
        guard skipDepth == 0 else { return }
        switch name {
        case "article":
            flush()
            articleDepth += 1
            sawArticle = true
            return
        case "table":
            if tableDepth == 0 {
                flush()
                current = BlockStart(role: .table, line: element.line, anchor: element.attribute("id"))
            }
            tableDepth += 1
            return
        case "a":
            if let anchorName = element.attribute("name") { pendingAnchor = anchorName }
        default:
            break
        }
        if tableDepth > 0 {
            // Cells, line breaks and paragraphs inside a cell separate words.
            if name == "tr" {
                text.appendNewline()
            } else if name == "td" || name == "th" || name == "br" || Self.blockElements.contains(name) {
                text.appendSpace()
            }
            return
        }
        if name == "br" {
            if openBlocks == 0 { flush() } else { text.appendSpace() }
            return
        }
        let isNote =
            element.hasClass("note")
            || (name == "font" && element.attribute("color")?.uppercased() == "#FF0000")
        if Self.blockElements.contains(name) {
            flush()
            openBlocks += 1
            var role = TextBlock.Role.paragraph
            if name.count == 2, name.first == "h", let level = Int(String(name.dropFirst())) {
                role = .heading(level: level)
            } else if isNote {
                role = .footnote
            }
            current = BlockStart(role: role, line: element.line, anchor: element.attribute("id") ?? pendingAnchor)
            pendingAnchor = nil
        } else if isNote, noteDepth == 0, current?.role != .footnote {
            // A footnote run inside or after other text is a block of its own.
            flush()
            current = BlockStart(role: .footnote, line: element.line, anchor: nil)
        }
        if isNote {
            noteDepth += 1
            noteStack[noteStack.count - 1] = true
        }
    }

    func endElement(_ name: String) {
        if capture != .none, noteStack.count == captureDepth { finishCapture() }
        if noteStack.popLast() == true { noteDepth -= 1 }
        if Self.skipped.contains(name) {
            skipDepth = max(0, skipDepth - 1)
            return
        }
        guard skipDepth == 0 else { return }
        switch name {
        case "article":
            flush()
            articleDepth = max(0, articleDepth - 1)
        case "table":
            tableDepth = max(0, tableDepth - 1)
            if tableDepth == 0 { flush() }
        default:
            if tableDepth == 0, Self.blockElements.contains(name) {
                flush()
                openBlocks = max(0, openBlocks - 1)
            }
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        if capture != .none {
            captured.append(utf8)
            return
        }
        guard skipDepth == 0 else { return }
        if current == nil {
            current = BlockStart(role: noteDepth > 0 ? .footnote : .paragraph, line: lastLine, anchor: pendingAnchor)
            pendingAnchor = nil
        }
        text.append(utf8)
    }

    func finish() {
        flush()
        if metadata.title == nil, let pageTitle, !pageTitle.isEmpty {
            metadata.title = pageTitle.components(separatedBy: " - ИПС").first ?? pageTitle
        }
    }

    private func flush() {
        defer { current = nil }
        guard let start = current, !text.isEmpty else { return }
        let content = text.take()
        guard !content.isEmpty else { return }
        let block = TextBlock(text: content, role: start.role, line: start.line, anchor: start.anchor)
        if articleDepth > 0 { articleBlocks.append(block) } else { otherBlocks.append(block) }
    }

    // MARK: - Page metadata (adilet: h1 title, status badge, ЭКБ link, document links)

    private func readMetadata(_ element: MarkupElement) {
        switch element.name {
        case "html":
            if let lang = element.attribute("lang") { metadata.lang = metadata.lang ?? Self.language(lang) }
        case "div":
            for code in ["rus", "kaz", "eng"] where element.hasClass("lang_\(code)") {
                metadata.lang = Language(rawValue: code)
            }
        case "h1" where articleDepth == 0 && metadata.title == nil && capture == .none:
            capture = .title
        case "span" where element.hasClass("status"):
            if element.hasClass("status_yts") {
                metadata.status = .repealed
            } else if element.hasClass("status_new") || element.hasClass("status_upd") || element.hasClass("status_dei") {
                metadata.status = .inForce
            } else {
                capture = .badge
            }
        case "a", "link":
            guard articleDepth == 0, let href = element.attribute("href") else { return }
            let address = SourceAddress(href)
            if element.hasClass("icon_ekb") || href.contains("law.gov.kz") || href.contains("zan.gov.kz") {
                metadata.ekbCode = metadata.ekbCode ?? address.ekbCode
            } else if metadata.actID == nil, let id = address.adiletID {
                metadata.actID = id
                metadata.lang = metadata.lang ?? address.lang
            }
        default:
            break
        }
    }

    private func finishCapture() {
        let value = captured.take()
        switch capture {
        case .title where !value.isEmpty: metadata.title = value
        case .pageTitle: pageTitle = value
        case .badge:
            let folded = MatchText.fold(value)
            if folded.contains("утратив") || folded.contains("күші жойыл") {
                metadata.status = .repealed
            } else if folded.contains("действ") || folded.contains("нов") || folded.contains("обновл") {
                metadata.status = .inForce
            }
        default: break
        }
        capture = .none
    }

    private static func language(_ code: String) -> Language? {
        switch code.lowercased().prefix(2) {
        case "ru": .rus
        case "kk", "kz": .kaz
        case "en": .eng
        default: nil
        }
    }
}
