import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import KuzyretMarkup
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The competence list in every format, read back by a reader of that format and compared with
/// the competences it was made from (DESIGN.md §10), on the real statutes.
@Suite("Competence lists read back")
struct CompetenceListTests {
    /// The aul akim's current competences in Law 148-II (2026-07-12) and the veterinary law.
    static let listed: (competences: [Competence], header: CompetenceList.Header) = {
        let extractor = CompetenceExtractor()
        let analyses = ["Z010000148_/rus.2026-07-12.md", "Z020000339_/rus/ch002.from-char-32000.md"].map { path in
            extractor.analyse(try! StatuteLoader.load(TestPaths.statute(path)).statute)
        }
        let query = CompetenceQuery(actor: .aulAkim)
        return (query.select(analyses.flatMap(\.competences)), CompetenceList.Header(acts: analyses.map(\.act), query: query))
    }()

    static var byAddress: [String: Competence] {
        Dictionary(uniqueKeysWithValues: listed.competences.map { ($0.address, $0) })
    }

    @Test("Counts: per act and per topic, and how many are open-ended")
    func counts() {
        let counts = CompetenceList.Counts(Self.listed.competences)
        #expect(counts.competences == Self.listed.competences.count && counts.competences > 60)
        #expect(counts.acts.map(\.name) == ["Z010000148_/rus", "Z020000339_/rus"])
        #expect(counts.acts.map(\.competences).reduce(0, +) == counts.competences)
        #expect(counts.openEnded == Self.listed.competences.filter { $0.flags.contains(where: \.openEnded) }.count)
        // A competence counts under the topic it is listed under, its first.
        #expect(counts.topics.map(\.competences).reduce(0, +) == counts.competences)
        let sections = CompetenceList.sections(Self.listed.competences)
        for row in counts.topics {
            let listed = sections.flatMap(\.topics).filter { $0.topic == row.name }.map(\.competences.count).reduce(0, +)
            #expect(listed == row.competences, "\(row.name)")
        }
        #expect(counts.topics.contains { $0.name == "veterinary" })
    }

