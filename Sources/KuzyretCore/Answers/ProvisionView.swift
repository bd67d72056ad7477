/// One provision as `kuzyret show` and the provision page present it: where it stands, its text
/// in every indexed language, what it gives, its flags, what it cites and what cites it. The
/// index (`KuzyretIndex`) makes it; the exports and the web pages render it.
public struct ProvisionView: Sendable {
    /// A provision's text in one language.
    public struct Text: Sendable {
        public var address: ProvisionAddress
        public var edition: String?
        public var status: String
        public var heading: String?
        public var text: String

        /// The text's language.
        public var lang: Language { address.lang }

        public init(address: ProvisionAddress, edition: String?, status: String, heading: String?, text: String) {
            self.address = address
            self.edition = edition
            self.status = status
            self.heading = heading
            self.text = text
        }
    }

    /// A provision above it: its address and its number and heading (or the start of its text).
    public struct Parent: Sendable {
        public var address: ProvisionAddress
        public var label: String

        public init(address: ProvisionAddress, label: String) {
            self.address = address
            self.label = label
        }
    }

    /// A competence the provision gives.
    public struct Grant: Sendable {
        public var actor: String
        public var modality: String

        public init(actor: String, modality: String) {
            self.actor = actor
            self.modality = modality
        }
    }

    /// A flag on the provision.
    public struct Flag: Sendable {
        public var kind: String
        public var openEnded: Bool
        public var span: String
        public var explanation: String
        /// The articles of the European Charter of Local Self-Government it bears on.
        public var charter: [String]

        public init(kind: String, openEnded: Bool, span: String, explanation: String, charter: [String] = []) {
            self.kind = kind
            self.openEnded = openEnded
            self.span = span
            self.explanation = explanation
            self.charter = charter
        }
    }

    /// A reference: the citing address, the cited act and address (if resolved), the words.
    public struct Reference: Sendable {
        public var from: String
        public var targetAct: String?
        public var target: String?
        public var span: String

        public init(from: String, targetAct: String?, target: String?, span: String) {
            self.from = from
            self.targetAct = targetAct
            self.target = target
            self.span = span
        }
    }

    /// Where it is.
    public var address: ProvisionAddress
    /// The provisions above it, outermost first.
    public var parents: [Parent]
    /// Its text in each indexed language, the asked one first.
    public var texts: [Text]
    /// Competences it gives.
    public var competences: [Grant]
    /// The conditions on it (dates and populations from its footnotes and its parents'), as
    /// sentences; known for competences.
    public var conditions: [String] = []
    /// The act's title in the asked text.
    public var actTitle = ""
    /// The provision's own number and heading, or the start of its text.
    public var label = ""
    public var flags: [Flag]
    public var cites: [Reference]
    /// References to its article or to anything in that article.
    public var citedBy: [Reference]
    /// The laws that amended it or the provisions above it, as the notes of the edition shown
    /// record them (each with the eId its note is on), oldest first.
    public var amendments: [AmendmentEvent] = []
    /// When the act applies, when known.
    public var actLife: ActLife?
    /// The date asked, when the edition shown is the one in force on a date.
    public var asOf: LegalDate?

    /// Whether the act is in force on ``asOf`` (else on the shown edition's date), in words:
    /// `in force`, `lost force on 2025-01-01, replaced by K2500000171`.
    public var actValidity: ActValidity? {
        guard let actLife, let date = asOf ?? texts.first?.edition.flatMap({ LegalDate($0) }) else { return nil }
        return actLife.validity(on: date, edition: texts.first?.edition.flatMap { LegalDate($0) })
    }

    public init(
        address: ProvisionAddress, parents: [Parent], texts: [Text], competences: [Grant], flags: [Flag], cites: [Reference],
        citedBy: [Reference]
    ) {
        self.address = address
        self.parents = parents
        self.texts = texts
        self.competences = competences
        self.flags = flags
        self.cites = cites
        self.citedBy = citedBy
    }
}
