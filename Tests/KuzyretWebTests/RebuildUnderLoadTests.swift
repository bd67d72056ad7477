import Foundation
import KuzyretTestSupport
import Testing

/// `kuzyret index` rebuilds the index while 4 clients search through `kuzyret serve`: no
/// request fails, every answer comes whole from one index or the other, and every request sent
/// after the new index is in place is answered from it.
@Suite("A rebuild under load")
struct RebuildUnderLoadTests {
    struct Sample: Sendable {
        var started: Date
        var status: Int
        var acts: Int
        var total: Int
    }

    @Test("4 clients search while the index is rebuilt: no failure, no half index, the new one from the rename on")
    func rebuildUnderLoad() async throws {
        let directory = NSTemporaryDirectory() + "kuzyret-rebuild-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/index.sqlite"
        // The first index: the project's samples; the second: the real statutes, over it.
        let first = try ProcessRun.kuzyret([
            "index", TestPaths.sample("samples"), "--db", database, "--catalog", TestPaths.sample("catalog.json"),
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let server = try LiveServer(database: database)
        defer { server.stop() }
        let before = try await Self.answer(server, started: Date())
        let stop = Date().addingTimeInterval(1_000)
        let finished = LockedBox<Date?>(nil)

        let samples = try await withThrowingTaskGroup(of: [Sample].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var samples: [Sample] = []
                    // Until the rebuild ended and 3 more requests were answered (or a long deadline).
                    while Date() < stop {
                        if let end = finished.value, samples.filter({ $0.started > end }).count >= 3 { break }
                        samples.append(try await Self.answer(server, started: Date()))
                    }
                    return samples
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: 500_000_000)
                let rebuilt = try ProcessRun.kuzyret(
                    ["index", TestPaths.sharedStatutes, "--db", database, "--catalog", TestPaths.sample("catalog.json")])
                #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
                finished.value = Date()
                return []
            }
            var all: [Sample] = []
            for try await samples in group { all += samples }
            return all
        }
        let after = try await Self.answer(server, started: Date())
        let renamed = try #require(finished.value)

        #expect(before.acts != after.acts)
        #expect(samples.filter { $0.started > renamed }.count >= 12, "each client asks 3 times after the rename")
        #expect(samples.allSatisfy { $0.status == 200 }, "\(samples.filter { $0.status != 200 }.count) request(s) failed")
        // Whole answers: each request's is the old index's or the new one's (a step's two
        // requests may straddle the rename).
        for sample in samples {
            #expect([before.acts, after.acts].contains(sample.acts), "acts \(sample.acts): neither index's answer")
            #expect([before.total, after.total].contains(sample.total), "total \(sample.total): neither index's answer")
        }
        #expect(before.total != after.total)
        let late = samples.filter { $0.started > renamed }
        #expect(!late.isEmpty)
        #expect(
            late.allSatisfy { $0.acts == after.acts && $0.total == after.total },
            "a request after the rename was answered from the old index")
        #expect(samples.contains { $0.acts == before.acts }, "no request was answered before the rebuild")
    }

    /// One client step: the acts and a search, on one connection of the server's pool each.
    static func answer(_ server: LiveServer, started: Date) async throws -> Sample {
        let acts = try await server.get("/api/acts")
        let search = try await server.get("/api/search?q=%D0%B0%D0%BA%D0%B8%D0%BC")
        return Sample(
            started: started, status: max(acts.status, search.status), acts: (acts.json["acts"] as? [Any])?.count ?? -1,
            total: search.json["total"] as? Int ?? -1)
    }
}

/// A value shared between tasks behind a lock.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
