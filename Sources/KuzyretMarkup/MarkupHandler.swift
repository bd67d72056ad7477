/// One attribute of an element, copied out of libxml2.
public struct MarkupAttribute: Hashable, Sendable {
    /// The attribute's local name, lower-cased by the HTML parser.
    public var name: String
    /// The attribute's value with entities resolved.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The start tag of an element as a value: name, attributes and the line it starts on.
public struct MarkupElement: Hashable, Sendable {
    /// The element's local name (`p`, `h3`, `article`, `akomaNtoso`).
    public var name: String
    /// The element's attributes in document order.
    public var attributes: [MarkupAttribute]
    /// The 1-based line of the start tag in the source.
    public var line: Int

    /// Creates an element value.
    public init(name: String, attributes: [MarkupAttribute], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The value of the attribute `name`, or `nil` when the element has none.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Whether the whitespace-separated `class` attribute contains `className`.
    public func hasClass(_ className: String) -> Bool {
        guard let classes = attribute("class") else { return false }
        return classes.split(separator: " ").contains { $0 == className }
    }
}

/// A problem libxml2 reported and recovered from, in compiler style.
public struct MarkupDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line libxml2 was at.
    public var line: Int
    /// libxml2's message, trimmed.
    public var message: String

    /// Creates a diagnostic.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line: message`.
    public var description: String { "\(line): \(message)" }
}

/// Receives a document as a stream of events, in document order.
///
/// Implementations turn the events into their own values; nothing they receive points into
/// libxml2 memory after the call returns (the `characters` buffer is only valid during the call).
public protocol MarkupHandler: AnyObject {
    /// An element starts.
    func startElement(_ element: MarkupElement)
    /// The element `name` ends.
    func endElement(_ name: String)
    /// Text content in UTF-8; valid only during the call.
    func characters(_ utf8: UnsafeBufferPointer<UInt8>)
}
