import KuzyretCore

/// A reference from a provision to another provision or act (DESIGN.md §8).
public struct CrossReference: Hashable, Sendable, Codable {
    /// Whether the target is in the same act.
    public enum Scope: String, Hashable, Sendable, Codable {
        /// The same act («настоящего Закона», «осы баптың», or no act named).
        case `internal`
        /// Another act («Бюджетного кодекса», «Закона … «О ветеринарии»»).
        case external
    }

    /// The citing provision's address.
    public var from: String
    /// The words of the reference as written.
    public var span: String
    /// Internal or external.
    public var scope: Scope
    /// The target act id, when known: the citing act for internal references, the catalog's
    /// entry for external ones; `nil` when the act is not in the catalog.
    public var targetAct: String?
    /// The target eIds, one per cited provision (a list or a range gives several); empty when the
    /// reference names an act only.
    public var targetEids: [String]
    /// Whether the target was resolved: the act is known and, for internal references, each
    /// target eId exists in the text read.
    public var resolved: Bool

    /// The full target addresses in `lang`: `Z010000148_/rus/art_35__para_1`.
    public func targetAddresses(lang: Language) -> [String] {
        guard let targetAct else { return [] }
        return targetEids.map { ProvisionAddress(act: targetAct, lang: lang, eid: $0).description }
    }

    enum CodingKeys: String, CodingKey {
        case from, span, scope
        case targetAct = "target_act"
        case targetEids = "target_eids"
        case resolved
    }
}
