import KuzyretCore

/// A provision under construction: mutable, with a parent link, turned into a ``Provision``
/// value when the structurer is done.
final class ProvisionBuilder {
    let kind: ProvisionKind
    private(set) var num: String?
    /// `num` in eId form (`4-1)` → `4-1`), compared when footnotes name a unit.
    private(set) var numKey: String
    private(set) var components: [Int]
    /// The number as an Akoma Ntoso `<num>` wrote it (`Статья 35.`), until ``settleNumber()``.
    var numWritten: String?
    var eid: String
    var heading: String?
    var paragraphs: [String] = []
    var status: ProvisionStatus = .inForce
    var conditions: [Condition] = []
    var footnotes: [Footnote] = []
    var children: [ProvisionBuilder] = []
    weak var parent: ProvisionBuilder?
    let line: Int?
    /// Counts of unnumbered children, for their eIds (`al_1`, `att_2`).
    var alineaCount = 0

    init(kind: ProvisionKind, num: String?, eid: String, line: Int?, parent: ProvisionBuilder?) {
        self.kind = kind
        self.num = num
        self.numKey = num.map { ProvisionNumber.eIdForm(of: $0) } ?? ""
        self.components = num.map { ProvisionNumber.components(of: $0) } ?? []
        self.eid = eid
        self.line = line
        self.parent = parent
    }

    /// Reads ``numWritten`` with the numbering grammar: `Статья 35.` → `35`, `4-1)` → `4-1)`.
    func settleNumber() {
        guard let written = numWritten?.trimmed(" "), !written.isEmpty else { return }
        var value: String
        switch NumberingGrammar.lead(of: written, isHeading: true) {
        case .unit(_, let num, _), .item(_, let num, _): value = num
        case .range(_, let first, _, _): value = first
        case .none: value = ProvisionNumber.eIdForm(of: written)
        }
        if kind == .point, !value.hasSuffix(")") { value += ")" }
        if kind == .paragraph, value.hasSuffix(")") { value.removeLast() }
        guard !value.isEmpty else { return }
        num = value
        numKey = ProvisionNumber.eIdForm(of: value)
        components = ProvisionNumber.components(of: value)
    }

    /// The root: the act itself, which is not a provision.
    static func root() -> ProvisionBuilder {
        ProvisionBuilder(kind: .attachment, num: nil, eid: "", line: nil, parent: nil)
    }

    var isRoot: Bool { parent == nil && eid.isEmpty }

    /// The last paragraph of text, if any.
    var lastParagraph: String? { paragraphs.last }

    func appendParagraph(_ text: String) {
        guard !text.isEmpty else { return }
        paragraphs.append(text)
    }

    /// The prefix the eIds of this node's children start with: sections, chapters and
    /// subchapters are transparent (`art_35`, not `chp_3__art_35`), as in DESIGN.md §5.
    var childEIdBase: String {
        switch kind {
        case .part, .section, .chapter, .subchapter: parent?.childEIdBase ?? ""
        default: eid
        }
    }

    /// Whether this node or an ancestor is `kind` numbered `num`.
    func hasAncestorOrSelf(kind: ProvisionKind, numKey: String) -> Bool {
        var node: ProvisionBuilder? = self
        while let current = node {
            if current.kind == kind && current.numKey == numKey { return true }
            node = current.parent
        }
        return false
    }

    /// The provision. A numbered point left with no text and nothing below it is read as
    /// repealed (with no footnote either): the Kazakh notariat law prints a bare «5)» where the Russian says «5)
    /// (исключен)».
    func build() -> Provision {
        let text = paragraphs.joined(separator: "\n")
        let isBare = kind == .point && num != nil && text.isEmpty && children.isEmpty && heading == nil && footnotes.isEmpty
        return Provision(
            kind: kind, num: num, eid: eid, heading: heading, text: text,
            status: isBare ? .repealed : status, conditions: conditions, footnotes: footnotes, children: children.map { $0.build() },
            line: line
        )
    }
}
