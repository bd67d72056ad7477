import Foundation

/// What a list computed for a date rests on (DESIGN.md §10): the date, the edition of each act
/// that answered for it, the acts left out and why, and the provisions an older edition was
/// corrected in by the dated notes of a later one.
public struct DatedScope: Sendable, Hashable {
    /// An act with no text that answers for the date.
    public struct LeftOut: Sendable, Hashable {
        /// The act's text that would have answered.
        public var act: ActInfo
        /// Why it is left out.
        public var reason: Reason
    }

    /// Why an act is left out.
    public enum Reason: Sendable, Hashable {
        /// The act was not in force on the date.
        case validity(ActValidity)
        /// Every indexed edition is dated after the date (and none is read back).
        case noEditionYet(first: LegalDate?)

        /// `lost-force`, `not-yet-in-force`.
        public var code: String {
            switch self {
            case .validity(let validity): validity.code
            case .noEditionYet: "no-edition-yet"
            }
        }

        /// The reason in words.
        public var text: String {
            switch self {
            case .validity(let validity): validity.reason
            case .noEditionYet(let first):
                "no indexed edition on or before the date (the first is of \(first?.description ?? "an unknown date"))"
            }
        }
    }

    /// A provision of an older edition read as repealed on the date because a later edition's
    /// note says so («5. Исключен Законом РК от 27.12.2019 № 291-VI (вводится в действие с
    /// 01.01.2021)» in the 2026 edition, read for a date in 2022 from the 2019 edition).
    public struct Correction: Sendable, Hashable {
        /// The text corrected.
        public var act: ActInfo
        /// The provision repealed, with everything under it.
        public var eid: String
        /// The law that repealed it.
        public var event: AmendmentEvent
        /// The edition whose note says so.
        public var recordedIn: LegalDate?

        /// Creates a correction.
        public init(act: ActInfo, eid: String, event: AmendmentEvent, recordedIn: LegalDate?) {
            self.act = act
            self.eid = eid
            self.event = event
            self.recordedIn = recordedIn
        }

        /// `Z070000319_/rus/art_6__para_5 repealed from 2021-01-01 by Law of 27.12.2019 No. 291-VI
        /// (recorded in the 2026-07-12 edition)`.
        public var line: String {
            "\(ProvisionAddress(act: act.id, lang: act.lang, eid: eid)) repealed from \(event.effectiveFrom) by \(event.law)"
                + (recordedIn.map { " (recorded in the \($0) edition; the \(act.edition?.description ?? "undated") edition is read)" } ?? "")
        }
    }

    /// The date the list is computed for.
    public var date: LegalDate
    /// The text of each act and language used.
    public var editions: [ActInfo]
    /// The acts left out.
    public var leftOut: [LeftOut]
    /// The provisions read as later editions correct them.
    public var corrections: [Correction]
    /// The texts used although dated after the date, because no earlier edition is indexed: read
    /// back through their own dated notes (a sub-point «исключен с 01.01.2018» is in force
    /// before then), but they may hold provisions added after the date.
    public var readBack: [ActInfo] = []
    /// Older excerpts used for the articles the chosen excerpts of their act lack: an index of
    /// excerpts holds each article in the editions it was copied from.
    public var supplements: [Supplement] = []

    /// An older excerpt used for some of its articles.
    public struct Supplement: Sendable, Hashable {
        /// The older text.
        public var act: ActInfo
        /// The articles taken from it (`art_73-1`).
        public var articles: [String]

        /// Creates a supplement.
        public init(act: ActInfo, articles: [String]) {
            self.act = act
            self.articles = articles
        }
    }

    /// Creates a scope.
    public init(date: LegalDate, editions: [ActInfo] = [], leftOut: [LeftOut] = [], corrections: [Correction] = []) {
        self.date = date
        self.editions = editions
        self.leftOut = leftOut
        self.corrections = corrections
    }

    /// The texts that answer for `date`, from every text of every act (`texts`): for each act and
    /// language, the newest edition dated on or before the date (an undated text counts as
    /// published), unless the act was not in force then. When every edition is dated later, the
    /// first is read back (``readBack``), unless `readingBack` is false (a history, whose
    /// early dates must not borrow later texts). Returns the indices of the texts used, in the order
    /// given, the acts left out, and the indices of the texts read back.
    public static func choose(_ texts: [ActInfo], on date: LegalDate, readingBack: Bool = true) -> (
        used: [Int], leftOut: [LeftOut], readBack: [Int]
    ) {
        var byAct: [String: [Int]] = [:]
        var order: [String] = []
        for (index, text) in texts.enumerated() {
            let key = "\(text.id)|\(text.lang.rawValue)"
            if byAct[key] == nil { order.append(key) }
            byAct[key, default: []].append(index)
        }
        var used: [Int] = []
        var leftOut: [LeftOut] = []
        var readBack: [Int] = []
        for key in order {
            let indices = byAct[key]!.sorted { (texts[$0].edition?.description ?? "") < (texts[$1].edition?.description ?? "") }
            // Every text of the act says what it knows of the act's life; the newest first.
            let life = indices.reversed().compactMap { texts[$0].life }.reduce(nil) { (sum: ActLife?, next) in
                sum?.filled(from: next) ?? next
            }
            // With no edition on or before the date, the first one is read back.
            let onTime = indices.last(where: { texts[$0].edition.map { $0 <= date } ?? true })
            guard onTime != nil || readingBack else {
                leftOut.append(LeftOut(act: texts[indices[0]], reason: .noEditionYet(first: texts[indices[0]].edition)))
                continue
            }
            let chosen = onTime ?? indices[0]
            let validity = life?.validity(on: date, edition: texts[chosen].edition) ?? .inForce
            if validity.isInForce {
                // Excerpts of one edition given as several texts all answer.
                let edition = indices.filter { texts[$0].edition == texts[chosen].edition }
                used += edition
                if onTime == nil { readBack += edition }
            } else {
                var act = texts[chosen]
                act.life = life
                leftOut.append(LeftOut(act: act, reason: .validity(validity)))
            }
        }
        return (used.sorted(), leftOut, readBack.sorted())
    }

