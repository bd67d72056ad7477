import Foundation
import KuzyretTestSupport
import Testing

/// Reading one provision costs time linear in its length, however many actors it names (issue 14).
/// `bench/long-clause.sh` measures the same shapes at larger sizes, for every stage.
@Suite("A long clause costs time in proportion to its length")
struct LongClauseTests {
    /// Clauses that repeat a phrase naming actors, with the flag phrases and the Kazakh conditions
    /// whose readers looked back over the whole clause for each actor.
    static let shapes: [(name: String, head: String, unit: String, tail: String)] = [
        (
            "rus", "#### Статья 1. Компетенция акима села\n\n1. ",
            "положение утверждается акимом района и согласовывается с маслихатом по представлению акима села и аким района ",
            "организуют.\n"
        ),
        (
            "kaz", "#### 1-бап. Ауыл әкімінің құзыреті\n\n1. ",
            "егер аудан әкімімен келісу бойынша ауыл әкімі жергілікті қоғамдастық жиналысымен ", "келіспесе, шешеді.\n"
        ),
    ]

    /// The wall time of `kuzyret competences --actor rural-tier --from FILE`, in seconds.
    static func seconds(_ file: String) throws -> Double {
        let start = Date()
        let run = try ProcessRun.kuzyret(["competences", "--actor", "rural-tier", "--format", "json", "--from", file])
        #expect(run.status == 0, "\(run.stderr)")
        return Date().timeIntervalSince(start)
    }

    @Test(
        "4× the clause costs at most about 6× the time (the built binary, each length the best of two runs)", arguments: shapes.map(\.name))
    func ratio(_ name: String) throws {
        let shape = try #require(Self.shapes.first { $0.name == name })
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [Int: String] = [:]
        for count in [500, 2000] {
            let path = directory.appendingPathComponent("\(name).\(count).md").path
            try (shape.head + String(repeating: shape.unit, count: count) + shape.tail).write(
                toFile: path, atomically: true, encoding: .utf8)
            files[count] = path
        }
        // Each the best of two runs: a moment's load on the machine must not decide.
        let short = min(try Self.seconds(files[500]!), try Self.seconds(files[500]!))
        let long = min(try Self.seconds(files[2000]!), try Self.seconds(files[2000]!))
        print(
            "long clause \(name): 500 repetitions \(String(format: "%.2f", short)) s, 2000 \(String(format: "%.2f", long)) s, ratio \(String(format: "%.1f", long / short))"
        )
        #expect(long / short <= 6.5, "\(name): \(short) s → \(long) s (×\(long / short)); a quadratic stage gives about ×16")
    }
}
