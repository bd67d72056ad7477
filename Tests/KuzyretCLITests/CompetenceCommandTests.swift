import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret competences` and `kuzyret flags` as a user runs them.
@Suite("competences and flags commands")
struct CompetenceCommandTests {
    static let article35 = TestPaths.statute("Z010000148_/rus/ch003-part007.md")

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try ProcessRun.kuzyret(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON shape of DESIGN §11, and --population / --as-of")
    func competencesJSON() throws {
        let small = try Self.json([
            "competences", "--format", "json", "--population", "1500", "--as-of", "2019-01-01", "--from", Self.article35,
        ])
        let large = try Self.json([
            "competences", "--format", "json", "--population", "5000", "--as-of", "2019-01-01", "--from", Self.article35,
        ])
        #expect(small["actor"] as? String == "aul-akim")
        let smallList = try #require(small["competences"] as? [[String: Any]])
        let largeList = try #require(large["competences"] as? [[String: Any]])
        #expect(small["count"] as? Int == smallList.count)
        let first = try #require(smallList.first)
        for key in ["address", "act", "lang", "eid", "text", "modality", "status", "conditions", "flags", "inherited_from"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let difference = Set(smallList.compactMap { $0["eid"] as? String }).subtracting(largeList.compactMap { $0["eid"] as? String })
        #expect(difference == Set(["4", "4-1", "8", "9", "11"].map { "art_35__para_1__point_\($0)" }))
    }

    @Test("flags --open-ended lists art. 35 point 2 with its Charter articles")
    func flagsJSON() throws {
        let result = try Self.json(["flags", "--open-ended", "--format", "json", "--from", Self.article35])
        let flags = try #require(result["flags"] as? [[String: Any]])
        #expect(flags.count == 1)
        #expect(flags.first?["address"] as? String == "Z010000148_/rus/art_35__para_2")
        #expect(flags.first?["kind"] as? String == "residual-legislation")
        #expect(flags.first?["open_ended"] as? Bool == true)
        #expect(flags.first?["charter"] as? [String] == ["4.1", "4.4"])
        #expect((flags.first?["span"] as? String)?.contains("иных вопросов") == true)
    }

    @Test("Markdown, CSV and HTML lists carry every competence", arguments: ["md", "csv", "html"])
    func listFormats(format: String) throws {
        let run = try ProcessRun.kuzyret(["competences", "--format", format, "--from", Self.article35])
        #expect(run.status == 0)
        #expect(run.stdout.contains("art_35__para_1__point_21"))
        #expect(run.stdout.contains("погребение безродных"))
        if format == "csv" {
            let rows = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            // header + 60 competences current today (TestPaths.today): 59, and 12-11, pending in
            // this 2025-08-31 edition until 2025-09-01.
            #expect(rows.count == 61)
        }
        if format == "html" { #expect(run.stdout.hasPrefix("<!DOCTYPE html>") && !run.stdout.contains("http")) }
    }

    @Test("--out writes every format into a directory, the same bytes on every run")
    func out() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        // Two processes: Swift seeds its hashing anew in each, so dictionary order would show.
        let vet = TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md")
        for run in ["first", "second"] {
            let written = try ProcessRun.kuzyret(["competences", "--out", base + "/" + run, "--from", Self.article35, vet])
            #expect(written.status == 0, "\(written.stderr)")
        }
        #expect(try String(contentsOfFile: base + "/first/aul-akim.rus.md", encoding: .utf8).contains("# Competences"))
        for format in ["md", "csv", "json", "html"] {
            let first = try Data(contentsOf: URL(fileURLWithPath: base + "/first/aul-akim.rus.\(format)"))
            let second = try Data(contentsOf: URL(fileURLWithPath: base + "/second/aul-akim.rus.\(format)"))
            #expect(first.count > 1_000 && first == second, "\(format)")
        }
        let one = try ProcessRun.kuzyret(["competences", "--format", "csv", "--out", base + "/one", "--from", Self.article35])
        let listed = try FileManager.default.contentsOfDirectory(atPath: base + "/one")
        #expect(one.status == 0 && listed == ["aul-akim.rus.csv"])
    }

    @Test("--actor rural-tier: every member, each line naming its own; flags name their members; a wrong name lists the right ones")
    func ruralTier() throws {
        let files = [
            "Z970000155_/rus/art035.2026-07-12.md", "K2300000224/rus/art120-124.2025-01-01.md", "K1100000518/rus/art177-179.2026-07-12.md",
        ]
        .map(TestPaths.statute)
        let listed = try Self.json(["competences", "--actor", "rural-tier", "--format", "json", "--from"] + files)
        #expect(listed["actor"] as? String == "rural-tier")
        let competences = try #require(listed["competences"] as? [[String: Any]])
        #expect(Set(competences.compactMap { $0["actor"] as? String }) == ["aul-akim", "aul-akim-official", "aul-executive-body"])
        let text = try ProcessRun.kuzyret(["competences", "--actor", "rural-tier", "--from"] + files)
        #expect(text.stdout.contains("art_35__para_1__point_1  [in-force, duty] aul-akim-official"), "\(text.stdout)")
        #expect(text.stdout.contains("art_123__para_6  [in-force, duty] aul-executive-body"))
        let markdown = try ProcessRun.kuzyret(["competences", "--actor", "rural-tier", "--format", "md", "--from"] + files)
        #expect(markdown.stdout.contains("(in-force, duty, aul-akim-official)"))
        let flags = try Self.json(["flags", "--actor", "rural-tier", "--format", "json", "--from"] + files)
        let flag = try #require((flags["flags"] as? [[String: Any]])?.first)
        #expect(flag["address"] as? String == "Z970000155_/rus/art_35__para_2" && flag["actors"] as? [String] == ["aul-akim-official"])
        // The aul akim alone keeps its meaning: the office's officials are not the akim.
        let aul = try Self.json(["competences", "--actor", "aul-akim", "--format", "json", "--from"] + files)
        #expect((aul["competences"] as? [[String: Any]])?.compactMap { $0["eid"] as? String } == ["art_179__para_2"])
        let wrong = try ProcessRun.kuzyret(["competences", "--actor", "rural", "--from"] + files)
        #expect(wrong.status == 64 && wrong.stderr.contains("rural-tier"), "\(wrong.stderr)")
    }

    @Test("actors shows each mention's units, role and actors")
    func actors() throws {
        let run = try ProcessRun.kuzyret(["actors", "--lang", "kaz", "Ауыл, кент әкімі аудан әкімімен келісу бойынша бекітеді."])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.contains("role=subject") == true && lines.first?.contains("actors=[aul-akim]") == true)
        #expect(lines.last?.contains("role=other") == true && lines.last?.contains("actors=[district-akim]") == true)
    }

    @Test("Bad input: a clear message naming the file, exit 1; no index to read: a clear message")
    func badInput() throws {
        let missing = try ProcessRun.kuzyret(["competences", "--from", "/nonexistent/statute.md"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/statute.md"))
        let noSource = try ProcessRun.kuzyret(["flags", "--db", "/nonexistent/kuzyret.sqlite"])
        #expect(noSource.status != 0)
        #expect(noSource.stderr.contains("/nonexistent/kuzyret.sqlite") && noSource.stderr.contains("kuzyret index"))
        let badActor = try ProcessRun.kuzyret(["competences", "--actor", "mayor", "--from", Self.article35])
        #expect(badActor.status != 0)
    }
}
