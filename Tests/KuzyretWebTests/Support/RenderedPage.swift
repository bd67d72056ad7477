import KuzyretMarkup

/// A page as a browser built it (`chromium --dump-dom`), read by libxml2: its links, its
/// language sections, the text of elements of a class.
final class RenderedPage: MarkupHandler {
    struct Link {
        var href: String
        var classes: String
        var text: String
        var download: Bool
    }

    var links: [Link] = []
    /// The text of each `<section lang=…>`, by its language.
    var sections: [String: String] = [:]
    /// The text of the paragraphs (`<p>`) of each `<section lang=…>`: the provision's own words.
    var paragraphs: [String: String] = [:]
    private var inParagraph = false
    var title = ""
    private var openLink: Int?
    private var openSection: String?
    private var sectionDepth = 0
    private var inTitle = false

    init(_ dom: String) throws {
        try MarkupParser.parseHTML(Array(dom.utf8), encoding: "utf-8", handler: self)
    }

    func startElement(_ element: MarkupElement) {
        switch element.name {
        case "a":
            links.append(
                Link(
                    href: element.attribute("href") ?? "", classes: element.attribute("class") ?? "", text: "",
                    download: element.attribute("download") != nil))
            openLink = links.count - 1
        case "section":
            if let lang = element.attribute("lang") {
                openSection = lang
                sections[lang, default: ""] += ""
            }
            if openSection != nil { sectionDepth += 1 }
        case "title": inTitle = true
        case "p": inParagraph = openSection != nil
        default: break
        }
    }

    func endElement(_ name: String) {
        switch name {
        case "a": openLink = nil
        case "section":
            if openSection != nil {
                sectionDepth -= 1
                if sectionDepth == 0 { openSection = nil }
            }
        case "title": inTitle = false
        case "p": inParagraph = false
        default: break
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: utf8, as: UTF8.self)
        if let openLink { links[openLink].text += text }
        if let openSection {
            sections[openSection, default: ""] += text
            if inParagraph { paragraphs[openSection, default: ""] += text }
        }
        if inTitle { title += text }
    }

    /// The first link whose address contains `part`.
    func link(containing part: String) -> Link? {
        links.first { $0.href.contains(part) }
    }
}
