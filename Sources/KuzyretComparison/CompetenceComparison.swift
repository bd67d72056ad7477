import Foundation
import KuzyretAnalysis
import KuzyretCompetence
import KuzyretCore

/// Two sets of an actor's competences set side by side (DESIGN.md §10): the competences of an
/// indexed act and those of a bill (`kuzyret coverage`), or of two editions of one act
/// (`kuzyret diff`).
///
/// Competences are aligned by the similarity of their analysed words, the same eId within one
/// act counting in favour (a duty under its own number, or moved and renumbered, or in a bill for
/// a new act). Across languages only the eId aligns them: the rus and kaz texts of one provision
/// share it.
public struct CompetenceComparison {
    /// How alike two texts must be (Dice coefficient of their analysed terms) for a duty under
    /// another number to count as the same duty.
    public static let movedSimilarity = 0.5
    /// How alike the texts under one eId must be to stay one duty; below it, one duty left the
    /// number and another took it — unless one side is a pending or repealed placeholder, whose
    /// text is a note, not the duty.
    public static let sameNumberSimilarity = 0.3
    /// What the same eId adds to two texts' similarity when pairs are chosen, best first.
    public static let sameNumberBonus = 0.2
    /// How much of the shorter of two texts left unpaired the other must hold, by weight
    /// (``containment(_:_:weights:)``), for them to pair as one reworded duty once every closer
    /// pair is taken: a duty reworded around «общественного транспорта» keeps its rare words
    /// while its common words change and new ones join.
    public static let rewordedContainment = 0.5

    let analyzer = TextAnalyzer()

    public init() {}

    /// Compares `old` with `new`: the actor's competences and the flags (every kind) on its
    /// provisions. A pending placeholder on the old side that nothing takes up is reported as
    /// pending, not as a dropped duty.
    public func compare(
        old: (competences: [Competence], flags: [ProvisionFlag]), new: (competences: [Competence], flags: [ProvisionFlag]),
        actor: ActorSelection
    ) -> ComparisonReport {
        // The languages of each side, from its competences and flags (a side may have only one kind).
        let oldLanguages = Set(old.competences.map(\.lang) + old.flags.map(\.lang))
        let newLanguages = Set(new.competences.map(\.lang) + new.flags.map(\.lang))
        let crossLanguage = !oldLanguages.isEmpty && !newLanguages.isEmpty && oldLanguages.isDisjoint(with: newLanguages)
        // The eId names the same provision only within one act: a bill for a new act is aligned
        // with the indexed acts by its words alone.
        // In a group's comparison one provision may hold two members' competences: each pairs with its own member.
        let pairs = align(old.competences, new.competences, crossLanguage: crossLanguage) {
            actor.isSingle ? "\($0.act)|\($0.eid)" : "\($0.act)|\($0.eid)|\($0.actor.rawValue)"
        } text: {
            ($0.text, $0.lang)
        } pinned: { lhs, rhs in
            lhs.status != rhs.status && (lhs.status != .inForce || rhs.status != .inForce)
        }
        var report = ComparisonReport(actor: actor)
        for (oldIndex, newIndex) in pairs.matched {
            let before = old.competences[oldIndex]
            let after = new.competences[newIndex]
            let pair = ComparisonReport.Pair(
                old: before, new: after, diff: crossLanguage ? [] : WordDiff.edits(from: before.text, to: after.text))
            if !crossLanguage, Self.normalised(before.text) == Self.normalised(after.text), before.status == after.status,
                before.modality == after.modality
            {
                report.kept.append(pair)
            } else if crossLanguage, before.status == after.status, before.modality == after.modality {
                report.kept.append(pair)
            } else {
                report.changed.append(pair)
            }
        }
        report.dropped = pairs.oldOnly.map { old.competences[$0] }.filter { $0.status != .pending }
        report.pending = pairs.oldOnly.map { old.competences[$0] }.filter { $0.status == .pending }
        report.added = pairs.newOnly.map { new.competences[$0] }
        let oldFlags = old.flags.filter { actor.containsAny($0.actors) }
        let newFlags = new.flags.filter { actor.containsAny($0.actors) }
        let flagPairs = align(oldFlags, newFlags, crossLanguage: crossLanguage) {
            "\($0.act)|\($0.eid)|\($0.flag.kind.rawValue)"
        } text: {
            ("\($0.flag.kind.rawValue) \($0.flag.span)", $0.lang)
        } pinned: { _, _ in
            false
        }
        report.flagsKept = flagPairs.matched.map { (oldFlags[$0.0], newFlags[$0.1]) }
        report.flagsRemoved = flagPairs.oldOnly.map { oldFlags[$0] }
        report.flagsAdded = flagPairs.newOnly.map { newFlags[$0] }
        return report
    }

