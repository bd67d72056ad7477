import KuzyretCore
import KuzyretMarkup

/// How to load statutes.
public struct LoadOptions: Sendable {
    /// Files larger than this are refused before they are read (default 100 MiB: the largest
    /// Kazakh code is a few MB of HTML).
    public var maxBytes: Int = 100 * 1_048_576
    /// A character encoding to force on HTML or Markdown (`windows-1251`); `nil`: the file's own,
    /// else UTF-8.
    public var encoding: String?
    /// The acts Kuzyret knows, to turn ЭКБ codes into adilet ids and to fill titles.
    public var catalog: ActCatalog = .empty
    /// Whether an index file of a split act (`rus.md` listing `rus/ch001.md` …) is read with its
    /// parts joined; otherwise alone.
    public var joinParts = true

    /// Default options.
    public init() {}
}

/// A statute as loaded from a file, with what the loading found out.
public struct LoadedStatute: Sendable {
    /// The provision tree and identification.
    public var statute: Statute
    /// Problems and choices worth telling the user, in compiler style.
    public var diagnostics: [Diagnostic]
    /// The files read: the given one and any parts joined to it.
    public var files: [String]
    /// The ``ContentHash`` of the bytes read, when the statute is the one file given (so that an
    /// index build need not read it again to hash it); nil when parts were joined.
    public var contentHash: String?
}

/// Reads statute files of any supported form into ``Statute`` values (DESIGN.md §3–5).
///
/// The format comes from the extension (`.html`, `.htm`, `.xml`, `.akn`, `.md`) or, failing that,
/// from the first bytes. The act id comes from the document (adilet links, AKN FRBR, front matter)
/// or, through the catalog, from its ЭКБ code, and last from the folder name; the language and
/// edition from the document, the file name (`kaz.2026-07-12.md`) or a `meta.yaml` beside it.
public enum StatuteLoader {
    /// Loads the statute in the file at `path`.
    public static func load(_ path: String, options: LoadOptions = LoadOptions()) throws(StatuteError) -> LoadedStatute {
        let file = try SourceFile.read(path, maxBytes: options.maxBytes)
        return try load(file, options: options)
    }

    /// Loads a statute from a file already read.
    public static func load(_ file: SourceFile, options: LoadOptions) throws(StatuteError) -> LoadedStatute {
        var loaded: LoadedStatute
        switch SourceFormat.detect(file) {
        case .akn: loaded = try loadAkomaNtoso(file, options: options)
        case .html: loaded = try loadHTML(file, options: options)
        case .markdown: loaded = try loadMarkdown(file, options: options)
        }
        if options.encoding == nil, file.endsMidCharacter {
            let line = 1 + file.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            loaded.diagnostics.insert(
                Diagnostic(
                    .warning, "the file ends in the middle of a character: it looks truncated", file: file.path, line: line), at: 0)
        }
        if loaded.files == [file.path] {
            var hash = ContentHash()
            hash.add(file: file.bytes)
            loaded.contentHash = hash.text
        }
        return loaded
    }

    // MARK: - HTML

    static func loadHTML(_ file: SourceFile, options: LoadOptions) throws(StatuteError) -> LoadedStatute {
        var encoding = options.encoding
        if let forced = encoding, !MarkupParser.knowsEncoding(forced) {
            throw .unknownEncoding(path: file.path, encoding: forced)
        }
        if encoding == nil, !file.hasUTF16ByteOrderMark {
            let declared = MarkupCharset.declared(in: file.bytes)
            if declared == nil || declared?.lowercased().replacingOccurrences("_", "-") == "utf-8" {
                if let line = file.firstInvalidUTF8Line() { throw .notUTF8(path: file.path, line: line) }
                encoding = "UTF-8"
            }
        }
        let document: ReadDocument
        do {
            document = try HTMLReader.read(file.bytes, encoding: encoding)
        } catch {
            throw .malformed(path: file.path, line: nil, reason: error.description)
        }
        return try assemble(document, file: file, format: .html, options: options)
    }

    // MARK: - Markdown (and plain text)

    static func loadMarkdown(_ file: SourceFile, options: LoadOptions) throws(StatuteError) -> LoadedStatute {
        var document = MarkdownReader.read(try text(of: file, options: options))
        document.files = [file.path]
        var diagnostics: [Diagnostic] = []
        if options.joinParts, !document.metadata.parts.isEmpty {
            diagnostics += joinParts(into: &document, index: file, options: options)
        }
        var loaded = try assemble(document, file: file, format: .markdown, options: options)
        loaded.diagnostics = diagnostics + loaded.diagnostics
        return loaded
    }

    private static func text(of file: SourceFile, options: LoadOptions) throws(StatuteError) -> String {
        guard let encoding = options.encoding, encoding.lowercased() != "utf-8" else { return try file.utf8Text() }
        guard let converted = Transcoder.utf8(from: file.bytes, encoding: encoding) else {
            throw .unknownEncoding(path: file.path, encoding: encoding)
        }
        return converted
    }

