import KuzyretCompetence
import KuzyretCore
import Mustache

/// `/`: a search box, the actors, the acts indexed with their editions.
enum HomePage {
    struct Context {
        var l: Labels
        var actors: [ActorItem]
        var acts: [ActItem]
    }

    struct ActorItem {
        var name: String
        var label: String
        var href: String
    }

    struct ActItem {
        var id: String
        var title: String
        var href: String
        var texts: [TextItem]
    }

    struct TextItem {
        var lang: String
        var edition: String
        var href: String
        var newest: Bool
        var partial: Bool
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>Kuzyret</h1>
            <h2>{{l.actors}}</h2>
            <ul class="plain actors">
            {{#actors}}<li><a href="{{href}}">{{name}}</a> <span class="muted">{{label}}</span></li>
            {{/actors}}</ul>
            <h2>{{l.acts}}</h2>
            <ul class="plain acts">
            {{#acts}}<li class="act"><a href="{{href}}">{{title}}</a> <span class="address">{{id}}</span><br>
            {{#texts}}<a class="badge" href="{{href}}">{{lang}} {{edition}}{{#newest}} · {{l.newest}}{{/newest}}{{#partial}} · {{l.partial}}{{/partial}}</a> {{/texts}}</li>
            {{/acts}}</ul>

            """)

    static func body(acts: [IndexedAct], ui: InterfaceLanguage) -> String {
        let lang = Language(rawValue: ui.rawValue) ?? .rus
        let context = Context(
            l: ui.labels,
            actors: ActorSelection.all.map { ActorItem(name: $0.name, label: ActorNames.of($0, ui: ui), href: Links.actor($0.name)) },
            acts: acts.map { act in
                ActItem(
                    id: act.id, title: act.title(in: lang), href: Links.act(act.id),
                    texts: act.texts.map {
                        TextItem(
                            lang: $0.lang.rawValue, edition: $0.edition ?? "—",
                            href: Links.text(act.id, lang: $0.lang, edition: $0.edition), newest: $0.isNewest, partial: $0.isPartial)
                    })
            })
        return template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension HomePage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["l": \.l, "actors": \.actors, "acts": \.acts]
}

extension HomePage.ActorItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "label": \.label, "href": \.href]
}

extension HomePage.ActItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["id": \.id, "title": \.title, "href": \.href, "texts": \.texts]
}

extension HomePage.TextItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "lang": \.lang, "edition": \.edition, "href": \.href, "newest": \.newest, "partial": \.partial,
    ]
}
