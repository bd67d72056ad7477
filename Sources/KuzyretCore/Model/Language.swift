/// A language a statute is published in, by its ISO 639-2 code as adilet.zan.kz uses it.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
    /// Russian.
    case rus
    /// Kazakh.
    case kaz
    /// English (official translations).
    case eng

    /// Orders languages as researchers list them: Russian, Kazakh, English.
    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