    /// The older excerpts that supply articles the used texts lack: for each act and language
    /// whose used texts are all excerpts, every older excerpt dated on or before `date`, newest
    /// first, gives the articles (``articles`` of a text; chapters and sections do not count) that
    /// no newer text used holds. Returns each supplying text's index and its articles.
    public static func supplements(
        for used: [Int], among texts: [ActInfo], on date: LegalDate, articles: (Int) -> Set<String>
    ) -> [(text: Int, articles: Set<String>)] {
        var result: [(text: Int, articles: Set<String>)] = []
        var groups: [String: [Int]] = [:]
        for index in used { groups["\(texts[index].id)|\(texts[index].lang.rawValue)", default: []].append(index) }
        for key in groups.keys.sorted() {
            let chosen = groups[key]!
            guard chosen.allSatisfy({ texts[$0].isPartial }), let edition = texts[chosen[0]].edition else { continue }
            var held = chosen.reduce(into: Set<String>()) { $0.formUnion(articles($1)) }
            let older = texts.indices.filter { index in
                "\(texts[index].id)|\(texts[index].lang.rawValue)" == key && texts[index].isPartial
                    && (texts[index].edition.map { $0 < edition && $0 <= date } ?? false)
            }.sorted { texts[$0].edition! > texts[$1].edition! }
            for index in older {
                let extra = articles(index).subtracting(held).filter(isArticle)
                guard !extra.isEmpty else { continue }
                result.append((index, extra))
                held.formUnion(extra)
            }
        }
        return result
    }

    /// Whether a top eId is an article (not a chapter, section, part or subsection heading).
    public static func isArticle(_ top: String) -> Bool {
        !["chp_", "sec_", "part_", "subsec_"].contains(where: top.hasPrefix)
    }

    /// The repeals that later texts of an act record (`later`: each text's edition and its
    /// amendment events) and that took effect after `text`'s edition and by `date`, on
    /// provisions `text` still holds in force (`status` gives a provision's status in `text`, or
    /// `nil` when it does not hold it).
    public static func corrections(
        of text: ActInfo, status: (String) -> ProvisionStatus?, later: [(edition: LegalDate?, events: [AmendmentEvent])],
        on date: LegalDate
    ) -> [Correction] {
        guard let edition = text.edition else { return [] }
        var result: [Correction] = []
        var seen = Set<String>()
        for (laterEdition, events) in later where laterEdition.map({ $0 > date }) ?? false {
            for event in events where event.effect == .repealed && !event.eid.isEmpty {
                guard event.effectiveFrom > edition, event.hasTakenEffect(by: date), !seen.contains(event.eid),
                    let current = status(event.eid), current != .repealed
                else { continue }
                seen.insert(event.eid)
                result.append(Correction(act: text, eid: event.eid, event: event, recordedIn: laterEdition))
            }
        }
        return result
    }

    /// The lines a list's header prints: the date, the editions used, the acts left out and the
    /// corrections.
    public var lines: [String] {
        var lines = ["computed as of \(date)"]
        for act in editions {
            lines.append(
                "edition used: \(act.id) (\(act.lang.rawValue)) \(act.edition?.description ?? "undated")\(act.isPartial ? " excerpt" : "")")
        }
        for left in leftOut {
            lines.append("left out: \(left.act.id) (\(left.act.lang.rawValue)): \(left.reason.text)")
        }
        // The texts read back, in one line: act (languages, edition).
        var readBackActs: [String] = []
        var readBackLangs: [String: [String]] = [:]
        for act in readBack {
            let key = "\(act.id) \(act.edition?.description ?? "undated")"
            if readBackLangs[key] == nil { readBackActs.append(key) }
            if !(readBackLangs[key]?.contains(act.lang.rawValue) ?? false) { readBackLangs[key, default: []].append(act.lang.rawValue) }
        }
        if !readBackActs.isEmpty {
            let named = readBackActs.map { key -> String in
                let parts = key.split(separator: " ")
                return "\(parts[0]) (\(readBackLangs[key]!.joined(separator: ", ")), edition \(parts[1]))"
            }
            lines.append(
                "read back: no edition on or before \(date) is indexed, so the first is read through its dated notes: "
                    + named.joined(separator: "; "))
        }
        for supplement in supplements {
            let articles = supplement.articles.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            lines.append(
                "also used: \(supplement.act.id) (\(supplement.act.lang.rawValue)) \(supplement.act.edition?.description ?? "undated") excerpt for \(articles.joined(separator: ", ")), which the newer excerpt lacks"
            )
        }
        for correction in corrections {
            lines.append("corrected: \(correction.line)")
        }
        return lines
    }
}
