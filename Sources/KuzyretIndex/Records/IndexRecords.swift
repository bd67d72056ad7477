import Foundation
import KuzyretAnalysis
import KuzyretCompetence
import KuzyretCore
import KuzyretReading

/// The rows one analysed statute adds to the index, made on a worker thread so that the thread
/// writing the database only binds and inserts (DESIGN.md §9).
struct IndexRecords: Sendable {
    struct ProvisionRow: Sendable {
        var address, eid: String
        var parent: String?
        var kind: String
        var num, heading: String?
        var text, status: String
        /// Heading and text, as searched.
        var searchable: String
        /// The terms of `searchable` as the FTS5 tokenizer makes them, made on the worker
        /// (nil when the records were made without an analyser).
        var terms: [IndexedTerm]?
    }

    struct CompetenceRow: Sendable {
        var address, actor, modality, status, inheritedFrom, topics, json: String
    }

    struct FlagRow: Sendable {
        var address, actors, kind: String
        var openEnded: Bool
        var span, explanation, charter, json: String
    }

    struct ReferenceRow: Sendable {
        var from: String
        var targetAct, targetAddress: String?
        var span: String
    }

    /// The act, language and edition.
    var act: ActInfo
    /// Provisions in document order.
    var provisions: [ProvisionRow] = []
    var competences: [CompetenceRow] = []
    var flags: [FlagRow] = []
    var references: [ReferenceRow] = []
    /// The amending laws the text's notes cite.
    var amendments: [AmendmentEvent] = []

    /// What identifies an act row: excerpts of one (act, language, edition) share it.
    struct ActKey: Hashable, Comparable, Sendable {
        var act: String
        var lang: Language
        var edition: String?

        static func < (lhs: ActKey, rhs: ActKey) -> Bool {
            (lhs.act, lhs.lang.rawValue, lhs.edition ?? "") < (rhs.act, rhs.lang.rawValue, rhs.edition ?? "")
        }
    }

    /// The key of the act row these records belong to.
    var key: ActKey { ActKey(act: act.id, lang: act.lang, edition: act.edition?.description) }

    /// An encoder writing JSON as the index stores it (sorted keys). Not shared across threads.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// `value` as the index stores it.
    static func json(_ value: some Encodable, encoder: JSONEncoder = encoder()) -> String {
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The terms FTS5 indexes for a provision (``searchable(heading:text:)``), with their byte
    /// offsets: the words `words` cut from the heading and the text, analysed by `analyser` as
    /// the tokenizer would analyse the joined text.
    static func terms(heading: String?, text: String, lang: Language, words: WordMemo, analyser: TextAnalyzer) -> [IndexedTerm] {
        var result: [IndexedTerm] = []
        var offset = 0
        for part in [heading ?? "", text] where !part.isEmpty {
            for token in words.tokens(of: part) where token.isWord {
                result.append(IndexedTerm(analyser.term(token.folded, lang: lang), at: token.range, in: part, offset: offset))
            }
            offset += part.utf8.count + 1
        }
        return result
    }

    /// What FTS5 indexes of a provision: its heading and text.
    static func searchable(heading: String?, text: String) -> String {
        [heading ?? "", text].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The records of `statute` and its `analysis`. With an `analyser`, each provision's search
    /// terms are made here from the words the analysis cut (`words`), so that the writing thread's
    /// tokenizer does not analyse the text again.
    init(statute: Statute, analysis: StatuteAnalysis, words: WordMemo = WordMemo(), analyser: TextAnalyzer? = nil) {
        act = statute.act
        let prefix = "\(act.id)/\(act.lang.rawValue)/"
        let lang = act.lang
        var rows: [ProvisionRow] = []
        statute.walk { node, ancestors in
            let searchable = Self.searchable(heading: node.heading, text: node.text)
            rows.append(
                ProvisionRow(
                    address: prefix + node.eid, eid: node.eid, parent: ancestors.last?.eid, kind: node.kind.rawValue, num: node.num,
                    heading: node.heading, text: node.text, status: node.status.rawValue, searchable: searchable,
                    terms: analyser.map { Self.terms(heading: node.heading, text: node.text, lang: lang, words: words, analyser: $0) }))
        }
        provisions = rows
        amendments = AmendmentReader.events(in: statute)
        // Written by the row encoder, not JSONEncoder (RowJSON): the same JSON, a pass over the value.
        func json(_ value: some Encodable) -> String { (try? RowJSON.string(value)) ?? Self.json(value) }
        competences = analysis.competences.map { competence in
            CompetenceRow(
                address: competence.address, actor: competence.actor.rawValue, modality: competence.modality.rawValue,
                status: competence.status.rawValue, inheritedFrom: competence.inheritedFromAddress,
                topics: competence.topics.map(\.rawValue).joined(separator: ","), json: json(competence))
        }
        flags = analysis.flags.map { flag in
            FlagRow(
                address: flag.address, actors: flag.actors.map(\.rawValue).joined(separator: ","), kind: flag.flag.kind.rawValue,
                openEnded: flag.flag.openEnded, span: flag.flag.span, explanation: flag.flag.explanation,
                charter: flag.flag.charter.joined(separator: ","), json: json(flag))
        }
        for reference in analysis.references {
            let targetAct = reference.targetAct ?? (reference.scope == .internal ? act.id : nil)
            let targets = reference.targetEids.isEmpty ? [nil] : reference.targetEids.map { Optional($0) }
            for eid in targets {
                let address = eid.flatMap { eid in targetAct.map { ProvisionAddress(act: $0, lang: act.lang, eid: eid).description } }
                references.append(ReferenceRow(from: reference.from, targetAct: targetAct, targetAddress: address, span: reference.span))
            }
        }
    }
}

/// One term of a provision's searchable text, analysed, with the byte range of its word.
struct IndexedTerm: Sendable {
    var term: String
    var start: CInt
    var end: CInt

    /// `term`, of the word at `range` in `text`, with the word's byte range in a text that holds
    /// `text` from byte `offset` on.
    init(_ term: String, at range: Range<String.Index>, in text: String, offset: Int) {
        self.term = term
        start = CInt(offset + text.utf8.distance(from: text.startIndex, to: range.lowerBound))
        end = CInt(offset + text.utf8.distance(from: text.startIndex, to: range.upperBound))
    }
}