    /// Pairs of indices of `old` and `new` that are one item, and the indices left on each side.
    ///
    /// Every pair that may be one item is scored by the similarity of its texts (``similarity(_:_:weights:)``,
    /// words weighed by their rarity among all the items of both sides), plus ``sameNumberBonus``
    /// under the same key; pairs are taken best first. Under one key a pair needs
    /// ``sameNumberSimilarity`` (or `pinned`: a placeholder's note against the duty's text), under
    /// different keys ``movedSimilarity``. So a bill that renumbers keeps each duty with its own
    /// words, not with whatever took its number. Then the items still alone pair, best first, when
    /// the other holds ``rewordedContainment`` of the shorter one's weight: a reworded duty. Across languages only the key pairs.
    func align<Item>(
        _ old: [Item], _ new: [Item], crossLanguage: Bool, key: (Item) -> String, text: (Item) -> (String, Language),
        pinned: (Item, Item) -> Bool
    ) -> (matched: [(Int, Int)], oldOnly: [Int], newOnly: [Int]) {
        func analysed(_ items: [Item]) -> [[String: Int]] {
            crossLanguage
                ? []
                : items.map { item in
                    let (words, lang) = text(item)
                    return terms(of: words, lang: lang)
                }
        }
        let oldTerms = analysed(old)
        let newTerms = analysed(new)
        let weights = Self.inverseFrequencies(oldTerms + newTerms)
        let oldKeys = old.map(key)
        let newKeys = new.map(key)
        var scored: [(score: Double, old: Int, new: Int)] = []
        for oldIndex in old.indices {
            for newIndex in new.indices {
                let sameKey = oldKeys[oldIndex] == newKeys[newIndex]
                if crossLanguage {
                    if sameKey { scored.append((1, oldIndex, newIndex)) }
                    continue
                }
                let similarity = Self.similarity(oldTerms[oldIndex], newTerms[newIndex], weights: weights)
                if sameKey, similarity >= Self.sameNumberSimilarity || pinned(old[oldIndex], new[newIndex]) {
                    scored.append((similarity + Self.sameNumberBonus, oldIndex, newIndex))
                } else if similarity >= Self.movedSimilarity {
                    scored.append((similarity, oldIndex, newIndex))
                }
            }
        }
        scored.sort { ($0.score, -$0.old, -$0.new) > ($1.score, -$1.old, -$1.new) }
        var matched: [(Int, Int)] = []
        var oldFree = Set(old.indices)
        var newFree = Set(new.indices)
        for candidate in scored where oldFree.contains(candidate.old) && newFree.contains(candidate.new) {
            matched.append((candidate.old, candidate.new))
            oldFree.remove(candidate.old)
            newFree.remove(candidate.new)
        }
        if !crossLanguage {
            var reworded: [(score: Double, old: Int, new: Int)] = []
            for oldIndex in oldFree.sorted() {
                for newIndex in newFree.sorted() {
                    let containment = Self.containment(oldTerms[oldIndex], newTerms[newIndex], weights: weights)
                    if containment >= Self.rewordedContainment { reworded.append((containment, oldIndex, newIndex)) }
                }
            }
            reworded.sort { ($0.score, -$0.old, -$0.new) > ($1.score, -$1.old, -$1.new) }
            for candidate in reworded where oldFree.contains(candidate.old) && newFree.contains(candidate.new) {
                matched.append((candidate.old, candidate.new))
                oldFree.remove(candidate.old)
                newFree.remove(candidate.new)
            }
        }
        return (matched.sorted { $0.0 < $1.0 }, oldFree.sorted(), newFree.sorted())
    }

    /// The analysed terms of `text`, read in `lang`, and how often each occurs.
    func terms(of text: String, lang: Language) -> [String: Int] {
        var counts: [String: Int] = [:]
        for term in analyzer.terms(of: text, lang: lang) { counts[term.term, default: 0] += 1 }
        return counts
    }

    /// Each term's weight: the inverse document frequency over `documents` (the items of both
    /// sides), `log((N + 1) / (df + 0.5))`, so a word in every item weighs little and a word in
    /// one weighs most.
    static func inverseFrequencies(_ documents: [[String: Int]]) -> [String: Double] {
        var frequencies: [String: Int] = [:]
        for document in documents { for term in document.keys { frequencies[term, default: 0] += 1 } }
        let count = Double(documents.count)
        return frequencies.mapValues { log((count + 1) / (Double($0) + 0.5)) }
    }

    /// The weighted Dice coefficient of two multisets of terms: twice the weight shared over the
    /// weight of both; 1 for the same words, 0 for none shared. A term without a weight weighs 1.
    static func similarity(_ lhs: [String: Int], _ rhs: [String: Int], weights: [String: Double] = [:]) -> Double {
        func weight(_ term: String) -> Double { weights[term] ?? 1 }
        let total =
            lhs.reduce(0.0) { $0 + Double($1.value) * weight($1.key) } + rhs.reduce(0.0) { $0 + Double($1.value) * weight($1.key) }
        guard total > 0 else { return 1 }
        let shared = lhs.reduce(0.0) { sum, entry in sum + Double(min(entry.value, rhs[entry.key] ?? 0)) * weight(entry.key) }
        return 2 * shared / total
    }

    /// The weight two multisets of terms share over the weight of the lighter one: 1 when every
    /// word of the shorter text is in the longer.
    static func containment(_ lhs: [String: Int], _ rhs: [String: Int], weights: [String: Double]) -> Double {
        func weight(_ term: String) -> Double { weights[term] ?? 1 }
        let left = lhs.reduce(0.0) { $0 + Double($1.value) * weight($1.key) }
        let right = rhs.reduce(0.0) { $0 + Double($1.value) * weight($1.key) }
        guard min(left, right) > 0 else { return 0 }
        let shared = lhs.reduce(0.0) { sum, entry in sum + Double(min(entry.value, rhs[entry.key] ?? 0)) * weight(entry.key) }
        return shared / min(left, right)
    }

    /// `text` folded, with runs of whitespace as one space, no space before punctuation and no
    /// closing punctuation: what counts as the same wording (the last sub-point of a list ends
    /// with «.», the others with «;»).
    static func normalised(_ text: String) -> String {
        var words = WordDiff.tidy(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, ".;,:".contains(last) { words.removeLast() }
        return MatchText.fold(words)
    }
}
