import KuzyretCore

/// One duty or power a statute gives to a public actor (DESIGN.md §6).
public struct Competence: Hashable, Sendable, Codable {
    /// The actor.
    public var actor: PublicActor
    /// The units the actor's title names where it was found: all four aul-level units, or a
    /// subset such as settlement, village, rural district («аким поселка, села, сельского округа»).
    public var units: [AdministrativeUnit]
    /// The act id: `Z010000148_`.
    public var act: String
    /// The language of the text.
    public var lang: Language
    /// The edition date of the text, when known.
    public var edition: LegalDate?
    /// The provision's eId: `art_35__para_1__point_21`.
    public var eid: String
    /// The printed number, if any: `21)`.
    public var num: String?
    /// The provision's text, with any unnumbered parts below it.
    public var text: String
    /// Duty, power or prohibition.
    public var modality: Modality
    /// The status in this edition (or as of the date asked for; see ``CompetenceExtractor``).
    public var status: ProvisionStatus
    /// Conditions on the provision and its ancestors (date and population).
    public var conditions: [Condition]
    /// Delegation flags in the provision's text.
    public var flags: [DelegationFlag]
    /// Subject areas.
    public var topics: [Topic]
    /// The eId of the provision that named the actor: the article title, the lead-in, or the
    /// provision itself.
    public var inheritedFrom: String
    /// References the provision's text makes.
    public var references: [CrossReference]
    /// The eId of the definition through which the provision binds the actor, when it names a
    /// defined term that includes the actor («административные источники – …, включая акимов
    /// … сел …»); `nil` when the provision names the actor itself.
    public var via: String?

    /// Where the provision is: act, language, eId.
    public var location: ProvisionAddress { ProvisionAddress(act: act, lang: lang, eid: eid) }

    /// The full address: `Z010000148_/rus/art_35__para_1__point_21`.
    public var address: String { location.description }

    /// The full address of the provision the actor was inherited from.
    public var inheritedFromAddress: String { location.with(eid: EId(inheritedFrom)).description }

    /// The full address of the definition the actor is bound through, if any.
    public var viaAddress: String? { via.map { location.with(eid: EId($0)).description } }

    /// Whether the competence is current: in force (conditions may still limit it).
    public var isCurrent: Bool { status == .inForce }

    /// Whether the title of a rural-tier actor names only some of the aul-level units.
    public var isSubset: Bool {
        actor.isRuralTier && !AdministrativeUnit.aulLevel.isSubset(of: Set(units))
    }
}

/// A delegation flag found on a provision, with the actors it concerns.
public struct ProvisionFlag: Hashable, Sendable, Codable {
    /// The actors whose competence the clause concerns.
    public var actors: [PublicActor]
    /// The act id.
    public var act: String
    /// The language.
    public var lang: Language
    /// The provision's eId.
    public var eid: String
    /// The flag.
    public var flag: DelegationFlag
    /// The provision's status in this edition.
    public var status: ProvisionStatus
    /// Whether the provision is itself a competence (point 2 of art. 35, a residual clause, is not).
    public var isCompetence: Bool

    /// Where the flagged provision is.
    public var location: ProvisionAddress { ProvisionAddress(act: act, lang: lang, eid: eid) }

    /// The full address.
    public var address: String { location.description }
}

/// Everything the competence stage finds in one statute.
public struct StatuteAnalysis: Sendable {
    /// The act and edition.
    public var act: ActInfo
    /// Every competence, in document order (current, repealed and pending).
    public var competences: [Competence]
    /// Every flagged provision, in document order.
    public var flags: [ProvisionFlag]
    /// Every cross-reference, in document order.
    public var references: [CrossReference]

    /// An analysis of `act` (read from a statute by ``CompetenceExtractor``, or back from the index).
    public init(act: ActInfo, competences: [Competence], flags: [ProvisionFlag], references: [CrossReference]) {
        self.act = act
        self.competences = competences
        self.flags = flags
        self.references = references
    }
}
