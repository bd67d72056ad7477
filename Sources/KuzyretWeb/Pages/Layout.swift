import Mustache

/// The shell every page shares: the head, the search box, the links to the other interface
/// languages, the page's body, the footer. No external assets: the stylesheet is served by the
/// same server (`/static/kuzyret.css`), and the pages work without JavaScript.
struct Layout {
    struct Context {
        var title: String
        var lang: String
        var l: Labels
        /// The page's body, already rendered (its texts escaped by its own template).
        var body: String
        var query: String
        /// The same page in the other interface languages.
        var languages: [LanguageLink]
    }

    struct LanguageLink {
        var code: String
        var href: String
        var current: Bool
    }

    static let template = try! MustacheTemplate(
        string: """
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} · Kuzyret</title>
            <link rel="stylesheet" href="/static/kuzyret.css">
            </head>
            <body>
            <header class="site">
            <a class="brand" href="/">Kuzyret</a>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="{{query}}" placeholder="{{l.searchPlaceholder}}" aria-label="{{l.search}}">
            <button type="submit">{{l.search}}</button>
            </form>
            <nav class="links"><a href="/compare">{{l.compare}}</a> <a href="/flags">{{l.flags}}</a>
            {{#languages}}<a class="ui{{#current}} current{{/current}}" href="{{href}}">{{code}}</a> {{/languages}}</nav>
            </header>
            <main>
            {{{body}}}
            </main>
            <footer>Kuzyret · <a href="/api/openapi.yaml">{{l.api}}</a></footer>
            </body>
            </html>

            """)

    /// The whole page.
    static func render(_ context: Context) -> String {
        template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension Layout.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "lang": \.lang, "l": \.l, "body": \.body, "query": \.query, "languages": \.languages,
    ]
}

extension Layout.LanguageLink: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["code": \.code, "href": \.href, "current": \.current]
}
