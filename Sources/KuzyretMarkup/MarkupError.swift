/// Why a document could not be read at all.
public enum MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The document is too large for libxml2's in-memory API (over 2 GiB).
    case tooLarge(bytes: Int)
    /// libxml2 could not create a parser (out of memory).
    case parserUnavailable
    /// The encoding named by the caller or the document is unknown to libxml2.
    case unknownEncoding(String)
    /// The XML is not well-formed; `line` is where libxml2 gave up.
    case malformedXML(line: Int, message: String)

    /// A one-line explanation for people.
    public var description: String {
        switch self {
        case .tooLarge(let bytes):
            return "document of \(bytes) bytes is larger than libxml2 can parse in memory"
        case .parserUnavailable:
            return "libxml2 could not create a parser"
        case .unknownEncoding(let name):
            return "unknown character encoding \"\(name)\""
        case .malformedXML(let line, let message):
            return "line \(line): XML is not well-formed: \(message)"
        }
    }
}
