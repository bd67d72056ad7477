import Foundation
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretReading
import KuzyretTestSupport
import Testing

/// Coverage of a bill and edition diffs, on the real editions of Law 148-II (DESIGN.md §10).
@Suite("Competence comparison")
struct ComparisonTests {
    static let extractor = CompetenceExtractor()

    /// The aul akim's competences and flags of the statute at `path` under art. 35, repealed ones left out.
    static func article35(_ path: String) throws -> (competences: [Competence], flags: [ProvisionFlag]) {
        let analysis = extractor.analyse(try StatuteLoader.load(path).statute)
        let inArticle = { (eid: String) in eid == "art_35" || eid.hasPrefix("art_35__") }
        return (
            analysis.competences.filter { $0.actor == .aulAkim && $0.status != .repealed && inArticle($0.eid) },
            analysis.flags.filter { $0.status != .repealed && inArticle($0.eid) }
        )
    }

    @Test("A word diff keeps the words both texts share, folded")
    func wordDiff() {
        let edits = WordDiff.edits(from: "организует погребение  безродных", to: "Организует захоронение безродных граждан")
        #expect(edits == [.same("Организует"), .removed("погребение"), .added("захоронение"), .same("безродных"), .added("граждан")])
        #expect(WordDiff.render(edits) == "Организует [-погребение-] {+захоронение+} безродных {+граждан+}")
        #expect(WordDiff.edits(from: "", to: "").isEmpty)
        // Punctuation around a word and a space before a comma are no change.
        #expect(
            WordDiff.edits(from: "в порядке , мест захоронения.", to: "в порядке, мест захоронения;") == [
                .same("в порядке, мест захоронения;")
            ])
    }

    @Test("2025-08-31 → 2026-07-12: art. 35 differs only in sub-point 12-11 of point 1, pending → in force")
    func diff2025to2026() throws {
        let old = try Self.article35(TestPaths.statute("Z010000148_/rus.md"))
        let new = try Self.article35(TestPaths.statute("Z010000148_/rus.2026-07-12.md"))
        let report = CompetenceComparison().compare(old: old, new: new, actor: .aulAkim)
        #expect(report.changed.map(\.old.eid) == ["art_35__para_1__point_12-11"])
        let change = try #require(report.changed.first)
        #expect(change.old.status == .pending && change.new.status == .inForce)
        #expect(change.new.text.count > 20 && change.new.text != change.old.text)
        #expect(report.dropped.isEmpty && report.added.isEmpty)
        #expect(report.kept.count == old.competences.count - 1 && report.kept.count > 40)
        // The open-ended flag of point 2 (residual legislation) is on both sides; the only new flag
        // is on 12-11, whose text came into force.
        #expect(report.flagsRemoved.isEmpty && report.flagsAdded.allSatisfy { $0.eid == "art_35__para_1__point_12-11" })
        #expect(report.flagsKept.filter(\.old.flag.openEnded).map(\.old.eid) == ["art_35__para_2"])
    }

    @Test("2008-12-24 → 2022-03-02: art. 35 duties added and removed, each listed")
    func diff2008to2022() throws {
        let old = try Self.article35(TestPaths.statute("Z010000148_/rus/art035-041.2008-12-24.md"))
        let new = try Self.article35(TestPaths.statute("Z010000148_/rus/art035.2022-03-02.md"))
        let report = CompetenceComparison().compare(old: old, new: new, actor: .aulAkim)
        // Every old competence is accounted for once, and every new one.
        #expect(report.kept.count + report.changed.count + report.dropped.count == old.competences.count)
        #expect(report.kept.count + report.changed.count + report.added.count == new.competences.count)
        // Sub-point 16 of point 1 («осуществляет статистический похозяйственный учет») was
        // repealed in 2018 and went on, reworded, as point 1-4 1) («ведут похозяйственный учет …»):
        // the pass for reworded duties pairs them by their rare words. Nothing left.
        #expect(report.dropped.isEmpty)
        #expect(report.changed.first { $0.old.eid == "art_35__para_1__point_16" }?.new.eid == "art_35__para_1-4__point_1")
        // Points 1-3 (15 sub-points) and 1-4 (3) came, and 20 sub-points of point 1 (read by hand
        // from both texts: 2008 has 1)–21) with 14-1), 2022 up to 24) with hyphenated ones).
        // The old 10) (notaries and civil registration «в местностях, где нет органов юстиции») went
        // on as 10-1) for settlements, villages and rural districts; 10) is a new, narrower duty.
        let point1 = ["4-1", "8-1", "10", "10-2", "14-2", "14-3", "21-1", "22", "23", "24"] + (1...10).map { "12-\($0)" }
        let expected = Set(
            (1...15).map { "art_35__para_1-3__point_\($0)" } + (2...3).map { "art_35__para_1-4__point_\($0)" }
                + point1.map { "art_35__para_1__point_\($0)" })
        #expect(Set(report.added.map(\.eid)) == expected && report.added.count == 37)
        // Reworded (e.g. 7: «государственного жилищного фонда … аула (села)» → «коммунального … села»).
        #expect(
            report.changed.map(\.old.eid) == [
                "art_35__para_1__point_7", "art_35__para_1__point_8", "art_35__para_1__point_9",
                "art_35__para_1__point_10", "art_35__para_1__point_12", "art_35__para_1__point_16", "art_35__para_1__point_18",
                "art_35__para_1-1",
            ])
        // Sub-point 21 only ends with «;» instead of «.»: the same wording.
        #expect(report.kept.contains { $0.old.eid == "art_35__para_1__point_21" })
        #expect(report.changed.allSatisfy { $0.diff.contains { if case .same = $0 { false } else { true } } })
        #expect(report.changed.first { $0.old.eid == "art_35__para_1__point_10" }?.new.eid == "art_35__para_1__point_10-1")
    }

    @Test("Across languages the eIds align: the Kazakh art. 35 of 2026 keeps every Russian competence")
    func acrossLanguages() throws {
        let russian = try Self.article35(TestPaths.statute("Z010000148_/rus.2026-07-12.md"))
        let kazakh = try Self.article35(TestPaths.statute("Z010000148_/kaz.2026-07-12.md"))
        let report = CompetenceComparison().compare(old: russian, new: kazakh, actor: .aulAkim)
        #expect(report.kept.count == russian.competences.count && russian.competences.count > 40)
        #expect(report.kept.allSatisfy { $0.old.eid == $0.new.eid && $0.old.lang == .rus && $0.new.lang == .kaz && $0.diff.isEmpty })
        #expect(report.dropped.isEmpty && report.added.isEmpty && report.changed.isEmpty)
        #expect(report.flagsKept.filter(\.new.flag.openEnded).map(\.new.eid) == ["art_35__para_2"])
        // A Kazakh text without its point 2: the open-ended flag is reported removed, by eId.
        let withoutPoint2 = (kazakh.competences, kazakh.flags.filter { $0.eid != "art_35__para_2" })
        #expect(
            CompetenceComparison().compare(old: russian, new: withoutPoint2, actor: .aulAkim).flagsRemoved.map(\.eid) == ["art_35__para_2"])
    }

    @Test("A bill that renumbers: duties under new numbers are kept by their words, the one left out is dropped")
    func renumbered() throws {
        let old = try Self.article35(TestPaths.statute("Z010000148_/rus.2026-07-12.md"))
        // Point 1's plain-numbered sub-points after 3) move up by one; 3) is left out.
        let plain = old.competences.compactMap { competence -> Int? in
            guard competence.eid.hasPrefix("art_35__para_1__point_") else { return nil }
            return Int(competence.eid.dropFirst("art_35__para_1__point_".count))
        }
        #expect(plain.contains(3) && plain.count > 15)
        var new: [Competence] = []
        for competence in old.competences where competence.eid != "art_35__para_1__point_3" {
            var moved = competence
            if competence.eid.hasPrefix("art_35__para_1__point_"),
                let number = Int(competence.eid.dropFirst("art_35__para_1__point_".count)), number > 3
            {
                moved.eid = "art_35__para_1__point_\(number - 1)"
            }
            new.append(moved)
        }
        let report = CompetenceComparison().compare(old: old, new: (new, old.flags), actor: .aulAkim)
        #expect(report.dropped.map(\.eid) == ["art_35__para_1__point_3"])
        #expect(report.changed.isEmpty && report.added.isEmpty && report.kept.count == new.count)
        #expect(report.kept.contains { $0.old.eid == "art_35__para_1__point_21" && $0.new.eid == "art_35__para_1__point_20" })
    }

    @Test("A bill copying art. 35 with two sub-points dropped, one reworded, one added and point 2 deleted: exactly those")
    func billCoverage() throws {
        let old = try Self.article35(TestPaths.statute("Z010000148_/rus.2026-07-12.md"))
        let new = try Self.article35(try TestBills.article35())
        let report = CompetenceComparison().compare(old: old, new: new, actor: .aulAkim)
        #expect(report.dropped.map(\.eid) == ["art_35__para_1__point_3", "art_35__para_1__point_11"])
        #expect(report.changed.map(\.old.eid) == ["art_35__para_1__point_21"])
        #expect(report.added.map(\.eid) == ["art_35__para_1__point_22-1"])
        #expect(report.flagsRemoved.map(\.eid) == ["art_35__para_2"])
        #expect(report.flagsRemoved.first?.flag.kind == .residualLegislation)
        #expect(report.flagsAdded.isEmpty && report.flagsKept.allSatisfy { !$0.old.flag.openEnded })
        let diff = WordDiff.render(try #require(report.changed.first).diff)
        #expect(diff.contains("[-организует погребение-] {+обеспечивает захоронение+} безродных {+граждан+}"))
        #expect(report.kept.count == old.competences.count - 3)
        #expect(abs(report.coverage - Double(old.competences.count - 2) / Double(old.competences.count)) < 1e-9)
    }
}
