/// The input form a statute was read from.
public enum SourceFormat: String, Codable, Sendable {
    /// An HTML page, such as adilet.zan.kz.
    case html
    /// Akoma Ntoso 3.0 XML.
    case akn
    /// Markdown of the kazakhstan-law/codes corpus.
    case markdown
}

/// Whether the act as a whole is in force, as its page or metadata says.
public enum ActStatus: String, Codable, Sendable {
    /// In force (adilet badges «Новый», «Обновленный», «Действующий»).
    case inForce = "in-force"
    /// No longer in force (adilet badge «Утративший силу», `status_yts`).
    case repealed
    /// Not yet in force.
    case pending
}

/// What identifies one edition of an act in one language.
public struct ActInfo: Hashable, Sendable, Codable {
    /// The adilet document id: `Z010000148_`, `K2500000171`.
    public var id: String
    /// The act's title in this language.
    public var title: String
    /// The language of this text.
    public var lang: Language
    /// The edition date (the date of the text's version), when known.
    public var edition: LegalDate?
    /// The input form.
    public var format: SourceFormat
    /// The status of the act as a whole, when the source says.
    public var status: ActStatus?
    /// The ЭКБ (zan.gov.kz) act code, when known: `7966`.
    public var ekbCode: String?
    /// Whether the text is only part of the act (an excerpt or one part file).
    public var isPartial: Bool
    /// When the act as a whole applies, when a source says (``ActLife``).
    public var life: ActLife?

    /// Creates act information.
    public init(
        id: String, title: String, lang: Language, edition: LegalDate?, format: SourceFormat,
        status: ActStatus? = nil, ekbCode: String? = nil, isPartial: Bool = false, life: ActLife? = nil
    ) {
        self.id = id
        self.title = title
        self.lang = lang
        self.edition = edition
        self.format = format
        self.status = status
        self.ekbCode = ekbCode
        self.isPartial = isPartial
        self.life = life
    }

    enum CodingKeys: String, CodingKey {
        case id, title, lang, edition, format, status, life
        case ekbCode = "ekb_code"
        case isPartial = "partial"
    }

    /// The act as list heads name it: `Z010000148_ (rus, edition 2026-07-12) О местном …`, with
    /// `excerpt` for a partial text.
    public var summary: String {
        "\(id) (\(lang.rawValue), edition \(edition?.description ?? "unknown"))\(isPartial ? " excerpt" : "") \(title)"
    }

    /// Whether the act applies on `date`, by its ``life`` (an act whose life is unknown applies).
    public func validity(on date: LegalDate) -> ActValidity {
        life?.validity(on: date, edition: edition) ?? .inForce
    }
}

/// One edition of an act in one language, as a provision tree.
public struct Statute: Hashable, Sendable, Codable {
    /// Identification of the act and edition.
    public var act: ActInfo
    /// Footnotes about the act as a whole (title, «По всему тексту …»).
    public var footnotes: [Footnote]
    /// The top-level nodes.
    public var provisions: [Provision]
    /// Text after the last provision that is not law: the signature block.
    public var conclusions: String?

    /// Creates a statute.
    public init(act: ActInfo, footnotes: [Footnote] = [], provisions: [Provision], conclusions: String? = nil) {
        self.act = act
        self.footnotes = footnotes
        self.provisions = provisions
        self.conclusions = conclusions
    }

    /// The full address of a node: `Z010000148_/rus/art_35__para_1__point_4-1`.
    public func address(of provision: Provision) -> String {
        ProvisionAddress(act: act.id, lang: act.lang, eid: provision.eid).description
    }

    /// Calls `body` for every node, depth first, with its ancestors.
    public func walk(_ body: (Provision, [Provision]) throws -> Void) rethrows {
        for provision in provisions { try provision.walk(body) }
    }

    /// Every node, depth first.
    public var allProvisions: [Provision] {
        var result: [Provision] = []
        walk { node, _ in result.append(node) }
        return result
    }

    /// The node with eId `eid`, if any.
    public func provision(eid: String) -> Provision? {
        var found: Provision?
        walk { node, _ in if found == nil, node.eid == eid { found = node } }
        return found
    }
}
