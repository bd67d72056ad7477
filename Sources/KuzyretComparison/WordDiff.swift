import Foundation
import KuzyretCore

/// A word-level diff of two texts (DESIGN.md §10): the words of the old text kept, removed and
/// added, found as the longest common subsequence of their folded forms (so «Акима» and «акима»,
/// Latin and Cyrillic look-alikes, or a different run of spaces are no change).
public enum WordDiff {
    /// One run of words.
    public enum Edit: Equatable, Sendable {
        /// Words in both texts (as the new text writes them).
        case same(String)
        /// Words only in the old text.
        case removed(String)
        /// Words only in the new text.
        case added(String)
    }

    /// The edits turning `old` into `new`, adjacent words of one kind joined by a space.
    public static func edits(from old: String, to new: String) -> [Edit] {
        let before = words(of: old)
        let after = words(of: new)
        // Longest common subsequence lengths, from the ends (texts are provisions: short).
        var table = [[Int]](repeating: [Int](repeating: 0, count: after.count + 1), count: before.count + 1)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                table[i][j] = before[i].folded == after[j].folded ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        func append(_ edit: Edit) {
            switch (edits.last, edit) {
            case (.same(let a)?, .same(let b)): edits[edits.count - 1] = .same(a + " " + b)
            case (.removed(let a)?, .removed(let b)): edits[edits.count - 1] = .removed(a + " " + b)
            case (.added(let a)?, .added(let b)): edits[edits.count - 1] = .added(a + " " + b)
            default: edits.append(edit)
            }
        }
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i].folded == after[j].folded {
                append(.same(after[j].text))
                i += 1
                j += 1
            } else if j < after.count, i == before.count || table[i][j + 1] >= table[i + 1][j] {
                append(.added(after[j].text))
                j += 1
            } else {
                append(.removed(before[i].text))
                i += 1
            }
        }
        // A removal right after an addition reads better first: [-old-]{+new+}; runs of one kind
        // that meet after the swap join.
        var index = 1
        while index < edits.count {
            if case .added = edits[index - 1], case .removed = edits[index] {
                edits.swapAt(index - 1, index)
            }
            index += 1
        }
        let swapped = edits
        edits = []
        for edit in swapped { append(edit) }
        return edits
    }

    /// `edits` in git's word-diff notation: `[-removed-]{+added+}`, the rest as it is.
    public static func render(_ edits: [Edit]) -> String {
        edits.map { edit in
            switch edit {
            case .same(let text): text
            case .removed(let text): "[-\(text)-]"
            case .added(let text): "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    /// Whitespace-separated words, each with what it is compared by: folded, without the
    /// punctuation around it («захоронения.» and «захоронения;» are one word).
    static func words(of text: String) -> [(text: String, folded: String)] {
        tidy(text).split(whereSeparator: \.isWhitespace).map { word in
            (String(word), MatchText.fold(String(word)).trimmingCharacters(in: .punctuationCharacters))
        }
    }

    /// `text` without the spaces some texts put before punctuation («порядке ,»).
    static func tidy(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if ",.;:)".contains(character), let last = out.last, last == " " { out.removeLast() }
            out.append(character)
        }
        return out
    }
}
