/// Who a list, a flag report or a comparison is asked for: one actor, or a group of actors a
/// researcher asks for as one (DESIGN.md §6).
///
/// `rural-tier` is what a researcher means by "the aul akim's responsibilities": the aul akim,
/// the akim's office, the office's officials and the local executive bodies of villages,
/// settlements and rural districts. A list for a group says on each line which member holds it.
public struct ActorSelection: Hashable, Sendable, CustomStringConvertible {
    /// The command-line and JSON name: `aul-akim`, `rural-tier`.
    public let name: String
    /// The actors selected.
    public let members: [PublicActor]
    /// An English label for list titles.
    public let label: String

    /// One actor.
    public init(_ actor: PublicActor) {
        name = actor.rawValue
        members = [actor]
        label = actor.label
    }

    private init(name: String, members: [PublicActor], label: String) {
        self.name = name
        self.members = members
        self.label = label
    }

    /// The rural tier: ``PublicActor/ruralTier``.
    public static let ruralTier = ActorSelection(
        name: "rural-tier", members: PublicActor.ruralTier,
        label: "the rural tier: akims of cities of district significance, villages, settlements and rural districts, their offices, "
            + "the offices' officials and the local executive bodies of those units")

    /// The aul akim alone.
    public static let aulAkim = ActorSelection(.aulAkim)

    /// Every selection there is: each actor, then the groups.
    public static let all: [ActorSelection] = PublicActor.allCases.map(ActorSelection.init) + [ruralTier]

    /// The selection named `name`, if there is one.
    public init?(name: String) {
        guard let found = Self.all.first(where: { $0.name == name }) else { return nil }
        self = found
    }

    /// Whether `actor` is selected.
    public func contains(_ actor: PublicActor) -> Bool { members.contains(actor) }

    /// Whether any of `actors` is selected.
    public func containsAny(_ actors: [PublicActor]) -> Bool { actors.contains(where: contains) }

    /// Whether the selection is one actor.
    public var isSingle: Bool { members.count == 1 }

    /// The name.
    public var description: String { name }
}
