import Mustache

/// A clear error page: what is wrong, in the interface's language, never a stack trace or SQL.
enum ErrorPage {
    struct Context {
        var l: Labels
        var title: String
        var message: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{title}}</h1>
            <p class="message" role="alert">{{message}}</p>
            <p><a href="/">Kuzyret</a></p>

            """)

    static func body(title: String, message: String, ui: InterfaceLanguage) -> String {
        template.render(Context(l: ui.labels, title: title, message: message))
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension ErrorPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["l": \.l, "title": \.title, "message": \.message]
}
