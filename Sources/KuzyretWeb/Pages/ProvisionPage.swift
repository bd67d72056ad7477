import KuzyretComparison
import KuzyretCore
import Mustache

/// `/act/<ID>/<lang>/<eId>` and `/act/<ID>/<lang>@<date>/<eId>`: one provision in one edition,
/// with a banner saying which edition it is, breadcrumbs, its text in every language side by
/// side, its status and conditions, what it gives and its flags, what it cites and what cites
/// it, the same provision in the other editions and what changed against the previous one.
enum ProvisionPage {
    struct Context {
        var l: Labels
        var address: String
        var title: String
        var actTitle: String
        var actHref: String
        var article: String?
        var banner: Banner
        var crumbs: [Crumb]
        var texts: [TextItem]
        var status: String
        var repealed: Bool
        var conditions: [String]
        var competences: [GrantItem]
        var flags: [FlagItem]
        var cites: [ReferenceItem]
        var citedBy: [ReferenceItem]
        var editions: [EditionItem]
        var diff: String?
        var previousEdition: String?
        var hasConditions: Bool
        var hasCompetences: Bool
        var hasFlags: Bool
        var hasCites: Bool
        var hasCitedBy: Bool
        var hasEditions: Bool
        /// The laws that amended it or the provisions above it.
        var amendments: [String]
        var amendmentCount: Int
        /// How many laws amended the provision's article as a whole, and its page.
        var articleLaws: Int
        var articleHref: String?
        var hasAmendments: Bool
    }

    struct Banner {
        var edition: String
        var from: String?
        var until: String?
        var newer: String?
        var old: Bool
        var newest: Bool
        /// Whether the act is in force today, and since or until when, when known.
        var act: String?
        /// The act that replaced it.
        var replacedBy: String?
    }

    struct Crumb {
        var label: String
        var title: String
        var href: String
    }

    struct TextItem {
        var lang: String
        var htmlLang: String
        var heading: String?
        var text: String
        var status: String
        /// The edition of this text when it is not the page's (an earlier one of this language).
        var otherEdition: String?
    }

    struct GrantItem {
        var actor: String
        var href: String
        var modality: String
    }

    struct FlagItem {
        var kind: String
        var open: Bool
        var span: String
        var explanation: String
        var charter: String
    }

    struct ReferenceItem {
        var label: String
        var href: String?
        var span: String
    }

