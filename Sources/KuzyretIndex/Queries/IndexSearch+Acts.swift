import GRDB
import KuzyretCore

extension IndexSearch {
    /// Every indexed act with its texts (language and edition), by id.
    public func acts() throws -> [IndexedAct] {
        if let known = actsRead { return known }
        return try queue.read { db in try acts(in: db) }
    }

    /// ``acts()`` inside a read, remembered for the connection.
    func acts(in db: Database) throws -> [IndexedAct] {
        if let known = actsRead { return known }
        let read = try { () throws -> [IndexedAct] in
            var acts: [IndexedAct] = []
            for record in try ActRecord.texts().fetchAll(db) {
                guard let lang = Language(rawValue: record.lang) else { continue }
                let text = IndexedAct.Text(
                    lang: lang, edition: record.edition, title: record.title, isNewest: record.newest, isPartial: record.partial)
                let life = try record.actInfo().life
                if acts.last?.id == record.act {
                    acts[acts.count - 1].texts.append(text)
                    acts[acts.count - 1].life = life?.filled(from: acts[acts.count - 1].life) ?? acts[acts.count - 1].life
                } else {
                    acts.append(IndexedAct(id: record.act, texts: [text], life: life))
                }
            }
            return acts
        }()
        actsRead = read
        return read
    }

    /// The contents of `act` in `lang` (the newest edition, or the newest on or before
    /// `edition`) down to `depth` levels (2: chapters and articles), or nil if not indexed.
    public func contents(act: String, lang: Language, edition: LegalDate? = nil, depth: Int = 2) throws -> TableOfContents? {
        try queue.read { db in
            guard let text = try Self.text(of: act, lang: lang, edition: edition, in: db) else { return nil }
            var depths: [String: Int] = [:]
            var entries: [TableOfContents.Entry] = []
            for provision in try ProvisionRecord.all(inText: text.id).fetchAll(db) {
                let level = provision.parent.flatMap { depths[$0] }.map { $0 + 1 } ?? 0
                depths[provision.eid] = level
                guard level < depth, let address = ProvisionAddress(provision.address) else { continue }
                entries.append(
                    TableOfContents.Entry(
                        address: address, kind: provision.kind, label: provision.label, depth: level, status: provision.status))
            }
            return TableOfContents(act: act, lang: lang, edition: text.edition, entries: entries)
        }
    }

    /// The provision at `address` in every indexed edition of its act and language, oldest first.
    public func editions(of address: ProvisionAddress) throws -> [ProvisionEdition] {
        try queue.read { db in
            try ActRecord.texts(of: address.act, lang: address.lang).fetchAll(db).map { text in
                let provision = try ProvisionRecord.provision(address.eid.description, inText: text.id).fetchOne(db)
                return ProvisionEdition(
                    edition: text.edition, status: provision?.status, text: provision?.text ?? "", isPartial: text.partial)
            }
        }
    }
}

extension IndexSearch {
    /// The laws that amended `act`, as the notes of its texts in `lang` record them: each law
    /// once, oldest first, with the provisions its notes are on (empty eId: the act as a whole).
    public func amendments(of act: String, lang: Language) throws -> [(event: AmendmentEvent, eids: [String])] {
        try queue.read { db in
            var order: [String] = []
            var found: [String: (event: AmendmentEvent, eids: [String])] = [:]
            for text in try ActRecord.texts(of: act, lang: lang).fetchAll(db) {
                for event in try AmendmentRecord.all(inText: text.id).fetchAll(db).compactMap(\.event) {
                    let key = "\(event.lawDate)|\(event.lawKey)"
                    if found[key] == nil {
                        order.append(key)
                        found[key] = (event, [])
                    }
                    if !found[key]!.eids.contains(event.eid) { found[key]!.eids.append(event.eid) }
                }
            }
            return order.map { found[$0]! }.sorted { ($0.event.lawDate, $0.event.lawKey) < ($1.event.lawDate, $1.event.lawKey) }
        }
    }
}
