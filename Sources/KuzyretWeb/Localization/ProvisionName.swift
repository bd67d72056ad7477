import KuzyretCore

/// A provision's name for a reader, read from its eId in the interface's language: «ст. 35, п. 1,
/// пп. 21)», «35-бап, 1-тармақ, 21) тармақша», "art. 35, para. 1, subpara. 21)". A part Kuzyret
/// has no word for keeps its eId form.
enum ProvisionName {
    /// The name of `eid`.
    static func of(_ eid: EId, ui: InterfaceLanguage) -> String {
        eid.components.map { part(String($0), ui: ui) }.joined(separator: ", ")
    }

    /// One eId component (`art_35`, `point_4-1`, `preamble`) named.
    static func part(_ component: String, ui: InterfaceLanguage) -> String {
        let pieces = component.split(separator: "_", maxSplits: 1).map(String.init)
        let kind = pieces[0]
        let number = pieces.count == 2 ? pieces[1] : ""
        guard let words = Self.words[kind] else { return component }
        let (rus, kaz, eng) = words
        switch ui {
        case .rus: return number.isEmpty ? rus : kind == "point" ? "\(rus) \(number))" : "\(rus) \(number)"
        case .kaz: return number.isEmpty ? kaz : kind == "point" ? "\(number)) \(kaz)" : "\(number)-\(kaz)"
        case .eng: return number.isEmpty ? eng : kind == "point" ? "\(eng) \(number))" : "\(eng) \(number)"
        }
    }

    /// The words for each kind of unit: Russian abbreviation, Kazakh noun, English abbreviation.
    static let words: [String: (String, String, String)] = [
        "sec": ("разд.", "бөлім", "sec."),
        "chp": ("гл.", "тарау", "ch."),
        "subchp": ("§", "параграф", "§"),
        "art": ("ст.", "бап", "art."),
        "para": ("п.", "тармақ", "para."),
        "point": ("пп.", "тармақша", "subpara."),
        "al": ("абз.", "абзац", "indent"),
        "att": ("прил.", "қосымша", "annex"),
        "preamble": ("преамбула", "кіріспе", "preamble"),
    ]
}
