/// An act as the index holds it: its texts, one per language and edition (the home page, the act
/// page).
public struct IndexedAct: Sendable {
    /// One text of the act: a language and an edition.
    public struct Text: Sendable {
        public var lang: Language
        /// The edition date, when known.
        public var edition: String?
        /// The act's title in this language.
        public var title: String
        /// Whether it is the newest indexed edition in its language.
        public var isNewest: Bool
        /// Whether the text holds only some articles.
        public var isPartial: Bool

        public init(lang: Language, edition: String?, title: String, isNewest: Bool, isPartial: Bool) {
            self.lang = lang
            self.edition = edition
            self.title = title
            self.isNewest = isNewest
            self.isPartial = isPartial
        }
    }

    /// The adilet id.
    public var id: String
    /// Its texts, by language, oldest edition first.
    public var texts: [Text]
    /// When the act applies, as its texts, `meta.yaml` and the catalog say.
    public var life: ActLife?

    public init(id: String, texts: [Text], life: ActLife? = nil) {
        self.id = id
        self.texts = texts
        self.life = life
    }

    /// The title in `lang`, else in Russian, else any.
    public func title(in lang: Language) -> String {
        (texts.last { $0.lang == lang } ?? texts.last { $0.lang == .rus } ?? texts.last)?.title ?? id
    }
}

/// The contents of one text of an act: its provisions down to a depth, in document order.
public struct TableOfContents: Sendable {
    /// One line of the contents.
    public struct Entry: Sendable {
        public var address: ProvisionAddress
        /// `chapter`, `article`, `paragraph` …
        public var kind: String
        /// Its number and heading, or the start of its text.
        public var label: String
        /// How deep it stands (0 at the top).
        public var depth: Int
        public var status: String

        public init(address: ProvisionAddress, kind: String, label: String, depth: Int, status: String) {
            self.address = address
            self.kind = kind
            self.label = label
            self.depth = depth
            self.status = status
        }
    }

    /// The text: act, language, edition.
    public var act: String
    public var lang: Language
    public var edition: String?
    public var entries: [Entry]

    public init(act: String, lang: Language, edition: String?, entries: [Entry]) {
        self.act = act
        self.lang = lang
        self.edition = edition
        self.entries = entries
    }
}

/// A provision in one indexed edition of its act: the provision page lists them and compares
/// each with the one before.
public struct ProvisionEdition: Sendable {
    /// The edition date, when known.
    public var edition: String?
    /// The provision's status in that edition; nil when the edition does not hold it.
    public var status: String?
    /// Its text in that edition (empty when it does not hold it).
    public var text: String
    /// Whether the edition's text is an excerpt (a provision missing from it may exist).
    public var isPartial: Bool

    public init(edition: String?, status: String?, text: String, isPartial: Bool) {
        self.edition = edition
        self.status = status
        self.text = text
        self.isPartial = isPartial
    }
}

/// How many matches of a search fall under each value of one property (the search page's
/// facets): by act, language, status, actor, flag kind, modality.
public struct SearchFacet: Sendable, Equatable {
    /// The property: `act`, `lang`, `status`, `actor`, `flag`, `modality`.
    public var name: String
    /// Its values with their counts, most first.
    public var values: [Value]

    public struct Value: Sendable, Equatable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    public init(name: String, values: [Value]) {
        self.name = name
        self.values = values
    }
}
