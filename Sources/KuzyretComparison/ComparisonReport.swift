import KuzyretCompetence
import KuzyretCore

/// What ``CompetenceComparison`` found: competences kept, changed, dropped and new, and
/// open-ended flags kept, removed and added, with the counts a report quotes.
public struct ComparisonReport: Sendable {
    /// One competence on both sides.
    public struct Pair: Sendable {
        /// The competence in the old text.
        public var old: Competence
        /// The same competence in the new text.
        public var new: Competence
        /// The word-level diff of the texts (empty across languages).
        public var diff: [WordDiff.Edit]
    }

    /// What the two sides are, for the report's head: `old` and `new` name the act, language
    /// and edition of each side; `scope` says what part was compared (articles, a prefix), if
    /// limited.
    public struct Sides: Sendable {
        public var old: String
        public var new: String
        public var scope: String?
        /// For a comparison with the index: the date it was computed for, the editions used and
        /// the acts left out.
        public var date: DatedScope?

        public init(old: String, new: String, scope: String? = nil, date: DatedScope? = nil) {
            self.old = old
            self.new = new
            self.scope = scope
            self.date = date
        }
    }

    /// The actor (or group of actors) compared.
    public var actor: ActorSelection
    /// The two sides compared.
    public var sides = Sides(old: "", new: "")
    /// Same wording, status and modality.
    public var kept: [Pair] = []
    /// On both sides, with another wording, status or modality.
    public var changed: [Pair] = []
    /// Only on the old side.
    public var dropped: [Competence] = []
    /// Only on the new side.
    public var added: [Competence] = []
    /// Pending placeholders on the old side that nothing on the new side took up: not a duty
    /// dropped, a duty that was still to come.
    public var pending: [Competence] = []
    /// Flags on the actor's provisions, of every kind, on both sides (open-ended ones are marked
    /// by their flag).
    public var flagsKept: [(old: ProvisionFlag, new: ProvisionFlag)] = []
    /// Flags only on the old side (the clause left, or lost its open end).
    public var flagsRemoved: [ProvisionFlag] = []
    /// Flags only on the new side.
    public var flagsAdded: [ProvisionFlag] = []

    /// An empty report for `actor`.
    public init(actor: ActorSelection) {
        self.actor = actor
    }

    /// Competences on the old side.
    public var oldCount: Int { kept.count + changed.count + dropped.count }
    /// Competences on the new side.
    public var newCount: Int { kept.count + changed.count + added.count }

    /// The share of the old side's competences still there, in the same or other words (1 when
    /// the old side has none).
    public var coverage: Double {
        oldCount == 0 ? 1 : Double(kept.count + changed.count) / Double(oldCount)
    }
}
