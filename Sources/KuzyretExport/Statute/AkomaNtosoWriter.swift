import KuzyretCore

/// Writes a statute as Akoma Ntoso 3.0 XML that ``AkomaNtosoReader`` reads back into the same tree.
///
/// The body is plain Akoma Ntoso: hierarchy elements with `eId`, `num` (the label as the language
/// writes it: «Статья 35.», «35-бап.», "Article 35."), `heading`, `intro`/`content` with one `p`
/// per paragraph, and footnotes as `authorialNote`. Repealed nodes carry `status="removed"`.
/// What Akoma Ntoso has no element for — pending status, conditions by date and population, the
/// act's status and ЭКБ code — goes into `meta/proprietary` in Kuzyret's namespace.
public enum AkomaNtosoWriter {
    /// Kuzyret's namespace for proprietary metadata.
    public static let kuzyretNamespace = "https://kuzyret.kz/ns/akn/1.0"

    /// The XML document for `statute`.
    public static func write(_ statute: Statute) -> String {
        var xml = XMLText()
        let act = statute.act
        let workDate = act.edition?.description ?? "0001-01-01"
        let workURI = "/akn/kz/act/\(workDate)/\(act.id)"
        let expressionURI = "\(workURI)/\(act.lang.rawValue)@\(act.edition?.description ?? "")"
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:kz=\"\(kuzyretNamespace)\">\n")
        xml.raw("<act name=\"act\">\n<meta>\n<identification source=\"#kuzyret\">\n")
        xml.raw("<FRBRWork>")
        xml.empty("FRBRthis", ["value": "\(workURI)/!main"])
        xml.empty("FRBRuri", ["value": workURI])
        xml.empty("FRBRalias", ["value": act.id, "name": "adilet"])
        xml.empty("FRBRdate", ["date": workDate, "name": "work"])
        xml.empty("FRBRauthor", ["href": "#kz"])
        xml.empty("FRBRcountry", ["value": "kz"])
        xml.raw("</FRBRWork>\n<FRBRExpression>")
        xml.empty("FRBRthis", ["value": "\(expressionURI)/!main"])
        xml.empty("FRBRuri", ["value": expressionURI])
        if let edition = act.edition { xml.empty("FRBRdate", ["date": edition.description, "name": "edition"]) }
        xml.empty("FRBRauthor", ["href": "#kz"])
        xml.empty("FRBRlanguage", ["language": act.lang.rawValue])
        xml.raw("</FRBRExpression>\n<FRBRManifestation>")
        xml.empty("FRBRthis", ["value": "\(expressionURI)/!main.xml"])
        xml.empty("FRBRuri", ["value": "\(expressionURI).akn"])
        xml.empty("FRBRdate", ["date": act.edition?.description ?? workDate, "name": "generation"])
        xml.empty("FRBRauthor", ["href": "#kuzyret"])
        xml.raw("</FRBRManifestation>\n</identification>\n")
        writeProprietary(statute, to: &xml)
        xml.raw("</meta>\n<preface>\n<p class=\"title\">")
        xml.element("docTitle", statute.act.title)
        writeNotes(statute.footnotes, eid: "preface", to: &xml)
        xml.raw("</p>\n</preface>\n")
        let preamble = statute.provisions.first { $0.kind == .preamble }
        if let preamble { writePreamble(preamble, lang: act.lang, to: &xml) }
        xml.raw("<body>\n")
        for provision in statute.provisions where provision.kind != .preamble {
            writeNode(provision, lang: act.lang, to: &xml)
        }
        xml.raw("</body>\n")
        if let conclusions = statute.conclusions {
            xml.raw("<conclusions>\n")
            for line in conclusions.split(separator: "\n", omittingEmptySubsequences: false) {
                xml.element("p", String(line))
                xml.raw("\n")
            }
            xml.raw("</conclusions>\n")
        }
        xml.raw("</act>\n</akomaNtoso>\n")
        return xml.text
    }

    // MARK: - Body

    static func elementName(_ kind: ProvisionKind) -> (name: String, hcontainer: String?) {
        switch kind {
        case .attachment: ("hcontainer", "attachment")
        case .fragment: ("hcontainer", "fragment")
        default: (kind.rawValue, nil)
        }
    }

    static func writeNode(_ node: Provision, lang: Language, to xml: inout XMLText) {
        let (name, containerName) = elementName(node.kind)
        var attributes: [(String, String)] = []
        if let containerName { attributes.append(("name", containerName)) }
        attributes.append(("eId", node.eid))
        if node.status == .repealed { attributes.append(("status", "removed")) }
        xml.open(name, attributes)
        var notesWritten = false
        if let num = node.num {
            xml.raw("<num>")
            xml.escaped(label(node.kind, num: num, lang: lang))
            writeNotes(node.footnotes, eid: node.eid, to: &xml)
            notesWritten = true
            xml.raw("</num>")
        }
        if let heading = node.heading {
            xml.raw("<heading>")
            xml.escaped(heading)
            if !notesWritten { writeNotes(node.footnotes, eid: node.eid, to: &xml) }
            notesWritten = true
            xml.raw("</heading>")
        }
        let paragraphs = node.text.isEmpty ? [] : node.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if node.children.isEmpty {
            xml.raw("<content>")
            writeParagraphs(paragraphs, notes: notesWritten ? [] : node.footnotes, eid: node.eid, to: &xml)
            xml.raw("</content>")
        } else {
            if !paragraphs.isEmpty || !notesWritten {
                xml.raw("<intro>")
                writeParagraphs(paragraphs, notes: notesWritten ? [] : node.footnotes, eid: node.eid, to: &xml)
                xml.raw("</intro>")
            }
            xml.raw("\n")
            for child in node.children { writeNode(child, lang: lang, to: &xml) }
        }
        xml.raw("</\(name)>\n")
    }

    static func writePreamble(_ node: Provision, lang: Language, to xml: inout XMLText) {
        xml.raw("<preamble eId=\"preamble\">")
        let paragraphs = node.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        writeParagraphs(paragraphs, notes: node.footnotes, eid: node.eid, to: &xml)
        xml.raw("</preamble>\n")
    }

    /// One `p` per paragraph; the footnotes go into the last (an empty `p` when there is no text).
    static func writeParagraphs(_ paragraphs: [String], notes: [Footnote], eid: String, to xml: inout XMLText) {
        let lines = paragraphs.isEmpty ? [""] : paragraphs
        for (index, paragraph) in lines.enumerated() {
            xml.raw("<p>")
            xml.escaped(paragraph)
            if index == lines.count - 1 { writeNotes(notes, eid: eid, to: &xml) }
            xml.raw("</p>")
        }
    }

    static func writeNotes(_ notes: [Footnote], eid: String, to xml: inout XMLText) {
        for (index, note) in notes.enumerated() {
            xml.open("authorialNote", [("marker", "\(index + 1)"), ("placement", "bottom"), ("eId", "\(eid)__note_\(index + 1)")])
            for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                xml.element("p", String(line))
            }
            xml.raw("</authorialNote>")
        }
    }

    /// The label as the language writes it.
    static func label(_ kind: ProvisionKind, num: String, lang: Language) -> String {
        switch (kind, lang) {
        case (.article, .rus): "Статья \(num)."
        case (.article, .kaz): "\(num)-бап."
        case (.article, .eng): "Article \(num)."
        case (.chapter, .rus): "Глава \(num)."
        case (.chapter, .kaz): "\(num)-тарау."
        case (.chapter, .eng): "Chapter \(num)."
        case (.section, .rus): "Раздел \(num)."
        case (.section, .kaz): "\(num)-бөлім."
        case (.section, .eng): "Section \(num)."
        case (.subchapter, .rus): "Параграф \(num)."
        case (.subchapter, .kaz): "\(num)-параграф."
        case (.subchapter, .eng): "§ \(num)."
        case (.paragraph, _): "\(num)."
        default: num
        }
    }

    // MARK: - Proprietary metadata

    static func writeProprietary(_ statute: Statute, to xml: inout XMLText) {
        xml.raw("<proprietary source=\"#kuzyret\">\n")
        var actAttributes: [(String, String)] = []
        if let status = statute.act.status { actAttributes.append(("status", status.rawValue)) }
        if let ekb = statute.act.ekbCode { actAttributes.append(("ekb", ekb)) }
        if statute.act.isPartial { actAttributes.append(("partial", "true")) }
        xml.open("kz:actInfo", actAttributes, selfClosing: true)
        xml.raw("\n")
        statute.walk { node, _ in
            guard node.status != .inForce || !node.conditions.isEmpty else { return }
            xml.open("kz:provisionInfo", [("eId", node.eid), ("status", node.status.rawValue)])
            for condition in node.conditions {
                var attributes: [(String, String)] = [("effect", condition.effect.rawValue)]
                if let from = condition.from { attributes.append(("from", from.description)) }
                if let bound = condition.population {
                    attributes.append(("populationOp", bound.relation.rawValue))
                    attributes.append(("population", String(bound.value)))
                }
                if let scope = condition.scope { attributes.append(("scope", scope)) }
                xml.open("kz:condition", attributes)
                xml.escaped(condition.source)
                xml.raw("</kz:condition>")
            }
            xml.raw("</kz:provisionInfo>\n")
        }
        xml.raw("</proprietary>\n")
    }
}

/// XML text with escaping.
struct XMLText {
    private(set) var text = ""

    mutating func raw(_ string: String) { text += string }

    mutating func escaped(_ string: String) {
        text += Self.escape(string)
    }

    /// `string` as XML character data or attribute value: `& < > "` escaped, characters XML 1.0
    /// forbids dropped. Shared with the HTML competence list.
    static func escape(_ string: String) -> String {
        guard string.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || isForbidden($0) }) else {
            return string
        }
        var out = ""
        for character in string {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if !isForbidden(character) { out.append(character) }
            }
        }
        return out
    }

    /// Control characters XML 1.0 does not allow.
    static func isForbidden(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A && scalar.value != 0x0D
    }

    mutating func open(_ name: String, _ attributes: [(String, String)], selfClosing: Bool = false) {
        text += "<" + name
        for (key, value) in attributes {
            text += " \(key)=\""
            escaped(value)
            text += "\""
        }
        text += selfClosing ? "/>" : ">"
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        open(name, attributes.map { ($0.key, $0.value) }, selfClosing: true)
    }

    mutating func element(_ name: String, _ content: String) {
        text += "<\(name)>"
        escaped(content)
        text += "</\(name)>"
    }
}
