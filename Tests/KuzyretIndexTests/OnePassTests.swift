import Foundation
import KuzyretAnalysis
import KuzyretCompetence
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

@testable import KuzyretIndex

/// One pass per provision (DESIGN.md §9): the rows a worker makes from its one analysis are
/// those the writing thread would have made again, on every real statute.
@Suite("One pass per provision")
struct OnePassTests {
    /// Every real statute, loaded.
    static let statutes: [Statute] = (try? TestPaths.allRealStatutes())?.compactMap { try? StatuteLoader.load($0).statute } ?? []

    @Test("The search terms made on the worker are the tokenizer's, with the same byte ranges")
    func termsMatchTheTokenizer() throws {
        #expect(Self.statutes.count >= 10)
        let analyser = TextAnalyzer()
        var checked = 0
        for statute in Self.statutes {
            let words = WordMemo()
            _ = CompetenceExtractor().analyse(statute, words: words)
            statute.walk { node, _ in
                let searchable = IndexRecords.searchable(heading: node.heading, text: node.text)
                let expected = analyser.terms(of: searchable, lang: statute.act.lang).map {
                    "\($0.term)@\(searchable.utf8.distance(from: searchable.startIndex, to: $0.range.lowerBound))-\(searchable.utf8.distance(from: searchable.startIndex, to: $0.range.upperBound))"
                }
                let made = IndexRecords.terms(
                    heading: node.heading, text: node.text, lang: statute.act.lang, words: words, analyser: analyser
                )
                .map { "\($0.term)@\($0.start)-\($0.end)" }
                #expect(made == expected, "\(statute.act.id) \(node.eid)")
                checked += 1
            }
        }
        #expect(checked > 3000)
    }

    @Test("Rows written without JSONEncoder decode to the same competences and flags")
    func rowJSONDecodesAsJSONEncoder() throws {
        let decoder = JSONDecoder()
        var competences = 0
        var flags = 0
        for statute in Self.statutes {
            let analysis = CompetenceExtractor().analyse(statute)
            for competence in analysis.competences {
                let written = try RowJSON.string(competence)
                #expect(try decoder.decode(Competence.self, from: Data(written.utf8)) == competence, "\(competence.address)")
                competences += 1
            }
            for flag in analysis.flags {
                let written = try RowJSON.string(flag)
                #expect(try decoder.decode(ProvisionFlag.self, from: Data(written.utf8)) == flag, "\(flag.address)")
                flags += 1
            }
        }
        #expect(competences > 500)
        #expect(flags > 50)
    }

    @Test("Escapes, nesting, nil and numbers written by the row encoder read back")
    func rowJSONShapes() throws {
        struct Inner: Codable, Equatable {
            var name: String
            var count: Int
            var share: Double
        }
        struct Outer: Codable, Equatable {
            var text: String
            var optional: String?
            var present: Int?
            var flags: [Bool]
            var inner: [Inner]
            var nested: [[String]]
            var table: [String: Int]
            var empty: [Inner]
        }
        let value = Outer(
            text: "«кавычки» \"quotes\" \\ back\nline\ttab \u{01}", optional: nil, present: 3, flags: [true, false],
            inner: [Inner(name: "a", count: -2, share: 0.25), Inner(name: "б", count: 0, share: 1e20)], nested: [[], ["x"]],
            table: ["k": 1], empty: [])
        let written = try RowJSON.string(value)
        #expect(try JSONDecoder().decode(Outer.self, from: Data(written.utf8)) == value)
        #expect(!written.contains("optional"))
        #expect(throws: EncodingError.self) { try RowJSON.string([Double.nan]) }
    }
}
