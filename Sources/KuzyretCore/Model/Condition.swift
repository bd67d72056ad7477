/// A population threshold a condition is limited to, e.g. "more than two thousand people".
public struct PopulationBound: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How the unit's population compares with ``value``.
    public enum Relation: String, Hashable, Sendable, Codable {
        /// More than («более», «свыше», «-нан көп»).
        case above = ">"
        /// At least («и более», «және одан көп»).
        case atLeast = ">="
        /// Fewer than («менее», «-нан кем»).
        case below = "<"
        /// At most («и менее», «не более», «және одан аз»).
        case atMost = "<="
    }

    /// The comparison.
    public var relation: Relation
    /// The threshold in people.
    public var value: Int

    /// Creates a bound.
    public init(_ relation: Relation, _ value: Int) {
        self.relation = relation
        self.value = value
    }

    /// Whether a unit of `population` people falls under the bound.
    public func contains(_ population: Int) -> Bool {
        switch relation {
        case .above: population > value
        case .atLeast: population >= value
        case .below: population < value
        case .atMost: population <= value
        }
    }

    /// `> 2000`.
    public var description: String { "\(relation.rawValue) \(value)" }

    enum CodingKeys: String, CodingKey {
        case relation = "op"
        case value
    }
}

/// A change of status that holds from a date, possibly only for units of some population
/// (DESIGN.md §5), read from a footnote such as «Подпункт 4) исключен с 01.01.2018 для … с
/// численностью населения более двух тысяч человек».
public struct Condition: Hashable, Sendable, Codable {
    /// What happens from ``from``.
    public enum Effect: String, Hashable, Sendable, Codable {
        /// The provision is repealed («исключен с …», «… бастап алып тасталды»).
        case repealed
        /// The provision applies («действует с …», «вводится в действие с …», «… бастап
        /// қолданысқа енгізілді»).
        case inForce = "in-force"
    }

    /// The status the provision takes.
    public var effect: Effect
    /// The first day the effect holds; `nil` when the footnote names no date.
    public var from: LegalDate?
    /// The units it holds for; `nil` for all units.
    public var population: PopulationBound?
    /// The part of the provision concerned when not the whole: `"heading"`, `"part 2"`.
    public var scope: String?
    /// The footnote sentence the condition was read from, for display.
    public var source: String

    /// Creates a condition.
    public init(
        effect: Effect, from: LegalDate?, population: PopulationBound? = nil, scope: String? = nil, source: String
    ) {
        self.effect = effect
        self.from = from
        self.population = population
        self.scope = scope
        self.source = source
    }

    /// Whether the condition bears on a unit of `population` people. With `nil` (population
    /// unknown) a population-limited condition is not applied: the provision keeps its status
    /// and is shown with the condition instead.
    public func applies(toPopulation population: Int?) -> Bool {
        guard let bound = self.population else { return true }
        guard let population else { return false }
        return bound.contains(population)
    }
}

extension Condition {
    /// The condition as a list line says it: `repealed from 2018-01-01 where population > 2000`.
    public var summary: String {
        var text = effect.rawValue
        if let from { text += " from \(from)" }
        if let population { text += " where population \(population)" }
        return text
    }
}
