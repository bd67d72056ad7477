import Foundation
import KuzyretTestSupport
import Testing

/// A build that changes the index in place (DESIGN.md §9) is one transaction: killed at any
/// moment, it leaves the previous index answering exactly as before, and the next build completes.
@Suite("A killed build in place", .serialized)
struct KilledBuildTests {
    @Test("Killed at several moments of an in-place build, the index answers as before; then the build completes")
    func killedInPlace() throws {
        let directory = NSTemporaryDirectory() + "kuzyret-killed-\(UUID().uuidString)"
        let input = directory + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: TestPaths.sample("samples"), toPath: input + "/samples")
        let database = directory + "/index.sqlite"
        let index = ["index", input, "--db", database, "--catalog", TestPaths.sample("catalog.json")]
        let first = try ProcessRun.kuzyret(index)
        try #require(first.status == 0, "\(first.stderr)")
        let query = ["search", "аким OR әкім", "--db", database, "--format", "json", "--limit", "200"]
        let before = try ProcessRun.kuzyret(query)
        try #require(before.status == 0 && !before.stdout.isEmpty, "\(before.stderr)")

        // The real statutes join: the next build changes the same index in place, for seconds.
        try FileManager.default.copyItem(atPath: TestPaths.sharedStatutes, toPath: input + "/real")
        var kills = 0
        for delay in ["0.3", "0.6", "1.0", "1.5", "2.5"] {
            let killed = try ProcessRun.run("/usr/bin/timeout", ["-s", "KILL", delay, TestPaths.kuzyretBinary] + index)
            guard killed.status == 137 else { continue }  // it finished first
            kills += 1
            let answer = try ProcessRun.kuzyret(query)
            #expect(answer.status == 0, "after a kill at \(delay) s: \(answer.stderr)")
            #expect(answer.stdout == before.stdout, "after a kill at \(delay) s the index answers differently")
        }
        #expect(kills >= 3, "the build ended before most kills: \(kills) kill(s)")
        let completed = try ProcessRun.kuzyret(index)
        #expect(completed.status == 0, "\(completed.stderr)")
        let after = try ProcessRun.kuzyret(query)
        #expect(after.status == 0)
        #expect(after.stdout != before.stdout, "the completed build added the real statutes")
    }
}
