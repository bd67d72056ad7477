import Foundation
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import Mustache

/// `/compare`: upload a bill or pick two editions of one act; see kept, changed, dropped and new
/// duties and the flag changes; download them as Markdown or JSON.
enum ComparePage {
    struct Context {
        var l: Labels
        var actors: [Choice]
        var acts: [ActChoice]
        var maxMegabytes: Int
        var report: ReportItem?
        var message: String?
    }

    struct Choice {
        var value: String
        var selected: Bool
    }

    struct ActChoice {
        var label: String
        var value: String
    }

    struct ReportItem {
        var actor: String
        var old: String
        var new: String
        var scope: String?
        var summary: [String]
        var changed: [ChangedItem]
        var dropped: [Line]
        var added: [Line]
        var flagsRemoved: [Line]
        var flagsAdded: [Line]
        var downloads: [Download]
    }

    struct ChangedItem {
        var address: String
        var href: String?
        var diff: String
        var statusChange: String?
    }

    struct Line {
        var address: String
        var href: String?
        var text: String
    }

    struct Download {
        var label: String
        var href: String
        var file: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{l.compare}}</h1>
            {{#message}}<p class="message" role="alert">{{message}}</p>{{/message}}
            {{#report}}
            <section class="report">
            <p><strong>{{actor}}</strong></p>
            <p class="muted">{{l.oldEdition}}: {{old}}<br>{{l.newEdition}}: {{new}}{{#scope}}<br>{{scope}}{{/scope}}</p>
            <ul>{{#summary}}<li>{{.}}</li>{{/summary}}</ul>
            <p class="downloads">{{l.download}}: {{#downloads}}<a href="{{href}}" download="{{file}}">{{label}}</a> {{/downloads}}</p>
            <h2>{{l.changed}}</h2><ul class="plain changed">{{#changed}}<li>{{#href}}<a class="address" href="{{href}}">{{address}}</a>{{/href}}{{^href}}<span class="address">{{address}}</span>{{/href}} {{statusChange}}<div class="diff">{{{diff}}}</div></li>{{/changed}}</ul>
            <h2>{{l.dropped}}</h2><ul class="plain dropped">{{#dropped}}<li>{{#href}}<a class="address" href="{{href}}">{{address}}</a>{{/href}}{{^href}}<span class="address">{{address}}</span>{{/href}} {{text}}</li>{{/dropped}}</ul>
            <h2>{{l.added}}</h2><ul class="plain added">{{#added}}<li><span class="address">{{address}}</span> {{text}}</li>{{/added}}</ul>
            <h2>{{l.flagsRemoved}}</h2><ul class="plain">{{#flagsRemoved}}<li><span class="address">{{address}}</span> {{text}}</li>{{/flagsRemoved}}</ul>
            <h2>{{l.flagsAdded}}</h2><ul class="plain">{{#flagsAdded}}<li><span class="address">{{address}}</span> {{text}}</li>{{/flagsAdded}}</ul>
            </section>
            {{/report}}
            <form class="compare" action="/compare" method="post" enctype="multipart/form-data">
            <fieldset><legend>{{l.bill}}</legend>
            <p class="muted">{{l.compareIntro}}</p>
            <label>{{l.upload}} (≤ {{maxMegabytes}} MB) <input type="file" name="bill" required></label>
            <label>{{l.actor}} <select name="actor">{{#actors}}<option{{#selected}} selected{{/selected}}>{{value}}</option>{{/actors}}</select></label>
            <button type="submit">{{l.run}}</button>
            </fieldset>
            </form>
            <form class="compare" action="/compare" method="get">
            <fieldset><legend>{{l.pickEditions}}</legend>
            <label>{{l.oldEdition}} <select name="old">{{#acts}}<option value="{{value}}">{{label}}</option>{{/acts}}</select></label>
            <label>{{l.newEdition}} <select name="new">{{#acts}}<option value="{{value}}">{{label}}</option>{{/acts}}</select></label>
            <label>{{l.actor}} <select name="actor">{{#actors}}<option{{#selected}} selected{{/selected}}>{{value}}</option>{{/actors}}</select></label>
            <button type="submit">{{l.run}}</button>
            </fieldset>
            </form>

            """)

    /// The page: the forms, and `report` (with `downloads`, links or data URLs) when there is one.
    static func body(
        acts: [IndexedAct], actor: ActorSelection, report: ComparisonReport?, downloads: [Download], message: String?, maxBytes: Int,
        ui: InterfaceLanguage
    ) -> String {
        let context = Context(
            l: ui.labels,
            actors: ActorSelection.all.map { Choice(value: $0.name, selected: $0 == actor) },
            acts: acts.flatMap { act in
                act.texts.map {
                    ActChoice(
                        label: "\(act.id) · \($0.lang.rawValue) · \($0.edition ?? "—")",
                        value: "\(act.id)/\($0.lang.rawValue)@\($0.edition ?? "")")
                }
            },
            maxMegabytes: maxBytes / 1_048_576,
            report: report.map { report in
                ReportItem(
                    actor: report.actor.name, old: report.sides.old, new: report.sides.new, scope: report.sides.scope,
                    summary: ComparisonOutput.summaryLines(report),
                    changed: report.changed.map { pair in
                        ChangedItem(
                            address: pair.old.address, href: Links.provision(pair.old.address), diff: HTML.wordDiff(pair.diff),
                            statusChange: pair.old.status == pair.new.status
                                ? nil : "\(pair.old.status.rawValue) → \(pair.new.status.rawValue)")
                    },
                    dropped: report.dropped.map { Line(address: $0.address, href: Links.provision($0.address), text: $0.text) },
                    added: report.added.map { Line(address: $0.address, href: nil, text: $0.text) },
                    flagsRemoved: report.flagsRemoved.map {
                        Line(address: $0.address, href: nil, text: "\($0.flag.kind.rawValue) «\($0.flag.span)»")
                    },
                    flagsAdded: report.flagsAdded.map {
                        Line(address: $0.address, href: nil, text: "\($0.flag.kind.rawValue) «\($0.flag.span)»")
                    },
                    downloads: downloads)
            },
            message: message)
        return template.render(context)
    }

    /// A `data:` URL holding `text`, for a download that needs no second request.
    static func dataURL(_ text: String, type: String) -> String {
        "data:\(type);charset=utf-8;base64," + Data(text.utf8).base64EncodedString()
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension ComparePage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "actors": \.actors, "acts": \.acts, "maxMegabytes": \.maxMegabytes, "report": \.report, "message": \.message,
    ]
}

extension ComparePage.Choice: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["value": \.value, "selected": \.selected]
}

extension ComparePage.ActChoice: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "value": \.value]
}

extension ComparePage.ReportItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "actor": \.actor, "old": \.old, "new": \.new, "scope": \.scope, "summary": \.summary, "changed": \.changed, "dropped": \.dropped,
        "added": \.added, "flagsRemoved": \.flagsRemoved, "flagsAdded": \.flagsAdded, "downloads": \.downloads,
    ]
}

extension ComparePage.ChangedItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "address": \.address, "href": \.href, "diff": \.diff, "statusChange": \.statusChange,
    ]
}

extension ComparePage.Line: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["address": \.address, "href": \.href, "text": \.text]
}

extension ComparePage.Download: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "href": \.href, "file": \.file]
}
