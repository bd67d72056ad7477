import KuzyretCore

/// The URL scheme: every view is a link (DESIGN.md §11, issue 15).
enum Links {
    /// `/act/Z010000148_`.
    static func act(_ id: String, ui: InterfaceLanguage? = nil) -> String {
        "/act/\(HTML.urlComponent(id))" + query(["ui": ui?.rawValue])
    }

    /// The contents of one text: `/act/Z010000148_/rus@2025-08-31`.
    static func text(_ id: String, lang: Language, edition: String?) -> String {
        "/act/\(HTML.urlComponent(id))/\(lang.rawValue)\(edition.map { "@" + $0 } ?? "")"
    }

    /// `/act/Z010000148_/rus/art_35__para_2`, or `/act/Z010000148_/rus@2025-08-31/art_35__para_2`.
    static func provision(_ address: ProvisionAddress, edition: String? = nil) -> String {
        "/act/\(HTML.urlComponent(address.act))/\(address.lang.rawValue)\(edition.map { "@" + $0 } ?? "")/\(HTML.urlComponent(address.eid.description))"
    }

    /// A provision link from an address text; nil when it is not one.
    static func provision(_ text: String) -> String? {
        ProvisionAddress(text).map { provision($0) }
    }

    /// `/actor/aul-akim?as-of=…`, or a download `/actor/aul-akim.csv?…`.
    static func actor(_ name: String, format: String? = nil, parameters: [String: String?] = [:]) -> String {
        "/actor/\(HTML.urlComponent(name))\(format.map { "." + $0 } ?? "")" + query(parameters)
    }

    /// `/search?q=…&…`.
    static func search(_ parameters: [String: String?]) -> String {
        "/search" + query(parameters)
    }

    /// `?a=1&b=2` from the parameters that have a value, in key order; empty when none has.
    static func query(_ parameters: [String: String?]) -> String {
        let pairs = parameters.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : "\(key)=\(HTML.urlComponent($0))" } }.sorted()
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}
