import Foundation

/// One act Kuzyret knows: its identifiers, titles and official addresses.
public struct CatalogEntry: Hashable, Sendable, Codable {
    /// The adilet document id: `Z010000148_`.
    public var id: String
    /// The ЭКБ / zan.gov.kz act code: `7966`.
    public var ekb: String?
    /// `law`, `code`, `order`, `sample` …
    public var kind: String
    /// The act's number as cited: `148-II`.
    public var number: String?
    /// The date the act was adopted.
    public var date: LegalDate?
    /// The titles by language code (`rus`, `kaz`, `eng`).
    public var titles: [String: String]
    /// Official addresses by name (`adilet-rus`, `ekb` …).
    public var addresses: [String: String]
    /// Whether the adilet id was checked against the portal; `false` for assumed ids.
    public var verified: Bool?
    /// Short names and forms used in citations, to resolve external references («Бюджетный
    /// кодекс», «О ветеринарии»).
    public var citedAs: [String]?
    /// The first day the act applies, when entered.
    public var inForceFrom: LegalDate?
    /// The first day the act no longer applies, when entered.
    public var lostForceOn: LegalDate?
    /// The adilet id of the act that replaced it.
    public var replacedBy: String?

    /// The act's life as the catalog gives it, or `nil` when it gives none.
    public var life: ActLife? {
        let life = ActLife(inForceFrom: inForceFrom, lostForceOn: lostForceOn, replacedBy: replacedBy)
        return life.isEmpty ? nil : life
    }

    /// The title in `lang`, else in Russian, else any.
    public func title(in lang: Language) -> String? {
        titles[lang.rawValue] ?? titles["rus"] ?? titles.values.sorted().first
    }

    enum CodingKeys: String, CodingKey {
        case id, ekb, kind, number, date, titles, addresses, verified
        case citedAs = "cited_as"
        case inForceFrom = "in_force_from"
        case lostForceOn = "lost_force_on"
        case replacedBy = "replaced_by"
    }
}

/// The acts Kuzyret knows (`Statutes/catalog.json`).
public struct ActCatalog: Sendable {
    /// The entries in file order.
    public let entries: [CatalogEntry]
    private let byID: [String: CatalogEntry]
    private let byEKB: [String: CatalogEntry]

    /// A catalog of `entries`.
    public init(entries: [CatalogEntry]) {
        self.entries = entries
        byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byEKB = Dictionary(entries.compactMap { entry in entry.ekb.map { ($0, entry) } }, uniquingKeysWith: { first, _ in first })
    }

    /// An empty catalog.
    public static let empty = ActCatalog(entries: [])

    /// Reads a catalog file: `{"acts": [ … ]}`.
    public static func load(from url: URL) throws -> ActCatalog {
        struct File: Codable { var acts: [CatalogEntry] }
        let data = try Data(contentsOf: url)
        return ActCatalog(entries: try JSONDecoder().decode(File.self, from: data).acts)
    }

    /// The entry with adilet id `id`.
    public func entry(id: String) -> CatalogEntry? { byID[id] }

    /// The entry with ЭКБ act code `code`.
    public func entry(ekbCode code: String) -> CatalogEntry? { byEKB[code] }
}
