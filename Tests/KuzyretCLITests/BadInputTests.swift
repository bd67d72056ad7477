import Foundation
import KuzyretTestSupport
import Testing

/// Bad input given to the built `kuzyret` binary: a clear message naming the file, a non-zero
/// exit, no crash, bounded memory (DESIGN §3, issue 2).
@Suite("Bad input to kuzyret parse", .serialized)
struct BadInputTests {
    /// A scratch folder removed after the test.
    final class Scratch {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-bad-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = "\(path)/\(name)"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            return file
        }
    }

    /// Runs `kuzyret parse` and checks the common promises of a refusal.
    @discardableResult
    static func refuses(_ arguments: [String], naming file: String, saying words: [String]) throws -> ProcessRun {
        let run = try ProcessRun.kuzyret(["parse"] + arguments)
        #expect(run.status != 0, "exit status 0 for \(file)")
        #expect(run.status < 128, "killed by a signal: \(run.status)\n\(run.stderr)")
        #expect(run.stderr.contains(file), "the message does not name \(file): \(run.stderr)")
        for word in words { #expect(run.stderr.contains(word), "expected «\(word)» in: \(run.stderr)") }
        #expect(!run.stderr.contains("Fatal error"), "crashed: \(run.stderr)")
        #expect(run.stdout.isEmpty || !run.stdout.contains("error"), "errors belong on stderr")
        return run
    }

    @Test("An empty file")
    func empty() throws {
        let scratch = try Scratch()
        let file = try scratch.write("empty.md", [])
        try Self.refuses([file], naming: file, saying: ["empty"])
    }

    @Test("A binary file")
    func binary() throws {
        let scratch = try Scratch()
        var bytes: [UInt8] = Array("PK\u{3}\u{4}".utf8)
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let file = try scratch.write("law.html", bytes)
        try Self.refuses([file], naming: file, saying: ["binary"])
    }

    @Test("Truncated HTML: cut in the head it has nothing; cut in the body it keeps what it has")
    func truncatedHTML() throws {
        let scratch = try Scratch()
        let page = Array(try Data(contentsOf: URL(fileURLWithPath: TestPaths.statute("markup-samples/adilet-rus-V1500010851.html"))))
        let inHead = try scratch.write("head.html", Array(page.prefix(1500)))
        try Self.refuses([inHead], naming: inHead, saying: ["no articles"])

        // Cut inside a tag a third of the way into the page: libxml2 recovers and the points
        // before the cut are read.
        let third = page.count / 3
        let tagStart = try #require(page[third...].firstIndex(of: UInt8(ascii: "<")))
        let inTag = try scratch.write("tag.html", Array(page.prefix(tagStart + 3)))
        let run = try ProcessRun.kuzyret(["parse", inTag])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("para_1"))

        // Cut inside a Cyrillic letter: the partial letter is dropped, with a warning.
        let letter = try #require(page[third...].firstIndex { $0 >= 0xC0 })
        let inLetter = try scratch.write("letter.html", Array(page.prefix(letter + 1)))
        let cutRun = try ProcessRun.kuzyret(["parse", inLetter])
        #expect(cutRun.status == 0, "\(cutRun.stderr)")
        #expect(cutRun.stderr.contains("truncated"))
        #expect(cutRun.stderr.contains(inLetter))
    }

    @Test("HTML with no articles")
    func noArticles() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "page.html",
            Array(
                """
                <html><head><meta charset="utf-8"><title>Новости</title></head>
                <body><h1>Новости</h1><p>Сегодня в ауле прошёл праздник.</p><p>Погода была хорошая.</p></body></html>
                """.utf8))
        try Self.refuses([file], naming: file, saying: ["no articles"])
    }

    @Test("Text that is not UTF-8 and declares no charset: the file and line are named", arguments: ["law.md", "law.html"])
    func notUTF8(name: String) throws {
        let scratch = try Scratch()
        // «Статья 1. Аким» in windows-1251, on line 3.
        let cp1251: [UInt8] = [0xD1, 0xF2, 0xE0, 0xF2, 0xFC, 0xFF, 0x20, 0x31, 0x2E, 0x20, 0xC0, 0xEA, 0xE8, 0xEC]
        let prefix = name.hasSuffix(".html") ? Array("<html><body>\n<p>\n".utf8) : Array("# Title\n\n".utf8)
        let file = try scratch.write(name, prefix + cp1251 + Array("\n".utf8))
        try Self.refuses([file], naming: "\(file):3", saying: ["UTF-8"])
        // The same bytes read with the encoding given.
        let run = try ProcessRun.kuzyret(["parse", file, "--encoding", "windows-1251"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Статья 1") || run.stdout.contains("art_1"))
    }

    @Test("A 200 MB file of junk is refused by its size, without reading it")
    func huge() throws {
        let scratch = try Scratch()
        let file = "\(scratch.path)/huge.md"
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        let line = Array(String(repeating: "мусор junk 12345 ", count: 60).utf8) + [0x0A]
        let chunk = Data(Array(repeating: line, count: 1024).joined())
        for _ in 0..<(200 * 1_048_576 / chunk.count + 1) { handle.write(chunk) }
        try handle.close()
        let run = try Self.refuses([file], naming: file, saying: ["MB"])
        #expect(run.maxResidentKB < 200_000, "peak memory \(run.maxResidentKB) KB for a refused file")
    }

    @Test("Junk just under the size limit: read, found to be no statute, in bounded memory")
    func junkUnderTheLimit() throws {
        let scratch = try Scratch()
        let line = Array(String(repeating: "мусор junk 12345 ", count: 60).utf8) + [0x0A]
        let bytes = Array(Array(repeating: line, count: 20 * 1024).joined())  // about 24 MB
        let file = try scratch.write("junk.md", bytes)
        let run = try Self.refuses([file, "--max-size", "30"], naming: file, saying: ["no articles"])
        // The text itself is 24 MB; the reader may hold a few copies of it, never a blow-up.
        #expect(run.maxResidentKB < 400_000, "peak memory \(run.maxResidentKB) KB for 24 MB of junk")
    }

    @Test("A directory, a missing path and a dangling link")
    func notFiles() throws {
        let scratch = try Scratch()
        try Self.refuses([scratch.path], naming: scratch.path, saying: ["directory"])
        let missing = "\(scratch.path)/no-such-law.md"
        try Self.refuses([missing], naming: missing, saying: ["no such file"])
        let link = "\(scratch.path)/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: missing)
        try Self.refuses([link], naming: link, saying: ["no such file"])
    }

    @Test("An unreadable file", .enabled(if: getuid() != 0, "root reads every file"))
    func unreadable() throws {
        let scratch = try Scratch()
        let file = try scratch.write("secret.md", Array("### Статья 1. Текст\n".utf8))
        chmod(file, 0)
        try Self.refuses([file], naming: file, saying: ["permission"])
    }

    @Test("One bad file among good ones: the good ones are still parsed, the exit is non-zero")
    func mixed() throws {
        let scratch = try Scratch()
        let bad = try scratch.write("empty.md", [])
        let good = TestPaths.statute("Z1700000047/rus/art009-010.2026-07-12.md")
        let run = try ProcessRun.kuzyret(["parse", "--format", "json", bad, good])
        #expect(run.status == 1)
        #expect(run.stderr.contains(bad))
        #expect(run.stdout.contains("\"id\":\"Z1700000047\""))
    }

    @Test("Usage errors exit 64 with a message")
    func usage() throws {
        let run = try ProcessRun.kuzyret(["parse", "--format", "pdf", TestPaths.statute("Z1700000047/rus/art009-010.2026-07-12.md")])
        #expect(run.status == 64)
        #expect(run.stderr.contains("pdf"))
    }
}
