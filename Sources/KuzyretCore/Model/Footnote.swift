/// An editorial footnote of the official text («Сноска.», «Ескерту.», "Footnote."), attached to the
/// provision it speaks of.
public struct Footnote: Sendable, Codable {
    /// The footnote as written, with its leading word («Сноска. Подпункт 4) исключен …»).
    public var text: String
    /// The 1-based source line, when known; not part of equality.
    public var line: Int?

    /// Creates a footnote.
    public init(text: String, line: Int? = nil) {
        self.text = text
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case text, line }
}

extension Footnote: Hashable {
    /// Footnotes are equal when their text is; the source line does not count.
    public static func == (lhs: Footnote, rhs: Footnote) -> Bool { lhs.text == rhs.text }
    /// Hashes the text.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
