import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret index`, `search` and `show` as a user runs them.
@Suite("index, search and show commands", .serialized)
struct IndexCommandTests {
    static let directory = NSTemporaryDirectory() + "kuzyret-cli-index-\(ProcessInfo.processInfo.processIdentifier)"

    @Test("index, then search and show; a malformed query is a message, not SQL")
    func indexSearchShow() throws {
        try? FileManager.default.removeItem(atPath: Self.directory)
        let database = Self.directory + "/one.sqlite"
        let law = TestPaths.statute("Z010000148_/rus/ch003-part007.md")
        let built = try ProcessRun.kuzyret(["index", law, "--index", database])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("1 acts") && built.stdout.contains("0 file(s) with errors"))
        let found = try ProcessRun.kuzyret(["search", "погребение безродных", "--index", database])
        #expect(found.stdout.contains("Z010000148_/rus/art_35__para_1__point_21"))
        let filtered = try ProcessRun.kuzyret(["search", "вопросов", "--flag", "residual-legislation", "--index", database])
        #expect(filtered.stdout.contains("Z010000148_/rus/art_35__para_2"))
        let shown = try ProcessRun.kuzyret(["show", "Z010000148_/rus/art_35__para_2", "--index", database])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Flag residual-legislation (open-ended)"))
        #expect(shown.stdout.contains("Cited by"))
        let bad = try ProcessRun.kuzyret(["search", "\"выпас", "--index", database])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("malformed query") && !bad.stderr.contains("SQLITE_"))
        let missing = try ProcessRun.kuzyret(["show", "Z010000148_/rus/art_999", "--index", database])
        #expect(missing.status == 1 && missing.stderr.contains("not in the index"))
    }

    @Test("competences and flags read the index: the newest edition, or the one published by --as-of")
    func listsFromIndex() throws {
        let database = Self.directory + "/lists.sqlite"
        try FileManager.default.createDirectory(atPath: Self.directory, withIntermediateDirectories: true)
        let newest = TestPaths.statute("Z010000148_/rus.2026-07-12.md")
        let older = TestPaths.statute("Z010000148_/rus/art035.2022-03-02.md")
        let kazakh = TestPaths.statute("Z010000148_/kaz.2026-07-12.md")
        #expect(try ProcessRun.kuzyret(["index", newest, older, kazakh, "--db", database]).status == 0)
        func count(_ arguments: [String]) throws -> Int {
            let run = try ProcessRun.kuzyret(["competences", "--format", "json"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            return json?["count"] as? Int ?? -1
        }
        let fromIndex = try count(["--db", database])
        #expect(fromIndex > 0)
        #expect(fromIndex == (try count(["--from", newest])), "the newest Russian edition, as if read from its file")
        #expect(try count(["--db", database, "--as-of", "2023-01-01"]) == (try count(["--from", older, "--as-of", "2023-01-01"])))
        #expect(try count(["--db", database, "--lang", "kaz"]) == (try count(["--from", kazakh])))
        let flags = try ProcessRun.kuzyret(["flags", "--open-ended", "--db", database])
        #expect(flags.status == 0 && flags.stdout.contains("Z010000148_/rus/art_35__para_2"), "\(flags.stdout)")
        let noIndex = try ProcessRun.kuzyret(["competences", "--db", Self.directory + "/none.sqlite"])
        #expect(noIndex.status != 0 && noIndex.stderr.contains("kuzyret index"))
    }

    @Test("Killing a build part-way leaves the previous index usable")
    func killedBuild() throws {
        let database = Self.directory + "/killed.sqlite"
        try FileManager.default.createDirectory(atPath: Self.directory, withIntermediateDirectories: true)
        let small = TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md")
        #expect(try ProcessRun.kuzyret(["index", small, "--index", database]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.kuzyretBinary)
        process.arguments = ["index", TestPaths.sharedStatutes, "--index", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once it is writing: the copy being built exists and has grown.
        let building = database + ".building"
        var waited = 0
        while waited < 6000, process.isRunning,
            ((try? FileManager.default.attributesOfItem(atPath: building)[.size] as? Int) ?? 0) <= 300_000
        {
            Thread.sleep(forTimeInterval: 0.005)
            waited += 5
        }
        #expect(process.isRunning, "the build ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try ProcessRun.kuzyret(["search", "выпас", "--index", database])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("Z020000339_/rus/art_10-1__point_1"))
        #expect(!after.stdout.contains("Z010000148_"), "the killed build must not have replaced the index")
        // The next build starts over from the leftover and completes.
        let again = try ProcessRun.kuzyret(["index", small, "--index", database])
        #expect(again.status == 0 && again.stdout.contains("1 act(s) unchanged"), "\(again.stdout)")
    }

    @Test("A garbage file among good ones is reported by name and skipped; exit 1")
    func garbage() throws {
        let input = Self.directory + "/mixed"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: input + "/vet.md")
        try FileManager.default.copyItem(atPath: TestPaths.statute("Z020000339_/rus/ch002.from-char-32000.md"), toPath: input + "/vet.md")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: input + "/broken.xml"))
        let run = try ProcessRun.kuzyret(["index", input, "--index", Self.directory + "/mixed.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.xml"))
        #expect(run.stdout.contains("1 acts") && run.stdout.contains("1 file(s) with errors"))
    }
}
