import KuzyretCore

/// Folds the lone paragraph «1.» of an article into the article.
///
/// An article is divided into numbered paragraphs only when it has several (the Law «О правовых
/// актах», art. 24); a lone «1.» is a slip of one language version. In the 2026 edition of Law
/// 148-II, art. 39-4 reads «1. Жергілікті өзін-өзі басқару органдары …» in Kazakh and has no
/// number in Russian. Folding gives both versions the addresses of the unnumbered form
/// (`art_39-4__point_1`), so the twins align; the fold is reported as a note, so nothing is
/// dropped silently.
enum LoneParagraph {
    static func fold(_ provisions: [Provision], diagnostics: inout [Diagnostic], file: String?) -> [Provision] {
        provisions.map { fold($0, diagnostics: &diagnostics, file: file) }
    }

    static func fold(_ provision: Provision, diagnostics: inout [Diagnostic], file: String?) -> Provision {
        var node = provision
        node.children = fold(node.children, diagnostics: &diagnostics, file: file)
        guard node.kind == .article, node.text.isEmpty, node.children.count == 1, let lone = node.children.first,
            lone.kind == .paragraph, lone.number == "1", lone.status == .inForce, lone.conditions.isEmpty
        else { return node }
        let oldPrefix = lone.eid + EId.separator
        let newPrefix = node.eid + EId.separator
        node.text = lone.text
        node.footnotes += lone.footnotes
        node.children = lone.children.map { readdress($0, from: oldPrefix, to: newPrefix) }
        diagnostics.append(
            Diagnostic(
                .note, "\(node.eid): its only paragraph «\(lone.num ?? "1")» is not a division of the article; folded into it",
                file: file, line: lone.line))
        return node
    }

    static func readdress(_ provision: Provision, from oldPrefix: String, to newPrefix: String) -> Provision {
        var node = provision
        if node.eid.hasPrefix(oldPrefix) { node.eid = newPrefix + node.eid.dropFirst(oldPrefix.count) }
        node.children = node.children.map { readdress($0, from: oldPrefix, to: newPrefix) }
        return node
    }
}
