/// A problem found while reading a statute that did not stop it, in compiler style
/// (`Statutes/x.md:12: warning: numbering restarts`). Diagnostics are values, not errors.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Something was read but may be wrong.
        case warning
        /// Information about a choice the reader made.
        case note
    }

    /// The severity.
    public var severity: Severity
    /// What happened, in one line.
    public var message: String
    /// The file, when known.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: severity: message`.
    public var description: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        return location.isEmpty ? "\(severity.rawValue): \(message)" : "\(location): \(severity.rawValue): \(message)"
    }
}
