import KuzyretCore

/// Unnumbered text: chapeaus, continuation paragraphs, alineas, quotations, signatures.
extension StructuringState {
    mutating func unnumbered(_ block: TextBlock, at index: Int) {
        let text = block.text
        if inConclusions || Self.isSignature(text) {
            inConclusions = true
            conclusions.append(text)
            return
        }
        if block.role == .table, top.isRoot || (top.kind == .paragraph && top.parent?.isRoot == true) {
            // Layout tables after the body of an order: signatures and approval stamps.
            conclusions.append(text)
            return
        }
        if top.isRoot {
            let node = (title == nil && !sawStructure) ? fragment() : preambleOrAlinea(line: block.line)
            node.appendParagraph(text)
            return
        }
        if top.kind == .point, let num = top.num, let (next, rest) = NumberingGrammar.bareSuccessor(in: text, after: num),
            Self.continuesList(nextLead(after: index), afterNumber: next)
        {
            // «25-8 әдістемелік …» after «25-7)» and before «25-9)»: a point whose closing
            // parenthesis was lost. A line «4 раза в год …» under «3)» before «4)» stays text.
            note("point \(next) has no closing parenthesis; read as the point after \(num)", line: block.line)
            openItem(.point, num: next + ")", text: rest, line: block.line)
            return
        }
        if top.kind == .point, let parent = top.parent {
            let next = nextLead(after: index)
            if Self.restartsList(next, after: parent) {
                // «К уведомлению прилагаются … а также:» before a second list 1), 2) … of one point.
                openAlinea(text, under: parent, line: block.line)
                return
            }
            if let last = top.lastParagraph, last.hasSuffix("."), !Self.continuesList(next, after: top) {
                // A closing paragraph after the last item of a list belongs to the list's owner.
                openAlinea(text, under: parent, line: block.line)
                return
            }
        }
        top.appendParagraph(text)
    }

    /// Text at the top level: before any unit, the preamble; after, an alinea of the act.
    mutating func preambleOrAlinea(line: Int) -> ProvisionBuilder {
        if !sawStructure { return preamble(line: line) }
        root.alineaCount += 1
        let node = ProvisionBuilder(kind: .alinea, num: nil, eid: "al_\(root.alineaCount)", line: line, parent: root)
        usedEIds.insert(node.eid)
        root.children.append(node)
        stack.append(node)
        return node
    }

    mutating func openAlinea(_ text: String, under parent: ProvisionBuilder, line: Int) {
        while stack.count > 1, top !== parent { stack.removeLast() }
        parent.alineaCount += 1
        let base = parent.childEIdBase
        var eid = base.isEmpty ? "al_\(parent.alineaCount)" : "\(base)__al_\(parent.alineaCount)"
        while usedEIds.contains(eid) {
            parent.alineaCount += 1
            eid = base.isEmpty ? "al_\(parent.alineaCount)" : "\(base)__al_\(parent.alineaCount)"
        }
        let node = ProvisionBuilder(kind: .alinea, num: nil, eid: eid, line: line, parent: parent)
        node.appendParagraph(text)
        usedEIds.insert(eid)
        parent.children.append(node)
        stack.append(node)
    }

    /// The lead of the next numbered block after `index`, skipping footnotes and plain text.
    func nextLead(after index: Int) -> Lead {
        var cursor = index + 1
        while cursor < blocks.count {
            let block = blocks[cursor]
            cursor += 1
            if block.role == .footnote || Self.startsFootnote(block.text) { continue }
            let isHeading: Bool
            if case .heading = block.role { isHeading = true } else { isHeading = false }
            let lead = NumberingGrammar.lead(of: block.text, isHeading: isHeading)
            if case .none = lead {
                if isHeading { return lead }
                continue
            }
            return lead
        }
        return .none
    }

    /// Whether `lead` is a point numbered at or below the last point under `parent`.
    static func restartsList(_ lead: Lead, after parent: ProvisionBuilder) -> Bool {
        let number: String
        switch lead {
        case .item(.point, let num, _): number = num
        case .range(.point, let first, _, _): number = first
        default: return false
        }
        guard let last = parent.children.last(where: { $0.kind == .point }) else { return false }
        return !ProvisionNumber.precedes(last.components, ProvisionNumber.components(of: number))
    }

    /// Whether `lead` is a point that comes right after number `num`.
    static func continuesList(_ lead: Lead, afterNumber num: String) -> Bool {
        switch lead {
        case .item(.point, let next, _), .range(.point, let next, _, _):
            return NumberingGrammar.isSuccessor(ProvisionNumber.components(of: next), of: ProvisionNumber.components(of: num))
        default:
            return false
        }
    }

    /// Whether `lead` is the next point after `item` in the same list.
    static func continuesList(_ lead: Lead, after item: ProvisionBuilder) -> Bool {
        switch lead {
        case .item(.point, let num, _), .range(.point, let num, _, _):
            return ProvisionNumber.precedes(item.components, ProvisionNumber.components(of: num))
        default:
            return false
        }
    }

    // MARK: - Quotations

    /// Starts a quotation when `block` opens a quote it does not close («3. Полномочия …):
    /// the quoted text, numbered or not, belongs to the provision that quotes it.
    mutating func startQuoteIfAny(_ block: TextBlock) -> Bool {
        guard let first = block.text.unicodeScalars.first, "«“„\"".unicodeScalars.contains(first) else { return false }
        let depth = Self.quoteBalance(block.text)
        guard depth > 0, !top.isRoot else { return false }
        quote = (top, depth, 1)
        top.appendParagraph(block.text)
        return true
    }

    /// Adds `block` to the open quotation; returns false when the block ends it without being
    /// part of it (a heading).
    mutating func continueQuote(_ block: TextBlock, isHeading: Bool) -> Bool {
        guard var open = quote else { return false }
        if isHeading || open.blocks > 400 {
            warn("quotation is not closed before this heading; it was ended here", line: block.line)
            quote = nil
            return false
        }
        open.node.appendParagraph(block.text)
        open.depth += Self.quoteBalance(block.text)
        open.blocks += 1
        quote = open.depth > 0 ? open : nil
        return true
    }

    /// Opening minus closing quotation marks; straight double quotes count by parity.
    static func quoteBalance(_ text: String) -> Int {
        var balance = 0
        var straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "«", "“", "„": balance += 1
            case "»", "”": balance -= 1
            case "\"": straight += 1
            default: break
            }
        }
        return balance + straight % 2
    }

    // MARK: - Signatures

    static let signatures = russianSignatures.union(kazakhSignatures).union(englishSignatures)

    static func isSignature(_ text: String) -> Bool {
        guard text.utf8.count < 80 else { return false }
        return signatures.contains(MatchText.fold(text).trimmed(". "))
    }
}
