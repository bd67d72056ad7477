/// A node of the provision tree: an article, a point, a sub-point … (DESIGN.md §5).
///
/// `text` is the node's own text as written (for a node with children, its chapeau), cleaned of
/// markup but not folded: Latin look-alike letters and «ё» stay as in the source. Matching goes
/// through ``MatchText``.
public struct Provision: Sendable, Codable {
    /// The kind of unit.
    public var kind: ProvisionKind
    /// The number as written without its label: `35`, `10-1`, `1-3`, `4-1)`; `nil` when unnumbered.
    public var num: String?
    /// The Akoma Ntoso eId, unique in the act: `art_35__para_1__point_4-1`.
    public var eid: String
    /// The heading (title of an article, chapter …), if any.
    public var heading: String?
    /// The node's own text.
    public var text: String
    /// The status in this edition.
    public var status: ProvisionStatus
    /// Status changes by date and population, read from footnotes.
    public var conditions: [Condition]
    /// Footnotes attached to this node.
    public var footnotes: [Footnote]
    /// The nodes below, in document order.
    public var children: [Provision]
    /// The 1-based source line the node starts on, when known; not part of equality.
    public var line: Int?

    /// Creates a node.
    public init(
        kind: ProvisionKind, num: String?, eid: String, heading: String? = nil, text: String = "",
        status: ProvisionStatus = .inForce, conditions: [Condition] = [], footnotes: [Footnote] = [],
        children: [Provision] = [], line: Int? = nil
    ) {
        self.kind = kind
        self.num = num
        self.eid = eid
        self.heading = heading
        self.text = text
        self.status = status
        self.conditions = conditions
        self.footnotes = footnotes
        self.children = children
        self.line = line
    }

    /// The number's components: `4-1)` → `[4, 1]`; empty when unnumbered.
    public var numberComponents: [Int] { ProvisionNumber.components(of: num ?? "") }

    /// The number as it appears in the address: `4-1)` → `4-1`, `Статья 35.` → `35`; `nil` when
    /// unnumbered. ``num`` keeps the label as printed, like Akoma Ntoso's `<num>`.
    public var number: String? { num.map { ProvisionNumber.eIdForm(of: $0) } }

    /// Calls `body` for this node and every descendant, depth first, with the ancestors.
    public func walk(ancestors: [Provision] = [], _ body: (Provision, [Provision]) throws -> Void) rethrows {
        try body(self, ancestors)
        let path = ancestors + [self]
        for child in children { try child.walk(ancestors: path, body) }
    }

    enum CodingKeys: String, CodingKey {
        case kind, num, eid, heading, text, status, conditions, footnotes, children, line
    }
}

extension Provision: Hashable {
    /// Nodes are equal when everything but the source line is.
    public static func == (lhs: Provision, rhs: Provision) -> Bool {
        lhs.kind == rhs.kind && lhs.num == rhs.num && lhs.eid == rhs.eid && lhs.heading == rhs.heading
            && lhs.text == rhs.text && lhs.status == rhs.status && lhs.conditions == rhs.conditions
            && lhs.footnotes == rhs.footnotes && lhs.children == rhs.children
    }

    /// Hashes the identity and content.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(eid)
        hasher.combine(text)
        hasher.combine(children)
    }
}

/// Reads and compares provision numbers such as `4-1)`, `12-11`, `1-3.`.
public enum ProvisionNumber {
    /// The integer components of a number: `"12-11)"` → `[12, 11]`, `"32-2"` → `[32, 2]`.
    public static func components(of num: some StringProtocol) -> [Int] {
        var result: [Int] = []
        var current = 0
        var inDigits = false
        for byte in num.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current = current &* 10 &+ Int(byte - 0x30)
                inDigits = true
            } else if inDigits {
                result.append(current)
                current = 0
                inDigits = false
            }
        }
        if inDigits { result.append(current) }
        return result
    }

    /// The eId form of a number: digits and hyphens only (`4-1)` → `4-1`).
    public static func eIdForm(of num: some StringProtocol) -> String {
        components(of: num).map(String.init).joined(separator: "-")
    }

    /// Whether `lhs` comes before `rhs` in legislative order: `4` < `4-1` < `4-2` < `5`.
    public static func precedes(_ lhs: [Int], _ rhs: [Int]) -> Bool {
        lhs.lexicographicallyPrecedes(rhs)
    }
}
