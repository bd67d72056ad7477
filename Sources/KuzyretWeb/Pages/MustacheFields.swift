import Mustache

/// A template context whose fields Mustache reads by name from a table of key paths, not by
/// reflection: `Mirror` boxes every field of a value for each name looked up (and a name missing
/// from an inner section is looked up in every enclosing one), which cost a third of a provision
/// page. Each page's context types list their fields (`fields`); a test checks the lists against
/// the types' stored properties.
protocol MustacheFields: MustacheParent {
    /// Every field a template may name, by name.
    static var fields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension MustacheFields {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        // An absent optional is no value, so `{{#heading}}` and `{{^message}}` see it as such.
        if let optional = value as? any OptionalField { return optional.wrapped }
        return value
    }
}

/// An optional field's value, or nil.
protocol OptionalField {
    var wrapped: Any? { get }
}

extension Optional: OptionalField {
    var wrapped: Any? { self.map { $0 as Any } }
}
