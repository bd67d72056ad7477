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

    struct Missing: Error {}

    static func required<T>(_ value: T?) throws -> T {
        guard let value else { throw Missing() }
        return value
    }
}
