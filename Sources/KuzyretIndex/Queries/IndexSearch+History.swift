import Foundation
import GRDB
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

extension IndexSearch {
    /// The history of `actor`'s competence list over every edition in the index (`kuzyret
    /// history`; DESIGN.md §10).
    ///
    /// The dates are every edition's date, the days acts came into force or lost it, the days
    /// repeals recorded by later editions took effect (``DatedScope/Correction``) and the days
    /// dated conditions of the actor's competences take effect (population-limited ones only with
    /// `population`), within `from`…`to`. On each date the list is computed as `kuzyret
    /// competences --as-of` computes it; a date whose list and editions equal the previous date's
    /// is left out unless it is an edition's date; a history never reads a later edition back.
    /// *Edition steps*: each pair of consecutive editions of an act, compared as `kuzyret diff`
    /// compares them (only the articles both hold when one is an excerpt), with the laws the newer
    /// edition's notes date, or put in force, in between, on the articles compared. *Dated steps*:
    /// between consecutive entries where an act keeps its edition (or comes into force or loses
    /// it), the two lists compared, with the repeal or entry into force behind the change.
    public func history(
        actor: ActorSelection, act: String? = nil, lang: Language = .rus, from: LegalDate? = nil, to: LegalDate? = nil,
        population: Int? = nil
    ) throws -> CompetenceHistory {
        try queue.read { db in
            var reader = try DatedReader(act: act, lang: lang, in: db)
            return try history(
                actor: actor, act: act, lang: lang, from: from, to: to, population: population, reader: &reader)
        }
    }

