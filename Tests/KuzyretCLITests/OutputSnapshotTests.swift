import Foundation
import KuzyretTestSupport
import Testing

/// Every command's output on the real statutes, pinned byte for byte: a refactoring of the
/// command line (issue 15) must not change a byte of what users see.
///
/// The fixture `Fixtures/cli-output.json` keeps, for each command line, the size and a 64-bit
/// FNV-1a hash of its standard output and its exit status; no statute text is copied into the
/// project. Paths in the output (the statutes' folder, the temporary index) are replaced by
/// placeholders first, so the hashes hold on any machine. When an output changes on purpose,
/// run the suite with `KUZYRET_RECORD_SNAPSHOTS=1` and commit the new fixture with the change.
@Suite("Command output pinned byte for byte", .serialized)
struct OutputSnapshotTests {
    static let fixture = TestPaths.packageRoot + "/Tests/KuzyretCLITests/Fixtures/cli-output.json"

    /// The command lines: `$S` is the real statutes' folder, `$DB` an index of them built for the
    /// suite, `$BILL` a bill made from art. 35 at test time.
    static let commands: [[String]] = [
        ["parse", "$S/Z010000148_/rus/ch003-part007.md"],
        ["parse", "--format", "json", "$S/Z020000339_/kaz/ch002.from-char-48000.md"],
        ["parse", "--format", "akn", "$S/K030000442_/rus/art019.2026-07-12.md"],
        ["parse", "--only", "art_35__para_1-3", "$S/Z010000148_/rus.2026-07-12.md"],
        ["parse", "$S/Z010000148_/rus.md"],
        ["competences", "--from", "$S/Z010000148_/rus/ch003-part007.md"],
        ["competences", "--format", "md", "--from", "$S/Z010000148_/rus/ch003-part007.md", "$S/Z020000339_/rus/ch002.from-char-32000.md"],
        ["competences", "--format", "csv", "--from", "$S/Z010000148_/kaz/ch003-part007.md"],
        ["competences", "--format", "json", "--from", "$S/Z1700000047/kaz/art009-010.2026-07-12.md"],
        ["competences", "--format", "html", "--from", "$S/K030000442_/rus/art019.2026-07-12.md"],
        ["competences", "--as-of", "2019-01-01", "--population", "5000", "--from", "$S/Z010000148_/rus/ch003-part007.md"],
        [
            "competences", "--actor", "rural-tier", "--from", "$S/Z970000155_/rus/art035.2026-07-12.md",
            "$S/K2300000224/rus/art120-124.2025-01-01.md",
        ],
        ["competences", "--actor", "district-akimat", "--format", "json", "--from", "$S/Z1700000047/rus/art009-010.2026-07-12.md"],
        ["competences", "--db", "$DB"],
        ["competences", "--db", "$DB", "--actor", "rural-tier", "--format", "md"],
        ["competences", "--db", "$DB", "--lang", "kaz", "--act", "Z010000148_", "--as-of", "2023-01-01"],
        ["flags", "--from", "$S/Z010000148_/rus.2026-07-12.md"],
        ["flags", "--open-ended", "--format", "json", "--from", "$S/Z010000148_/rus/ch003-part007.md"],
        ["flags", "--kind", "approval-dependency", "--format", "csv", "--from", "$S/Z020000339_/kaz/ch002.from-char-48000.md"],
        ["flags", "--db", "$DB", "--actor", "rural-tier"],
        ["search", "погребение безродных", "--db", "$DB"],
        ["search", "выпас", "--format", "json", "--db", "$DB"],
        ["search", "ветеринар*", "--actor", "aul-akim", "--lang", "rus", "--db", "$DB"],
        ["search", "\"иных вопросов\"", "--flag", "residual-legislation", "--db", "$DB"],
        ["search", "мал жаятын", "--limit", "3", "--db", "$DB"],
        ["search", "\"unclosed", "--db", "$DB"],
        ["show", "Z010000148_/rus/art_35__para_2", "--db", "$DB"],
        ["show", "Z020000339_/kaz/art_10-1__point_1", "--db", "$DB"],
        ["show", "Z010000148_/rus/art_999", "--db", "$DB"],
        ["actors", "--lang", "kaz", "Ауыл, кент әкімі аудан әкімімен келісу бойынша бекітеді."],
        ["actors", "--lang", "rus", "Аким района в городе, города областного, районного значения, поселка, села, сельского округа:"],
        ["diff", "$S/Z010000148_/rus.md", "$S/Z010000148_/rus.2026-07-12.md", "--within", "art_35"],
        ["diff", "$S/Z010000148_/rus/art035-041.2008-12-24.md", "$S/Z010000148_/rus/art035.2022-03-02.md", "--format", "md"],
        ["diff", "$S/Z010000148_/rus/art035-041.2008-12-24.md", "$S/Z010000148_/rus/art035.2022-03-02.md", "--format", "json"],
        ["coverage", "$BILL", "--db", "$DB", "--within", "art_35"],
        ["coverage", "$BILL", "--db", "$DB", "--format", "json"],
        ["coverage", "$BILL", "--db", "$DB", "--format", "md", "--min-coverage", "0.99"],
    ]

    struct Pinned: Codable, Equatable {
        var status: Int32
        var bytes: Int
        var fnv1a: String
    }

    /// A 64-bit FNV-1a hash, as 16 hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// The index and the bill the commands read, made once for the suite.
    static let setup: (db: String, bill: String, directory: String) = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-snapshots-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let db = directory + "/kuzyret.sqlite"
        _ = try? ProcessRun.kuzyret([
            "index", TestPaths.sharedStatutes, "--db", db, "--catalog", TestPaths.packageRoot + "/Statutes/catalog.json",
        ])
        let bill = (try? TestBills.article35()) ?? ""
        return (db, bill, directory)
    }()

    static func run(_ command: [String]) throws -> Pinned {
        let arguments = command.map {
            $0.replacingOccurrences(of: "$S", with: TestPaths.sharedStatutes).replacingOccurrences(of: "$DB", with: Self.setup.db)
                .replacingOccurrences(of: "$BILL", with: Self.setup.bill)
        }
        let run = try ProcessRun.kuzyret(arguments)
        let output = run.stdout.replacingOccurrences(of: TestPaths.sharedStatutes, with: "$S")
            .replacingOccurrences(of: Self.setup.bill, with: "$BILL").replacingOccurrences(of: Self.setup.directory, with: "$TMP")
            .replacingOccurrences(of: TestPaths.packageRoot, with: "$ROOT")
        return Pinned(status: run.status, bytes: output.utf8.count, fnv1a: Self.fnv1a(output))
    }

    @Test("Every command's output and exit status are as pinned")
    func outputs() throws {
        var found: [String: Pinned] = [:]
        for command in Self.commands { found[command.joined(separator: " ")] = try Self.run(command) }
        if ProcessInfo.processInfo.environment["KUZYRET_RECORD_SNAPSHOTS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(found).write(to: URL(fileURLWithPath: Self.fixture))
            print("recorded \(found.count) command outputs in \(Self.fixture)")
            return
        }
        let pinned = try JSONDecoder().decode([String: Pinned].self, from: Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        #expect(Set(pinned.keys) == Set(found.keys), "the commands changed: record the fixture again")
        for (command, expected) in pinned.sorted(by: { $0.key < $1.key }) {
            #expect(
                found[command] == expected,
                "kuzyret \(command): output changed (\(found[command].map { "\($0.bytes) bytes" } ?? "not run"), pinned \(expected.bytes))")
        }
        #expect(found.values.contains { $0.status == 2 }, "the malformed query must stay exit status 2")
    }
}
