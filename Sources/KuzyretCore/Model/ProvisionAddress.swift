/// An Akoma Ntoso eId of a provision within one text: levels joined by `__`, kind and number by
/// `_` (DESIGN.md §5): `art_35__para_1__point_4-1`.
public struct EId: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The eId as written.
    public let description: String

    /// An eId from its text.
    public init(_ text: String) { description = text }

    /// An eId literal: `"art_35__para_2"`.
    public init(stringLiteral value: String) { description = value }

    /// The separator of levels.
    public static let separator = "__"

    /// Its levels, outermost first: `["art_35", "para_1", "point_4-1"]`.
    public var components: [String] { description.components(separatedBy: Self.separator) }

    /// The outermost level, the article for most provisions: `art_35` of `art_35__para_1__point_4`.
    public var top: EId { EId(components.first ?? description) }

    /// The eId one level up, or nil at the top.
    public var parent: EId? {
        let levels = components
        return levels.count > 1 ? EId(levels.dropLast().joined(separator: Self.separator)) : nil
    }

    /// The eId of `component` below this one: `art_35` + `para_1` → `art_35__para_1`.
    public func appending(_ component: String) -> EId {
        EId(description.isEmpty ? component : description + Self.separator + component)
    }

    /// Whether this eId is `other` or lies below it: `art_35__para_1` is within `art_35`.
    public func isWithin(_ other: EId) -> Bool {
        description == other.description || description.hasPrefix(other.description + Self.separator)
    }

    /// Orders eIds as text.
    public static func < (lhs: EId, rhs: EId) -> Bool { lhs.description < rhs.description }
}

/// The full address of a provision: `<act>/<lang>/<eId>`, `Z010000148_/rus/art_35__para_1__point_4-1`
/// (DESIGN.md §5). The same eId in another language is the same provision.
public struct ProvisionAddress: Hashable, Sendable, CustomStringConvertible {
    /// The act's adilet id: `Z010000148_`.
    public var act: String
    /// The language of the text.
    public var lang: Language
    /// The provision within the text.
    public var eid: EId

    /// An address from its parts.
    public init(act: String, lang: Language, eid: EId) {
        self.act = act
        self.lang = lang
        self.eid = eid
    }

    /// An address from its parts, the eId as text.
    public init(act: String, lang: Language, eid: String) {
        self.init(act: act, lang: lang, eid: EId(eid))
    }

    /// Reads `Z010000148_/rus/art_35__para_2`; nil when it is not three parts with a known
    /// language.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty, let lang = Language(rawValue: parts[1]) else { return nil }
        self.init(act: parts[0], lang: lang, eid: EId(parts[2]))
    }

    /// `Z010000148_/rus/art_35__para_2`.
    public var description: String { "\(act)/\(lang.rawValue)/\(eid)" }

    /// The same provision in another language.
    public func inLanguage(_ other: Language) -> ProvisionAddress {
        ProvisionAddress(act: act, lang: other, eid: eid)
    }

    /// Another provision of the same text.
    public func with(eid other: EId) -> ProvisionAddress {
        ProvisionAddress(act: act, lang: lang, eid: other)
    }

    /// The address of the provision's top level (its article).
    public var article: ProvisionAddress { with(eid: eid.top) }
}
