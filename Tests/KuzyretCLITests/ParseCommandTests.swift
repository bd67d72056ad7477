import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret parse` as a user runs it.
@Suite("kuzyret parse")
struct ParseCommandTests {
    @Test("JSON: one object per statute per line, the DESIGN §11 shape")
    func json() throws {
        let files = [
            TestPaths.statute("Z010000148_/rus/ch003-part007.md"), TestPaths.statute("Z010000148_/kaz/ch003-part007.md"),
        ]
        let run = try ProcessRun.kuzyret(["parse", "--format", "json"] + files)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for (line, lang) in zip(lines, ["rus", "kaz"]) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let act = try #require(object["act"] as? [String: Any])
            #expect(act["id"] as? String == "Z010000148_")
            #expect(act["lang"] as? String == lang)
            #expect(act["edition"] as? String == "2025-08-31")
        }
    }

    @Test("AKN written by kuzyret reads back to the same JSON")
    func aknRoundTrip() throws {
        let source = TestPaths.statute("Z010000148_/kaz.2026-07-12.md")
        let akn = try ProcessRun.kuzyret(["parse", "--format", "akn", source])
        #expect(akn.status == 0, "\(akn.stderr)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("law.xml").path
        try Data(akn.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let direct = try ProcessRun.kuzyret(["parse", "--format", "json", source])
        let back = try ProcessRun.kuzyret(["parse", "--format", "json", file])
        #expect(back.status == 0, "\(back.stderr)")
        // Source lines differ between the Markdown and the XML; everything else must not.
        func withoutLines(_ json: String) -> String {
            json.replacingOccurrences(of: #","line":\d+"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"format\":\"markdown\"", with: "\"format\":\"akn\"")
        }
        #expect(withoutLines(back.stdout) == withoutLines(direct.stdout))
    }

    @Test("--only prints one provision and what it holds; an unknown address is an error")
    func only() throws {
        let file = TestPaths.statute("Z010000148_/rus/ch003-part007.md")
        let run = try ProcessRun.kuzyret(["parse", file, "--only", "art_35__para_1-3"])
        #expect(run.status == 0, "\(run.stderr)")
        let addresses = run.stdout.split(separator: "\n").dropFirst().map {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""
        }
        #expect(addresses.first == "art_35__para_1-3")
        #expect(addresses.allSatisfy { $0.hasPrefix("art_35__para_1-3") })
        #expect(addresses.count > 10)
        let missing = try ProcessRun.kuzyret(["parse", file, "--only", "art_999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("art_999"))
    }

    @Test("Text: an outline with addresses and statuses")
    func text() throws {
        let run = try ProcessRun.kuzyret(["parse", TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Z020000339_/rus"))
        #expect(run.stdout.contains("art_10-1__point_3"))
    }
}
