import KuzyretCore
import KuzyretMarkup

/// Reads Akoma Ntoso 3.0 XML (DESIGN.md §3) straight into a provision tree.
///
/// Akoma Ntoso states its structure, so the reader maps elements to nodes instead of guessing
/// from numbering: `part`, `section`, `chapter`, `subchapter`, `article`, `paragraph`, `point`,
/// `alinea`, `preamble` and `hcontainer` (named `attachment` or `fragment`) become nodes; `num`,
/// `heading`, the `p` of `intro`/`content`/`wrapUp` and `authorialNote` become their number,
/// heading, text and footnotes. eIds are kept as written. Kuzyret's own data (status, conditions,
/// act status) travels in `meta/proprietary`; for documents from elsewhere, status is read from
/// `@status="removed"` and the text, and conditions from footnotes, with the same
/// ``StatusReader`` and ``ConditionReader`` as the other readers.
public enum AkomaNtosoReader {
    /// The namespace of Kuzyret's proprietary metadata.
    public static let kuzyretNamespace = "https://kuzyret.kz/ns/akn/1.0"

    /// Reads `bytes` into a statute; identification the document lacks is left to the caller.
    public static func read(_ bytes: [UInt8]) throws(MarkupError) -> (
        tree: StructuredText, metadata: DocumentMetadata, proprietary: Bool
    ) {
        let builder = AkomaNtosoTreeBuilder()
        try MarkupParser.parseXML(bytes, handler: builder)
        return (builder.result(), builder.metadata, builder.hasProprietary)
    }
}

/// The SAX handler behind ``AkomaNtosoReader``.
final class AkomaNtosoTreeBuilder: MarkupHandler {
    private(set) var metadata = DocumentMetadata()
    private(set) var hasProprietary = false
    private var sawRoot = false
    private var diagnostics: [Diagnostic] = []

    private let root = ProvisionBuilder.root()
    private var nodes: [ProvisionBuilder] = []
    private var actFootnotes: [Footnote] = []
    private var conclusions: [String] = []
    private var title: String?

    /// What the text being read belongs to.
    private enum Sink { case none, num, heading, paragraph, note, docTitle, conclusions, proprietaryCondition }
    private var sinks: [Sink] = []
    private var text = TextAccumulator()
    private var noteText = TextAccumulator()
    private var noteLine = 0
    private var elementNames: [String] = []
    private var inExpression = false
    private var inWork = false

    // Proprietary data by eId.
    private var proprietaryStatus: [String: ProvisionStatus] = [:]
    private var proprietaryConditions: [String: [Condition]] = [:]
    private var currentProprietaryEId: String?
    private var currentCondition: Condition?

    private static let hierarchy: [String: ProvisionKind] = [
        "part": .part, "section": .section, "chapter": .chapter, "subchapter": .subchapter, "article": .article,
        "paragraph": .paragraph, "point": .point, "alinea": .alinea, "preamble": .preamble,
    ]

    private var current: ProvisionBuilder { nodes.last ?? root }
    private var sink: Sink { sinks.last ?? .none }

    func startElement(_ element: MarkupElement) {
        elementNames.append(element.name)
        if !sawRoot {
            sawRoot = true
            if element.name != "akomaNtoso" {
                diagnostics.append(Diagnostic(.warning, "root element is <\(element.name)>, not <akomaNtoso>", line: element.line))
            }
        }
        switch element.name {
        case "FRBRWork": inWork = true
        case "FRBRExpression": inExpression = true
        case "FRBRalias" where inWork && element.attribute("name") == "adilet":
            metadata.actID = element.attribute("value")
        case "FRBRthis", "FRBRuri":
            if inWork, metadata.actID == nil, let value = element.attribute("value"),
                let last = value.split(separator: "/").last(where: { !$0.hasPrefix("!") }),
                SourceAddress.isAdiletID(last)
            {
                metadata.actID = String(last)
            }
        case "FRBRlanguage" where inExpression:
            metadata.lang = element.attribute("language").flatMap(Language.init(rawValue:))
        case "FRBRdate" where inExpression:
            metadata.edition = element.attribute("date").flatMap { LegalDate($0) }
        case "proprietary":
            hasProprietary = true
        default:
            break
        }
        if hasProprietary, inside("proprietary"), handleProprietary(element) { return }
        if let kind = Self.hierarchy[element.name] ?? hcontainerKind(element) {
            flushText()
            let parent = current
            let eid = element.attribute("eId") ?? element.attribute("id") ?? ""
            let node = ProvisionBuilder(kind: kind, num: nil, eid: eid, line: element.line, parent: parent)
            if element.attribute("status") == "removed" { node.status = .repealed }
            parent.children.append(node)
            nodes.append(node)
            sinks.append(.none)
            return
        }
        switch element.name {
        case "num": sinks.append(.num)
        case "heading": sinks.append(.heading)
        case "p" where sink != .note && sink != .docTitle:
            sinks.append(inside("conclusions") ? .conclusions : (inside("preface") ? .docTitle : .paragraph))
        case "docTitle": sinks.append(.docTitle)
        case "authorialNote":
            noteLine = element.line
            sinks.append(.note)
        case "p" where sink == .note:
            noteText.appendNewline()
            sinks.append(.note)
        case "br":
            if sink == .note { noteText.appendSpace() } else { text.appendSpace() }
        default: sinks.append(sink)
        }
    }

