/// A place in a text that names a public actor.
public struct ActorMention: Hashable, Sendable {
    /// What the mention's head word names.
    public enum Head: String, Hashable, Sendable {
        /// An akim (аким, әкім, akim).
        case akim
        /// An akimat (акимат, әкімдік, akimat).
        case akimat
        /// An akim's office (аппарат акима, әкім аппараты, akim's office).
        case office
        /// An official of an akim's office («должностное лицо аппарата акима», «әкімі аппаратының
        /// лауазымды адамы», "official of the akim's office").
        case official
        /// A maslikhat.
        case maslikhat
        /// A meeting or gathering of the local community.
        case community
        /// A local executive body («местный исполнительный орган района», «жергілікті атқарушы
        /// орган»): the akimat of its unit.
        case executiveBody
        /// The bodies of local self-government («органы местного самоуправления»).
        case selfGovernment
    }

    /// The part the actor plays in its clause.
    public enum Role: String, Hashable, Sendable {
        /// The one who acts: the grammatical subject, or the agent of a passive verb.
        case subject
        /// The one whose competence the clause defines («к компетенции акима относится»).
        case holder
        /// A superior akim or akimat («вышестоящий аким», «жоғары тұрған әкім»).
        case superior
        /// Any other part: an object, a counterpart («по согласованию с акимом района»).
        case other
    }

    /// The head.
    public var head: Head
    /// The units its title names, e.g. village and rural district; empty for a bare «аким».
    public var units: Set<AdministrativeUnit>
    /// The role in the clause.
    public var role: Role
    /// The word indices (in ``ClauseWords``) the mention covers.
    public var words: Range<Int>
    /// The clause it stands in.
    public var clause: Int
    /// Whether it is the agent of a passive verb («избираются маслихатом», «әкім тарапынан»,
    /// «by the akim») rather than a grammatical subject.
    public var isAgent = false

    /// The actors the mention names: one for «аким села», several for «акимы района, поселка,
    /// села» (district akim and aul akim); empty for a bare «аким» (the context decides) and for
    /// a superior. A mention binds the rural tier when its list names any rural unit.
    public var actors: [PublicActor] {
        if role == .superior { return [] }
        let aul = units.intersection(AdministrativeUnit.aulLevel)
        var result: [PublicActor] = []
        switch head {
        case .akim, .office:
            if !aul.isEmpty { result.append(head == .office ? .aulAkimOffice : .aulAkim) }
            if head == .office && aul.isEmpty && !units.isEmpty { return [.akimOffice] }
            if head == .office { return result }
            if units.contains(.districtInCity) && aul.isEmpty { result.append(.cityDistrictAkim) }
            if units.contains(.district) { result.append(.districtAkim) }
            if units.contains(.cityOfRegionalSignificance) && !units.contains(.district) { result.append(.cityAkim) }
            if units.contains(.oblast) { result.append(.oblastAkim) }
            if !units.isDisjoint(with: [.cityOfRepublicanSignificance, .capital]) { result.append(.republicanCityAkim) }
        case .official:
            // Officials of other offices are not an actor of the lexicon.
            if !aul.isEmpty { result.append(.aulAkimOfficial) }
        case .akimat, .executiveBody:
            // «местные исполнительные органы … поселка, села, сельского округа»: the rural tier's
            // own executive bodies; a district in a city listed with them belongs to that tier.
            if head == .executiveBody && !aul.isEmpty { result.append(.aulExecutiveBody) }
            if units.contains(.district) || (units.contains(.districtInCity) && (aul.isEmpty || head == .akimat)) {
                result.append(.districtAkimat)
            }
            if units.contains(.cityOfRegionalSignificance) && !units.contains(.district) { result.append(.cityAkimat) }
            if units.contains(.oblast) { result.append(.oblastAkimat) }
            if !units.isDisjoint(with: [.cityOfRepublicanSignificance, .capital]) { result.append(.republicanCityAkimat) }
        case .maslikhat:
            result.append(.maslikhat)
        case .community:
            result.append(.localCommunityMeeting)
        case .selfGovernment:
            result.append(.localSelfGovernment)
        }
        return result
    }

    /// Whether it is an akim or office named without units: «Аким», «әкім аппараты».
    public var isBare: Bool { units.isEmpty && (head == .akim || head == .office) && role != .superior }

    /// The index of the head word: the first word of the mention whose form tells its case.
    func headIndex(in words: ClauseWords, grammar: ActorGrammar) -> Int {
        for index in self.words
        where grammar.nominative.matchesWord(words.words[index].folded)
            || grammar.agentive.matchesWord(words.words[index].folded)
        {
            return index
        }
        return self.words.lowerBound
    }

    /// Whether the actor acts or holds the competence in its clause.
    public var isActing: Bool { role == .subject || role == .holder }
}