    /// Fields of an RFC 4180 text: quoted fields may hold commas, quotes and line breaks.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    @Test("CSV read by a CSV reader: one row per competence, every field as listed")
    func csv() throws {
        let rows = Self.csvRows(CompetenceList.csv(Self.listed.competences))
        let header = try #require(rows.first)
        #expect(
            header == [
                "address", "act", "lang", "edition", "eid", "actor", "units", "status", "modality", "topics", "conditions", "flags",
                "open_ended", "inherited_from", "text", "via",
            ])
        #expect(rows.count == Self.listed.competences.count + 1)
        let byAddress = Self.byAddress
        for row in rows.dropFirst() {
            let fields = Dictionary(uniqueKeysWithValues: zip(header, row))
            let competence = try #require(byAddress[fields["address"] ?? ""])
            #expect(fields["text"] == competence.text && fields["status"] == competence.status.rawValue)
            #expect(fields["modality"] == competence.modality.rawValue && fields["edition"] == competence.edition?.description)
            #expect(fields["topics"] == competence.topics.map(\.rawValue).joined(separator: ";"))
            #expect(fields["via"] == (competence.viaAddress ?? ""))
            #expect(fields["flags"] == competence.flags.map(\.kind.rawValue).joined(separator: ";"))
            #expect(fields["open_ended"] == (competence.flags.contains(where: \.openEnded) ? "true" : "false"))
            #expect(fields["inherited_from"] == competence.inheritedFromAddress)
        }
        #expect(Set(rows.dropFirst().compactMap(\.first)) == Set(byAddress.keys))
    }

    struct JSONList: Decodable {
        struct Item: Decodable {
            var address, text, status, modality, eid: String
            var topics: [String]
            var flags: [Flag]
        }

        struct Flag: Decodable {
            var kind: String
            // swift-format-ignore: AlwaysUseLowerCamelCase
            var open_ended: Bool
        }

        struct Row: Decodable, Equatable {
            var name: String
            var competences: Int
            // swift-format-ignore: AlwaysUseLowerCamelCase
            var open_ended: Int
        }

        struct Counts: Decodable {
            // swift-format-ignore: AlwaysUseLowerCamelCase
            var competences, open_ended: Int
            var acts, topics: [Row]
        }

        struct Act: Decodable {
            var id, lang: String
            var edition: String?
        }

        var actor: String
        var count: Int
        var acts: [Act]
        var counts: Counts
        var competences: [Item]
    }

    @Test("JSON read by a JSON decoder: the header, the counts and every competence")
    func json() throws {
        var writer = JSONWriter()
        CompetenceJSON.write(Self.listed.competences, query: Self.listed.header.query, acts: Self.listed.header.acts, to: &writer)
        let list = try JSONDecoder().decode(JSONList.self, from: Data(writer.text.utf8))
        #expect(list.actor == "aul-akim" && list.count == Self.listed.competences.count)
        #expect(list.acts.map(\.id) == ["Z010000148_", "Z020000339_"] && list.acts.first?.edition == "2026-07-12")
        let counts = CompetenceList.Counts(Self.listed.competences)
        #expect(list.counts.competences == counts.competences && list.counts.open_ended == counts.openEnded)
        #expect(
            list.counts.acts.map(\.name) == counts.acts.map(\.name)
                && list.counts.topics.map(\.competences) == counts.topics.map(\.competences))
        let byAddress = Self.byAddress
        #expect(list.competences.count == byAddress.count)
        for item in list.competences {
            let competence = try #require(byAddress[item.address])
            #expect(item.text == competence.text && item.status == competence.status.rawValue && item.eid == competence.eid)
            #expect(item.topics == competence.topics.map(\.rawValue) && item.flags.map(\.kind) == competence.flags.map(\.kind.rawValue))
        }
    }

    /// What an HTML list shows of each competence, read by libxml2: the `li.competence` ids and
    /// the text of their `span` children by class.
    final class ListReader: MarkupHandler {
        var items: [(id: String, parts: [String: String])] = []
        var title = ""
        var countRows = 0
        private var open: [String] = []
        private var inItem = false
        private var part: String?
        private var inTitle = false

        func startElement(_ element: MarkupElement) {
            open.append(element.name)
            if element.name == "title" { inTitle = true }
            if element.name == "tr", open.contains("table") { countRows += 1 }
            if element.name == "li", element.hasClass("competence") {
                items.append((element.attribute("id") ?? "", [:]))
                inItem = true
            } else if inItem, let cls = element.attribute("class")?.split(separator: " ").first {
                part = String(cls)
            }
        }

        func endElement(_ name: String) {
            open.removeLast()
            if name == "title" { inTitle = false }
            if name == "li" { inItem = false }
            if name == "span" || name == "div" { part = nil }
        }

        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
            let text = String(decoding: utf8, as: UTF8.self)
            if inTitle { title += text }
            if inItem, let part, !items.isEmpty { items[items.count - 1].parts[part, default: ""] += text }
        }
    }

    /// Reads an HTML list with libxml2.
    static func read(html: String) throws -> ListReader {
        let reader = ListReader()
        try MarkupParser.parseHTML(Array(html.utf8), encoding: "utf-8", handler: reader)
        return reader
    }

    @Test("HTML read by libxml2: every competence with its address, status and text, and the counts")
    func html() throws {
        let page = CompetenceList.html(Self.listed.competences, header: Self.listed.header)
        #expect(page.hasPrefix("<!DOCTYPE html>") && !page.contains("http://") && !page.contains("https://") && !page.contains("<script"))
        let reader = try Self.read(html: page)
        #expect(reader.title == "Competences: \(PublicActor.aulAkim.label)")
        let byAddress = Self.byAddress
        #expect(reader.items.count == byAddress.count)
        for item in reader.items {
            let competence = try #require(byAddress[item.id])
            #expect(item.parts["address"] == competence.address && item.parts["status"] == competence.status.rawValue)
            #expect(item.parts["text"] == competence.text && item.parts["modality"] == competence.modality.rawValue)
            #expect(item.parts["from"] == "from: \(competence.inheritedFromAddress)")
        }
        let counts = CompetenceList.Counts(Self.listed.competences)
        // Head rows of the two tables, a row per act, the "all" row and a row per topic.
        #expect(reader.countRows == 2 + counts.acts.count + 1 + counts.topics.count)
    }

    @Test("Markdown: a section per act and per topic holding every competence")
    func markdown() {
        let (competences, header) = Self.listed
        let text = CompetenceList.markdown(competences, header: header)
        for section in CompetenceList.sections(competences) {
            #expect(text.contains("\n## \(section.act)\n"))
            for group in section.topics { #expect(text.contains("\n### \(group.topic)\n")) }
        }
        for competence in competences { #expect(text.contains("- `\(competence.eid)` (\(competence.status.rawValue), ")) }
        // Determinism is tested across processes (CompetenceCommandTests "--out") and by CI on Index/.
    }
}
