import KuzyretCompetence

/// What the interface calls each actor and group, in its language (the English names are the
/// library's own labels). The statutes' own words for them are in `KuzyretCompetence`.
enum ActorNames {
    /// The name of `actor` (an actor or a group) in `ui`.
    static func of(_ actor: ActorSelection, ui: InterfaceLanguage) -> String {
        guard ui != .eng, let names = names[actor.name] else { return actor.label }
        return ui == .rus ? names.rus : names.kaz
    }

    /// The name of the actor called `name` (its code), or the code itself when unknown.
    static func of(name: String, ui: InterfaceLanguage) -> String {
        ActorSelection(name: name).map { of($0, ui: ui) } ?? name
    }

    static let names: [String: (rus: String, kaz: String)] = [
        "aul-akim": (
            "аким города районного значения, поселка, села, сельского округа",
            "аудандық маңызы бар қаланың, кенттің, ауылдың, ауылдық округтің әкімі"
        ),
        "aul-akim-office": (
            "аппарат акима города районного значения, поселка, села, сельского округа",
            "аудандық маңызы бар қала, кент, ауыл, ауылдық округ әкімінің аппараты"
        ),
        "aul-akim-official": (
            "должностное лицо аппарата акима поселка, села, сельского округа", "кент, ауыл, ауылдық округ әкімі аппаратының лауазымды адамы"
        ),
        "aul-executive-body": (
            "местный исполнительный орган поселка, села, сельского округа", "кенттің, ауылдың, ауылдық округтің жергілікті атқарушы органы"
        ),
        "city-district-akim": ("аким района в городе", "қаладағы аудан әкімі"),
        "district-akim": ("аким района", "аудан әкімі"),
        "district-akimat": ("акимат района", "аудан әкімдігі"),
        "city-akim": ("аким города областного значения", "облыстық маңызы бар қала әкімі"),
        "city-akimat": ("акимат города областного значения", "облыстық маңызы бар қала әкімдігі"),
        "oblast-akim": ("аким области", "облыс әкімі"),
        "oblast-akimat": ("акимат области", "облыс әкімдігі"),
        "republican-city-akim": ("аким города республиканского значения, столицы", "республикалық маңызы бар қаланың, астананың әкімі"),
        "republican-city-akimat": (
            "акимат города республиканского значения, столицы", "республикалық маңызы бар қаланың, астананың әкімдігі"
        ),
        "akim-office": ("аппарат акима", "әкім аппараты"),
        "maslikhat": ("маслихат", "мәслихат"),
        "local-community-meeting": ("собрание местного сообщества", "жергілікті қоғамдастық жиналысы"),
        "local-self-government": ("органы местного самоуправления", "жергілікті өзін-өзі басқару органдары"),
        "rural-tier": (
            "сельский уровень: акимы городов районного значения, поселков, сел, сельских округов, их аппараты, должностные лица аппаратов и местные исполнительные органы",
            "ауылдық деңгей: аудандық маңызы бар қалалардың, кенттердің, ауылдардың, ауылдық округтердің әкімдері, олардың аппараттары, аппараттардың лауазымды адамдары және жергілікті атқарушы органдар"
        ),
    ]
}
