import KuzyretCore

/// The structurer's output: the provision tree and what surrounds it.
public struct StructuredText: Sendable {
    /// The act's title, if a block gave it.
    public var title: String?
    /// Footnotes about the act as a whole.
    public var footnotes: [Footnote]
    /// The top-level nodes.
    public var provisions: [Provision]
    /// The signature block and layout tables after the body.
    public var conclusions: String?
    /// Problems found.
    public var diagnostics: [Diagnostic]
}

/// Turns a reader's blocks into a provision tree by the numbering grammar (DESIGN.md §4–5).
///
/// One structurer serves HTML and Markdown, in Russian, Kazakh and English. It keeps a stack of
/// open units; a unit heading closes every open unit of equal or lower rank, an item closes the
/// items at its own level, unnumbered text joins the innermost open node. Footnotes go to the
/// unit they name («Сноска. Статья 35 …»), or else to the node they follow; repealed and
/// pending status and conditions are read as nodes are made.
public struct Structurer {
    /// The file names used in diagnostics, indexed by ``TextBlock/file``.
    public var files: [String]

    /// Creates a structurer; `files` name the sources in diagnostics.
    public init(files: [String] = []) {
        self.files = files
    }

    /// Structures `blocks`.
    ///
    /// - Parameters:
    ///   - blocks: The reader's blocks, in order.
    ///   - knownTitle: A title the reader found outside the blocks (adilet `h1`, the index file of
    ///     a part); when there is none and the text starts mid-article, the leading text becomes a
    ///     `fragment` rather than a `preamble`.
    public func structure(_ blocks: [TextBlock], knownTitle: String? = nil) -> StructuredText {
        var state = StructuringState(blocks: blocks, files: files, title: knownTitle)
        state.run()
        return state.result()
    }
}

/// The mutable work of one ``Structurer/structure(_:knownTitle:)`` call.
struct StructuringState {
    let blocks: [TextBlock]
    let files: [String]
    /// The file of the block being handled, for diagnostics.
    var currentFile = 0
    var title: String?
    let root = ProvisionBuilder.root()
    var stack: [ProvisionBuilder]
    var actFootnotes: [Footnote] = []
    var conclusions: [String] = []
    var diagnostics: [Diagnostic] = []
    var usedEIds: Set<String> = []
    /// Whether a numbered unit or item has been seen (text before it is a preamble).
    var sawStructure = false
    /// Where the last footnote went, for its continuation lines: the node (nil: the act) and index.
    var lastFootnote: (node: ProvisionBuilder?, index: Int)?
    /// An open quotation: the node quoting and the quote depth.
    var quote: (node: ProvisionBuilder, depth: Int, blocks: Int)?
    var inConclusions = false
    var attachmentCount = 0

    init(blocks: [TextBlock], files: [String], title: String?) {
        self.blocks = blocks
        self.files = files
        self.title = title
        self.stack = [root]
    }

    var top: ProvisionBuilder { stack[stack.count - 1] }

    mutating func run() {
        for index in blocks.indices {
            handle(blocks[index], at: index)
        }
        if let quote {
            warn("quotation opened here is not closed before the end of the text", line: quote.node.line)
        }
    }

    func result() -> StructuredText {
        var diagnostics = self.diagnostics
        let provisions = LoneParagraph.fold(root.children.map { $0.build() }, diagnostics: &diagnostics, file: files.first)
        return StructuredText(
            title: title, footnotes: actFootnotes, provisions: provisions,
            conclusions: conclusions.isEmpty ? nil : conclusions.joined(separator: "\n"), diagnostics: diagnostics
        )
    }

    mutating func note(_ message: String, line: Int?) {
        let file = currentFile < files.count ? files[currentFile] : nil
        diagnostics.append(Diagnostic(.note, message, file: file, line: line))
    }

    mutating func warn(_ message: String, line: Int?) {
        let file = currentFile < files.count ? files[currentFile] : nil
        diagnostics.append(Diagnostic(.warning, message, file: file, line: line))
    }

    // MARK: - One block

