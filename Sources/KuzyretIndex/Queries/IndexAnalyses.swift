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
    /// dated on or before `date` (``DatedScope/choose(_:on:)``), leaving out acts not in force
    /// then. When a later edition's note says a provision of the chosen one was repealed by a
    /// law in force on `date` («Исключен Законом РК от 27.12.2019 № 291-VI (вводится в действие с
    /// 01.01.2021)»), the chosen edition is read with that repeal (``DatedScope/Correction``).
    /// `act` and `lang` narrow the acts. Acts come in order of id, then language.
    public func analyses(act: String? = nil, lang: Language? = nil, on date: LegalDate, readingBack: Bool = true) throws
        -> DatedAnalyses
    {
        try queue.read { db in
            let texts = try ActRecord.texts(of: act, lang: lang).fetchAll(db)
            let infos = try texts.map { try $0.actInfo() }
            let (used, leftOut, readBack) = DatedScope.choose(infos, on: date, readingBack: readingBack)
            var scope = DatedScope(date: date, editions: used.map { infos[$0] }, leftOut: leftOut)
            scope.readBack = readBack.map { infos[$0] }
            var analyses: [StatuteAnalysis] = []
            for index in used {
                let corrections = try self.corrections(of: index, among: texts, infos: infos, on: date, in: db)
                scope.corrections += corrections
                analyses.append(try analysis(of: texts[index], info: infos[index], in: db).corrected(by: corrections, on: date))
            }
            return DatedAnalyses(scope: scope, analyses: analyses)
        }
    }

    /// The analysis stored for one text.
    func analysis(of text: ActRecord, info: ActInfo, in db: Database) throws -> StatuteAnalysis {
        let decoder = JSONDecoder()
        let competences = try CompetenceRecord.all(inText: text.id).fetchAll(db).map {
            try decoder.decode(Competence.self, from: Data($0.json.utf8))
        }
        let flags = try FlagRecord.all(inText: text.id).fetchAll(db).map {
            try decoder.decode(ProvisionFlag.self, from: Data($0.json.utf8))
        }
        return StatuteAnalysis(act: info, competences: competences, flags: flags, references: [])
    }

    /// The repeals later editions of text `index` record that took effect after its edition
    /// and by `date`, on provisions the text still holds in force.
    func corrections(of index: Int, among texts: [ActRecord], infos: [ActInfo], on date: LegalDate, in db: Database) throws
        -> [DatedScope.Correction]
    {
        let text = texts[index]
        let later = try texts.indices.filter { texts[$0].act == text.act && texts[$0].lang == text.lang && $0 != index }.map {
            (edition: infos[$0].edition, events: try AmendmentRecord.all(inText: texts[$0].id).fetchAll(db).compactMap(\.event))
        }
        var failure: (any Error)?
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
