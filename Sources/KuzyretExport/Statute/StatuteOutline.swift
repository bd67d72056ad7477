import KuzyretCore

/// The text form of `kuzyret parse`: an indented outline, one node per line, with its address,
/// status, conditions and the start of its text.
///
/// ```
/// Z010000148_/rus  О местном государственном управлении …  (edition 2025-08-31, markdown)
///   art_35  Статья 35. Компетенция акима …  [1 footnote]
///     art_35__para_1  1. Аким … в соответствии с законодательством …
///       art_35__para_1__point_4  4) разрабатывает …  {repealed from 2018-01-01 where population > 2000}
///       art_35__para_1__point_10  10) исключен …  REPEALED
/// ```
public enum StatuteOutline {
    /// The outline of `statute`; text longer than `width` characters is cut with an ellipsis.
    public static func render(_ statute: Statute, width: Int = 100) -> String {
        var lines: [String] = []
        let act = statute.act
        var header = "\(act.id)/\(act.lang.rawValue)  \(act.title)"
        var facts: [String] = []
        if let edition = act.edition { facts.append("edition \(edition)") }
        facts.append(act.format.rawValue)
        if let status = act.status { facts.append(status.rawValue) }
        if act.isPartial { facts.append("partial") }
        header += "  (\(facts.joined(separator: ", ")))"
        lines.append(header)
        if !statute.footnotes.isEmpty { lines.append("  [\(statute.footnotes.count) act footnote(s)]") }
        for provision in statute.provisions { render(provision, depth: 1, width: width, into: &lines) }
        if statute.conclusions != nil { lines.append("  (signature block)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ node: Provision, depth: Int, width: Int, into lines: inout [String]) {
        var line = String(repeating: "  ", count: depth) + node.eid + "  " + label(node)
        let body = [node.heading, node.text.isEmpty ? nil : node.text].compactMap { $0 }.joined(separator: " — ")
        if !body.isEmpty { line += " " + shorten(body.replacingNewlines(), to: width) }
        if node.status != .inForce { line += "  " + node.status.rawValue.uppercased() }
        for condition in node.conditions { line += "  {" + describe(condition) + "}" }
        if !node.footnotes.isEmpty { line += "  [\(node.footnotes.count) footnote\(node.footnotes.count == 1 ? "" : "s")]" }
        lines.append(line)
        for child in node.children { render(child, depth: depth + 1, width: width, into: &lines) }
    }

    /// `Статья 35.`-like label in a neutral form: `art 35`, `1.`, `4-1)`.
    static func label(_ node: Provision) -> String {
        guard let num = node.num else { return "(\(node.kind.rawValue))" }
        switch node.kind {
        case .paragraph: return num + "."
        case .point: return num
        default: return "\(node.kind.rawValue) \(num)"
        }
    }

    /// `repealed from 2018-01-01 where population > 2000 (part 2)`.
    public static func describe(_ condition: Condition) -> String {
        var text = condition.effect.rawValue
        if let from = condition.from { text += " from \(from)" }
        if let bound = condition.population { text += " where population \(bound)" }
        if let scope = condition.scope { text += " (\(scope))" }
        return text
    }

    static func shorten(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
