/// The kind of a node in the provision tree (DESIGN.md §5).
///
/// Raw values are the JSON contract; ``eIdPrefix`` follows the Akoma Ntoso naming convention.
public enum ProvisionKind: String, Codable, Sendable, CaseIterable {
    /// A part of a code: «Общая часть», «Особенная часть».
    case part
    /// Раздел / бөлім / section.
    case section
    /// Глава / тарау / chapter.
    case chapter
    /// Параграф / параграф / subchapter (§).
    case subchapter
    /// Статья / бап / article.
    case article
    /// Пункт / тармақ / paragraph: "1.", "1-3.".
    case paragraph
    /// Подпункт / тармақша / point: "1)", "4-1)".
    case point
    /// An unnumbered part (абзац) that carries its own list, or closes one.
    case alinea
    /// Text between the title and the first structural unit.
    case preamble
    /// A document attached to the act under its own title, such as rules approved by an order.
    case attachment
    /// Text an excerpt starts with before its first heading (the file was cut mid-article).
    case fragment

    /// The eId component prefix: `art`, `para`, `point`, `chp` …
    public var eIdPrefix: String {
        switch self {
        case .part: "part"
        case .section: "sec"
        case .chapter: "chp"
        case .subchapter: "subchp"
        case .article: "art"
        case .paragraph: "para"
        case .point: "point"
        case .alinea: "al"
        case .preamble: "preamble"
        case .attachment: "att"
        case .fragment: "frag"
        }
    }

    /// Depth in the hierarchy of numbered units: a unit closes every open unit of equal or
    /// greater rank. Containers without a rank (alinea, preamble …) return `nil`.
    public var rank: Int? {
        switch self {
        case .attachment: 0
        case .part: 1
        case .section: 2
        case .chapter: 3
        case .subchapter: 4
        case .article: 5
        case .paragraph: 6
        case .point: 7
        case .alinea, .preamble, .fragment: nil
        }
    }
}
