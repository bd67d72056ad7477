import KuzyretCore

/// One block of text as a reader found it: a paragraph, a heading, a footnote, a table.
///
/// Readers know markup; the ``Structurer`` knows numbering. A block carries the markup only as
/// hints (``role``, ``emphasis``, ``indent``); structure is recovered from the text itself, so
/// an article written as a bold paragraph or a flat `<h3>` is still an article.
public struct TextBlock: Sendable, Hashable {
    /// What the markup says the block is.
    public enum Role: Sendable, Hashable {
        /// The act's title (`# …` first heading, adilet `h1`).
        case title
        /// A heading of a level (Markdown `#` count, HTML `h1`–`h6`).
        case heading(level: Int)
        /// An ordinary paragraph.
        case paragraph
        /// Marked as a footnote by markup (`p.note`, `span.note`); text may say so too.
        case footnote
        /// A table, rows joined by newlines and cells by ` | `.
        case table
    }

    /// How the whole block was emphasised in the source.
    public enum Emphasis: Sendable, Hashable {
        /// Plain.
        case none
        /// Wrapped in `*…*` or `<i>`; repealed items and footnotes in the Markdown corpus are.
        case italic
        /// Wrapped in `**…**` or `<b>`: Budget Code article titles, signatures.
        case bold
    }

    /// The display text: markup removed, whitespace collapsed, letters as written.
    public var text: String
    /// What markup says the block is.
    public var role: Role
    /// The 1-based line the block starts on.
    public var line: Int
    /// Leading indentation (spaces or `&nbsp;`) as a hint; 0 when none.
    public var indent: Int
    /// The element id or anchor before the block (`z1951`, `st35`).
    public var anchor: String?
    /// Whole-block emphasis.
    public var emphasis: Emphasis
    /// Whether the block was inside a Markdown block quote (`> …`).
    public var quoted: Bool
    /// Which of the document's files the block comes from (an index into
    /// ``ReadDocument/files``); 0 unless parts were joined.
    public var file: Int = 0

    /// Creates a block.
    public init(
        text: String, role: Role = .paragraph, line: Int, indent: Int = 0, anchor: String? = nil,
        emphasis: Emphasis = .none, quoted: Bool = false
    ) {
        self.text = text
        self.role = role
        self.line = line
        self.indent = indent
        self.anchor = anchor
        self.emphasis = emphasis
        self.quoted = quoted
    }
}

/// What a reader learned about the document besides its blocks.
public struct DocumentMetadata: Sendable, Hashable {
    /// The act's title, when the document gives it.
    public var title: String?
    /// The adilet id, when the document gives it (adilet links, AKN FRBR).
    public var actID: String?
    /// The ЭКБ act code (`source:` front matter, the adilet "Версия из ЭКБ" link).
    public var ekbCode: String?
    /// The language, when the document says (front matter URL, `lang_rus`, AKN `FRBRlanguage`).
    public var lang: Language?
    /// The edition date (front matter `source:` date, AKN expression date).
    public var edition: LegalDate?
    /// The act's status (adilet badge).
    public var status: ActStatus?
    /// `part_of:` of a part file, relative to the file.
    public var partOf: String?
    /// Whether the document says it is only part of the act (Kuzyret's AKN metadata).
    public var isPartial = false
    /// The part files an index file lists, relative to the file, in order.
    public var parts: [String] = []

    /// Creates empty metadata.
    public init() {}
}

/// A reader's output: the blocks and what it learned.
public struct ReadDocument: Sendable {
    /// The blocks in document order.
    public var blocks: [TextBlock]
    /// Metadata found in the document.
    public var metadata: DocumentMetadata
    /// Problems the reader recovered from.
    public var diagnostics: [Diagnostic]
    /// The files the blocks come from; the loader fills it.
    public var files: [String] = []

    /// Creates a reader output.
    public init(blocks: [TextBlock], metadata: DocumentMetadata, diagnostics: [Diagnostic] = []) {
        self.blocks = blocks
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}
