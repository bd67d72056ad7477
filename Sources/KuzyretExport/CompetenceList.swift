import Foundation
import KuzyretCompetence
import KuzyretCore

/// A competence list as text, Markdown, CSV or a standalone HTML page (DESIGN.md §10).
///
/// Lines are grouped by act, in the order given; each line carries its address, status,
/// modality, conditions and flags, so every line says why it is there.
public enum CompetenceList {
    /// What the list covers, for its header.
    public struct Header: Sendable {
        /// The acts and editions covered.
        public var acts: [ActInfo]
        /// The query.
        public var query: CompetenceQuery

        /// A header.
        public init(acts: [ActInfo], query: CompetenceQuery) {
            self.acts = acts
            self.query = query
        }

        var scopeLine: String {
            var parts: [String] = []
            parts.append("actor: \(query.actor?.rawValue ?? "all")")
            parts.append("as of: \(query.asOf?.description ?? "edition date")")
            parts.append("population: \(query.population.map(String.init) ?? "not given (population conditions shown, not applied)")")
            return parts.joined(separator: "; ")
        }

        var actLines: [String] {
            acts.map { act in "\(act.id) (\(act.lang.rawValue), edition \(act.edition?.description ?? "unknown")) \(act.title)" }
        }
    }

    /// Plain text: one line per competence.
    public static func text(_ competences: [Competence], header: Header) -> String {
        var out = "\(competences.count) competence(s); \(header.scopeLine)\n"
        for competence in competences {
            out += "\(competence.address)  [\(competence.status.rawValue), \(competence.modality.rawValue)]"
            if competence.actor != header.query.actor { out += " \(competence.actor.rawValue)" }
            out += "\n    \(competence.text.replacingOccurrences(of: "\n", with: "\n    "))\n"
            for condition in competence.conditions { out += "    condition: \(describe(condition))\n" }
            for flag in competence.flags { out += "    flag \(flag.kind.rawValue)\(flag.openEnded ? " (open-ended)" : ""): «\(flag.span)»\n" }
            if competence.isSubset { out += "    only: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
            out += "    from: \(competence.inheritedFromAddress)\n"
        }
        return out
    }

    /// Markdown: a header, then a section per act with one bullet per competence.
    public static func markdown(_ competences: [Competence], header: Header) -> String {
        var out = "# Competences: \(header.query.actor?.label ?? "all actors")\n\n"
        out += "- \(header.scopeLine)\n- \(competences.count) competence(s), \(competences.filter { $0.flags.contains(where: \.openEnded) }.count) with an open-ended flag\n"
        for line in header.actLines { out += "- act: \(line)\n" }
        for (act, group) in grouped(competences) {
            out += "\n## \(act)\n\n"
            for competence in group {
                let text = markdownEscape(competence.text).replacingOccurrences(of: "\n", with: "\n  ")
                out += "- `\(competence.eid)` (\(competence.status.rawValue), \(competence.modality.rawValue)) \(text)"
                if !competence.topics.isEmpty { out += " — *\(competence.topics.map(\.rawValue).joined(separator: ", "))*" }
                out += "\n"
                for condition in competence.conditions { out += "  - condition: \(markdownEscape(describe(condition)))\n" }
                for flag in competence.flags {
                    out += "  - **\(flag.kind.rawValue)**\(flag.openEnded ? " (open-ended)" : ""): «\(markdownEscape(flag.span))» (Charter \(flag.charter.joined(separator: ", ")))\n"
                }
                if competence.isSubset { out += "  - only for: \(competence.units.map(\.rawValue).joined(separator: ", "))\n" }
            }
        }
        return out
    }

    /// CSV (RFC 4180): one row per competence.
    public static func csv(_ competences: [Competence]) -> String {
        var out = "address,act,lang,eid,actor,units,status,modality,topics,conditions,flags,inherited_from,text\r\n"
        for competence in competences {
            let fields = [
                competence.address, competence.act, competence.lang.rawValue, competence.eid, competence.actor.rawValue,
                competence.units.map(\.rawValue).joined(separator: ";"), competence.status.rawValue, competence.modality.rawValue,
                competence.topics.map(\.rawValue).joined(separator: ";"),
                competence.conditions.map(describe).joined(separator: "; "),
                competence.flags.map(\.kind.rawValue).joined(separator: ";"),
                competence.inheritedFromAddress, competence.text,
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A standalone HTML page (no external assets), readable and printable.
    public static func html(_ competences: [Competence], header: Header) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(competences.first?.lang == .kaz ? "kk" : competences.first?.lang == .eng ? "en" : "ru")">
            <head>
            <meta charset="utf-8">
            <title>Competences: \(escape(header.query.actor?.label ?? "all actors"))</title>
            <style>
            body { font-family: serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }
            .competence { margin: 0.6em 0; }
            .address { font-family: monospace; font-size: 0.85em; color: #444; }
            .flag { color: #8a1c1c; font-size: 0.9em; }
            .condition { color: #5a4a00; font-size: 0.9em; }
            @media print { body { margin: 0; } }
            </style>
            </head>
            <body>
            <h1>Competences: \(escape(header.query.actor?.label ?? "all actors"))</h1>
            <p class="scope">\(escape(header.scopeLine)); \(competences.count) competence(s)</p>
            <ul class="acts">

            """
        for line in header.actLines { out += "<li>\(escape(line))</li>\n" }
        out += "</ul>\n"
        for (act, group) in grouped(competences) {
            out += "<section>\n<h2>\(escape(act))</h2>\n<ol>\n"
            for competence in group {
                out += "<li class=\"competence\" id=\"\(escape(competence.address))\"><span class=\"address\">\(escape(competence.address))</span> "
                out += "<span class=\"status\">\(competence.status.rawValue)</span>, <span class=\"modality\">\(competence.modality.rawValue)</span><br>"
                out += "<span class=\"text\">\(escape(competence.text))</span>"
                for condition in competence.conditions { out += "<div class=\"condition\">\(escape(describe(condition)))</div>" }
                for flag in competence.flags {
                    out += "<div class=\"flag\" data-kind=\"\(flag.kind.rawValue)\">\(flag.kind.rawValue)\(flag.openEnded ? " (open-ended)" : ""): «\(escape(flag.span))»</div>"
                }
                out += "</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Competences grouped by act (in first-seen order).
    static func grouped(_ competences: [Competence]) -> [(String, [Competence])] {
        var order: [String] = []
        var groups: [String: [Competence]] = [:]
        for competence in competences {
            let key = "\(competence.act)/\(competence.lang.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(competence)
        }
        return order.map { ($0, groups[$0]!) }
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
