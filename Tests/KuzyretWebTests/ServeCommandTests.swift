import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret serve` as a command: where it listens, what it says, how it stops.
@Suite("kuzyret serve as a command")
struct ServeCommandTests {
    @Test("SIGTERM stops it cleanly (exit 0), after it answered")
    func stopsOnSigterm() async throws {
        let server = try LiveServer(database: RealIndex.path)
        #expect(try await server.get("/").status == 200)
        #expect(server.base.host == "127.0.0.1")
        #expect(server.stop() == 0)
        #expect(!server.log.contains("warning"))
    }

    @Test("Another address than loopback is said with a warning")
    func warnsOffLoopback() throws {
        let server = try LiveServer(database: RealIndex.path, arguments: ["--host", "0.0.0.0"])
        #expect(server.log.contains("warning: listening on 0.0.0.0"))
        #expect(server.stop() == 0)
    }

    @Test("A missing index, a bad port or a bad upload limit is a clear error before anything listens")
    func badStart() throws {
        let missing = try ProcessRun.kuzyret(["serve", "--db", "/nonexistent/index.sqlite", "--port", "0"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no index at /nonexistent/index.sqlite"))
        #expect(try ProcessRun.kuzyret(["serve", "--port", "70000"]).status == 64)
        #expect(try ProcessRun.kuzyret(["serve", "--max-upload", "0"]).status == 64)
        let notIndex = NSTemporaryDirectory() + "kuzyret-not-an-index-\(UUID().uuidString).sqlite"
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: notIndex))
        defer { try? FileManager.default.removeItem(atPath: notIndex) }
        let garbage = try ProcessRun.kuzyret(["serve", "--db", notIndex, "--port", "0"])
        #expect(garbage.status == 1)
        #expect(garbage.stderr.hasPrefix("error: "))
    }
}
