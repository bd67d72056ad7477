import Foundation
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// The project's own sample statutes (`Statutes/samples`, fictional texts in every input form)
/// and its act catalog.
@Suite("Sample statutes and the catalog")
struct SampleStatuteTests {
    static let catalog: ActCatalog = (try? ActCatalog.load(from: URL(fileURLWithPath: TestPaths.sample("catalog.json")))) ?? .empty

    static func load(_ relative: String) throws -> LoadedStatute {
        var options = LoadOptions()
        options.catalog = catalog
        return try StatuteLoader.load(TestPaths.sample("samples/\(relative)"), options: options)
    }

    static func addresses(_ statute: Statute) -> [String] {
        var result: [String] = []
        statute.walk { node, _ in result.append("\(node.eid) \(node.status.rawValue) \(node.conditions.count)") }
        return result
    }

    @Test("The catalog names every real act and every sample")
    func catalogEntries() throws {
        #expect(Self.catalog.entries.count >= 14)
        for id in [
            "Z010000148_", "Z020000339_", "K2500000171", "K080000095_", "K030000442_", "Z1700000047",
            "K1400000235", "Z1200000561", "V1500010851", "KZY0000001", "KZY0000002", "KZY0000003",
        ] {
            let entry = try #require(Self.catalog.entry(id: id), "\(id) missing from Statutes/catalog.json")
            #expect(entry.title(in: .rus)?.isEmpty == false)
        }
        #expect(Self.catalog.entry(ekbCode: "7966")?.id == "Z010000148_")
    }

    @Test("Markdown in three languages: one act, the same addresses, statuses and conditions")
    func markdownTwins() throws {
        let rus = try Self.load("KZY0000001/rus.md").statute
        let kaz = try Self.load("KZY0000001/kaz.md").statute
        let eng = try Self.load("KZY0000001/eng.md").statute
        #expect(rus.act.id == "KZY0000001")
        #expect(kaz.act.id == rus.act.id && eng.act.id == rus.act.id)
        #expect(rus.act.edition == LegalDate("2025-07-01"))
        #expect(Self.addresses(rus) == Self.addresses(kaz))
        #expect(Self.addresses(rus) == Self.addresses(eng))
        #expect(rus.provision(eid: "art_3__para_1__point_3")?.status == .repealed)
        #expect(rus.provision(eid: "art_3__para_1__point_5")?.status == .repealed)
        #expect(rus.provision(eid: "art_3__para_1__point_6")?.status == .repealed)
        #expect(rus.provision(eid: "art_3__para_1__point_7")?.status == .pending)
        #expect(rus.provision(eid: "art_3__para_1__point_4")?.conditions.first?.population == PopulationBound(.above, 2000))
        #expect(rus.provision(eid: "art_1__point_2-1")?.footnotes.count == 1)
        #expect(eng.provision(eid: "art_1__point_2-1")?.footnotes.count == 1)
    }

    @Test("adilet-style HTML in windows-1251, with its charset taken from the page")
    func windows1251Page() throws {
        let raw = try Data(contentsOf: URL(fileURLWithPath: TestPaths.sample("samples/KZY0000002/rus.html")))
        #expect(String(data: raw, encoding: .utf8) == nil, "the sample must really be windows-1251")
        let statute = try Self.load("KZY0000002/rus.html").statute
        #expect(statute.act.id == "KZY0000002")
        #expect(statute.act.status == .inForce)
        #expect(statute.act.title.hasPrefix("Об утверждении Правил"))
        #expect(statute.provisions.filter { $0.kind == .paragraph }.map(\.number) == ["1", "2", "3"])
        #expect(statute.provision(eid: "att_1") != nil)
        #expect(TreeInvariants.violations(in: statute) == [])
        // Line breaks inside table cells separate words.
        #expect(!(statute.conclusions ?? "").contains("приказомМинистра"))
    }

    @Test("Akoma Ntoso in English: FRBR id, removed and pending points, conditions")
    func akomaNtoso() throws {
        let statute = try Self.load("KZY0000003/eng.xml").statute
        #expect(statute.act.id == "KZY0000003")
        #expect(statute.act.lang == .eng)
        #expect(statute.act.format == .akn)
        var statuses: Set<ProvisionStatus> = []
        var conditioned = 0
        statute.walk { node, _ in
            statuses.insert(node.status)
            if !node.conditions.isEmpty { conditioned += 1 }
        }
        #expect(statuses == [.inForce, .repealed, .pending])
        #expect(conditioned >= 1)
        #expect(TreeInvariants.violations(in: statute) == [])
    }
}
