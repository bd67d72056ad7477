import KuzyretCore

/// Checks a provision tree against the invariants every statute must satisfy, and returns the
/// violations as readable lines (empty when all hold).
///
/// - every eId is unique in the act;
/// - numbered siblings of one kind come in increasing order;
/// - no provision's own text carries footnote text («Сноска.», «Ескерту.»);
/// - repealed and pending nodes keep their numbers.
public enum TreeInvariants {
    public static func violations(in statute: Statute) -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        statute.walk { node, _ in
            if !seen.insert(node.eid).inserted { problems.append("duplicate address \(node.eid)") }
            for marker in ["Сноска. ", "Ескерту. ", "Footnote. "] where node.text.contains(marker) {
                problems.append("\(node.eid): footnote text inside the provision text")
            }
            if node.status != .inForce && node.num == nil && node.kind != .alinea {
                problems.append("\(node.eid): \(node.status.rawValue) node without a number")
            }
            var previous: [ProvisionKind: [Int]] = [:]
            for child in node.children where child.num != nil {
                let components = child.numberComponents
                if let last = previous[child.kind], !ProvisionNumber.precedes(last, components) {
                    problems.append("\(child.eid): \(child.num ?? "") does not follow \(last.map(String.init).joined(separator: "-"))")
                }
                previous[child.kind] = components
            }
        }
        return problems
    }

    /// Every piece of text the tree holds, for "nothing lost" checks.
    public static func allText(of statute: Statute) -> String {
        var pieces: [String] = [statute.act.title]
        pieces += statute.footnotes.map(\.text)
        statute.walk { node, _ in
            pieces.append(node.num ?? "")
            pieces.append(node.heading ?? "")
            pieces.append(node.text)
            pieces += node.footnotes.map(\.text)
        }
        pieces.append(statute.conclusions ?? "")
        return pieces.joined(separator: "\n")
    }
}
