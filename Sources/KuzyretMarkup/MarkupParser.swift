internal import CLibXML2

/// Streams HTML and XML documents through libxml2's SAX interface.
///
/// No DOM is built: libxml2 calls back for every start tag, text run and end tag, and the
/// ``MarkupHandler`` turns them into its own values. Memory therefore stays proportional to the
/// handler's output, not to the document, and every libxml2 pointer stays inside this file.
public enum MarkupParser {
    /// Parses HTML with libxml2's tolerant HTML parser (`HTML_PARSE_RECOVER`, no network).
    ///
    /// - Parameters:
    ///   - bytes: The document as read from disk.
    ///   - encoding: An encoding to force (`"UTF-8"`, `"windows-1251"`), or `nil` to let libxml2
    ///     follow the document's byte-order mark or `<meta charset>`.
    ///   - handler: Receives the events.
    /// - Returns: The problems libxml2 recovered from (unclosed tags, stray end tags …).
    @discardableResult
    public static func parseHTML(
        _ bytes: [UInt8], encoding: String?, handler: some MarkupHandler
    ) throws(MarkupError) -> [MarkupDiagnostic] {
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes: bytes.count) }
        if let encoding, xmlFindCharEncodingHandler(encoding) == nil { throw .unknownEncoding(encoding) }
        guard let ctxt = htmlNewParserCtxt() else { throw .parserUnavailable }
        defer { htmlFreeParserCtxt(ctxt) }
        let context = SAXContext(handler: handler)
        installHTMLHandlers(on: ctxt)
        ctxt.pointee._private = Unmanaged.passUnretained(context).toOpaque()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        if let document { xmlFreeDoc(document) }
        return context.diagnostics
    }

    /// Parses well-formed XML with libxml2's XML parser (no network, no DTD loading, no entity
    /// expansion).
    ///
    /// - Throws: ``MarkupError/malformedXML(line:message:)`` at the first well-formedness error.
    public static func parseXML(_ bytes: [UInt8], handler: some MarkupHandler) throws(MarkupError) {
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes: bytes.count) }
        guard let ctxt = xmlNewParserCtxt() else { throw .parserUnavailable }
        defer { xmlFreeParserCtxt(ctxt) }
        let context = SAXContext(handler: handler)
        installXMLHandlers(on: ctxt)
        ctxt.pointee._private = Unmanaged.passUnretained(context).toOpaque()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), nil, nil, options)
            }
        }
        if let document { xmlFreeDoc(document) }
        if ctxt.pointee.wellFormed == 0 {
            let first = context.diagnostics.first
            throw .malformedXML(line: first?.line ?? 1, message: first?.message ?? "parse error")
        }
    }

    /// Whether libxml2 knows the encoding `name` (`"windows-1251"`, `"KOI8-R"` …).
    public static func knowsEncoding(_ name: String) -> Bool {
        xmlFindCharEncodingHandler(name) != nil
    }
}

/// What the C callbacks reach through `ctxt->_private`.
private final class SAXContext {
    let handler: any MarkupHandler
    var diagnostics: [MarkupDiagnostic] = []

    init(handler: any MarkupHandler) {
        self.handler = handler
    }

    /// The context of the parser that called back; `ctx` is the parser context itself.
    static func of(_ ctx: UnsafeMutableRawPointer?) -> (SAXContext, xmlParserCtxtPtr)? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = ctxt.pointee._private else { return nil }
        return (Unmanaged<SAXContext>.fromOpaque(opaque).takeUnretainedValue(), ctxt)
    }
}

private func string(_ chars: UnsafePointer<xmlChar>?) -> String {
    guard let chars else { return "" }
    return String(cString: chars)
}

private func string(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
    guard let start, let end, end > start else { return "" }
    return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
}

private func lineNumber(_ ctxt: xmlParserCtxtPtr) -> Int {
    Int(ctxt.pointee.input?.pointee.line ?? 0)
}

// MARK: - HTML (SAX1 callbacks)

private func installHTMLHandlers(on ctxt: htmlParserCtxtPtr) {
    guard let sax = ctxt.pointee.sax else { return }
    sax.pointee.startElement = { ctx, name, attributes in
        guard let (context, ctxt) = SAXContext.of(ctx) else { return }
        var values: [MarkupAttribute] = []
        if var cursor = attributes {
            while let attributeName = cursor.pointee {
                values.append(MarkupAttribute(name: string(attributeName), value: string(cursor.successor().pointee)))
                cursor += 2
            }
        }
        context.handler.startElement(MarkupElement(name: string(name), attributes: values, line: lineNumber(ctxt)))
    }
    sax.pointee.endElement = { ctx, name in
        guard let (context, _) = SAXContext.of(ctx) else { return }
        context.handler.endElement(string(name))
    }
    installCommonHandlers(on: sax)
}

// MARK: - XML (SAX2 callbacks with namespaces)

private func installXMLHandlers(on ctxt: xmlParserCtxtPtr) {
    guard let sax = ctxt.pointee.sax else { return }
    sax.pointee.startElementNs = { ctx, localName, _, _, _, _, attributeCount, _, attributes in
        guard let (context, ctxt) = SAXContext.of(ctx) else { return }
        var values: [MarkupAttribute] = []
        if let attributes, attributeCount > 0 {
            values.reserveCapacity(Int(attributeCount))
            for index in 0..<Int(attributeCount) {
                let base = attributes + index * 5  // localname, prefix, URI, value start, value end
                values.append(MarkupAttribute(name: string(base[0]), value: string(from: base[3], to: base[4])))
            }
        }
        context.handler.startElement(MarkupElement(name: string(localName), attributes: values, line: lineNumber(ctxt)))
    }
    sax.pointee.endElementNs = { ctx, localName, _, _ in
        guard let (context, _) = SAXContext.of(ctx) else { return }
        context.handler.endElement(string(localName))
    }
    installCommonHandlers(on: sax)
}

// MARK: - Text and errors (both parsers)

private func installCommonHandlers(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
    let characters: charactersSAXFunc = { ctx, chars, length in
        guard let (context, _) = SAXContext.of(ctx), let chars, length > 0 else { return }
        context.handler.characters(UnsafeBufferPointer(start: chars, count: Int(length)))
    }
    sax.pointee.characters = characters
    sax.pointee.ignorableWhitespace = characters
    sax.pointee.cdataBlock = nil
    sax.pointee.comment = nil
    sax.pointee.processingInstruction = nil
    sax.pointee.warning = nil
    sax.pointee.error = nil
    sax.pointee.fatalError = nil
    // serror is consulted only when the handler carries the SAX2 magic; the HTML parser still
    // calls the SAX1 startElement/endElement set above.
    sax.pointee.initialized = XML_SAX2_MAGIC
    sax.pointee.serror = { userData, error in
        guard let (context, _) = SAXContext.of(userData), let error else { return }
        guard context.diagnostics.count < 100 else { return }
        let message = string(UnsafePointer(error.pointee.message.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }))
        context.diagnostics.append(
            MarkupDiagnostic(line: Int(error.pointee.line), message: message.trimmingWhitespace())
        )
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        return String(scalars)
    }
}
