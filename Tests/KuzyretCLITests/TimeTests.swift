import Foundation
import KuzyretMarkup
import KuzyretTestSupport
import Testing

/// Kuzyret in time (issue 16) on the real statutes: acts that lost force or were not yet in
/// force, lists as of a date, an edition gap bridged by a later edition's notes, the history of a
/// competence list with its chart, and comparisons a drafter can trust. "Today" is
/// ``TestPaths/today``.
@Suite("Lists as of a date, history and comparison over time")
struct TimeTests {
    /// An index of the real statutes, made once.
    static let database: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-time-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let db = directory + "/kuzyret.sqlite"
        _ = try? ProcessRun.kuzyret([
            "index", TestPaths.sharedStatutes, "--db", db, "--catalog", TestPaths.packageRoot + "/Statutes/catalog.json",
        ])
        return db
    }()

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try ProcessRun.kuzyret(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    static func competences(_ list: [String: Any]) -> [[String: Any]] { list["competences"] as? [[String: Any]] ?? [] }

    @Test("Today: nothing from the Budget Code that lost force; the header and JSON say why it is left out")
    func validityToday() throws {
        let list = try Self.json(["competences", "--actor", "rural-tier", "--format", "json", "--db", Self.database])
        #expect(list["as_of"] as? String == TestPaths.today)
        #expect(!Self.competences(list).isEmpty)
        #expect(!Self.competences(list).contains { ($0["act"] as? String) == "K080000095_" })
        #expect(Self.competences(list).contains { ($0["act"] as? String) == "K2500000171" })
        let leftOut = try #require(list["left_out"] as? [[String: Any]])
        let budget = try #require(leftOut.first { $0["id"] as? String == "K080000095_" })
        #expect(budget["reason"] as? String == "lost-force")
        #expect(budget["lost_force_on"] as? String == "2025-01-01")
        #expect(budget["replaced_by"] as? String == "K2500000171")
        let text = try ProcessRun.kuzyret(["competences", "--actor", "rural-tier", "--db", Self.database])
        #expect(text.stdout.contains("as of: \(TestPaths.today)"))
        #expect(text.stdout.contains("left out: K080000095_ (rus): lost force on 2025-01-01, replaced by K2500000171"))
        let flags = try Self.json(["flags", "--actor", "rural-tier", "--format", "json", "--db", Self.database])
        #expect(flags["as_of"] as? String == TestPaths.today)
        #expect(!((flags["flags"] as? [[String: Any]]) ?? []).contains { ($0["address"] as? String)?.hasPrefix("K080000095_") == true })
    }

    @Test("As of 2024-06-01: nothing from the 2025 Budget Code, Law 148-II from its newest edition by then")
    func validityIn2024() throws {
        let list = try Self.json([
            "competences", "--actor", "rural-tier", "--as-of", "2024-06-01", "--format", "json", "--db", Self.database,
        ])
        #expect(list["as_of"] as? String == "2024-06-01")
        #expect(!Self.competences(list).contains { ($0["act"] as? String) == "K2500000171" })
        let acts = try #require(list["acts"] as? [[String: Any]])
        #expect(acts.first { $0["id"] as? String == "Z010000148_" }?["edition"] as? String == "2022-03-02")
        // The 2008 Budget Code answers; its 2024 excerpt lacks art. 73-1, which its 2021 excerpt supplies.
        #expect(Self.competences(list).contains { ($0["address"] as? String) == "K080000095_/rus/art_73-1__para_1" })
        let supplements = try #require(list["supplements"] as? [[String: Any]])
        #expect(supplements.first?["edition"] as? String == "2021-06-30" && supplements.first?["articles"] as? [String] == ["art_73-1"])
        let leftOut = try #require(list["left_out"] as? [[String: Any]])
        let code = try #require(leftOut.first { $0["id"] as? String == "K2500000171" })
        #expect(code["reason"] as? String == "not-yet-in-force" && code["in_force_from"] as? String == "2025-01-01")
    }

    @Test("An edition gap: the education law's art. 6 point 5 as of 2020 and 2022, in Russian and Kazakh", arguments: ["rus", "kaz"])
    func editionGap(lang: String) throws {
        let base = ["competences", "--act", "Z070000319_", "--lang", lang, "--format", "json", "--db", Self.database]
        let before = try Self.json(base + ["--as-of", "2020-06-01"])
        let fromPoint5 = Self.competences(before).filter { ($0["eid"] as? String)?.hasPrefix("art_6__para_5") == true }
        #expect(fromPoint5.count == 4)
        #expect((before["corrections"] as? [Any])?.isEmpty == true)
        let after = try Self.json(base + ["--as-of", "2022-01-01"])
        #expect(Self.competences(after).isEmpty)
        let corrections = try #require(after["corrections"] as? [[String: Any]])
        #expect(corrections.count == 1)
        #expect(corrections.first?["address"] as? String == "Z070000319_/\(lang)/art_6__para_5")
        #expect(corrections.first?["law_number"] as? String == "291-VI")
        #expect(corrections.first?["in_force_from"] as? String == "2021-01-01")
        #expect(corrections.first?["recorded_in"] as? String == "2026-07-12")
        let text = try ProcessRun.kuzyret(Array(base.dropLast(4)) + ["--db", Self.database, "--as-of", "2022-01-01"])
        #expect(
            text.stdout.contains("corrected: Z070000319_/\(lang)/art_6__para_5 repealed from 2021-01-01 by Law of 27.12.2019 No. 291-VI"))
    }

    @Test("history shows the step of 2021-01-01 in the education law, tied to Law 291-VI")
    func historyOfTheGap() throws {
        let history = try Self.json(["history", "--actor", "aul-akim", "--act", "Z070000319_", "--format", "json", "--db", Self.database])
        let entries = try #require(history["entries"] as? [[String: Any]])
        #expect(entries.map { $0["date"] as? String } == ["2019-12-27", "2021-01-01", "2026-07-12"])
        #expect(entries.map { $0["total"] as? Int } == [4, 0, 0])
        let steps = try #require(history["steps"] as? [[String: Any]])
        let step = try #require(steps.first { $0["to"] as? String == "2021-01-01" })
        #expect((step["dropped"] as? [[String: Any]])?.count == 4)
        #expect((step["laws"] as? [[String: Any]])?.map { $0["law_number"] as? String } == ["291-VI"])
    }

    @Test("search answers as of today (the lost Budget Code left out) or as of a date (its 2024 edition)")
    func searchAsOf() throws {
        func hits(_ act: String, _ extra: [String]) throws -> (hits: [[String: Any]], answer: [String: Any]) {
            let answer = try Self.json(["search", "бюджет*", "--act", act, "--format", "json", "--db", Self.database] + extra)
            return ((answer["hits"] as? [[String: Any]]) ?? [], answer)
        }
        let today = try hits("K080000095_", [])
        #expect(today.answer["as_of"] as? String == TestPaths.today)
        #expect(today.hits.isEmpty)
        #expect(((today.answer["left_out"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == "K080000095_" })
        #expect(!(try hits("K2500000171", [])).hits.isEmpty)
        #expect(!(try hits("K080000095_", ["--as-of", "2024-06-01"])).hits.isEmpty)
        #expect((try hits("K2500000171", ["--as-of", "2024-06-01"])).hits.isEmpty)
    }

    @Test("show: the edition in force on the date, the act's validity, and the provision's amending laws")
    func showAsOf() throws {
        let lost = try Self.json(["show", "K080000095_/rus/art_9-1__para_1", "--format", "json", "--db", Self.database])
        #expect(lost["act_validity"] as? String == "lost force on 2025-01-01, replaced by K2500000171")
        #expect(lost["as_of"] as? String == TestPaths.today)
        let point = try Self.json(["show", "Z010000148_/rus/art_35__para_1__point_12-11", "--format", "json", "--db", Self.database])
        let laws = (point["amendments"] as? [[String: Any]]) ?? []
        let own = try #require(laws.first { $0["eid"] as? String == "art_35__para_1__point_12-11" })
        #expect(
            own["law_number"] as? String == "213-VIII" && own["in_force_from"] as? String == "2025-09-01"
                && own["effect"] as? String == "in-force")
        #expect(laws.contains { $0["eid"] as? String == "art_35" && $0["law_number"] as? String == "291-VI" })
        let earlier = try Self.json([
            "show", "Z010000148_/rus/art_35__para_1__point_10", "--as-of", "2023-01-01", "--format", "json", "--db", Self.database,
        ])
        #expect(((earlier["texts"] as? [[String: Any]]) ?? []).first?["edition"] as? String == "2022-03-02")
    }

    /// The added, dropped and changed addresses of a comparison in JSON (history step or diff).
    static func changes(_ report: [String: Any], newKey: String) -> [Set<String>] {
        func addresses(_ key: String) -> Set<String> {
            Set(((report[key] as? [[String: Any]]) ?? []).compactMap { $0["address"] as? String })
        }
        return [addresses(newKey), addresses("dropped"), addresses("changed")]
    }

    @Test("History over art. 35's four editions: an entry each, each step equal to diff, the laws of the window")
    func historyOfArticle35() throws {
        let history = try Self.json(["history", "--actor", "aul-akim", "--act", "Z010000148_", "--format", "json", "--db", Self.database])
        let entries = try #require(history["entries"] as? [[String: Any]])
        let dates = entries.compactMap { $0["date"] as? String }
        let editions = ["2008-12-24", "2022-03-02", "2025-08-31", "2026-07-12"]
        #expect(Set(editions).isSubset(of: Set(dates)))
        #expect(dates.filter { date in editions.contains(date) }.count == 4)
        let steps = try #require(history["steps"] as? [[String: Any]])
        let files = [
            "Z010000148_/rus/art035-041.2008-12-24.md", "Z010000148_/rus/art035.2022-03-02.md", "Z010000148_/rus.md",
            "Z010000148_/rus.2026-07-12.md",
        ].map(TestPaths.statute)
        for index in 0..<3 {
            let step = try #require(steps.first { $0["from"] as? String == editions[index] && $0["to"] as? String == editions[index + 1] })
            let diff = try Self.json(["diff", files[index], files[index + 1], "--format", "json"])
            #expect(Self.changes(step, newKey: "added") == Self.changes(diff, newKey: "new"), "\(editions[index]) → \(editions[index + 1])")
        }
        // 2025 → 2026: sub-point 12-11 of point 1 comes into force.
        let last = try #require(steps.first { $0["from"] as? String == "2025-08-31" && $0["to"] as? String == "2026-07-12" })
        let changed = try #require(last["changed"] as? [[String: Any]])
        #expect(changed.map { $0["address"] as? String } == ["Z010000148_/rus/art_35__para_1__point_12-11"])
        #expect(changed.first?["old_status"] as? String == "pending" && changed.first?["new_status"] as? String == "in-force")
        #expect((last["added"] as? [Any])?.isEmpty == true && (last["dropped"] as? [Any])?.isEmpty == true)

        // The laws of 2008 → 2022 are those art. 35's 2022 footnote dates in that window.
        let source = try String(contentsOfFile: files[1], encoding: .utf8)
        // The article's own footnote: the note of the file that cites the most laws.
        let footnote = try #require(
            source.components(separatedBy: "\n").filter { $0.hasPrefix(">") }.max {
                $0.split(separator: "№").count < $1.split(separator: "№").count
            })
        let cited = try Regex(#"от (\d\d)\.(\d\d)\.(\d{4}) № ([0-9]+(?:-[IVXІ]+)?)"#)
        var expected = Set<String>()
        for match in footnote.matches(of: cited) {
            let date = "\(match.output[3].substring!)-\(match.output[2].substring!)-\(match.output[1].substring!)"
            let number = String(match.output[4].substring!).replacingOccurrences(of: "І", with: "I")
            if date > "2008-12-24" && date <= "2022-03-02" { expected.insert("\(date) \(number)") }
        }
        let first = try #require(steps.first { $0["from"] as? String == "2008-12-24" && $0["to"] as? String == "2022-03-02" })
        let laws = Set(
            ((first["laws"] as? [[String: Any]]) ?? []).map { "\($0["law_date"] as? String ?? "") \($0["law_number"] as? String ?? "")" })
        #expect(expected.count > 20)
        #expect(laws == expected)
    }

    /// The entries of an SVG chart as a browser read it: `(date, count)` of each dot, and the laws.
    final class ChartReader: MarkupHandler {
        var points: [(String, Int)] = []
        var laws: [String] = []
        func startElement(_ element: MarkupElement) {
            if element.name == "circle", element.hasClass("entry") {
                points.append((element.attribute("data-date") ?? "", Int(element.attribute("data-count") ?? "") ?? -1))
            }
            if element.name == "line", element.hasClass("law") { laws.append(element.attribute("data-law") ?? "") }
        }
        func endElement(_ name: String) {}
        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
    }

    @Test("The history chart is an SVG that headless Chromium renders; its dots read back as the entries")
    func chartInChromium() throws {
        let chromium = try #require(BrowserTests.chromium, "Chromium is not installed: run scripts/setup")
        let svg = NSTemporaryDirectory() + "kuzyret-history-\(UUID().uuidString).svg"
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let run = try ProcessRun.kuzyret([
            "history", "--actor", "aul-akim", "--act", "Z010000148_", "--format", "json", "--out", svg, "--db", Self.database,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let history = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let entries = try #require(history["entries"] as? [[String: Any]])
        let written = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(written.hasPrefix("<svg") && !written.contains("<script"))
        let dom = try ProcessRun.run(chromium, BrowserTests.headless + ["--dump-dom", "file://" + svg])
        #expect(dom.status == 0, "\(dom.stderr.suffix(400))")
        let reader = ChartReader()
        try MarkupParser.parseHTML(Array(dom.stdout.utf8), encoding: "utf-8", handler: reader)
        #expect(reader.points.map(\.0) == entries.compactMap { $0["date"] as? String })
        #expect(reader.points.map(\.1) == entries.compactMap { $0["total"] as? Int })
        #expect(reader.laws.contains("Law of 17.07.2025 No. 213-VIII"))
    }

    @Test("The HTML competence list read from the index embeds the history chart")
    func listEmbedsChart() throws {
        let run = try ProcessRun.kuzyret([
            "competences", "--actor", "aul-akim", "--act", "Z010000148_", "--format", "html", "--db", Self.database,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<figure class=\"history\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"history-chart\""))
        for edition in ["2008-12-24", "2022-03-02", "2025-08-31", "2026-07-12"] {
            #expect(run.stdout.contains("class=\"entry\" data-date=\"\(edition)\""))
        }
        #expect(!run.stdout.contains("<script"))
    }

    @Test("An index made with another catalog is built again, so an act's life entered later shows")
    func catalogChangeRebuilds() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-catalog-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let law = TestPaths.statute("Z070000319_/rus/art006.2019-12-27.md")
        let db = directory + "/index.sqlite"
        let first = directory + "/first.json"
        let second = directory + "/second.json"
        try #"{"acts": [{"id": "Z070000319_", "kind": "law", "titles": {"rus": "Об образовании"}, "addresses": {}}]}"#.write(
            toFile: first, atomically: true, encoding: .utf8)
        try
            #"{"acts": [{"id": "Z070000319_", "kind": "law", "titles": {"rus": "Об образовании"}, "addresses": {}, "lost_force_on": "2020-01-01"}]}"#
            .write(toFile: second, atomically: true, encoding: .utf8)
        #expect(try ProcessRun.kuzyret(["index", law, "--db", db, "--catalog", first]).status == 0)
        let again = try ProcessRun.kuzyret(["index", law, "--db", db, "--catalog", first])
        #expect((again.stdout + again.stderr).contains("1 act(s) unchanged"), "\(again.stdout)")
        let edited = try ProcessRun.kuzyret(["index", law, "--db", db, "--catalog", second])
        #expect((edited.stdout + edited.stderr).contains("0 act(s) unchanged"), "\(edited.stdout)")
        let list = try Self.json(["competences", "--act", "Z070000319_", "--format", "json", "--db", db])
        #expect((list["left_out"] as? [[String: Any]])?.first?["lost_force_on"] as? String == "2020-01-01")
    }

    @Test("A bill deleting art. 35 point 3 removes the upward-accountability flag")
    func billRemovesAccountability() throws {
        let bill = try TestBills.article35WithoutPoint3()
        let report = try Self.json(["coverage", bill, "--within", "art_35", "--format", "json", "--db", Self.database])
        let flags = try #require(report["flags"] as? [String: Any])
        let removed = try #require(flags["removed"] as? [[String: Any]])
        #expect(removed.map { $0["kind"] as? String } == ["upward-accountability"])
        #expect(removed.first?["address"] as? String == "Z010000148_/rus/art_35__para_3")
        #expect(removed.first?["open_ended"] as? Bool == false)
        #expect((report["sides"] as? [String: Any])?["as_of"] as? String == TestPaths.today)
    }

    @Test("A pending placeholder that a bill drops is pending, not a dropped duty")
    func pendingIsNotDropped() throws {
        let bill = try TestBills.article35Bill(name: "no-12-11") { text, line in text.hasPrefix("12-11)") ? [] : [line] }
        let report = try Self.json(["diff", TestPaths.statute("Z010000148_/rus.md"), bill, "--within", "art_35", "--format", "json"])
        let dropped = ((report["dropped"] as? [[String: Any]]) ?? []).compactMap { $0["eid"] as? String }
        let pending = ((report["pending"] as? [[String: Any]]) ?? []).compactMap { $0["eid"] as? String }
        #expect(!dropped.contains("art_35__para_1__point_12-11"))
        #expect(pending == ["art_35__para_1__point_12-11"])
    }

    @Test("A renumbered bill: the reworded public-transport duty pairs as changed, by its rare words")
    func rewordedDutyPairs() throws {
        let bill = try TestBills.article35Renumbered()
        let report = try Self.json(["coverage", bill, "--within", "art_35", "--format", "json", "--db", Self.database])
        let changed = try #require(report["changed"] as? [[String: Any]])
        // Sub-point 14) of point 1 is the duty the bill rewords and moves (TestBills.article35Renumbered).
        let transport = try #require(changed.first { $0["address"] as? String == "Z010000148_/rus/art_35__para_1__point_14" })
        #expect(transport["new_address"] as? String == "Z010000148_/rus/art_35__para_1__point_40")
        let dropped = ((report["dropped"] as? [[String: Any]]) ?? []).compactMap { $0["eid"] as? String }
        #expect(!dropped.contains("art_35__para_1__point_14"))
        #expect(((report["new"] as? [[String: Any]]) ?? []).isEmpty)
    }
}
