import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore

/// The analyses that answer for a date, and what they rest on.
public struct DatedAnalyses: Sendable {
    /// The date, the editions used, the acts left out and the corrections.
    public var scope: DatedScope
    /// One analysis per act and language used, corrected by later editions' notes.
    public var analyses: [StatuteAnalysis]

    /// Analyses that answer for `scope`.
    public init(scope: DatedScope, analyses: [StatuteAnalysis]) {
        self.scope = scope
        self.analyses = analyses
    }
}

extension IndexSearch {
    /// The competences and flags that answer for `date` (DESIGN.md §10), for `kuzyret
    /// competences`, `flags` and the actor page: for each act and language, the newest edition
    /// dated on or before `date` (``DatedScope/choose(_:on:readingBack:)``), leaving out acts not
    /// in force then; older excerpts supply the articles the chosen excerpts lack
    /// (``DatedScope/supplements(for:among:on:articles:)``). When a later edition's note says a
    /// provision of a text used was repealed by a law in force on `date` («Исключен Законом РК от
    /// 27.12.2019 № 291-VI (вводится в действие с 01.01.2021)»), the text is read with that repeal
    /// (``DatedScope/Correction``). `act` and `lang` narrow the acts. Acts come in order of id,
    /// then language.
    public func analyses(act: String? = nil, lang: Language? = nil, on date: LegalDate, readingBack: Bool = true) throws
        -> DatedAnalyses
    {
        try queue.read { db in
            var reader = try DatedReader(act: act, lang: lang, in: db)
            return try reader.answer(on: date, readingBack: readingBack)
        }
    }
}

/// Reads dated answers from one connection, each text's analysis, articles and amendment events
/// read once however many dates are asked (a history asks dozens).
struct DatedReader {
    let db: Database
    let texts: [ActRecord]
    let infos: [ActInfo]
    private var analyses: [Int: StatuteAnalysis] = [:]
    private var articles: [Int: Set<String>] = [:]
    private var events: [Int: [AmendmentEvent]] = [:]

    init(act: String?, lang: Language?, in db: Database) throws {
        self.db = db
        texts = try ActRecord.texts(of: act, lang: lang).fetchAll(db)
        infos = try texts.map { try $0.actInfo() }
    }

    /// The analyses that answer for `date`, and what they rest on.
    mutating func answer(on date: LegalDate, readingBack: Bool) throws -> DatedAnalyses {
        let (used, leftOut, readBack) = DatedScope.choose(infos, on: date, readingBack: readingBack)
        var scope = DatedScope(date: date, editions: used.map { infos[$0] }, leftOut: leftOut)
        scope.readBack = readBack.map { infos[$0] }
        var failure: (any Error)?
        let supplements = DatedScope.supplements(for: used, among: infos, on: date) { index in
            do { return try articles(of: index) } catch {
                failure = error
                return []
            }
        }
        if let failure { throw failure }
        var result: [StatuteAnalysis] = []
        for (index, only) in used.map({ ($0, Set<String>?.none) }) + supplements.map({ ($0.text, Optional($0.articles)) }) {
            let corrections = try self.corrections(of: index, on: date)
            scope.corrections += corrections
            var analysis = try analysis(of: index).corrected(by: corrections, on: date)
            if let only {
                analysis.competences.removeAll { !only.contains(EId($0.eid).top.description) }
                analysis.flags.removeAll { !only.contains(EId($0.eid).top.description) }
                scope.supplements.append(DatedScope.Supplement(act: infos[index], articles: only.sorted()))
            }
            result.append(analysis)
        }
        return DatedAnalyses(scope: scope, analyses: result)
    }

    /// The analysis stored for text `index`.
    mutating func analysis(of index: Int) throws -> StatuteAnalysis {
        if let known = analyses[index] { return known }
        let decoder = JSONDecoder()
        let competences = try CompetenceRecord.all(inText: texts[index].id).fetchAll(db).map {
            try decoder.decode(Competence.self, from: Data($0.json.utf8))
        }
        let flags = try FlagRecord.all(inText: texts[index].id).fetchAll(db).map {
            try decoder.decode(ProvisionFlag.self, from: Data($0.json.utf8))
        }
        let analysis = StatuteAnalysis(act: infos[index], competences: competences, flags: flags, references: [])
        analyses[index] = analysis
        return analysis
    }

    /// The top eIds of text `index`'s provisions.
    mutating func articles(of index: Int) throws -> Set<String> {
        if let known = articles[index] { return known }
        let tops = Set(
            try String.fetchAll(db, ProvisionRecord.all(inText: texts[index].id).select(ProvisionRecord.Columns.eid)).map {
                EId($0).top.description
            })
        articles[index] = tops
        return tops
    }

    /// The amendment events of text `index`.
    mutating func events(of index: Int) throws -> [AmendmentEvent] {
        if let known = events[index] { return known }
        let read = try AmendmentRecord.all(inText: texts[index].id).fetchAll(db).compactMap(\.event)
        events[index] = read
        return read
    }

    /// The repeals other texts of text `index`'s act record that took effect after its edition
    /// and by `date`, on provisions it still holds in force.
    mutating func corrections(of index: Int, on date: LegalDate) throws -> [DatedScope.Correction] {
        let text = texts[index]
        var later: [(edition: LegalDate?, events: [AmendmentEvent])] = []
        for other in texts.indices where texts[other].act == text.act && texts[other].lang == text.lang && other != index {
            later.append((infos[other].edition, try events(of: other)))
        }
        var failure: (any Error)?
        let db = self.db
        let corrections = DatedScope.corrections(
            of: infos[index],
            status: { eid in
                do {
                    return try ProvisionRecord.provision(eid, inText: text.id).fetchOne(db).flatMap { ProvisionStatus(rawValue: $0.status) }
                } catch {
                    failure = error
                    return nil
                }
            }, later: later, on: date)
        if let failure { throw failure }
        return corrections
    }
}
