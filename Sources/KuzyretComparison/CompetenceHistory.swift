import KuzyretCompetence
import KuzyretCore

/// How an actor's competence list changed over time (`kuzyret history`, the actor page's chart;
/// DESIGN.md §10): the list's size on every date something changed, and what changed between
/// consecutive dates, tied to the amending laws of that window.
public struct CompetenceHistory: Sendable {
    /// The list as of one date.
    public struct Entry: Sendable {
        /// The date.
        public var date: LegalDate
        /// Why the date is in the history: `edition 2022-03-02 of Z010000148_`, `K2500000171 in
        /// force`, `Z070000319_/rus/art_6__para_5 repealed (Law of 27.12.2019 No. 291-VI)`.
        public var reasons: [String]
        /// The competences in force then, per act, in act order.
        public var counts: [(act: String, competences: Int)]
        /// The editions that answered, and the acts left out.
        public var scope: DatedScope

        /// The competences in all.
        public var total: Int { counts.reduce(0) { $0 + $1.competences } }

        /// Creates an entry.
        public init(date: LegalDate, reasons: [String], counts: [(act: String, competences: Int)], scope: DatedScope) {
            self.date = date
            self.reasons = reasons
            self.counts = counts
            self.scope = scope
        }
    }

    /// What changed in one act between two consecutive entries.
    public struct Step: Sendable {
        /// The earlier entry's date.
        public var from: LegalDate
        /// The later entry's date.
        public var to: LegalDate
        /// The act.
        public var act: String
        /// How it changed: between two editions, the comparison `kuzyret diff` makes of them;
        /// within one edition, or as the act came into force or lost it, the two lists compared.
        public var report: ComparisonReport
        /// The amending laws dated (or in force) in the window, on the provisions compared.
        public var laws: [AmendmentEvent]

        /// Creates a step.
        public init(from: LegalDate, to: LegalDate, act: String, report: ComparisonReport, laws: [AmendmentEvent]) {
            self.from = from
            self.to = to
            self.act = act
            self.report = report
            self.laws = laws
        }

        /// Whether anything changed: a competence or flag added, dropped or changed, or a pending one.
        public var isChange: Bool {
            !report.added.isEmpty || !report.dropped.isEmpty || !report.changed.isEmpty || !report.flagsAdded.isEmpty
                || !report.flagsRemoved.isEmpty || !report.pending.isEmpty
        }
    }

    /// The actor or group.
    public var actor: ActorSelection
    /// The language read.
    public var lang: Language
    /// Only this act, when asked.
    public var act: String?
    /// The window asked for, when asked.
    public var from: LegalDate?
    public var to: LegalDate?
    /// The entries, oldest first.
    public var entries: [Entry]
    /// The steps, in date order, then act order.
    public var steps: [Step]

    /// Creates a history.
    public init(
        actor: ActorSelection, lang: Language, act: String?, from: LegalDate?, to: LegalDate?, entries: [Entry], steps: [Step]
    ) {
        self.actor = actor
        self.lang = lang
        self.act = act
        self.from = from
        self.to = to
        self.entries = entries
        self.steps = steps
    }

    /// The amending laws of all steps, each once, by date.
    public var laws: [AmendmentEvent] {
        var seen = Set<String>()
        return steps.flatMap(\.laws).filter { seen.insert("\($0.lawDate)|\($0.lawKey)").inserted }.sorted {
            ($0.effectiveFrom, $0.lawKey) < ($1.effectiveFrom, $1.lawKey)
        }
    }
}
