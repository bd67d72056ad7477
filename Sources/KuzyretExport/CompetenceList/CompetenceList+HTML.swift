import Foundation
import KuzyretCompetence
import KuzyretCore

/// The competence list as a standalone HTML page.
extension CompetenceList {
    /// A standalone HTML page (no external assets), readable and printable: the header, the
    /// counts per act and per topic, then a section per act and a list per topic. Every
    /// competence is an `<li class="competence" id="ADDRESS">` whose parts carry classes
    /// (`address`, `status`, `modality`, `topics`, `text`, `condition`, `flag`, `from`).
    public static func html(_ competences: [Competence], header: Header, chart: String? = nil) -> String {
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
            .condition { color: #5a4a00; font-size: 0.9em; } figure.history svg { width: 100%; max-width: 720px; height: auto; } .from, .only { color: #555; font-size: 0.85em; }
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
        if !header.datedLines.isEmpty {
            out += "<ul class=\"dated\">\n"
            for line in header.datedLines { out += "<li>\(escape(line))</li>\n" }
            out += "</ul>\n"
        }
        func table(_ caption: String, _ rows: [Counts.Row], total: Bool) -> String {
            var table =
                "<table class=\"counts \(caption)\"><thead><tr><th>\(caption)</th><th>competences</th><th>open-ended</th></tr></thead><tbody>\n"
            for row in rows {
                table +=
                    "<tr><td>\(escape(row.name))</td><td class=\"n\">\(row.competences)</td><td class=\"n\">\(row.openEnded)</td></tr>\n"
            }
            if total {
                table += "<tr><td>all</td><td class=\"n\">\(counts.competences)</td><td class=\"n\">\(counts.openEnded)</td></tr>\n"
            }
            return table + "</tbody></table>\n"
        }
        out += table("act", counts.acts, total: true) + table("topic", counts.topics, total: false)
        if let chart {
            // The list's history (``HistoryChart``), an SVG Kuzyret wrote: inserted as it is.
            out += "<h2>History</h2>\n<figure class=\"history\">\n\(chart)</figure>\n"
        }
        if !header.openClauses.isEmpty {
            out += "<h2>Open-ended clauses</h2>\n<ul class=\"open-clauses\">\n"
            for clause in header.openClauses {
                out +=
                    "<li class=\"open-clause\" data-kind=\"\(clause.flag.kind.rawValue)\"><span class=\"address\">\(escape(clause.address))</span> "
                out +=
                    "\(clause.flag.kind.rawValue): «\(escape(clause.flag.span))» (Charter \(escape(clause.flag.charter.joined(separator: ", "))))</li>\n"
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
                    out +=
                        "<span class=\"status\">\(competence.status.rawValue)</span> · <span class=\"modality\">\(competence.modality.rawValue)</span>"
                    if !single { out += " · <span class=\"member\">\(competence.actor.rawValue)</span>" }
                    if !competence.topics.isEmpty {
                        out += " · <span class=\"topics\">\(escape(competence.topics.map(\.rawValue).joined(separator: ", ")))</span>"
                    }
                    out += "<br><span class=\"text\">\(escape(competence.text))</span>"
                    for condition in competence.conditions { out += "<div class=\"condition\">\(escape(describe(condition)))</div>" }
                    for flag in competence.flags {
                        out +=
                            "<div class=\"flag\(flag.openEnded ? " open-ended" : "")\" data-kind=\"\(flag.kind.rawValue)\">\(flag.kind.rawValue)"
                        out +=
                            "\(flag.openEnded ? " (open-ended)" : ""): «\(escape(flag.span))» (Charter \(escape(flag.charter.joined(separator: ", "))))</div>"
                    }
                    if competence.isSubset {
                        out += "<div class=\"only\">only for: \(escape(competence.units.map(\.rawValue).joined(separator: ", ")))</div>"
                    }
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
}
