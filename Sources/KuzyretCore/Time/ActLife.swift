/// When an act as a whole applies: the day it came into force, the day it lost force and the act
/// that replaced it (DESIGN.md §5). Read from the act's own footnotes («Вводится в действие с
/// 01.01.2025», «утратил силу»), an adilet page's status, a `meta.yaml` and the catalog.
public struct ActLife: Hashable, Sendable, Codable {
    /// The first day the act applies, when known.
    public var inForceFrom: LegalDate?
    /// The first day the act no longer applies, when known.
    public var lostForceOn: LegalDate?
    /// The adilet id of the act that replaced it: `K2500000171`.
    public var replacedBy: String?
    /// Whether a source says the act lost force without saying when (an adilet «Утративший силу»
    /// badge).
    public var lostForce: Bool

    /// Creates an act's life.
    public init(inForceFrom: LegalDate? = nil, lostForceOn: LegalDate? = nil, replacedBy: String? = nil, lostForce: Bool = false) {
        self.inForceFrom = inForceFrom
        self.lostForceOn = lostForceOn
        self.replacedBy = replacedBy
        self.lostForce = lostForce || lostForceOn != nil
    }

    /// Whether nothing is known.
    public var isEmpty: Bool { inForceFrom == nil && lostForceOn == nil && replacedBy == nil && !lostForce }

    /// This life with the fields `other` knows and this one does not.
    public func filled(from other: ActLife?) -> ActLife {
        guard let other else { return self }
        return ActLife(
            inForceFrom: inForceFrom ?? other.inForceFrom, lostForceOn: lostForceOn ?? other.lostForceOn,
            replacedBy: replacedBy ?? other.replacedBy, lostForce: lostForce || other.lostForce)
    }

    /// Whether the act applies on `date`. An act that lost force on an unknown day counts as
    /// lost from `edition` on (the text that says so), or always when that is unknown too.
    public func validity(on date: LegalDate, edition: LegalDate? = nil) -> ActValidity {
        if let inForceFrom, date < inForceFrom { return .notYetInForce(from: inForceFrom) }
        if let lostForceOn {
            if date >= lostForceOn { return .lostForce(on: lostForceOn, replacedBy: replacedBy) }
        } else if lostForce, edition.map({ date >= $0 }) ?? true {
            return .lostForce(on: nil, replacedBy: replacedBy)
        }
        return .inForce
    }

    enum CodingKeys: String, CodingKey {
        case inForceFrom = "in_force_from"
        case lostForceOn = "lost_force_on"
        case replacedBy = "replaced_by"
        case lostForce = "lost_force"
    }
}

/// Whether an act applies on a given day, and if not, why.
public enum ActValidity: Hashable, Sendable {
    /// It applies.
    case inForce
    /// It comes into force later.
    case notYetInForce(from: LegalDate)
    /// It lost force (on a day, when known), replaced by an act, when known.
    case lostForce(on: LegalDate?, replacedBy: String?)

    /// Whether the act applies.
    public var isInForce: Bool { self == .inForce }

    /// `lost-force`, `not-yet-in-force` or `in-force`: the reason's code in JSON.
    public var code: String {
        switch self {
        case .inForce: "in-force"
        case .notYetInForce: "not-yet-in-force"
        case .lostForce: "lost-force"
        }
    }

    /// The reason in words: `lost force on 2025-01-01, replaced by K2500000171`, `not yet in
    /// force (from 2025-01-01)`.
    public var reason: String {
        switch self {
        case .inForce: return "in force"
        case .notYetInForce(let from): return "not yet in force (in force from \(from))"
        case .lostForce(let on, let replacedBy):
            return "lost force" + (on.map { " on \($0)" } ?? "") + (replacedBy.map { ", replaced by \($0)" } ?? "")
        }
    }
}
