import KuzyretComparison
import KuzyretCore

/// The history of a competence list as an SVG step chart that Kuzyret writes itself, with no
/// script (DESIGN.md §10): the count over time as a step line, a dot per entry
/// (`<circle class="entry" data-date data-count>`), and a tick per amending law on the time axis
/// (`<line class="law" data-law data-date>`), each with a `<title>` a browser shows on hover.
public enum HistoryChart {
    /// The chart of `history`, `width` by `height` user units (it scales with its container).
    public static func svg(_ history: CompetenceHistory, width: Int = 720, height: Int = 300) -> String {
        let left = 48.0
        let right = 16.0
        let top = 28.0
        let bottom = 44.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let entries = history.entries
        let title = "Competences of \(history.actor.name) (\(history.lang.rawValue))" + (history.act.map { ", \($0)" } ?? "")
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="history-chart" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(escape(title))" font-family="sans-serif" font-size="11">
            <title>\(escape(title))</title>
            <text x="\(left)" y="16" font-size="13" fill="#111">\(escape(title))</text>

            """
        guard let first = entries.first, let last = entries.last else {
            return out + "<text x=\"\(left)\" y=\"\(top + 20)\" fill=\"#555\">no edition in the window</text>\n</svg>\n"
        }
        // The axis runs from the first entry to a little after the last (the last level shows).
        let start = Double(first.date.dayNumber)
        let span = max(Double(last.date.dayNumber) - start, 365)
        let end = start + span * 1.08
        let maximum = max(entries.map(\.total).max() ?? 0, 1)
        let ceiling = Double(niceCeiling(maximum))
        func x(_ date: LegalDate) -> Double { left + (Double(date.dayNumber) - start) / (end - start) * plotWidth }
        func y(_ count: Int) -> Double { top + plotHeight - Double(count) / ceiling * plotHeight }
        func format(_ value: Double) -> String {
            let tenths = Int((max(value, 0) * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }

        // Axes, grid and labels.
        out += "<g class=\"axes\" stroke=\"#999\" stroke-width=\"1\">\n"
        out +=
            "<line x1=\"\(format(left))\" y1=\"\(format(top + plotHeight))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(top + plotHeight))\"/>\n"
        out += "<line x1=\"\(format(left))\" y1=\"\(format(top))\" x2=\"\(format(left))\" y2=\"\(format(top + plotHeight))\"/>\n</g>\n"
        out += "<g class=\"y-labels\" fill=\"#333\" text-anchor=\"end\">\n"
        for step in 0...4 {
            let value = Int(ceiling) * step / 4
            out += "<text x=\"\(format(left - 6))\" y=\"\(format(y(value) + 4))\">\(value)</text>\n"
            if step > 0 {
                out +=
                    "<line x1=\"\(format(left))\" y1=\"\(format(y(value)))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(y(value)))\" stroke=\"#eee\"/>\n"
            }
        }
        out += "</g>\n<g class=\"x-labels\" fill=\"#333\" text-anchor=\"middle\">\n"
        let firstYear = first.date.year + (first.date.month > 1 || first.date.day > 1 ? 1 : 0)
        let lastYear = LegalDate(year: 1970, month: 1, day: 1)!.addingDays(Int(end)).year
        let yearStep = max(1, (lastYear - firstYear + 1) / 8)
        var year = firstYear
        while year <= lastYear {
            if let date = LegalDate(year: year, month: 1, day: 1), Double(date.dayNumber) <= end {
                out += "<text x=\"\(format(x(date)))\" y=\"\(format(top + plotHeight + 16))\">\(year)</text>\n"
            }
            year += yearStep
        }
        out += "</g>\n"

        // Laws on the time axis.
        out += "<g class=\"laws\" stroke=\"#b5482a\" stroke-width=\"2\">\n"
        for law in history.laws {
            let date = law.effectiveFrom
            guard Double(date.dayNumber) >= start, Double(date.dayNumber) <= end else { continue }
            out +=
                "<line class=\"law\" data-law=\"\(escape(law.law))\" data-date=\"\(date)\" x1=\"\(format(x(date)))\" y1=\"\(format(top + plotHeight + 20))\" x2=\"\(format(x(date)))\" y2=\"\(format(top + plotHeight + 28))\"><title>\(escape(law.summary))</title></line>\n"
        }
        out += "</g>\n"

        // The step line and the entries.
        var path = "M\(format(x(first.date))),\(format(y(first.total)))"
        for entry in entries.dropFirst() {
            path += " H\(format(x(entry.date))) V\(format(y(entry.total)))"
        }
        path += " H\(format(left + plotWidth))"
        out += "<path class=\"steps\" d=\"\(path)\" fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"2\"/>\n"
        out += "<g class=\"entries\" fill=\"#1f4e8c\">\n"
        for entry in entries {
            out +=
                "<circle class=\"entry\" data-date=\"\(entry.date)\" data-count=\"\(entry.total)\" cx=\"\(format(x(entry.date)))\" cy=\"\(format(y(entry.total)))\" r=\"3.5\"><title>\(entry.date): \(entry.total) competence(s); \(escape(entry.reasons.joined(separator: "; ")))</title></circle>\n"
        }
        out +=
            "</g>\n<text x=\"\(format(left))\" y=\"\(height - 4)\" fill=\"#555\">dots: the list on each date; ticks: amending laws (hover for details)</text>\n</svg>\n"
        return out
    }

    /// The smallest of 5, 10, 20, 25, 50, 100 … at or above `value`.
    static func niceCeiling(_ value: Int) -> Int {
        var scale = 1
        while true {
            for step in [5, 10, 20, 25, 50] where step * scale >= value { return step * scale }
            scale *= 10
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
