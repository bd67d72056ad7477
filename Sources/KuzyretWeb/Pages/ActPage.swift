import KuzyretCore
import Mustache

/// `/act/<ID>` and `/act/<ID>/<lang>@<date>`: the act's table of contents and its editions.
enum ActPage {
    struct Context {
        var l: Labels
        var id: String
        var title: String
        var edition: String
        var lang: String
        var editions: [EditionItem]
        var entries: [EntryItem]
        /// The act's life (in force from, lost force on), empty when unknown.
        var life: String
        /// The act that replaced it, when known.
        var replacedBy: String?
        /// The laws that amended it, as its notes record them.
        var amendments: [AmendmentItem]
        var hasAmendments: Bool
    }

    struct AmendmentItem {
        var law: String
        var provisions: String
    }

    struct EditionItem {
        var label: String
        var href: String
        var current: Bool
        var newest: Bool
        var partial: Bool
    }

    struct EntryItem {
        var label: String
        var href: String
        var depth: Int
        var repealed: Bool
        var status: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{title}}</h1>
            <p class="address">{{id}} · {{lang}} · {{l.edition}} {{edition}}</p>
            {{#life}}<p class="life">{{life}}{{#replacedBy}} {{l.replacedBy}} <a href="/act/{{replacedBy}}">{{replacedBy}}</a>.{{/replacedBy}}</p>{{/life}}
            <h2>{{l.editions}}</h2>
            <ul class="plain editions">
            {{#editions}}<li>{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}}{{#newest}} <span class="badge">{{l.newest}}</span>{{/newest}}{{#partial}} <span class="badge">{{l.partial}}</span>{{/partial}}</li>
            {{/editions}}</ul>
            <h2>{{l.contents}}</h2>
            <ul class="plain toc">
            {{#entries}}<li class="depth-{{depth}}"><a href="{{href}}">{{label}}</a>{{#repealed}} <span class="badge repealed">{{status}}</span>{{/repealed}}</li>
            {{/entries}}</ul>
            {{#hasAmendments}}<h2>{{l.amendedBy}}</h2>
            <ul class="plain amendments">{{#amendments}}<li>{{law}} <span class="muted">{{provisions}}</span></li>{{/amendments}}</ul>{{/hasAmendments}}

            """)

    /// The page of `act` showing `contents`; its provisions link to `linkEdition` (nil: the
    /// newest, undated links).
    static func body(
        act: IndexedAct, contents: TableOfContents, amendments: [(event: AmendmentEvent, eids: [String])] = [], linkEdition: String?,
        ui: InterfaceLanguage
    ) -> String {
        let context = Context(
            l: ui.labels, id: act.id, title: act.title(in: contents.lang), edition: contents.edition ?? "—", lang: contents.lang.rawValue,
            editions: act.texts.map { text in
                EditionItem(
                    label: "\(text.lang.rawValue) · \(text.edition ?? "—")",
                    href: Links.text(act.id, lang: text.lang, edition: text.edition),
                    current: text.lang == contents.lang && text.edition == contents.edition, newest: text.isNewest, partial: text.isPartial)
            },
            entries: contents.entries.map { entry in
                EntryItem(
                    label: entry.label, href: Links.provision(entry.address, edition: linkEdition), depth: entry.depth,
                    repealed: entry.status != "in-force", status: entry.status)
            }, life: ActLifeText.of(act.life, on: .today, ui: ui) ?? "", replacedBy: act.life?.replacedBy,
            amendments: amendments.map { law in
                let eids = law.eids.map { $0.isEmpty ? "—" : $0 }
                return AmendmentItem(
                    law: AmendmentText.of(law.event, ui: ui),
                    provisions: eids.prefix(6).joined(separator: ", ") + (eids.count > 6 ? ", … (\(eids.count))" : ""))
            }, hasAmendments: !amendments.isEmpty)
        return template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension ActPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "id": \.id, "title": \.title, "edition": \.edition, "lang": \.lang, "editions": \.editions, "entries": \.entries,
        "life": \.life, "replacedBy": \.replacedBy, "amendments": \.amendments, "hasAmendments": \.hasAmendments,
    ]
}

extension ActPage.EditionItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label, "href": \.href, "current": \.current, "newest": \.newest, "partial": \.partial,
    ]
}

extension ActPage.EntryItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label, "href": \.href, "depth": \.depth, "repealed": \.repealed, "status": \.status,
    ]
}

extension ActPage.AmendmentItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["law": \.law, "provisions": \.provisions]
}
