import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretTestSupport
import Testing

/// Cross-references (DESIGN.md §8): Russian innermost first, Kazakh outermost first, lists,
/// ranges, «настоящего Закона» / «осы Заңның», acts cited by name.
@Suite("Cross-references")
struct ReferenceFinderTests {
    static let finder = ReferenceFinder(catalog: RealCompetenceTests.catalog)

    static func statute(_ lang: Language, eids: [String]) -> Statute {
        let act = ActInfo(id: "Z020000339_", title: "", lang: lang, edition: nil, format: .markdown)
        return Statute(act: act, provisions: eids.map { Provision(kind: .article, num: nil, eid: $0) })
    }

    static func references(_ text: String, _ lang: Language, from eid: String = "art_35__para_1__point_4", known: Set<String> = [])
        -> [CrossReference]
    {
        finder.references(in: text, from: eid, statute: statute(lang, eids: []), knownEids: known)
    }

    @Test("Russian cites innermost first; Kazakh outermost first; both give one address")
    func order() throws {
        let russian = try #require(Self.references("в соответствии с подпунктом 1) пункта 1 статьи 6 настоящего Закона", .rus).first)
        #expect(russian.targetEids == ["art_6__para_1__point_1"])
        #expect(russian.scope == .internal && russian.targetAct == "Z020000339_")
        #expect(russian.span == "подпунктом 1) пункта 1 статьи 6 настоящего Закона")
        let kazakh = try #require(Self.references("осы Заңның 6-бабы 1-тармағының 1) тармақшасына сәйкес", .kaz).first)
        #expect(kazakh.targetEids == ["art_6__para_1__point_1"])
        #expect(kazakh.span == "осы Заңның 6-бабы 1-тармағының 1) тармақшасына")
    }

    @Test("Lists and ranges give one target each")
    func listsAndRanges() throws {
        let range = try #require(Self.references("подпунктами 1)-5) пункта 1 статьи 10-1 настоящего Закона", .rus).first)
        #expect(range.targetEids == (1...5).map { "art_10-1__para_1__point_\($0)" })
        let list = try #require(Self.references("статьями 13 и 16 настоящего Кодекса", .rus).first)
        #expect(list.targetEids == ["art_13", "art_16"])
        let kazakhList = try #require(Self.references("осы Кодекстің 13 және 16-баптарында", .kaz).first)
        #expect(kazakhList.targetEids == ["art_13", "art_16"])
    }

    @Test("«настоящей статьи» and «осы баптың» are the citing article")
    func currentArticle() throws {
        let russian = try #require(Self.references("предусмотренные пунктом 1 настоящей статьи", .rus, from: "art_35__para_1-2").first)
        #expect(russian.targetEids == ["art_35__para_1"])
        let kazakh = try #require(Self.references("осы баптың 1-тармағында көзделген", .kaz, from: "art_35__para_1-2").first)
        #expect(kazakh.targetEids == ["art_35__para_1"])
    }

    @Test("Resolved when the target is in the text read; acts by name through the catalog")
    func resolution() throws {
        let known = Self.references("статьей 69 настоящего Закона", .rus, known: ["art_69"])
        #expect(known.first?.resolved == true)
        let missing = Self.references("статьей 70 настоящего Закона", .rus, known: ["art_69"])
        #expect(missing.first?.resolved == false)
        let external = Self.references("в соответствии с Земельным кодексом Республики Казахстан", .rus)
        #expect(external.first?.scope == .external)
        #expect(external.first?.targetAct == "K030000442_")
        let cited = try #require(Self.references("согласно статье 9 Закона Республики Казахстан «О пастбищах»", .rus).first)
        #expect(cited.scope == .external && cited.targetAct == "Z1700000047" && cited.targetEids == ["art_9"])
        let unknown = try #require(Self.references("статьи 5 Закона Республики Казахстан «О чем-то неизвестном»", .rus).first)
        #expect(unknown.scope == .external && unknown.targetAct == nil && !unknown.resolved)
    }
}
