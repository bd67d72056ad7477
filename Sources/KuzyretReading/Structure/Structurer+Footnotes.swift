import KuzyretCore

/// Footnotes: which provision they belong to, their continuation lines, their conditions.
extension StructuringState {
    private static let footnoteWords: [[UInt8]] = [russianFootnoteWords, kazakhFootnoteWords, englishFootnoteWords].joined()
        .map { Array($0.utf8) }

    /// Whether `text` starts with «Сноска.», «Ескерту.» or "Footnote." (or a colon).
    static func startsFootnote(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(20))
        for word in footnoteWords where head.starts(with: word) {
            guard head.count > word.count else { return true }
            let next = head[word.count]
            return next == 0x2E || next == 0x3A || next == 0x20
        }
        return false
    }

    mutating func attachFootnote(_ block: TextBlock) {
        let subject = FootnoteSubject.of(block.text)
        let target = resolve(subject)
        let footnote = Footnote(text: block.text, line: block.line)
        if let target {
            target.footnotes.append(footnote)
            target.conditions.append(contentsOf: ConditionReader.conditions(in: block.text, scope: subject.scope))
            lastFootnote = (target, target.footnotes.count - 1)
        } else {
            actFootnotes.append(footnote)
            lastFootnote = (nil, actFootnotes.count - 1)
        }
    }

    /// Adds `block` to the last footnote when it continues it: a quoted or italic line, or a
    /// line starting in lower case, right after a footnote («слова … заменены …»).
    mutating func continuesFootnote(_ block: TextBlock) -> Bool {
        guard let last = lastFootnote else { return false }
        guard case .none = NumberingGrammar.lead(of: block.text, isHeading: false) else { return false }
        if case .heading = block.role { return false }
        let lowercaseStart = block.text.first.map { $0.isLowercase } ?? false
        guard block.quoted || block.emphasis == .italic || lowercaseStart else { return false }
        if let node = last.node {
            node.footnotes[last.index].text += "\n" + block.text
        } else {
            actFootnotes[last.index].text += "\n" + block.text
        }
        return true
    }

    /// The node a footnote belongs to; `nil` for the act.
    func resolve(_ subject: FootnoteSubject) -> ProvisionBuilder? {
        let following: ProvisionBuilder? = top.isRoot ? nil : top
        switch subject.target {
        case .act:
            return nil
        case .preamble:
            return root.children.first { $0.kind == .preamble } ?? following
        case .following:
            return following
        case .provision(let kind, let num, let within):
            return find(kind, numKey: num, within: within) ?? following
        }
    }

    /// The open unit, recently closed sibling, or descendant of the current article that is
    /// `kind` numbered `numKey` and lies within the units `within`.
    func find(_ kind: ProvisionKind, numKey: String, within: [FootnoteSubject.Qualifier]) -> ProvisionBuilder? {
        func matches(_ node: ProvisionBuilder) -> Bool {
            node.kind == kind && node.numKey == numKey
                && within.allSatisfy { node.parent?.hasAncestorOrSelf(kind: $0.kind, numKey: $0.num) ?? false }
        }
        for node in stack.reversed() where !node.isRoot && matches(node) { return node }
        for node in stack.reversed() {
            if let child = node.children.last(where: matches) { return child }
        }
        if let article = stack.last(where: { $0.kind == .article }) {
            var found: ProvisionBuilder?
            func search(_ node: ProvisionBuilder) {
                for child in node.children {
                    if matches(child) { found = child }
                    search(child)
                }
            }
            search(article)
            return found
        }
        return nil
    }
}
