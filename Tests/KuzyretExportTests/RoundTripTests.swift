import Foundation
import KuzyretCore
import KuzyretExport
import KuzyretReading
import KuzyretTestSupport
import Testing

/// Writing a statute out and reading it back must give the same tree.
@Suite("Akoma Ntoso and JSON round trips")
struct RoundTripTests {
    /// Writes `statute` as AKN to a temporary file and loads it back.
    static func throughAkomaNtoso(_ statute: Statute) throws -> Statute {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-akn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("statute.xml")
        try Data(AkomaNtosoWriter.write(statute).utf8).write(to: file)
        return try StatuteLoader.load(file.path).statute
    }

    @Test("parse → AKN → parse gives the same tree, for every real statute", arguments: try TestPaths.allRealStatutes())
    func akomaNtoso(path: String) throws {
        let original = try StatuteLoader.load(path).statute
        let back = try Self.throughAkomaNtoso(original)
        var expected = original
        expected.act.format = .akn
        #expect(back.act == expected.act)
        #expect(back.footnotes == expected.footnotes)
        #expect(back.conclusions == expected.conclusions)
        #expect(back.provisions.count == expected.provisions.count)
        for (lhs, rhs) in zip(back.provisions, expected.provisions) {
            #expect(lhs == rhs, "\(rhs.eid) differs after the round trip")
        }
    }

    @Test("The AKN is valid Akoma Ntoso 3.0 in shape: namespace, FRBR, eIds, num and heading")
    func akomaNtosoShape() throws {
        let statute = try StatuteLoader.load(TestPaths.statute("Z010000148_/kaz/ch003-part007.md")).statute
        let xml = AkomaNtosoWriter.write(statute)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\""))
        #expect(xml.contains("<FRBRthis value=\"/akn/kz/act/"))
        #expect(xml.contains("<article eId=\"art_35\""))
        #expect(xml.contains("<article eId=\"art_35\"><num>35-бап."))
        #expect(xml.contains("eId=\"art_35__para_1__point_12-11\""))
        #expect(xml.contains("status=\"removed\""))
    }

    @Test(
        "JSON decodes back into the same statute (DESIGN §11 shape)",
        arguments: [
            "Z010000148_/rus/ch003-part007.md", "Z020000339_/kaz/ch002.from-char-48000.md",
            "markup-samples/adilet-rus-V1500010851.html",
        ])
    func json(relative: String) throws {
        let statute = try StatuteLoader.load(TestPaths.statute(relative)).statute
        let text = StatuteJSON.encode(statute)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let act = try #require(object["act"] as? [String: Any])
        for key in ["id", "title", "lang", "edition", "format"] { #expect(act[key] != nil, "act.\(key) missing") }
        let first = try #require((object["provisions"] as? [[String: Any]])?.first)
        for key in ["eid", "kind", "num", "heading", "text", "status", "conditions", "footnotes", "children"] {
            #expect(first.keys.contains(key), "provision.\(key) missing")
        }
        var decoded = try JSONDecoder().decode(Statute.self, from: Data(text.utf8))
        decoded.walkMutating { $0.line = nil }
        var expected = statute
        expected.walkMutating { $0.line = nil }
        #expect(decoded == expected)
    }

    @Test("The outline shows addresses, statuses and conditions")
    func outline() throws {
        let statute = try StatuteLoader.load(TestPaths.statute("Z010000148_/rus/ch003-part007.md")).statute
        let outline = StatuteOutline.render(statute)
        let lines = outline.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Z010000148_/rus") == true)
        #expect(lines.contains { $0.contains("art_35__para_1__point_10") && $0.lowercased().contains("repealed") })
        #expect(lines.contains { $0.contains("art_35__para_1__point_12-11") && $0.lowercased().contains("pending") })
        #expect(lines.contains { $0.contains("art_35__para_1__point_4 ") && $0.contains("> 2000") })
    }
}

extension Statute {
    /// Applies `change` to every provision.
    mutating func walkMutating(_ change: (inout Provision) -> Void) {
        func visit(_ node: inout Provision) {
            change(&node)
            for index in node.children.indices { visit(&node.children[index]) }
        }
        for index in provisions.indices { visit(&provisions[index]) }
    }
}
