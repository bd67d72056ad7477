import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret coverage` and `kuzyret diff` as a drafter runs them (DESIGN.md §10, §11).
@Suite("coverage and diff commands", .serialized)
struct ComparisonCommandTests {
    static let directory = NSTemporaryDirectory() + "kuzyret-cli-compare-\(ProcessInfo.processInfo.processIdentifier)"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("coverage: a bill against the indexed act, in JSON; below --min-coverage it exits 3")
    func coverage() throws {
        try FileManager.default.createDirectory(atPath: Self.directory, withIntermediateDirectories: true)
        let database = Self.directory + "/law.sqlite"
        let law = TestPaths.statute("Z010000148_/rus.2026-07-12.md")
        #expect(try ProcessRun.kuzyret(["index", law, "--db", database]).status == 0)
        let bill = try TestBills.article35()
        let passed = try ProcessRun.kuzyret([
            "coverage", bill, "--db", database, "--within", "art_35", "--format", "json", "--min-coverage", "0.9",
        ])
        #expect(passed.status == 0, "\(passed.stderr)")
        let report = try Self.json(passed.stdout)
        #expect((report["sides"] as? [String: Any])?["scope"] as? String == "under art_35")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["dropped"] as? Int == 2 && summary["changed"] as? Int == 1 && summary["added"] as? Int == 1)
        #expect(summary["flags_removed"] as? Int == 1)
        let changed = try #require((report["changed"] as? [[String: Any]])?.first)
        #expect(changed["eid"] as? String == "art_35__para_1__point_21")
        #expect((changed["diff"] as? String)?.contains("{+обеспечивает захоронение+}") == true)
        let removed = try #require(((report["flags"] as? [String: Any])?["removed"] as? [[String: Any]])?.first)
        #expect(removed["address"] as? String == "Z010000148_/rus/art_35__para_2" && removed["kind"] as? String == "residual-legislation")
        let failed = try ProcessRun.kuzyret(["coverage", bill, "--db", database, "--within", "art_35", "--min-coverage", "0.99"])
        #expect(failed.status == 3)
        #expect(failed.stderr.contains("below --min-coverage 99.0%") && failed.stdout.contains("dropped art_35__para_1__point_3"))
        // Nothing in scope is no 100 % coverage: a typo in --within must not pass a drafter's gate.
        let empty = try ProcessRun.kuzyret(["coverage", bill, "--db", database, "--within", "art_999", "--min-coverage", "0.9"])
        #expect(empty.status == 1 && empty.stderr.contains("nothing to compare"))
        let missing = try ProcessRun.kuzyret(["coverage", Self.directory + "/no-such-bill.md", "--db", database])
        #expect(missing.status == 1 && missing.stderr.contains("no-such-bill.md"))
        let noIndex = try ProcessRun.kuzyret(["coverage", bill, "--db", Self.directory + "/none.sqlite"])
        #expect(noIndex.status == 1 && noIndex.stderr.contains("no index"))
    }

    @Test("diff: 2025-08-31 → 2026-07-12, art. 35: one change, sub-point 12-11 pending → in force")
    func diff() throws {
        let old = TestPaths.statute("Z010000148_/rus.md")
        let new = TestPaths.statute("Z010000148_/rus.2026-07-12.md")
        let run = try ProcessRun.kuzyret(["diff", old, new, "--within", "art_35", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.json(run.stdout)
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect(changed.first?["address"] as? String == "Z010000148_/rus/art_35__para_1__point_12-11")
        #expect(changed.first?["old_status"] as? String == "pending" && changed.first?["new_status"] as? String == "in-force")
        #expect((report["dropped"] as? [Any])?.isEmpty == true && (report["new"] as? [Any])?.isEmpty == true)
        let text = try ProcessRun.kuzyret(["diff", old, new, "--within", "art_35"])
        #expect(text.stdout.contains("changed art_35__para_1__point_12-11  [pending → in-force]"))
        let markdown = try ProcessRun.kuzyret(["diff", old, new, "--within", "art_35", "--format", "md"])
        #expect(markdown.stdout.contains("## Changed (1)\n\n- `art_35__para_1__point_12-11` (pending → in-force): "))
        #expect(!markdown.stdout.contains("## Dropped") && !markdown.stdout.contains("## New"))
    }
}
