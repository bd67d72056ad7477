/// The formats Kuzyret writes an answer in. Each report renders the ones it has (its
/// `formats`); the command line and the web interface offer those.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Plain text for a terminal.
    case text
    /// Markdown, for a pull request or a memo.
    case md
    /// CSV (RFC 4180), one row per item.
    case csv
    /// JSON in the shapes of DESIGN.md §11.
    case json
    /// A standalone HTML page.
    case html
    /// Akoma Ntoso 3.0 XML (a statute's tree).
    case akn

    /// The file name extension: `md`, `csv`, `txt` for text.
    public var fileExtension: String { self == .text ? "txt" : self == .akn ? "xml" : rawValue }

    /// The media type a file in this format is served as (UTF-8).
    public var mediaType: String {
        switch self {
        case .text: "text/plain; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .akn: "application/akn+xml; charset=utf-8"
        }
    }
}

/// A format a report cannot be written in.
public struct UnsupportedFormat: Error, CustomStringConvertible {
    public var format: ReportFormat
    public var supported: [ReportFormat]

    public var description: String {
        "this answer comes as \(supported.map(\.rawValue).joined(separator: ", ")), not \(format.rawValue)"
    }
}
