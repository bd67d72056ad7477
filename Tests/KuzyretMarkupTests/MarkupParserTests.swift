import KuzyretMarkup
import Testing

/// Collects the events of one parse as readable lines.
final class EventRecorder: MarkupHandler {
    var events: [String] = []
    var text = ""

    func startElement(_ element: MarkupElement) {
        let attributes = element.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        events.append("<\(element.name)\(attributes.isEmpty ? "" : " " + attributes)>@\(element.line)")
    }

    func endElement(_ name: String) { events.append("</\(name)>") }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) { text += String(decoding: utf8, as: UTF8.self) }
}

@Suite("libxml2 through MarkupParser")
struct MarkupParserTests {
    @Test("HTML: elements, attributes and lines arrive in document order")
    func htmlEvents() throws {
        let html = "<html><body>\n<p class=\"note\">Сноска.</p>\n<p>1. Текст</p></body></html>"
        let recorder = EventRecorder()
        // Without a declared charset libxml2 would assume ISO-8859-1 (HTML 4); the loader
        // passes UTF-8 for undeclared pages after checking the bytes, as here.
        try MarkupParser.parseHTML(Array(html.utf8), encoding: "UTF-8", handler: recorder)
        #expect(recorder.events.contains("<p class=note>@2"))
        #expect(recorder.events.contains("<p>@3"))
        #expect(recorder.text.contains("Сноска."))
        #expect(recorder.text.contains("1. Текст"))
    }

    @Test("HTML: broken markup is recovered, and the recovery is reported")
    func htmlRecovery() throws {
        let html = "<html><body><div><p>1. Первый<p>2. Второй</span></div>"
        let recorder = EventRecorder()
        let diagnostics = try MarkupParser.parseHTML(Array(html.utf8), encoding: "UTF-8", handler: recorder)
        #expect(recorder.text.contains("1. Первый"))
        #expect(recorder.text.contains("2. Второй"))
        #expect(!diagnostics.isEmpty)
    }

    @Test("HTML: a windows-1251 page declared in <meta> is read as Cyrillic")
    func windows1251() throws {
        // «Статья 1. Аким» in windows-1251.
        let body: [UInt8] = [0xD1, 0xF2, 0xE0, 0xF2, 0xFC, 0xFF, 0x20, 0x31, 0x2E, 0x20, 0xC0, 0xEA, 0xE8, 0xEC]
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        let bytes = head + body + Array("</p></body></html>".utf8)
        #expect(MarkupCharset.declared(in: bytes)?.lowercased() == "windows-1251")
        let recorder = EventRecorder()
        try MarkupParser.parseHTML(bytes, encoding: nil, handler: recorder)
        #expect(recorder.text.contains("Статья 1. Аким"))
        let forced = EventRecorder()
        try MarkupParser.parseHTML(Array("<p>".utf8) + body, encoding: "windows-1251", handler: forced)
        #expect(forced.text.contains("Статья 1. Аким"))
    }

    @Test("An unknown encoding is refused by name")
    func unknownEncoding() {
        #expect(throws: MarkupError.unknownEncoding("x-no-such-charset")) {
            try MarkupParser.parseHTML(Array("<p>x</p>".utf8), encoding: "x-no-such-charset", handler: EventRecorder())
        }
        #expect(MarkupParser.knowsEncoding("windows-1251"))
        #expect(!MarkupParser.knowsEncoding("x-no-such-charset"))
    }

    @Test("XML: namespaces resolve, and malformed XML fails with its line")
    func xml() throws {
        let good = """
            <?xml version="1.0"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <article eId="art_1"><num>Статья 1.</num></article>
            </akomaNtoso>
            """
        let recorder = EventRecorder()
        try MarkupParser.parseXML(Array(good.utf8), handler: recorder)
        #expect(recorder.events.contains { $0.hasPrefix("<article eId=art_1>@3") })
        #expect(recorder.text.contains("Статья 1."))

        let bad = "<?xml version=\"1.0\"?>\n<akomaNtoso>\n<article>\n</akomaNtoso>\n"
        do {
            try MarkupParser.parseXML(Array(bad.utf8), handler: EventRecorder())
            Issue.record("malformed XML was accepted")
        } catch {
            guard case .malformedXML(let line, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(line == 4)
        }
    }

    @Test("XML: external entities are not expanded (no network, no file reads)")
    func noExternalEntities() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <a>&x;</a>
            """
        let recorder = EventRecorder()
        try? MarkupParser.parseXML(Array(xml.utf8), handler: recorder)
        #expect(!recorder.text.contains("root:"))
    }
}
