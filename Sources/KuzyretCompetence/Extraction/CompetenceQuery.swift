import KuzyretCore

/// What a user asks of a set of competences: an actor, a date, a unit's population (DESIGN.md §10).
public struct CompetenceQuery: Sendable {
    /// The actors selected: one actor or a group (the rural tier); `nil` for every actor.
    public var actors: ActorSelection?
    /// The date the list is computed for; `nil` for the edition's own date.
    public var asOf: LegalDate?
    /// The unit's population; `nil` when unknown (population-limited conditions are then shown,
    /// not applied).
    public var population: Int?
    /// Whether repealed and pending competences are listed too.
    public var includeNotCurrent: Bool

    /// A query for one actor.
    public init(actor: PublicActor? = .aulAkim, asOf: LegalDate? = nil, population: Int? = nil, includeNotCurrent: Bool = false) {
        self.init(actors: actor.map(ActorSelection.init), asOf: asOf, population: population, includeNotCurrent: includeNotCurrent)
    }

    /// A query for a selection of actors (``ActorSelection/ruralTier``).
    public init(actors: ActorSelection?, asOf: LegalDate? = nil, population: Int? = nil, includeNotCurrent: Bool = false) {
        self.actors = actors
        self.asOf = asOf
        self.population = population
        self.includeNotCurrent = includeNotCurrent
    }

    /// The status of a provision with `status` in its edition and `conditions`, as of the query's
    /// date for the query's population.
    ///
    /// Conditions apply when they hold for the population and their date has come (on or before
    /// the date, which is `asOf`, else the edition date, else any). The latest applicable one
    /// decides. A provision in force in the text whose «действует с» date has not come yet is
    /// pending; a pending placeholder whose date has come is in force (its text is not in this
    /// edition).
    public func status(_ status: ProvisionStatus, conditions: [Condition], edition: LegalDate?) -> ProvisionStatus {
        let date = asOf ?? edition
        var result = status
        var decidedAt: LegalDate?
        var sawFutureStart = false
        // Undated conditions first, then by date: the latest applicable one decides.
        let ordered = conditions.enumerated().sorted { lhs, rhs in
            switch (lhs.element.from, rhs.element.from) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let left?, let right?): return left < right || (left == right && lhs.offset < rhs.offset)
            }
        }.map(\.element)
        for condition in ordered where condition.applies(toPopulation: population) {
            if let from = condition.from, let date, from > date {
                if condition.effect == .inForce { sawFutureStart = true }
                continue
            }
            decidedAt = condition.from ?? decidedAt
            result = condition.effect == .repealed ? .repealed : .inForce
        }
        if sawFutureStart && result == .inForce && decidedAt == nil { result = .pending }
        return result
    }

    /// The competences the query selects from `competences`, with their status as of the date.
    public func select(_ competences: [Competence]) -> [Competence] {
        competences.compactMap { competence in
            if let actors, !actors.contains(competence.actor) { return nil }
            var result = competence
            result.status = status(competence.status, conditions: competence.conditions, edition: competence.edition)
            if !includeNotCurrent && result.status != .inForce { return nil }
            return result
        }
    }

    /// The flags the query selects: those concerning the actor, on provisions that are current
    /// unless not-current ones are asked for.
    public func select(_ flags: [ProvisionFlag]) -> [ProvisionFlag] {
        flags.filter { flag in
            if let actors, !actors.containsAny(flag.actors) { return false }
            return includeNotCurrent || flag.status == .inForce
        }
    }
}