    mutating func handle(_ block: TextBlock, at index: Int) {
        let text = block.text
        guard !text.isEmpty else { return }
        currentFile = block.file
        let isHeading: Bool
        switch block.role {
        case .title:
            if title == nil { title = text }
            return
        case .heading: isHeading = true
        default: isHeading = false
        }

        if block.role == .footnote || Self.startsFootnote(text) {
            attachFootnote(block)
            return
        }
        if continuesFootnote(block) { return }
        lastFootnote = nil

        if quote != nil, continueQuote(block, isHeading: isHeading) { return }

        if !isHeading, startQuoteIfAny(block) { return }
        // Tables (tables of contents, signature layouts) are text, never structure.
        let lead = block.role == .table ? .none : NumberingGrammar.lead(of: text, isHeading: isHeading)
        switch lead {
        case .unit(let kind, let num, let heading):
            inConclusions = false
            openUnit(kind, num: num, heading: heading, line: block.line)
        case .item(let kind, let num, let rest):
            if inConclusions {
                conclusions.append(text)
                return
            }
            if let (head, tail) = NumberingGrammar.runOn(in: rest, after: num, kind: kind) {
                // «19-1) обеспечивает …;20) создает …»: two points on one line of the source.
                openItem(kind, num: num, text: head, line: block.line)
                note("\(kind.rawValue) \(num) runs on into the next one on the same line; split", line: block.line)
                var next = block
                next.text = tail
                handle(next, at: index)
                return
            }
            openItem(kind, num: num, text: rest, line: block.line)
        case .range(let kind, let first, let last, let rest):
            if inConclusions {
                conclusions.append(text)
                return
            }
            openRange(kind, first: first, last: last, text: rest, line: block.line)
        case .none:
            if isHeading && !(block.role == .heading(level: 1) && title == nil) {
                inConclusions = false
                openAttachment(heading: text, line: block.line)
            } else {
                unnumbered(block, at: index)
            }
        }
    }

    // MARK: - Units: part, section, chapter, subchapter, article

    mutating func openUnit(_ kind: ProvisionKind, num: String, heading: String, line: Int) {
        let rank = kind.rank ?? 0
        while !top.isRoot, top.kind != .attachment || rank == 0, top.kind.rank.map({ $0 >= rank }) ?? true {
            stack.removeLast()
        }
        let node = makeNode(kind, num: num, under: top, line: line)
        if !heading.isEmpty {
            node.heading = heading
            let (status, condition) = StatusReader.status(of: heading)
            node.status = status
            if let condition { node.conditions.append(condition) }
        }
        push(node)
        sawStructure = true
    }

    mutating func openAttachment(heading: String, line: Int) {
        if let current = stack.last(where: { $0.kind == .attachment && !$0.isRoot }), current.children.isEmpty {
            // A second title line before any content («СОДЕРЖАНИЕ» under the title of the rules).
            current.appendParagraph(heading)
            return
        }
        stack.removeAll { !$0.isRoot }
        attachmentCount += 1
        let node = ProvisionBuilder(kind: .attachment, num: nil, eid: "att_\(attachmentCount)", line: line, parent: root)
        node.heading = heading
        usedEIds.insert(node.eid)
        root.children.append(node)
        stack.append(node)
        sawStructure = true
    }

    // MARK: - Items: paragraphs "1." and points "1)"

    /// Closes what an item of `kind` closes and returns the node it belongs under.
    mutating func container(for kind: ProvisionKind) -> ProvisionBuilder {
        while !top.isRoot {
            let closes: Bool
            switch top.kind {
            case .point, .preamble: closes = true
            case .paragraph, .alinea: closes = kind == .paragraph
            default: closes = false
            }
            guard closes else { break }
            stack.removeLast()
        }
        if top.isRoot && title == nil && !sawStructure {
            return fragment()
        }
        return top
    }

    mutating func openItem(_ kind: ProvisionKind, num: String, text: String, line: Int) {
        let parent = container(for: kind)
        let components = ProvisionNumber.components(of: num)
        if let previous = parent.children.last(where: { $0.kind == kind }),
            !ProvisionNumber.precedes(previous.components, components)
        {
            warn(
                "\(kind.rawValue) \(num) does not follow \(previous.num ?? "?") in \(parent.eid.isEmpty ? "the act" : parent.eid)",
                line: line)
        }
        let node = makeNode(kind, num: num, under: parent, line: line)
        setText(text, of: node)
        push(node)
        sawStructure = true
    }

