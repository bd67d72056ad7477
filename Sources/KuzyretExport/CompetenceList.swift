import Foundation
import KuzyretCompetence
import KuzyretCore

/// A competence list as text, Markdown, CSV or a standalone HTML page (DESIGN.md §10).
///
/// Lines are grouped by act, in the order given, then by topic; each line carries its address,
/// status, modality, conditions and flags, so every line says why it is there. Every format
/// but CSV carries the counts a researcher quotes (``Counts``).
public enum CompetenceList {
    /// What the list covers, for its header.
    public struct Header: Sendable {
        /// The acts and editions covered.
        public var acts: [ActInfo]
        /// The query.
        public var query: CompetenceQuery
        /// Open-ended clauses about the actor's competence that are no competence themselves
        /// (art. 35 point 2: «может быть отнесено решение иных вопросов»): listed after the counts.
        public var openClauses: [ProvisionFlag]

        /// A header.
        public init(acts: [ActInfo], query: CompetenceQuery, openClauses: [ProvisionFlag] = []) {
            self.acts = acts
            self.query = query
            self.openClauses = openClauses
        }

        /// `Z010000148_/rus/art_35__para_2 residual-legislation «…» (Charter 4.1, 4.4)`.
        var openClauseLines: [String] {
            openClauses.map(CompetenceList.describe)
        }

        var scopeLine: String {
            var parts: [String] = []
            parts.append("actor: \(query.actors?.name ?? "all")")
            parts.append("as of: \(query.asOf?.description ?? "each act's edition date")")
            parts.append("population: \(query.population.map(String.init) ?? "not given (population conditions shown, not applied)")")
            return parts.joined(separator: "; ")
        }

        var actLines: [String] {
            acts.map(Self.describe)
        }

        /// `Z010000148_ (rus, edition 2026-07-12) title`.
        public static func describe(_ act: ActInfo) -> String {
            "\(act.id) (\(act.lang.rawValue), edition \(act.edition?.description ?? "unknown"))\(act.isPartial ? " excerpt" : "") \(act.title)"
        }
    }

    /// The figures a researcher quotes: competences in all, per act and per topic, and how many
    /// carry an open-ended flag.
    public struct Counts: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            /// An act (`Z010000148_/rus`) or a topic.
            public var name: String
            /// Competences in it.
            public var competences: Int
            /// Of those, the ones with an open-ended flag.
            public var openEnded: Int
        }

        /// Competences in all.
        public var competences = 0
        /// Of those, the ones with an open-ended flag.
        public var openEnded = 0
        /// Per act, in list order.
        public var acts: [Row] = []
        /// Per topic: a competence counts under its first topic, the one it is listed under
        /// (`other` when it has none), so the rows add up to the total.
        public var topics: [Row] = []

        /// The counts of `competences`.
        public init(_ competences: [Competence]) {
            self.competences = competences.count
            openEnded = competences.filter(CompetenceList.isOpenEnded).count
            acts = CompetenceList.sections(competences).map { section in
                let all = section.topics.flatMap(\.competences)
                return Row(name: section.act, competences: all.count, openEnded: all.filter(CompetenceList.isOpenEnded).count)
            }
            var byTopic: [String: (Int, Int)] = [:]
            for competence in competences {
                let topic = competence.topics.first?.rawValue ?? CompetenceList.otherTopic
                byTopic[topic, default: (0, 0)].0 += 1
                if CompetenceList.isOpenEnded(competence) { byTopic[topic, default: (0, 0)].1 += 1 }
            }
            topics = CompetenceList.topicOrder(Array(byTopic.keys)).map { Row(name: $0, competences: byTopic[$0]!.0, openEnded: byTopic[$0]!.1) }
        }