    func endElement(_ name: String) {
        defer { if !elementNames.isEmpty { elementNames.removeLast() } }
        switch name {
        case "FRBRWork": inWork = false
        case "FRBRExpression": inExpression = false
        default: break
        }
        if hasProprietary, inside("proprietary"), endProprietary(name) { return }
        if Self.hierarchy[name] != nil || name == "hcontainer" {
            flushText()
            if let node = nodes.popLast() { finish(node) }
            sinks.removeLast()
            return
        }
        if name == "br" { return }
        let ended = sinks.popLast() ?? .none
        switch (name, ended) {
        case ("num", .num):
            let written = text.take()
            current.numWritten = written
        case ("heading", .heading):
            let heading = text.take()
            if !heading.isEmpty { current.heading = heading }
        case ("p", .paragraph):
            current.appendParagraph(text.take())
        case ("p", .conclusions):
            let line = text.take()
            if !line.isEmpty { conclusions.append(line) }
        case ("docTitle", .docTitle), ("p", .docTitle):
            let value = text.take()
            if !value.isEmpty, title == nil { title = value }
        case ("authorialNote", .note):
            let note = Footnote(text: noteText.take(), line: noteLine)
            if nodes.isEmpty { actFootnotes.append(note) } else { current.footnotes.append(note) }
        default:
            break
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        switch sink {
        case .note: noteText.append(utf8)
        case .num, .heading, .paragraph, .docTitle, .conclusions, .proprietaryCondition: text.append(utf8)
        case .none: break
        }
    }

    func result() -> StructuredText {
        StructuredText(
            title: title, footnotes: actFootnotes, provisions: root.children.map { $0.build() },
            conclusions: conclusions.isEmpty ? nil : conclusions.joined(separator: "\n"), diagnostics: diagnostics
        )
    }

    // MARK: - Nodes

    private func hcontainerKind(_ element: MarkupElement) -> ProvisionKind? {
        guard element.name == "hcontainer" else { return nil }
        switch element.attribute("name") {
        case "fragment": return .fragment
        case "alinea": return .alinea
        default: return .attachment
        }
    }

    private func inside(_ name: String) -> Bool { elementNames.contains(name) }

    private func flushText() {
        if !text.isEmpty, sink == .paragraph { current.appendParagraph(text.take()) } else { _ = text.take() }
    }

    /// Fills what the element did not state: number, eId, status, conditions.
    private func finish(_ node: ProvisionBuilder) {
        node.settleNumber()
        if node.eid.isEmpty {
            let base = node.parent?.childEIdBase ?? ""
            let component = "\(node.kind.eIdPrefix)_\(node.numKey)"
            node.eid = base.isEmpty ? component : "\(base)__\(component)"
        }
        if let status = proprietaryStatus[node.eid] {
            node.status = status
        } else if node.status == .inForce, !hasProprietary {
            let (status, condition) = StatusReader.status(of: node.paragraphs.first ?? node.heading ?? "")
            node.status = status
            if let condition { node.conditions.append(condition) }
        }
        if hasProprietary {
            node.conditions = proprietaryConditions[node.eid] ?? []
        } else {
            for footnote in node.footnotes {
                let scope = FootnoteSubject.of(footnote.text).scope
                node.conditions.append(contentsOf: ConditionReader.conditions(in: footnote.text, scope: scope))
            }
        }
    }

    // MARK: - Kuzyret's proprietary metadata

    /// `<kz:act status="…" ekb="…"/>`, `<kz:provision eId="…" status="…">`, `<kz:condition …>`.
    private func handleProprietary(_ element: MarkupElement) -> Bool {
        switch element.name {
        case "actInfo":
            metadata.status = element.attribute("status").flatMap(ActStatus.init(rawValue:))
            metadata.ekbCode = element.attribute("ekb")
            metadata.isPartial = element.attribute("partial") == "true"
            sinks.append(.none)
            return true
        case "provisionInfo":
            currentProprietaryEId = element.attribute("eId")
            if let eid = currentProprietaryEId, let status = element.attribute("status").flatMap(ProvisionStatus.init(rawValue:)) {
                proprietaryStatus[eid] = status
            }
            sinks.append(.none)
            return true
        case "condition":
            let population = element.attribute("population").flatMap(Int.init).flatMap { value in
                element.attribute("populationOp").flatMap(PopulationBound.Relation.init(rawValue:)).map {
                    PopulationBound($0, value)
                }
            }
            currentCondition = Condition(
                effect: element.attribute("effect").flatMap(Condition.Effect.init(rawValue:)) ?? .inForce,
                from: element.attribute("from").flatMap { LegalDate($0) }, population: population,
                scope: element.attribute("scope"), source: "")
            sinks.append(.proprietaryCondition)
            return true
        default:
            return false
        }
    }

    private func endProprietary(_ name: String) -> Bool {
        switch name {
        case "actInfo":
            sinks.removeLast()
            return true
        case "provisionInfo":
            currentProprietaryEId = nil
            sinks.removeLast()
            return true
        case "condition":
            sinks.removeLast()
            if var condition = currentCondition, let eid = currentProprietaryEId {
                condition.source = text.take()
                proprietaryConditions[eid, default: []].append(condition)
            }
            currentCondition = nil
            return true
        default:
            return false
        }
    }
}