    /// Appends the blocks of the parts an index file lists, in its order, when they are of the
    /// same act, language and edition (DESIGN.md §3: never by folder alone).
    static func joinParts(into document: inout ReadDocument, index: SourceFile, options: LoadOptions) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let indexName = index.fileName
        for relative in document.metadata.parts {
            let path = index.directory == "." ? relative : "\(index.directory)/\(relative)"
            let part: ReadDocument
            do {
                let partFile = try SourceFile.read(path, maxBytes: options.maxBytes)
                part = MarkdownReader.read(try text(of: partFile, options: options))
            } catch .notFound {
                diagnostics.append(
                    Diagnostic(.warning, "part \(relative) listed in the index is missing; the act is incomplete", file: index.path))
                continue
            } catch {
                diagnostics.append(Diagnostic(.warning, "part skipped: \(error.description)", file: index.path))
                continue
            }
            if let partOf = part.metadata.partOf, !partOf.hasSuffix(indexName) {
                diagnostics.append(
                    Diagnostic(.warning, "part \(relative) belongs to \(partOf), not \(indexName); skipped", file: index.path))
                continue
            }
            if let edition = document.metadata.edition, let partEdition = part.metadata.edition, edition != partEdition {
                diagnostics.append(
                    Diagnostic(.warning, "part \(relative) is of the \(partEdition) edition, not \(edition); skipped", file: index.path))
                continue
            }
            let fileNumber = document.files.count
            document.files.append(path)
            document.blocks += part.blocks.map { block in
                var block = block
                block.file = fileNumber
                return block
            }
        }
        return diagnostics
    }

    // MARK: - Akoma Ntoso

    static func loadAkomaNtoso(_ file: SourceFile, options: LoadOptions) throws(StatuteError) -> LoadedStatute {
        let read: (tree: StructuredText, metadata: DocumentMetadata, proprietary: Bool)
        do {
            read = try AkomaNtosoReader.read(file.bytes)
        } catch .malformedXML(let line, let message) {
            throw .malformed(path: file.path, line: line, reason: "XML is not well-formed: \(message)")
        } catch {
            throw .malformed(path: file.path, line: nil, reason: error.description)
        }
        var metadata = read.metadata
        if metadata.title == nil { metadata.title = read.tree.title }
        let identity = Identification.resolve(metadata, file: file, sample: read.tree, options: options)
        var act = identity.act(format: .akn)
        act.isPartial = metadata.isPartial
        let statute = identity.withLife(
            Statute(act: act, footnotes: read.tree.footnotes, provisions: read.tree.provisions, conclusions: read.tree.conclusions))
        // A partial act (the index file of a split act written out as AKN) may hold only its
        // preamble; a whole act must have numbered provisions.
        if !act.isPartial { try requireProvisions(statute, file: file) }
        return LoadedStatute(statute: statute, diagnostics: identity.diagnostics + read.tree.diagnostics, files: [file.path])
    }

    // MARK: - Common

    /// Whether a text without a title starts past the act's first article: an excerpt copied
    /// from a chapter or an article («#### Глава 2 …», «Статья 9-1»), not a whole act.
    static func startsPastArticle1(_ provisions: [Provision]) -> Bool {
        var first: Provision?
        for provision in provisions where first == nil {
            provision.walk { node, _ in if first == nil, node.kind == .article { first = node } }
        }
        guard let number = first?.number else { return false }
        return number != "1"
    }

    static func assemble(
        _ document: ReadDocument, file: SourceFile, format: SourceFormat, options: LoadOptions
    ) throws(StatuteError) -> LoadedStatute {
        var files = document.files
        if files.isEmpty { files = [file.path] }
        var metadata = document.metadata
        if metadata.title == nil, let partOf = metadata.partOf {
            metadata.title = IndexTitle.read(partOf: partOf, relativeTo: file, maxBytes: options.maxBytes)
        }
        let tree = Structurer(files: files).structure(document.blocks, knownTitle: metadata.title)
        if metadata.title == nil { metadata.title = tree.title }
        let identity = Identification.resolve(metadata, file: file, sample: tree, options: options)
        var act = identity.act(format: format)
        let joinedIndex = !metadata.parts.isEmpty && files.count > 1
        let missingParts = !metadata.parts.isEmpty && files.count < metadata.parts.count + 1
        act.isPartial =
            (metadata.partOf != nil && !joinedIndex) || missingParts
            || tree.provisions.contains { $0.kind == .fragment } || (metadata.title == nil && Self.startsPastArticle1(tree.provisions))
        let statute = identity.withLife(
            Statute(act: act, footnotes: tree.footnotes, provisions: tree.provisions, conclusions: tree.conclusions))
        // The index file of a split act is a statute by its list of parts, even when none of the
        // parts is at hand (its preamble and general footnotes are still worth reading).
        if metadata.parts.isEmpty || !options.joinParts { try requireProvisions(statute, file: file) }
        let readerNotes = document.diagnostics.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.file == nil { diagnostic.file = file.path }
            return diagnostic
        }
        return LoadedStatute(statute: statute, diagnostics: readerNotes + identity.diagnostics + tree.diagnostics, files: files)
    }

    /// Refuses a text in which nothing is numbered like a statute.
    static func requireProvisions(_ statute: Statute, file: SourceFile) throws(StatuteError) {
        var numbered = false
        statute.walk { node, _ in
            if node.num != nil { numbered = true }
        }
        if !numbered { throw .noProvisions(path: file.path) }
    }
}

extension SourceFormat {
    /// The format of `file`, by extension, else by its first bytes.
    static func detect(_ file: SourceFile) -> SourceFormat {
        let name = file.fileName.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
        if name.hasSuffix(".xml") || name.hasSuffix(".akn") { return .akn }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") || name.hasSuffix(".txt") { return .markdown }
        let head = String(decoding: file.bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("<akomantoso") { return .akn }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p") {
            return .html
        }
        if head.hasPrefix("<?xml") { return .akn }
        return .markdown
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
