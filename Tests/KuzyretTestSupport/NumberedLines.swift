import Foundation
import KuzyretCore

/// The "nothing lost" check: every numbered line of the input files («Статья 35.», «35-бап.»,
/// «1.», «4-1)») must have become a provision with that number.
///
/// It reads the source text on its own, with a few regular expressions and no code of the
/// reader, so a reader that drops or merges a line is caught. Lines inside quotation marks
/// («…» — amendment texts quoted in the statute), footnote lines and table rows are left out.
public enum NumberedLines {
    /// Numbers found on more input lines than there are nodes carrying them, as
    /// `"<num> (file:line)"`; empty when nothing was lost.
    ///
    /// A line the reader reports having folded on purpose (a diagnostic «its only paragraph «1.» …
    /// folded») counts as kept: every difference must be explained by the reader itself.
    public static func missing(from statute: Statute, files: [String], diagnostics: [Diagnostic] = []) -> [String] {
        var nodeCounts: [String: Int] = [:]
        statute.walk { node, _ in
            if let number = node.number { nodeCounts[number, default: 0] += 1 }
        }
        for diagnostic in diagnostics where diagnostic.message.contains("its only paragraph «") {
            if let open = diagnostic.message.range(of: "«"),
                let close = diagnostic.message.range(of: "»", range: open.upperBound..<diagnostic.message.endIndex)
            {
                let number = ProvisionNumber.eIdForm(of: diagnostic.message[open.upperBound..<close.lowerBound])
                nodeCounts[number, default: 0] += 1
            }
        }
        var lineCounts: [String: [String]] = [:]
        for file in files {
            for (num, line) in numberedLines(in: file) {
                lineCounts[num, default: []].append("\((file as NSString).lastPathComponent):\(line)")
            }
        }
        var missing: [String] = []
        for (num, places) in lineCounts.sorted(by: { $0.key < $1.key }) where places.count > nodeCounts[num, default: 0] {
            missing.append("\(num) (\(places.prefix(3).joined(separator: ", ")))")
        }
        return missing
    }

    /// The numbered lines of one file as (number, line).
    public static func numberedLines(in path: String) -> [(String, Int)] {
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let lines = path.hasSuffix(".html") ? htmlLines(raw) : markdownLines(raw)
        var result: [(String, Int)] = []
        var quoteDepth = 0
        for (index, original) in lines.enumerated() {
            let line = clean(original)
            let quoted = quoteDepth > 0 || line.hasPrefix("«") || line.hasPrefix("\"") || line.hasPrefix("“")
            quoteDepth = max(0, quoteDepth + line.count(where: { $0 == "«" }) - line.count(where: { $0 == "»" }))
            guard !quoted, !isFootnote(line), !line.hasPrefix("|") else { continue }
            if let num = lead(of: line) { result.append((num, index + 1)) }
        }
        return result
    }

    private static let patterns: [NSRegularExpression] = [
        #"^(?:Статья|Article)\s+(\d+(?:-\d+)*)"#,
        #"^(\d+(?:-\d+)*)[\s-]*бап\b"#,
        #"^(\d+(?:-\d+)*)\s?[.)](?:\s|$)"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    static func lead(of line: String) -> String? {
        let range = NSRange(line.startIndex..., in: line)
        for pattern in patterns {
            if let match = pattern.firstMatch(in: line, range: range), let group = Range(match.range(at: 1), in: line) {
                return String(line[group])
            }
        }
        return nil
    }

    static func isFootnote(_ line: String) -> Bool {
        ["Сноска", "Ескерту", "Footnote"].contains { line.hasPrefix($0) }
    }

    /// Drops Markdown decoration: quote marks, heading hashes, emphasis, escapes, anchors.
    static func clean(_ line: String) -> String {
        var text = line.replacingOccurrences(of: #"<a id="[^"]*"></a>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\", with: "")
        text = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        let decoration = CharacterSet(charactersIn: ">#*_ \t")
        return String(text.unicodeScalars.drop { decoration.contains($0) }).trimmingCharacters(in: .whitespaces)
    }

    static func markdownLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for index in 0...end { lines[index] = "" }
        }
        return lines
    }

    /// The text of an HTML page, one line per paragraph or line break, tags removed.
    static func htmlLines(_ html: String) -> [String] {
        var text = html.replacingOccurrences(of: #"(?is)<(script|style|head)\b.*?</\1>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)<br\s*/?>|</(p|div|h\d|li|tr)>"#, with: "\n", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        for (entity, value) in ["&nbsp;": " ", "&laquo;": "«", "&raquo;": "»", "&quot;": "\"", "&amp;": "&", "&#160;": " "] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text.components(separatedBy: "\n")
    }
}
