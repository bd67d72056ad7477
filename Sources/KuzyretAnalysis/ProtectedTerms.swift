import KuzyretCore

/// Words that stemming must not cut: the names of the actors.
///
/// Russian Snowball cuts «аким» to «ак» (and «акимат» to «акимат», «акима» to «аким»), so a search
/// for «акимом» would miss «аким». Every case form of these words maps to one term; the akim and the
/// akimat stay apart.
public enum ProtectedTerms {
    /// (prefix, the forms after it, term) in the order they are tried.
    static let russian: [(stem: String, endings: Set<String>, term: String)] = [
        ("акимат", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"], "акимат"),
        ("аким", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"], "аким"),
        ("маслихат", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"], "маслихат"),
        ("аул", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"], "аул"),
    ]

    /// The protected term `word` is a form of, if any.
    public static func term(for word: String, lang: Language) -> String? {
        guard lang == .rus else { return nil }
        for (stem, endings, term) in russian where word.hasPrefix(stem) {
            if endings.contains(String(word.dropFirst(stem.count))) { return term }
        }
        return nil
    }
}
