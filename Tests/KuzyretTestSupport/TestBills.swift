import Foundation

/// Bills written for the tests from the real statutes (their text is read at test time, never
/// copied into the project).
public enum TestBills {
    /// A bill written for the tests from art. 35 of the 2026-07-12 edition: sub-points 3) and 11)
    /// of point 1 dropped, 21) reworded, a new 22-1), and point 2 deleted. Written to a temporary
    /// folder named after the act, so the bill reads as an edition of Law 148-II.
    public static func article35() throws -> String {
        let source = try String(contentsOfFile: TestPaths.statute("Z010000148_/rus.2026-07-12.md"), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let start = try required(lines.firstIndex { $0.contains("Статья 35.") && $0.hasPrefix("#") })
        let end = try required(lines[start...].firstIndex { $0.contains("Статья 36.") && $0.hasPrefix("#") })
        var article: [String] = []
        for line in lines[start..<end] {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("3) содействует сбору налогов") || text.hasPrefix("11) организует работу по сохранению") { continue }
            if text.hasPrefix("2. К ведению акима") { continue }
            if text.hasPrefix("21) организует погребение безродных") {
                article.append(
                    line.replacingOccurrences(of: "организует погребение безродных", with: "обеспечивает захоронение безродных граждан"))
                continue
            }
            article.append(line)
            if text.hasPrefix("22) ведет реестр общественных медиаторов") {
                article.append("22-1) организует учет безнадзорных животных на территории населенного пункта;")
            }
        }
        let directory = NSTemporaryDirectory() + "kuzyret-bill-\(ProcessInfo.processInfo.processIdentifier)/Z010000148_/rus"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/bill.2027-01-01.md"
        try ("## Глава 3. Акимы и акиматы\n\n" + article.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Art. 35 of the 2026-07-12 edition as a bill that deletes point 3 (the aul akim's
    /// accountability to the superior akim) and changes nothing else.
    public static func article35WithoutPoint3() throws -> String {
        try article35Bill(name: "no-point-3") { text, line in text.hasPrefix("3. ") ? [] : [line] }
    }

    /// Art. 35 of the 2026-07-12 edition as a renumbering bill: sub-point 14) of point 1
    /// «организует движение общественного транспорта» leaves its place, the whole-numbered
    /// sub-points after it move one up (15) becomes 14) …), and it comes back at the end of point 1
    /// as 40), reworded: «обеспечивает организацию регулярных перевозок пассажиров и багажа
    /// общественным транспортом в пределах населенного пункта».
    public static func article35Renumbered() throws -> String {
        var inPoint1 = false
        return try article35Bill(name: "renumbered") { text, line in
            if text.hasPrefix("1. ") { inPoint1 = true }
            if text.hasPrefix("1-1.") {
                inPoint1 = false
                return [
                    "   40) обеспечивает организацию регулярных перевозок пассажиров и багажа общественным транспортом в пределах населенного пункта.",
                    "", line,
                ]
            }
            if inPoint1, text.hasPrefix("14) ") { return [] }
            if inPoint1, let close = text.firstIndex(of: ")"), let number = Int(text[..<close]), number > 14 {
                return [String(line.prefix { $0 == " " }) + "\(number - 1)" + text[close...]]
            }
            return [line]
        }
    }

    /// Art. 35 of the 2026-07-12 edition, each line passed through `edit`, written as an edition
    /// of Law 148-II dated 2027-01-01.
    public static func article35Bill(name: String, _ edit: (String, String) -> [String]) throws -> String {
        let source = try String(contentsOfFile: TestPaths.statute("Z010000148_/rus.2026-07-12.md"), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let start = try required(lines.firstIndex { $0.contains("Статья 35.") && $0.hasPrefix("#") })
        let end = try required(lines[start...].firstIndex { $0.contains("Статья 36.") && $0.hasPrefix("#") })
        var article: [String] = []
        for line in lines[start..<end] { article += edit(line.trimmingCharacters(in: .whitespaces), line) }
        let directory = NSTemporaryDirectory() + "kuzyret-bill-\(name)-\(ProcessInfo.processInfo.processIdentifier)/Z010000148_/rus"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/bill.2027-01-01.md"
        try ("## Глава 3. Акимы и акиматы\n\n" + article.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    struct Missing: Error {}

    static func required<T>(_ value: T?) throws -> T {
        guard let value else { throw Missing() }
        return value
    }
}