    struct EditionItem {
        var label: String
        var href: String
        var current: Bool
        var status: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <nav class="crumbs" aria-label="breadcrumbs"><a href="{{actHref}}">{{actTitle}}</a>{{#crumbs}} › <a href="{{href}}" title="{{title}}">{{label}}</a>{{/crumbs}} › <span aria-current="page">{{title}}</span></nav>
            <div class="banner{{#banner.old}} old{{/banner.old}}" role="note">
            <strong>{{l.thisEdition}}: {{banner.edition}}</strong>{{#banner.newest}} ({{l.newestInIndex}}){{/banner.newest}}{{#banner.from}} · {{l.appliedFrom}} {{banner.from}}{{/banner.from}}{{#banner.until}} {{l.appliedUntil}} {{banner.until}}{{/banner.until}}
            {{#banner.newer}}<br><a href="{{banner.newer}}">{{l.newerEdition}}</a>{{/banner.newer}}
            {{#banner.act}}<br><span class="act-life">{{l.act}}: {{banner.act}}{{#banner.replacedBy}} {{l.replacedBy}} <a href="/act/{{banner.replacedBy}}">{{banner.replacedBy}}</a>.{{/banner.replacedBy}}</span>{{/banner.act}}
            </div>
            <h1>{{title}}</h1>
            {{#article}}<p class="subtitle">{{article}}</p>{{/article}}
            <p class="address">{{address}} <span class="badge{{#repealed}} repealed{{/repealed}}">{{status}}</span></p>
            <div class="texts">
            {{#texts}}<section class="text" lang="{{htmlLang}}"><div class="lang">{{lang}}{{#otherEdition}} · {{l.edition}} {{otherEdition}}{{/otherEdition}} · {{status}}</div>{{#heading}}<h2>{{heading}}</h2>{{/heading}}<p>{{text}}</p></section>
            {{/texts}}</div>
            {{#hasAmendments}}<h2>{{l.amendedBy}}</h2><ul class="amendments">{{#amendments}}<li>{{.}}</li>{{/amendments}}</ul>
            {{#articleHref}}<p class="muted article-amendments"><a href="{{articleHref}}">{{article}}</a>: {{articleLaws}}</p>{{/articleHref}}{{/hasAmendments}}
            {{#hasConditions}}<h2>{{l.conditions}}</h2><ul class="conditions">{{#conditions}}<li>{{.}}</li>{{/conditions}}</ul>{{/hasConditions}}
            {{#hasCompetences}}<h2>{{l.competences}}</h2><ul class="competences">{{#competences}}<li><a href="{{href}}">{{actor}}</a> · {{modality}}{{#repealed}} · <span class="badge repealed">{{status}}</span>{{/repealed}}</li>{{/competences}}</ul>{{/hasCompetences}}
            {{#hasFlags}}<h2>{{l.flags}}</h2>{{#flags}}<div class="flag{{#open}} open{{/open}}"><strong>{{kind}}</strong> «{{span}}»<br><span class="muted">{{explanation}} ({{l.charter}} {{charter}})</span></div>{{/flags}}{{/hasFlags}}
            {{#hasCites}}<h2>{{l.cites}}</h2><ul class="cites">{{#cites}}<li>{{#href}}<a href="{{href}}">{{label}}</a>{{/href}}{{^href}}{{label}}{{/href}} <span class="muted">«{{span}}»</span></li>{{/cites}}</ul>{{/hasCites}}
            {{#hasCitedBy}}<h2>{{l.citedBy}}</h2><ul class="cited-by">{{#citedBy}}<li>{{#href}}<a href="{{href}}">{{label}}</a>{{/href}}{{^href}}{{label}}{{/href}} <span class="muted">«{{span}}»</span></li>{{/citedBy}}</ul>{{/hasCitedBy}}
            {{#hasEditions}}<h2>{{l.otherEditions}}</h2><ul class="editions">{{#editions}}<li>{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}} <span class="badge">{{status}}</span></li>{{/editions}}</ul>{{/hasEditions}}
            {{#diff}}<h2>{{l.changes}} <span class="muted">({{l.previousEdition}} {{previousEdition}})</span></h2><p class="diff">{{{diff}}}</p>{{/diff}}

            """)

    /// The page of `view` (in the edition its text is from), given the provision in every
    /// edition; `linkEdition` is the edition the URL named (nil: the newest), kept in the links
    /// to its parents.
    static func body(view: ProvisionView, linkEdition: String?, editions: [ProvisionEdition], ui: InterfaceLanguage) -> String {
        let labels = ui.labels
        let dated = editions.filter { $0.status != nil }
        let shown = view.texts.first?.edition
        let currentIndex = editions.lastIndex { $0.edition == shown } ?? editions.indices.last
        let current = currentIndex.map { editions[$0] }
        let following = currentIndex.flatMap { index in editions[(index + 1)...].first }
        let newest = editions.last
        let previous = currentIndex.flatMap { index in editions[..<index].last { $0.status != nil } }
        let main = view.texts.first
        var diff: String?
        if let previous, let current, previous.text != current.text, !previous.text.isEmpty, !current.text.isEmpty {
            diff = HTML.wordDiff(WordDiff.edits(from: previous.text, to: current.text))
        }
        let article =
            view.parents.first { $0.address.eid.components.last?.hasPrefix("art_") == true }?.label
            ?? (view.address.eid.components.count == 1 ? view.label : nil)
        let (near, articleLaws) = Self.amendments(of: view)
        let context = Context(
            l: labels, address: view.address.description, title: ProvisionName.of(view.address.eid, ui: ui),
            actTitle: view.actTitle.nilIfEmpty ?? view.address.act, actHref: Links.act(view.address.act), article: article,
            banner: Banner(
                edition: current?.edition ?? main?.edition ?? "—", from: current?.edition, until: following?.edition,
                newer: newest.flatMap {
                    $0.edition != current?.edition && $0.status != nil ? Links.provision(view.address, edition: $0.edition) : nil
                },
                old: newest?.edition != current?.edition, newest: newest?.edition == current?.edition,
                act: ActLifeText.of(view.actLife, on: .today, ui: ui), replacedBy: view.actLife?.replacedBy),
            crumbs: view.parents.map {
                Crumb(
                    label: ProvisionName.part($0.address.eid.components.last ?? "", ui: ui), title: $0.label,
                    href: Links.provision($0.address, edition: linkEdition))
            },
            texts: view.texts.map {
                TextItem(
                    lang: $0.lang.rawValue, htmlLang: $0.lang == .kaz ? "kk" : $0.lang == .rus ? "ru" : "en", heading: $0.heading,
                    text: $0.text, status: $0.status, otherEdition: $0.edition == main?.edition ? nil : $0.edition)
            },
            status: main?.status ?? "", repealed: main?.status == "repealed", conditions: view.conditions,
            competences: view.competences.map {
                GrantItem(actor: ActorNames.of(name: $0.actor, ui: ui), href: Links.actor($0.actor), modality: $0.modality)
            },
            flags: view.flags.map {
                FlagItem(
                    kind: $0.kind, open: $0.openEnded, span: $0.span, explanation: $0.explanation,
                    charter: $0.charter.joined(separator: ", "))
            },
            cites: view.cites.map {
                ReferenceItem(label: $0.target ?? $0.targetAct ?? "—", href: $0.target.flatMap(Links.provision), span: $0.span)
            },
            citedBy: view.citedBy.map { ReferenceItem(label: $0.from, href: Links.provision($0.from), span: $0.span) },
            editions: dated.map {
                EditionItem(
                    label: $0.edition ?? "—", href: Links.provision(view.address, edition: $0.edition),
                    current: $0.edition == current?.edition,
                    status: $0.status ?? labels.noText)
            },
            diff: diff, previousEdition: previous?.edition, hasConditions: !view.conditions.isEmpty,
            hasCompetences: !view.competences.isEmpty,
            hasFlags: !view.flags.isEmpty, hasCites: !view.cites.isEmpty, hasCitedBy: !view.citedBy.isEmpty, hasEditions: dated.count > 1,
            amendments: near.map { event in
                AmendmentText.of(event, ui: ui) + (event.eid == view.address.eid.description ? "" : " · \(event.eid)")
            }, amendmentCount: near.count, articleLaws: articleLaws,
            articleHref: articleLaws > 0 ? Links.provision(view.address.with(eid: view.address.eid.top), edition: linkEdition) : nil,
            hasAmendments: !near.isEmpty || articleLaws > 0)
        return template.render(context)
    }

    /// The amending laws a provision page lists: those on the provision and the points above it
    /// (`near`), and how many laws amended its article as a whole (listed on the article's page,
    /// not repeated on each of its sub-points).
    static func amendments(of view: ProvisionView) -> (near: [AmendmentEvent], articleLaws: Int) {
        let own = view.address.eid.description
        let near = view.amendments.filter { $0.eid == own || $0.eid.contains("__") }
        let article = Set(view.amendments.filter { $0.eid != own && !$0.eid.contains("__") }.map { "\($0.lawDate)|\($0.lawKey)" })
        return (near, article.count)
    }
}

extension String {
    /// Nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension ProvisionPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "address": \.address, "title": \.title, "actTitle": \.actTitle, "actHref": \.actHref, "article": \.article,
        "banner": \.banner, "crumbs": \.crumbs, "texts": \.texts, "status": \.status, "repealed": \.repealed, "conditions": \.conditions,
        "competences": \.competences, "flags": \.flags, "cites": \.cites, "citedBy": \.citedBy, "editions": \.editions, "diff": \.diff,
        "previousEdition": \.previousEdition, "hasConditions": \.hasConditions, "hasCompetences": \.hasCompetences, "hasFlags": \.hasFlags,
        "hasCites": \.hasCites, "hasCitedBy": \.hasCitedBy, "hasEditions": \.hasEditions, "amendments": \.amendments,
        "amendmentCount": \.amendmentCount, "articleLaws": \.articleLaws, "articleHref": \.articleHref,
        "hasAmendments": \.hasAmendments,
    ]
}

extension ProvisionPage.Banner: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "edition": \.edition, "from": \.from, "until": \.until, "newer": \.newer, "old": \.old, "newest": \.newest, "act": \.act,
        "replacedBy": \.replacedBy,
    ]
}

extension ProvisionPage.Crumb: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "title": \.title, "href": \.href]
}

extension ProvisionPage.TextItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "lang": \.lang, "htmlLang": \.htmlLang, "heading": \.heading, "text": \.text, "status": \.status, "otherEdition": \.otherEdition,
    ]
}

extension ProvisionPage.GrantItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["actor": \.actor, "href": \.href, "modality": \.modality]
}

extension ProvisionPage.FlagItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "kind": \.kind, "open": \.open, "span": \.span, "explanation": \.explanation, "charter": \.charter,
    ]
}

extension ProvisionPage.ReferenceItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "href": \.href, "span": \.span]
}

extension ProvisionPage.EditionItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label, "href": \.href, "current": \.current, "status": \.status,
    ]
}
