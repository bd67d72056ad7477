import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// The provision at `text` (e.g. `Z010000148_/rus/art_35__para_2`) in the newest indexed
    /// edition, or nil if the index has none; an address that is not one is a ``QueryError``.
    public func provision(_ text: String) throws -> ProvisionView? {
        guard let address = ProvisionAddress(text) else {
            throw QueryError(description: "an address is ACT/LANG/EID, e.g. Z010000148_/rus/art_35__para_2")
        }
        return try provision(address)
    }

    /// The provision at `address` in the newest indexed edition (or in the edition in force on
    /// `edition` when given), or nil if the index has none; with the amending laws the notes of
    /// every edition record on it and on the provisions above it, and the act's life.
    public func provision(_ address: ProvisionAddress, edition: LegalDate? = nil) throws -> ProvisionView? {
        try queue.read { db -> ProvisionView? in
            guard let text = try Self.text(of: address.act, lang: address.lang, edition: edition, in: db),
                let row = try ProvisionRecord.provision(address.eid.description, inText: text.id).fetchOne(db)
            else { return nil }
            var parents: [ProvisionView.Parent] = []
            var parent = row.parent
            while let eid = parent, let above = try ProvisionRecord.provision(eid, inText: text.id).fetchOne(db) {
                parents.insert(ProvisionView.Parent(address: address.with(eid: EId(eid)), label: above.label), at: 0)
                parent = above.parent
            }
            // The same provision in every language, in the edition in force on the same date (the
            // newest on or before it; none when the language has no edition that early): the asked
            // language first, then the others by code.
            var texts: [ProvisionView.Text] = []
            for lang in [address.lang] + Language.allCases.filter({ $0 != address.lang }).sorted(by: { $0.rawValue < $1.rawValue }) {
                let other =
                    lang == address.lang
                    ? text : try Self.text(inForceOn: text.edition.flatMap(LegalDate.init), of: address.act, lang: lang, in: db)
                guard let other, let same = try ProvisionRecord.provision(address.eid.description, inText: other.id).fetchOne(db),
                    let sameAddress = ProvisionAddress(same.address)
                else { continue }
                texts.append(
                    ProvisionView.Text(
                        address: sameAddress, edition: other.edition, status: same.status, heading: same.heading, text: same.text))
            }
            let competenceRows = try CompetenceRecord.of(address: row.address, inText: text.id).fetchAll(db)
            let competences = competenceRows.map { ProvisionView.Grant(actor: $0.actor, modality: $0.modality) }
            var conditions: [String] = []
            for json in competenceRows.map(\.json) {
                guard let competence = try? JSONDecoder().decode(Competence.self, from: Data(json.utf8)) else { continue }
                for condition in competence.conditions.map(\.summary) where !conditions.contains(condition) { conditions.append(condition) }
            }
            var flags: [ProvisionView.Flag] = []
            for flag in try FlagRecord.of(address: row.address, inText: text.id).fetchAll(db)
            where !flags.contains(where: { $0.kind == flag.kind && $0.span == flag.span }) {
                flags.append(
                    ProvisionView.Flag(
                        kind: flag.kind, openEnded: flag.openEnded, span: flag.span, explanation: flag.explanation,
                        charter: flag.charter.split(separator: ",").map(String.init)))
            }
            let cites = try ReferenceRecord.from(address: row.address, inText: text.id).fetchAll(db).map(Self.reference)
            var view = ProvisionView(
                address: address, parents: parents, texts: texts, competences: competences, flags: flags, cites: cites,
                citedBy: try Self.citations(of: address.article, in: db))
            view.conditions = conditions
            view.actTitle = text.title
            view.label = row.label
            // The laws its notes, and those of the provisions above it, record in any edition of
            // the act in this language (a placeholder's note is gone once its text is in force).
            let lineage = [address.eid.description] + parents.map { $0.address.eid.description }
            var seen = Set<String>()
            for event in try AmendmentRecord.on(lineage, act: address.act, lang: address.lang).fetchAll(db).compactMap(\.event) {
                if seen.insert("\(event.eid)|\(event.lawDate)|\(event.lawKey)|\(event.effect.rawValue)").inserted {
                    view.amendments.append(event)
                }
            }
            view.amendments.sort { ($0.lawDate, $0.lawKey, $0.eid) < ($1.lawDate, $1.lawKey, $1.eid) }
            view.actLife = try acts(in: db).first { $0.id == address.act }?.life
            view.asOf = edition
            return view
        }
    }

    /// The text row of `act` in `lang`: the newest edition, or the newest on or before `edition`
    /// (the oldest when none is).
    static func text(of act: String, lang: Language, edition: LegalDate?, in db: Database) throws -> ActRecord? {
        guard let edition else { return try ActRecord.newest(act: act, lang: lang).fetchOne(db) }
        let texts = try ActRecord.texts(of: act, lang: lang).fetchAll(db)
        return texts.last { ($0.edition ?? "") <= edition.description } ?? texts.first
    }

    /// The text of `act` in `lang` in force on `date`: the newest edition on or before it, nil
    /// when there is none; the newest edition when `date` is nil.
    static func text(inForceOn date: LegalDate?, of act: String, lang: Language, in db: Database) throws -> ActRecord? {
        guard let date else { return try ActRecord.newest(act: act, lang: lang).fetchOne(db) }
        return try ActRecord.texts(of: act, lang: lang).fetchAll(db).last { ($0.edition ?? "") <= date.description }
    }

    /// What cites the article `article`, or anything in it («пунктом 1 настоящей статьи»,
    /// «статьей 35 Закона …»), from the newest edition of every act. One query with a prefix
    /// match: the citations are many and the prefix is indexed.
    static func citations(of article: ProvisionAddress, in db: Database) throws -> [ProvisionView.Reference] {
        let target = article.description
        return try ReferenceRecord.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT r.from_address, r.target_act, r.target_address, r.span FROM reference r JOIN act a ON a.id = r.act_id
                    WHERE (r.target_address = ? OR r.target_address LIKE ? ESCAPE '\\') AND \(IndexSchema.newestEdition) ORDER BY r.from_address
                    """),
            arguments: [target, target.replacingOccurrences(of: "_", with: "\\_") + "\\_\\_%"]
        ).map(reference)
    }

    static func reference(_ record: ReferenceRecord) -> ProvisionView.Reference {
        ProvisionView.Reference(from: record.fromAddress, targetAct: record.targetAct, target: record.targetAddress, span: record.span)
    }
}
