import KuzyretCore

/// What an official address says about a text: the zan.gov.kz (ЭКБ) link
/// `https://zan.gov.kz/client/#!/doc/7966/rus/31.08.2025` or an adilet link
/// `https://adilet.zan.kz/kaz/docs/Z010000148_`.
public struct SourceAddress: Hashable, Sendable {
    /// The ЭКБ act code (`7966`).
    public var ekbCode: String?
    /// The adilet document id (`Z010000148_`).
    public var adiletID: String?
    /// The language in the address.
    public var lang: Language?
    /// The edition date at the end of an ЭКБ address.
    public var edition: LegalDate?

    /// Reads an address; unknown parts stay `nil`.
    public init(_ address: String) {
        let parts = address.split(separator: "/").map(String.init)
        if let doc = parts.firstIndex(of: "doc"), doc + 1 < parts.count {
            ekbCode = parts[doc + 1].allSatisfy(\.isNumber) ? parts[doc + 1] : nil
            if doc + 2 < parts.count { lang = Language(rawValue: parts[doc + 2]) }
            if doc + 3 < parts.count { edition = LegalDate(parts[doc + 3]) }
        }
        if let docs = parts.firstIndex(of: "docs"), docs + 1 < parts.count, docs >= 1 {
            lang = Language(rawValue: parts[docs - 1]) ?? lang
            let id = parts[docs + 1].prefix { $0 != "#" && $0 != "?" }
            if Self.isAdiletID(id) { adiletID = String(id) }
        }
    }

    /// Whether `text` looks like an adilet document id: a capital letter and digits, maybe `_`.
    public static func isAdiletID(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, first.isASCII, first.isUppercase, text.count >= 8, text.count <= 14 else { return false }
        return text.dropFirst().allSatisfy { ($0.isASCII && ($0.isNumber || $0.isUppercase)) || $0 == "_" }
    }
}
