/// A public body or official that statutes give competences to (DESIGN.md §6).
///
/// Raw values are the command-line and JSON names (`--actor aul-akim`).
public enum PublicActor: String, Codable, Sendable, CaseIterable, Comparable {
    /// The akim of a city of district significance, village, settlement or rural district (and,
    /// in art. 35 of Law 148-II since 2022, of a district in a city): the «аул akim».
    case aulAkim = "aul-akim"
    /// The office (аппарат) of an aul akim: drafts and executes the fourth-level budget.
    case aulAkimOffice = "aul-akim-office"
    /// An official of the aul akim's office: «должностные лица аппаратов акимов … поселков, сел,
    /// сельских округов», who perform notarial acts where there is no notary.
    case aulAkimOfficial = "aul-akim-official"
    /// The local executive bodies of villages, settlements and rural districts («местные
    /// исполнительные органы … поселка, села, сельского округа»).
    case aulExecutiveBody = "aul-executive-body"
    /// The akim of a district in a city («аким района в городе») when named alone.
    case cityDistrictAkim = "city-district-akim"
    /// The akim of a district («аким района (города областного значения)»).
    case districtAkim = "district-akim"
    /// The akimat of a district: the district's collegial executive body.
    case districtAkimat = "district-akimat"
    /// The akim of a city of regional significance, named without the district.
    case cityAkim = "city-akim"
    /// The akimat of a city of regional significance, named without the district.
    case cityAkimat = "city-akimat"
    /// The akim of an oblast.
    case oblastAkim = "oblast-akim"
    /// The akimat of an oblast.
    case oblastAkimat = "oblast-akimat"
    /// The akim of a city of republican significance or of the capital.
    case republicanCityAkim = "republican-city-akim"
    /// The akimat of a city of republican significance or of the capital.
    case republicanCityAkimat = "republican-city-akimat"
    /// The office of an akim other than an aul akim.
    case akimOffice = "akim-office"
    /// A maslikhat (local representative body) of any level.
    case maslikhat
    /// The meeting (собрание) or gathering (сход) of a local community: the residents.
    case localCommunityMeeting = "local-community-meeting"
    /// The bodies of local self-government as a whole («органы местного самоуправления»,
    /// «жергілікті өзін-өзі басқару органдары»).
    case localSelfGovernment = "local-self-government"

    /// Orders actors as declared.
    public static func < (lhs: PublicActor, rhs: PublicActor) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A short English label for lists: "aul akim".
    public var label: String {
        switch self {
        case .aulAkim: "akim of a city of district significance, village, settlement, rural district"
        case .aulAkimOffice: "office of the akim of a city of district significance, village, settlement, rural district"
        case .aulAkimOfficial: "official of the office of the akim of a city of district significance, village, settlement, rural district"
        case .aulExecutiveBody: "local executive body of a city of district significance, village, settlement, rural district"
        case .cityDistrictAkim: "akim of a district in a city"
        case .districtAkim: "district akim"
        case .districtAkimat: "district akimat"
        case .cityAkim: "akim of a city of regional significance"
        case .cityAkimat: "akimat of a city of regional significance"
        case .oblastAkim: "oblast akim"
        case .oblastAkimat: "oblast akimat"
        case .republicanCityAkim: "akim of a city of republican significance or the capital"
        case .republicanCityAkimat: "akimat of a city of republican significance or the capital"
        case .akimOffice: "akim's office"
        case .maslikhat: "maslikhat"
        case .localCommunityMeeting: "meeting of the local community"
        case .localSelfGovernment: "bodies of local self-government"
        }
    }

    /// The members of the rural tier: the aul akim, the office, its officials and the local
    /// executive bodies of villages, settlements and rural districts (DESIGN.md §6).
    public static let ruralTier: [PublicActor] = [.aulAkim, .aulAkimOffice, .aulAkimOfficial, .aulExecutiveBody]

    /// Whether the actor is a member of the rural tier.
    public var isRuralTier: Bool { Self.ruralTier.contains(self) }

    /// Whether the actor is a body above the aul akim, whose approval or instructions make the
    /// aul akim dependent (DESIGN.md §7).
    public var isSuperiorToAulAkim: Bool {
        switch self {
        case .aulAkim, .aulAkimOffice, .aulAkimOfficial, .aulExecutiveBody, .localCommunityMeeting, .localSelfGovernment, .cityDistrictAkim:
            false
        default: true
        }
    }
}

/// A kind of administrative-territorial unit that an akim's title names.
public enum AdministrativeUnit: String, Codable, Sendable, CaseIterable, Comparable {
    /// District in a city («район в городе», «қаладағы аудан»).
    case districtInCity = "district-in-city"
    /// City of district significance («город районного значения», «аудандық маңызы бар қала»).
    case cityOfDistrictSignificance = "city-of-district-significance"
    /// Settlement («поселок», «кент»).
    case settlement
    /// Village («село», «аул», «ауыл»).
    case village
    /// Rural district («сельский округ», «аульный (сельский) округ», «ауылдық округ»).
    case ruralDistrict = "rural-district"
    /// District («район», «аудан»).
    case district
    /// City of regional significance («город областного значения»).
    case cityOfRegionalSignificance = "city-of-regional-significance"
    /// Oblast («область», «облыс»).
    case oblast
    /// City of republican significance («город республиканского значения»).
    case cityOfRepublicanSignificance = "city-of-republican-significance"
    /// The capital («столица», «астана»).
    case capital

    /// Orders units as declared.
    public static func < (lhs: AdministrativeUnit, rhs: AdministrativeUnit) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The units an aul akim heads: a mention naming only some of them is a subset.
    public static let aulLevel: Set<AdministrativeUnit> = [.cityOfDistrictSignificance, .settlement, .village, .ruralDistrict]
}
