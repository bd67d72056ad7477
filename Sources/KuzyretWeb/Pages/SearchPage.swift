import KuzyretCore
import Mustache

/// `/search?q=…&actor=…&act=…&lang=…&flag=…&status=…&modality=…&page=…`: facets with counts,
/// results with highlighted snippets and their addresses; a malformed query is a message on the
/// page.
enum SearchPage {
    /// What the page was asked: the query and its filters, as the URL holds them.
    struct Request {
        var query: String
        var filters: [String: String]
        var page: Int

        /// The URL of this search with `changes` applied (nil removes a parameter).
        func link(_ changes: [String: String?] = [:]) -> String {
            var parameters: [String: String?] = ["q": query]
            for (key, value) in filters { parameters[key] = value }
            if page > 1 { parameters["page"] = String(page) }
            for (key, value) in changes { parameters[key] = value }
            return Links.search(parameters)
        }
    }

    struct Context {
        var l: Labels
        var query: String
        var message: String?
        var hits: [HitItem]
        var facets: [FacetItem]
        var active: [ActiveFilter]
        var count: String
        var previous: String?
        var next: String?
        var empty: Bool
    }

    struct HitItem {
        var name: String
        var act: String
        var address: String
        var href: String
        var status: String
        var repealed: Bool
        var heading: String?
        var snippet: String
    }

    struct FacetItem {
        var name: String
        var label: String
        var values: [FacetValue]
    }

    struct FacetValue {
        var value: String
        var label: String
        var count: Int
        var href: String
        var selected: Bool
    }

    struct ActiveFilter {
        var name: String
        var value: String
        var remove: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{l.results}}: «{{query}}»</h1>
            {{#message}}<p class="message" role="alert">{{l.malformed}}: {{message}}</p>{{/message}}
            {{^message}}
            <div class="layout">
            <aside class="facets" aria-label="{{l.facets}}">
            {{#active}}<p><a class="badge" href="{{remove}}">{{name}}: {{value}} ×</a></p>{{/active}}
            {{#facets}}<h3>{{label}}</h3><ul>{{#values}}<li>{{#selected}}<strong>{{label}}</strong>{{/selected}}{{^selected}}<a href="{{href}}" title="{{value}}">{{label}}</a>{{/selected}} <span class="count">{{count}}</span></li>{{/values}}</ul>
            {{/facets}}
            </aside>
            <section class="results">
            <p class="muted">{{count}}</p>
            {{#empty}}<p>{{l.noResults}}</p>{{/empty}}
            <ol class="plain hits">
            {{#hits}}<li class="hit"><a class="name" href="{{href}}">{{name}}</a> <span class="muted">{{act}}</span> <span class="badge{{#repealed}} repealed{{/repealed}}">{{status}}</span>{{#heading}} <strong>{{heading}}</strong>{{/heading}}
            <br><a class="address" href="{{href}}">{{address}}</a>
            <p class="snippet">{{{snippet}}}</p></li>
            {{/hits}}</ol>
            <p>{{#previous}}<a href="{{previous}}">{{l.previous}}</a> {{/previous}}{{#next}}<a href="{{next}}">{{l.next}}</a>{{/next}}</p>
            </section>
            </div>
            {{/message}}

            """)

    static let pageSize = 20

    /// The page for `request`: `results` are the hits of pages 1 to `request.page` (the last
    /// `pageSize` are shown), `facets` their spread; `error` a malformed query's message.
    /// `titles` name the acts (by id) in the hits and the act facet.
    static func body(
        request: Request, results: SearchResults?, facets: [SearchFacet], titles: [String: String] = [:], error: String?,
        ui: InterfaceLanguage
    ) -> String {
        let labels = ui.labels
        let facetLabels = [
            "act": labels.act, "lang": labels.language, "status": labels.status, "actor": labels.actors, "modality": labels.modality,
            "flag": labels.flags,
        ]
        let hits = Array((results?.hits ?? []).dropFirst((request.page - 1) * pageSize).prefix(pageSize))
        let total = facets.first { $0.name == "lang" }?.values.reduce(0) { $0 + $1.count } ?? hits.count
        let context = Context(
            l: ui.labels, query: request.query, message: error,
            hits: hits.map {
                HitItem(
                    name: ProvisionName.of($0.address.eid, ui: ui), act: titles[$0.address.act] ?? $0.address.act,
                    address: $0.address.description, href: Links.provision($0.address), status: $0.status,
                    repealed: $0.status == "repealed",
                    heading: $0.heading, snippet: HTML.snippet($0.snippet))
            },
            facets: facets.map { facet in
                FacetItem(
                    name: facet.name, label: facetLabels[facet.name] ?? facet.name,
                    values: facet.values.prefix(12).map {
                        FacetValue(
                            value: $0.value,
                            label: facet.name == "act"
                                ? titles[$0.value] ?? $0.value : facet.name == "actor" ? ActorNames.of(name: $0.value, ui: ui) : $0.value,
                            count: $0.count, href: request.link([facet.name: $0.value, "page": nil]),
                            selected: request.filters[facet.name] == $0.value)
                    })
            },
            active: request.filters.sorted { $0.key < $1.key }.map {
                ActiveFilter(name: $0.key, value: $0.value, remove: request.link([$0.key: nil, "page": nil]))
            },
            count: "\(total) · \(ui.labels.page) \(request.page)"
                + (results?.dated.map { scope in
                    " · \(ui.labels.asOf) \(scope.date)"
                        + scope.leftOut.map { " · \($0.act.id): \($0.reason.text)" }.joined()
                } ?? ""),
            previous: request.page > 1 ? request.link(["page": request.page > 2 ? String(request.page - 1) : nil]) : nil,
            next: (results?.hits.count ?? 0) > request.page * pageSize ? request.link(["page": String(request.page + 1)]) : nil,
            empty: hits.isEmpty)
        return template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension SearchPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "query": \.query, "message": \.message, "hits": \.hits, "facets": \.facets, "active": \.active, "count": \.count,
        "previous": \.previous, "next": \.next, "empty": \.empty,
    ]
}

extension SearchPage.HitItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name, "act": \.act, "address": \.address, "href": \.href, "status": \.status, "repealed": \.repealed,
        "heading": \.heading, "snippet": \.snippet,
    ]
}

extension SearchPage.FacetItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "label": \.label, "values": \.values]
}

extension SearchPage.FacetValue: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "value": \.value, "label": \.label, "count": \.count, "href": \.href, "selected": \.selected,
    ]
}

extension SearchPage.ActiveFilter: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "value": \.value, "remove": \.remove]
}