    /// ``history(actor:act:lang:from:to:population:)`` read through one connection.
    func history(
        actor: ActorSelection, act: String?, lang: Language, from: LegalDate?, to: LegalDate?, population: Int?,
        reader: inout DatedReader
    ) throws -> CompetenceHistory {
        let infos = reader.infos
        let events = try reader.texts.indices.map { try reader.events(of: $0) }
        // Why each date is in the history: editions, and the acts' lives.
        var reasons: [LegalDate: [String]] = [:]
        var editionDates = Set<LegalDate>()
        for info in infos {
            if let edition = info.edition {
                reasons[edition, default: []].append("edition \(edition) of \(info.id)")
                editionDates.insert(edition)
            }
        }
        var seenLife = Set<String>()
        for info in infos where seenLife.insert(info.id).inserted {
            if let start = info.life?.inForceFrom { reasons[start, default: []].append("\(info.id) in force") }
            if let end = info.life?.lostForceOn {
                reasons[end, default: []].append("\(info.id) lost force" + (info.life?.replacedBy.map { ", replaced by \($0)" } ?? ""))
            }
        }
        let inWindow = { (date: LegalDate) in (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true) }
        // Dated repeals and conditions count from the first edition on, on the actor's provisions.
        let firstEdition = infos.compactMap(\.edition).min()
        var actorEids: [String: Set<String>] = [:]
        var conditionDates = Set<LegalDate>()
        // Each date's answer is made once: edition dates are asked here and again for the entries.
        var answers: [LegalDate: DatedAnalyses] = [:]
        func answer(on date: LegalDate) throws -> DatedAnalyses {
            if let known = answers[date] { return known }
            let made = try reader.answer(on: date, readingBack: false)
            answers[date] = made
            return made
        }
        for date in editionDates.filter(inWindow) {
            for competence in try answer(on: date).analyses.flatMap(\.competences)
            where actor.contains(competence.actor) {
                actorEids[competence.act, default: []].insert(competence.eid)
                for condition in competence.conditions where condition.applies(toPopulation: population) {
                    if let start = condition.from { conditionDates.insert(start) }
                }
            }
        }
        func concernsActor(_ act: String, _ eid: String) -> Bool {
            actorEids[act]?.contains { EId($0).isWithin(EId(eid)) } ?? false
        }
        for (index, info) in infos.enumerated() {
            for event in events[index] where event.effect == .repealed && !event.eid.isEmpty && concernsActor(info.id, event.eid) {
                guard let date = event.inForceFrom, let edition = info.edition, date < edition else { continue }
                let line = "\(info.id)/\(info.lang.rawValue)/\(event.eid) repealed (\(event.law))"
                if !(reasons[date]?.contains(line) ?? false) { reasons[date, default: []].append(line) }
            }
        }
        for date in conditionDates where reasons[date] == nil { reasons[date] = ["a dated condition of a competence takes effect"] }
        let dates = reasons.keys.filter { date in inWindow(date) && (firstEdition.map { date >= $0 } ?? true) }.sorted()

        // The list on each date.
        struct Snapshot {
            var entry: CompetenceHistory.Entry
            var selected: [String: (competences: [Competence], flags: [ProvisionFlag])]
            var signature: String
        }
        var snapshots: [Snapshot] = []
        for date in dates {
            var dated = try answer(on: date)
            dated.scope.corrections = dated.scope.corrections.filter { concernsActor($0.act.id, $0.eid) }
            let query = CompetenceQuery(actors: actor, asOf: date, population: population)
            var selected: [String: (competences: [Competence], flags: [ProvisionFlag])] = [:]
            for analysis in dated.analyses {
                var side = selected[analysis.act.id] ?? ([], [])
                side.competences += query.select(analysis.competences)
                side.flags += query.select(analysis.flags)
                selected[analysis.act.id] = side
            }
            let counts = selected.keys.sorted().filter { !selected[$0]!.competences.isEmpty }.map { ($0, selected[$0]!.competences.count) }
            let signature =
                dated.scope.editions.map { "\($0.id)@\($0.edition?.description ?? "")" }.joined(separator: ",") + "|"
                + selected.keys.sorted().map { id in
                    selected[id]!.competences.map { "\($0.address)=\($0.status.rawValue)" }.joined(separator: ",")
                }.joined(separator: ";")
            if let last = snapshots.last, last.signature == signature, !editionDates.contains(date) { continue }
            let entry = CompetenceHistory.Entry(date: date, reasons: reasons[date] ?? [], counts: counts, scope: dated.scope)
            snapshots.append(Snapshot(entry: entry, selected: selected, signature: signature))
        }

        var steps: [CompetenceHistory.Step] = []
        // Edition steps: each pair of consecutive editions of an act in the window, compared as
        // `kuzyret diff` compares them, with the laws the newer edition's notes date in between.
        var byAct: [String: [Int]] = [:]
        for (index, info) in infos.enumerated() where info.edition.map(inWindow) == true { byAct[info.id, default: []].append(index) }
        for (id, indices) in byAct {
            let ordered = indices.sorted { infos[$0].edition! < infos[$1].edition! }
            for (oldIndex, newIndex) in zip(ordered, ordered.dropFirst()) {
                let oldInfo = infos[oldIndex]
                let newInfo = infos[newIndex]
                let old = (analysis: try reader.analysis(of: oldIndex), articles: Set(try reader.articles(of: oldIndex).map { EId($0) }))
                let new = (analysis: try reader.analysis(of: newIndex), articles: Set(try reader.articles(of: newIndex).map { EId($0) }))
                let report = EditionDiff.compare(
                    old: (old.analysis, old.articles, oldInfo.edition!.description),
                    new: (new.analysis, new.articles, newInfo.edition!.description),
                    actor: actor)
                var articles = Set(
                    (report.kept.map(\.old) + report.changed.map(\.old) + report.changed.map(\.new) + report.dropped + report.added
                        + report.pending).map { EId($0.eid).top }
                        + (report.flagsAdded + report.flagsRemoved + report.flagsKept.map(\.old)).map { EId($0.eid).top })
                if oldInfo.isPartial || newInfo.isPartial { articles.formIntersection(old.articles.intersection(new.articles)) }
                let window = { (date: LegalDate) in date > oldInfo.edition! && date <= newInfo.edition! }
                let laws = Self.laws(
                    events[newIndex].filter { !$0.eid.isEmpty && articles.contains(EId($0.eid).top) }, in: window)
                let step = CompetenceHistory.Step(from: oldInfo.edition!, to: newInfo.edition!, act: id, report: report, laws: laws)
                if step.isChange { steps.append(step) }
            }
        }
        // Dated steps: between consecutive entries where an act keeps its edition (or comes into
        // force, or loses it), the two lists compared, with the laws behind the change.
        for (before, after) in zip(snapshots, snapshots.dropFirst()) {
            let acts = Set(before.entry.scope.editions.map(\.id) + after.entry.scope.editions.map(\.id)).sorted()
            for id in acts {
                let oldEdition = before.entry.scope.editions.first { $0.id == id }
                let newEdition = after.entry.scope.editions.first { $0.id == id }
                if let oldEdition, let newEdition, oldEdition.edition != newEdition.edition { continue }
                let old = before.selected[id] ?? ([], [])
                let new = after.selected[id] ?? ([], [])
                var report = CompetenceComparison().compare(old: old, new: new, actor: actor)
                report.sides = ComparisonReport.Sides(old: "\(id) as of \(before.entry.date)", new: "\(id) as of \(after.entry.date)")
                let changed = (report.dropped + report.added + report.changed.map(\.new)).map(\.eid)
                let window = { (date: LegalDate) in date > before.entry.date && date <= after.entry.date }
                let candidates = infos.indices.filter { infos[$0].id == id }.flatMap { events[$0] }.filter { event in
                    event.inForceFrom != nil && event.effect != .amended && changed.contains { EId($0).isWithin(EId(event.eid)) }
                }
                let laws = Self.laws(candidates, in: window)
                let step = CompetenceHistory.Step(from: before.entry.date, to: after.entry.date, act: id, report: report, laws: laws)
                if step.isChange { steps.append(step) }
            }
        }
        steps.sort { ($0.to, $0.from, $0.act) < ($1.to, $1.from, $1.act) }
        return CompetenceHistory(
            actor: actor, lang: lang, act: act, from: from, to: to, entries: snapshots.map(\.entry), steps: steps)
    }

    /// The laws of `events` dated, or in force, `in` a window, each once, by date.
    static func laws(_ events: [AmendmentEvent], in window: (LegalDate) -> Bool) -> [AmendmentEvent] {
        var seen = Set<String>()
        return events.filter { event in
            (window(event.lawDate) || event.inForceFrom.map(window) == true) && seen.insert("\(event.lawDate)|\(event.lawKey)").inserted
        }.sorted { ($0.lawDate, $0.lawKey) < ($1.lawDate, $1.lawKey) }
    }
}
