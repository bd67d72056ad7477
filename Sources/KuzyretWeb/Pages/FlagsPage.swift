import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import Mustache

/// `/flags?kind=…&actor=…`: every open-ended and dependency clause that concerns an actor.
enum FlagsPage {
    struct Context {
        var l: Labels
        var actor: String
        var kinds: [Choice]
        var actors: [Choice]
        var count: Int
        var openEnded: Int
        var flags: [Item]
    }

    struct Choice {
        var label: String
        var href: String
        var current: Bool
    }

    struct Item {
        var address: String
        var href: String?
        var kind: String
        var open: Bool
        var span: String
        var explanation: String
        var charter: String
        var members: String
        var competence: Bool
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{l.flags}}: {{actor}}</h1>
            <p>{{#kinds}}{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}} · {{/kinds}}</p>
            <p class="muted">{{#actors}}{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}} {{/actors}}</p>
            <p>{{count}} · {{l.openEnded}}: {{openEnded}}</p>
            <ul class="plain flags">{{#flags}}<li class="flag{{#open}} open{{/open}}">{{#href}}<a class="address" href="{{href}}">{{address}}</a>{{/href}} <strong>{{kind}}</strong> <span class="muted">{{members}}</span>
            <div>«{{span}}»</div><div class="muted">{{explanation}} ({{l.charter}} {{charter}})</div></li>
            {{/flags}}</ul>

            """)

    /// The page of `list`; `lang` is the language of its texts, kept in its links.
    static func body(list: FlagList, kind: FlagKind?, lang: Language, ui: InterfaceLanguage) -> String {
        let language = lang == .rus ? nil : lang.rawValue
        let link: (String?, String?) -> String = { actor, kind in "/flags" + Links.query(["actor": actor, "kind": kind, "lang": language]) }
        let context = Context(
            l: ui.labels, actor: list.actor.name,
            kinds: [Choice(label: ui.labels.all, href: link(list.actor.name, nil), current: kind == nil)]
                + FlagKind.allCases.map { Choice(label: $0.rawValue, href: link(list.actor.name, $0.rawValue), current: $0 == kind) },
            actors: ActorSelection.all.map { Choice(label: $0.name, href: link($0.name, kind?.rawValue), current: $0 == list.actor) },
            count: list.flags.count, openEnded: list.flags.filter(\.flag.openEnded).count,
            flags: list.flags.map {
                Item(
                    address: $0.address, href: Links.provision($0.address), kind: $0.flag.kind.rawValue, open: $0.flag.openEnded,
                    span: $0.flag.span,
                    explanation: $0.flag.explanation, charter: $0.flag.charter.joined(separator: ", "),
                    members: $0.actors.filter(list.actor.contains).map(\.rawValue).joined(separator: ", "), competence: $0.isCompetence)
            })
        return template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension FlagsPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "actor": \.actor, "kinds": \.kinds, "actors": \.actors, "count": \.count, "openEnded": \.openEnded, "flags": \.flags,
    ]
}

extension FlagsPage.Choice: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "href": \.href, "current": \.current]
}

extension FlagsPage.Item: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "address": \.address, "href": \.href, "kind": \.kind, "open": \.open, "span": \.span, "explanation": \.explanation,
        "charter": \.charter, "members": \.members, "competence": \.competence,
    ]
}
