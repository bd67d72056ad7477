/// Why a statute file could not be read. Every case names the file, and the line where it helps.
public enum StatuteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case notFound(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file exists but cannot be read (permissions, I/O).
    case unreadable(path: String, reason: String)
    /// The file is empty or holds only whitespace.
    case empty(path: String)
    /// The file holds binary data (a NUL byte at `offset`).
    case binary(path: String, offset: Int)
    /// The file is larger than the limit for one statute.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file is not valid UTF-8 and declares no other encoding.
    case notUTF8(path: String, line: Int)
    /// The forced encoding is unknown.
    case unknownEncoding(path: String, encoding: String)
    /// The markup could not be parsed at all.
    case malformed(path: String, line: Int?, reason: String)
    /// Nothing in the text is numbered like a statute (no article, chapter, point …).
    case noProvisions(path: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .isDirectory(let path), .unreadable(let path, _), .empty(let path),
            .binary(let path, _), .tooLarge(let path, _, _), .notUTF8(let path, _), .unknownEncoding(let path, _),
            .malformed(let path, _, _), .noProvisions(let path):
            path
        }
    }

    /// `path[:line]: what is wrong, and what to do`.
    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such file"
        case .isDirectory(let path):
            "\(path): is a directory; give a statute file (kuzyret index reads directories)"
        case .unreadable(let path, let reason):
            "\(path): cannot be read: \(reason)"
        case .empty(let path):
            "\(path): the file is empty"
        case .binary(let path, let offset):
            "\(path): binary data (a NUL byte at offset \(offset)); expected HTML, Akoma Ntoso XML or Markdown text"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(Self.megabytes(bytes)) is larger than the \(Self.megabytes(limit)) limit for one statute; raise it with --max-size if the file really is one act"
        case .notUTF8(let path, let line):
            "\(path):\(line): not valid UTF-8 and no charset is declared; save the file as UTF-8, declare <meta charset=…>, or pass --encoding (e.g. windows-1251)"
        case .unknownEncoding(let path, let encoding):
            "\(path): unknown encoding \"\(encoding)\""
        case .malformed(let path, let line, let reason):
            "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        case .noProvisions(let path):
            "\(path): no articles, chapters or numbered points found; is this a statute?"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