        /// `97 competences, 2 with an open-ended flag; Z010000148_/rus 60, …`
        public var line: String {
            "\(competences) competence(s), \(openEnded) with an open-ended flag; by act: "
                + acts.map { "\($0.name) \($0.competences)" }.joined(separator: ", ")
        }
    }

    /// The topic a competence is listed under when it has none.
    public static let otherTopic = "other"

    /// Whether a competence carries an open-ended flag.
    public static func isOpenEnded(_ competence: Competence) -> Bool {
        competence.flags.contains(where: \.openEnded)
    }

    /// Plain text: one line per competence.
    public static func text(_ competences: [Competence], header: Header) -> String {
        var out = "\(competences.count) competence(s); \(header.scopeLine)\n"
        for competence in competences {
            out += "\(competence.address)  [\(competence.status.rawValue), \(competence.modality.rawValue)]"
            if header.query.actors?.isSingle != true { out += " \(competence.actor.rawValue)" }
            out += "\n    \(competence.text.replacingOccurrences(of: "\n", with: "\n    "))\n"
            for condition in competence.conditions { out += "    condition: \(describe(condition))\n" }
            for flag in competence.flags { out += "    flag \(flag.kind.rawValue)\(flag.openEnded ? " (open-ended)" : ""): «\(flag.span)»\n" }
            if competence.isSubset { out += "    only: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
            out += "    from: \(competence.inheritedFromAddress)\n"
            if let via = competence.viaAddress { out += "    via: \(via)\n" }
        }
        let counts = Counts(competences)
        out += "counts: \(counts.line)\n"
        out += "by topic: " + counts.topics.map { "\($0.name) \($0.competences)" }.joined(separator: ", ") + "\n"
        for line in header.openClauseLines { out += "open-ended clause: \(line)\n" }
        return out
    }

    /// Markdown: a header (scope, acts and editions, counts per act and per topic), then a
    /// section per act and a subsection per topic with one bullet per competence.
    public static func markdown(_ competences: [Competence], header: Header) -> String {
        let counts = Counts(competences)
        var out = "# Competences: \(header.query.actors?.label ?? "all actors")\n\n"
        out += "- \(header.scopeLine)\n- \(counts.competences) competence(s), \(counts.openEnded) with an open-ended flag\n"
        for line in header.actLines { out += "- act: \(markdownEscape(line))\n" }
        out += "\n| act | competences | open-ended |\n|---|---:|---:|\n"
        for row in counts.acts { out += "| \(row.name) | \(row.competences) | \(row.openEnded) |\n" }
        out += "| all | \(counts.competences) | \(counts.openEnded) |\n"
        out += "\n| topic | competences | open-ended |\n|---|---:|---:|\n"
        for row in counts.topics { out += "| \(row.name) | \(row.competences) | \(row.openEnded) |\n" }
        if !header.openClauses.isEmpty {
            out += "\n## Open-ended clauses\n\n"
            for line in header.openClauseLines { out += "- \(markdownEscape(line))\n" }
        }
        for section in sections(competences) {
            out += "\n## \(section.act)\n"
            for group in section.topics {
                out += "\n### \(group.topic)\n\n"
                for competence in group.competences {
                    let text = markdownEscape(competence.text).replacingOccurrences(of: "\n", with: "\n  ")
                    let member = header.query.actors?.isSingle == true ? "" : ", \(competence.actor.rawValue)"
                    out += "- `\(competence.eid)` (\(competence.status.rawValue), \(competence.modality.rawValue)\(member)) \(text)"
                    if competence.topics.count > 1 { out += " — *\(competence.topics.map(\.rawValue).joined(separator: ", "))*" }
                    out += "\n"
                    for condition in competence.conditions { out += "  - condition: \(markdownEscape(describe(condition)))\n" }
                    for flag in competence.flags {
                        out += "  - **\(flag.kind.rawValue)**\(flag.openEnded ? " (open-ended)" : ""): «\(markdownEscape(flag.span))» (Charter \(flag.charter.joined(separator: ", ")))\n"
                    }
                    if competence.isSubset { out += "  - only for: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
                    if let via = competence.viaAddress { out += "  - via the definition \(via)\n" }
                }
            }
        }
        return out
    }

    /// CSV (RFC 4180): one row per competence, in the order of the other formats (act, topic).
    public static func csv(_ competences: [Competence]) -> String {
        var out = "address,act,lang,edition,eid,actor,units,status,modality,topics,conditions,flags,open_ended,inherited_from,text,via\r\n"
        for competence in sections(competences).flatMap({ $0.topics.flatMap(\.competences) }) {
            let fields = [
                competence.address, competence.act, competence.lang.rawValue, competence.edition?.description ?? "", competence.eid,
                competence.actor.rawValue,
                competence.units.map(\.rawValue).joined(separator: ";"), competence.status.rawValue, competence.modality.rawValue,
                competence.topics.map(\.rawValue).joined(separator: ";"),
                competence.conditions.map(describe).joined(separator: "; "),
                competence.flags.map(\.kind.rawValue).joined(separator: ";"), isOpenEnded(competence) ? "true" : "false",
                competence.inheritedFromAddress, competence.text, competence.viaAddress ?? "",
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A standalone HTML page (no external assets), readable and printable: the header, the
    /// counts per act and per topic, then a section per act and a list per topic. Every
    /// competence is an `<li class="competence" id="ADDRESS">` whose parts carry classes
    /// (`address`, `status`, `modality`, `topics`, `text`, `condition`, `flag`, `from`).
    public static func html(_ competences: [Competence], header: Header) -> String {
        let counts = Counts(competences)
        let lang = competences.first?.lang ?? header.acts.first?.lang ?? .rus
        let title = "Competences: \(header.query.actors?.label ?? "all actors")"
        var out = """
            <!DOCTYPE html>
            <html lang="\(lang == .kaz ? "kk" : lang == .eng ? "en" : "ru")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body { font-family: Georgia, serif; max-width: 62em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #111; }
            h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #999; margin-top: 2em; } h3 { font-size: 1.05em; color: #333; }
            table.counts { border-collapse: collapse; margin: 0.5em 2em 0.5em 0; display: inline-table; vertical-align: top; }
            table.counts th, table.counts td { border: 1px solid #bbb; padding: 0.15em 0.6em; }
            table.counts td.n { text-align: right; }
            .competence { margin: 0.5em 0; }
            .address { font-family: monospace; font-size: 0.85em; color: #444; }
            .status, .modality, .topics { font-size: 0.85em; color: #333; }
            .flag { color: #8a1c1c; font-size: 0.9em; } .flag.open-ended { font-weight: bold; }
            .condition { color: #5a4a00; font-size: 0.9em; } .from, .only { color: #555; font-size: 0.85em; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } .competence { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            <p class="scope">\(escape(header.scopeLine))</p>
            <p class="total">\(counts.competences) competence(s), \(counts.openEnded) with an open-ended flag</p>
            <ul class="acts">

            """
        for act in header.acts { out += "<li class=\"act\">\(escape(Header.describe(act)))</li>\n" }
        out += "</ul>\n"
        func table(_ caption: String, _ rows: [Counts.Row], total: Bool) -> String {
            var table = "<table class=\"counts \(caption)\"><thead><tr><th>\(caption)</th><th>competences</th><th>open-ended</th></tr></thead><tbody>\n"
            for row in rows {
                table += "<tr><td>\(escape(row.name))</td><td class=\"n\">\(row.competences)</td><td class=\"n\">\(row.openEnded)</td></tr>\n"
            }
            if total { table += "<tr><td>all</td><td class=\"n\">\(counts.competences)</td><td class=\"n\">\(counts.openEnded)</td></tr>\n" }
            return table + "</tbody></table>\n"
        }
        out += table("act", counts.acts, total: true) + table("topic", counts.topics, total: false)
        if !header.openClauses.isEmpty {
            out += "<h2>Open-ended clauses</h2>\n<ul class=\"open-clauses\">\n"
            for clause in header.openClauses {
                out += "<li class=\"open-clause\" data-kind=\"\(clause.flag.kind.rawValue)\"><span class=\"address\">\(escape(clause.address))</span> "
                out += "\(clause.flag.kind.rawValue): «\(escape(clause.flag.span))» (Charter \(escape(clause.flag.charter.joined(separator: ", "))))</li>\n"
            }
            out += "</ul>\n"
        }
        for section in sections(competences) {
            out += "<section class=\"act\" data-act=\"\(escape(section.act))\">\n<h2>\(escape(section.act))</h2>\n"
            for group in section.topics {
                out += "<h3>\(escape(group.topic))</h3>\n<ol class=\"topic\" data-topic=\"\(escape(group.topic))\">\n"
                for competence in group.competences {
                    // In a group's list one provision may be listed for two members: the id names the member.
                    let single = header.query.actors?.isSingle == true
                    let id = single ? competence.address : "\(competence.address)@\(competence.actor.rawValue)"
                    out += "<li class=\"competence\" id=\"\(escape(id))\"><span class=\"address\">\(escape(competence.address))</span> "
                    out += "<span class=\"status\">\(competence.status.rawValue)</span> · <span class=\"modality\">\(competence.modality.rawValue)</span>"
                    if !single { out += " · <span class=\"member\">\(competence.actor.rawValue)</span>" }
                    if !competence.topics.isEmpty {
                        out += " · <span class=\"topics\">\(escape(competence.topics.map(\.rawValue).joined(separator: ", ")))</span>"
                    }
                    out += "<br><span class=\"text\">\(escape(competence.text))</span>"
                    for condition in competence.conditions { out += "<div class=\"condition\">\(escape(describe(condition)))</div>" }
                    for flag in competence.flags {
                        out += "<div class=\"flag\(flag.openEnded ? " open-ended" : "")\" data-kind=\"\(flag.kind.rawValue)\">\(flag.kind.rawValue)"
                        out += "\(flag.openEnded ? " (open-ended)" : ""): «\(escape(flag.span))» (Charter \(escape(flag.charter.joined(separator: ", "))))</div>"
                    }
                    if competence.isSubset { out += "<div class=\"only\">only for: \(escape(competence.units.map(\.rawValue).joined(separator: ", ")))</div>" }
                    if let via = competence.viaAddress { out += "<div class=\"via\">via the definition \(escape(via))</div>" }
                    out += "<div class=\"from\">from: \(escape(competence.inheritedFromAddress))</div></li>\n"
                }
                out += "</ol>\n"
            }
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Competences grouped by act (`act/lang`, in first-seen order), then by their first topic
    /// (in ``Topic`` order, ``otherTopic`` last), in document order within a topic.
    public static func sections(_ competences: [Competence]) -> [(act: String, topics: [(topic: String, competences: [Competence])])] {
        var order: [String] = []
        var groups: [String: [Competence]] = [:]
        for competence in competences {
            let key = "\(competence.act)/\(competence.lang.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(competence)
        }
        return order.map { act in
            var byTopic: [String: [Competence]] = [:]
            for competence in groups[act]! { byTopic[competence.topics.first?.rawValue ?? otherTopic, default: []].append(competence) }
            return (act, topicOrder(Array(byTopic.keys)).map { ($0, byTopic[$0]!) })
        }
    }

    /// `topics` in the order of ``Topic``'s cases, ``otherTopic`` last.
    static func topicOrder(_ topics: [String]) -> [String] {
        let rank = Dictionary(uniqueKeysWithValues: Topic.allCases.enumerated().map { ($1.rawValue, $0) })
        return topics.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
    }

    /// A flagged provision in one line: `Z010000148_/rus/art_35__para_2 residual-legislation
    /// «быть отнесено решение иных вопросов» (Charter 4.1, 4.4)`.
    public static func describe(_ flag: ProvisionFlag) -> String {
        "\(flag.address) \(flag.flag.kind.rawValue) «\(flag.flag.span)» (Charter \(flag.flag.charter.joined(separator: ", ")))"
    }

    /// A condition in words: `repealed from 2018-01-01 where population > 2000`.
    public static func describe(_ condition: Condition) -> String {
        var text = condition.effect.rawValue
        if let from = condition.from { text += " from \(from)" }
        if let bound = condition.population { text += " where population \(bound)" }
        return text
    }

    /// A CSV field, quoted when it must be (RFC 4180).
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func escape(_ value: String) -> String { XMLText.escape(value) }

    static func markdownEscape(_ value: String) -> String {
        var out = ""
        for character in value {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