    mutating func openRange(_ kind: ProvisionKind, first: String, last: String, text: String, line: Int) {
        let numbers = Self.expand(first: first, last: last)
        guard !numbers.isEmpty else {
            openItem(kind, num: first, text: text, line: line)
            return
        }
        for number in numbers {
            let num = kind == .point ? number + ")" : number
            openItem(kind, num: num, text: text, line: line)
        }
    }

    /// `3)`…`6)` → 3, 4, 5, 6; `2-1`…`2-4` → 2-1 … 2-4; `7)`…`7-2)` → 7, 7-1, 7-2; `6)`…`7-2)` →
    /// 6, 7, 7-1, 7-2; at most 500 numbers.
    static func expand(first: String, last: String) -> [String] {
        let from = ProvisionNumber.components(of: first)
        let to = ProvisionNumber.components(of: last)
        if from.count == 1, to.count == 2, let start = from.first, start <= to[0], to[0] - start + to[1] < 500 {
            // A range that ends inside the numbers inserted after its last whole number.
            return (start...to[0]).map(String.init) + (0..<to[1]).map { "\(to[0])-\($0 + 1)" }
        }
        guard from.count == to.count, let start = from.last, let end = to.last, from.dropLast() == to.dropLast(),
            start <= end, end - start < 500
        else { return [] }
        let prefix = from.dropLast().map(String.init)
        return (start...end).map { (prefix + [String($0)]).joined(separator: "-") }
    }

    mutating func setText(_ text: String, of node: ProvisionBuilder) {
        node.appendParagraph(text)
        let (status, condition) = StatusReader.status(of: text)
        node.status = status
        if let condition { node.conditions.append(condition) }
    }

    // MARK: - Nodes and eIds

    mutating func makeNode(_ kind: ProvisionKind, num: String?, under parent: ProvisionBuilder, line: Int?) -> ProvisionBuilder {
        let node = ProvisionBuilder(kind: kind, num: num, eid: "", line: line, parent: parent)
        let component = "\(kind.eIdPrefix)_\(node.numKey)"
        let base = parent.childEIdBase
        var eid = base.isEmpty ? component : "\(base)__\(component)"
        if usedEIds.contains(eid) {
            // Chapters renumbered per section and the like: qualify with the enclosing units.
            var ancestor: ProvisionBuilder? = parent
            while let unit = ancestor, usedEIds.contains(eid), !unit.isRoot {
                eid = "\(unit.eid)__\(component)"
                ancestor = unit.parent
            }
            if usedEIds.contains(eid) {
                let stem = eid
                var suffix = 2
                while usedEIds.contains("\(stem)_\(suffix)") { suffix += 1 }
                eid = "\(stem)_\(suffix)"
                warn("\(kind.rawValue) \(num ?? "") repeats an address; it is \(eid)", line: line)
            } else {
                note("\(kind.rawValue) \(num ?? "") is numbered again in another unit; its address is \(eid)", line: line)
            }
        }
        node.eid = eid
        usedEIds.insert(eid)
        parent.children.append(node)
        return node
    }

    mutating func push(_ node: ProvisionBuilder) {
        stack.append(node)
    }

    /// The container for text an excerpt starts with, created on first use.
    mutating func fragment() -> ProvisionBuilder {
        if let existing = root.children.first(where: { $0.kind == .fragment }) { return existing }
        let node = ProvisionBuilder(kind: .fragment, num: nil, eid: "frag", line: nil, parent: root)
        usedEIds.insert(node.eid)
        root.children.append(node)
        stack.append(node)
        return node
    }

    /// The preamble, created on first use.
    mutating func preamble(line: Int) -> ProvisionBuilder {
        if let existing = root.children.first(where: { $0.kind == .preamble }) { return existing }
        let node = ProvisionBuilder(kind: .preamble, num: nil, eid: "preamble", line: line, parent: root)
        usedEIds.insert(node.eid)
        root.children.append(node)
        stack.append(node)
        return node
    }
}
