import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretExport
import Mustache

/// `/actor/<actor>?as-of=…&population=…&lang=…`: the competence list grouped by act and topic,
/// with its counts, the open-ended clauses, and downloads in md, csv, json and html.
enum ActorPage {
    struct Context {
        var l: Labels
        var name: String
        var label: String
        var scope: String
        var asOf: String
        var population: String
        var lang: String
        var languages: [Choice]
        var downloads: [Choice]
        var total: Int
        var openEnded: Int
        var acts: [CountItem]
        var topics: [CountItem]
        var openClauses: [ClauseItem]
        var sections: [Section]
        var group: Bool
        var hasOpenClauses: Bool
        /// The history chart (an SVG Kuzyret wrote, inserted as is) and its steps.
        var chart: String
        /// What the list's date rests on: acts left out and why, corrections, supplements.
        var dated: [String]
        var steps: [StepItem]
        var hasHistory: Bool
    }

    struct StepItem {
        var label: String
        var laws: String
        var changes: [String]
    }

    struct Choice {
        var label: String
        var href: String
        var current: Bool
    }

    struct CountItem {
        var name: String
        var competences: Int
        var openEnded: Int
    }

    struct ClauseItem {
        var address: String
        var href: String?
        var kind: String
        var span: String
    }

    struct Section {
        var act: String
        var topics: [TopicGroup]
    }

    struct TopicGroup {
        var topic: String
        var items: [Item]
    }

    struct Item {
        var address: String
        var href: String
        var member: String
        var status: String
        var modality: String
        var text: String
        var conditions: [String]
        var flags: [FlagLine]
        var only: String?
        var via: String?
        var from: String
    }

    struct FlagLine {
        var kind: String
        var open: Bool
        var span: String
    }

    static let template = try! MustacheTemplate(
        string: """
            <h1>{{l.competences}}: {{label}}</h1>
            <form class="scope" action="/actor/{{name}}" method="get">
            <label>{{l.asOf}} <input type="date" name="as-of" value="{{asOf}}"></label>
            <label>{{l.population}} <input type="number" name="population" min="0" value="{{population}}"></label>
            <input type="hidden" name="lang" value="{{lang}}">
            <button type="submit">{{l.show}}</button>
            </form>
            <p class="muted">{{scope}}</p>
            {{#dated}}<p class="muted dated">{{.}}</p>{{/dated}}
            <p>{{l.language}}: {{#languages}}{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}} {{/languages}}</p>
            <p class="downloads">{{l.download}}: {{#downloads}}<a href="{{href}}" download>{{label}}</a> {{/downloads}}</p>
            {{#hasHistory}}<h2>{{l.history}}</h2>
            <figure class="history scroll">{{{chart}}}</figure>
            <details class="history-steps"><summary>{{l.steps}}</summary>
            <ol class="steps">{{#steps}}<li><strong>{{label}}</strong>{{#laws}}<br><span class="muted">{{laws}}</span>{{/laws}}<ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul></li>{{/steps}}</ol>
            </details>
            <p class="downloads">{{l.download}}: <a href="/actor/{{name}}/history?lang={{lang}}">svg</a> <a href="/actor/{{name}}/history?lang={{lang}}&amp;format=text">text</a> <a href="/actor/{{name}}/history?lang={{lang}}&amp;format=md">md</a> <a href="/actor/{{name}}/history?lang={{lang}}&amp;format=csv">csv</a> <a href="/actor/{{name}}/history?lang={{lang}}&amp;format=json">json</a></p>{{/hasHistory}}
            <h2>{{l.counts}}: {{total}} <span class="muted">({{l.openEnded}}: {{openEnded}})</span></h2>
            <div class="scroll"><table class="counts"><thead><tr><th>{{l.byAct}}</th><th>{{l.competences}}</th><th>{{l.openEnded}}</th></tr></thead><tbody>
            {{#acts}}<tr><td>{{name}}</td><td class="num">{{competences}}</td><td class="num">{{openEnded}}</td></tr>{{/acts}}
            </tbody></table></div>
            <div class="scroll"><table class="counts"><thead><tr><th>{{l.byTopic}}</th><th>{{l.competences}}</th><th>{{l.openEnded}}</th></tr></thead><tbody>
            {{#topics}}<tr><td>{{name}}</td><td class="num">{{competences}}</td><td class="num">{{openEnded}}</td></tr>{{/topics}}
            </tbody></table></div>
            {{#hasOpenClauses}}<h2>{{l.openClauses}}</h2>
            <ul class="open-clauses">{{#openClauses}}<li>{{#href}}<a class="address" href="{{href}}">{{address}}</a>{{/href}} <strong>{{kind}}</strong> «{{span}}»</li>{{/openClauses}}</ul>{{/hasOpenClauses}}
            {{#sections}}<h2>{{act}}</h2>
            {{#topics}}<h3>{{topic}}</h3>
            <ol class="plain competences">{{#items}}<li class="competence"><a class="address" href="{{href}}">{{address}}</a> <span class="badge">{{status}}</span> <span class="badge">{{modality}}</span>{{#group}} <span class="badge member">{{member}}</span>{{/group}}
            <div>{{text}}</div>
            {{#conditions}}<div class="muted">{{l.conditions}}: {{.}}</div>{{/conditions}}
            {{#flags}}<div class="flag{{#open}} open{{/open}}"><strong>{{kind}}</strong> «{{span}}»</div>{{/flags}}
            {{#only}}<div class="muted">{{l.unitsOnly}}: {{only}}</div>{{/only}}
            {{#via}}<div class="muted">{{l.via}} {{via}}</div>{{/via}}
            <div class="muted">{{l.from}}: {{from}}</div></li>
            {{/items}}</ol>
            {{/topics}}
            {{/sections}}

            """)

    /// The page of `report` for `actor`; `parameters` are the page's own (as-of, population,
    /// lang), kept in its links.
    static func body(
        report: CompetenceList.Report, actor: ActorSelection, parameters: [String: String], ui: InterfaceLanguage,
        history: CompetenceHistory? = nil
    ) -> String {
        let counts = CompetenceList.Counts(report.competences)
        // Acts are named by their titles (`act/lang` keys in the counts and sections).
        var titles: [String: String] = [:]
        for act in report.header.acts { titles["\(act.id)/\(act.lang.rawValue)"] = act.title.isEmpty ? act.id : act.title }
        let lang = parameters["lang"] ?? "rus"
        let link: (String?, [String: String?]) -> String = { format, changes in
            var all: [String: String?] = parameters.mapValues { $0 }
            for (key, value) in changes { all[key] = value }
            return Links.actor(actor.name, format: format, parameters: all)
        }
        let context = Context(
            l: ui.labels, name: actor.name, label: ActorNames.of(actor, ui: ui), scope: report.header.scopeLine,
            asOf: parameters["as-of"] ?? "",
            population: parameters["population"] ?? "", lang: lang,
            languages: Language.allCases.map {
                Choice(label: $0.rawValue, href: link(nil, ["lang": $0.rawValue]), current: $0.rawValue == lang)
            },
            downloads: ["md", "csv", "json", "html"].map { Choice(label: $0, href: link($0, [:]), current: false) },
            total: counts.competences, openEnded: counts.openEnded,
            acts: counts.acts.map { CountItem(name: titles[$0.name] ?? $0.name, competences: $0.competences, openEnded: $0.openEnded) },
            topics: counts.topics.map { CountItem(name: $0.name, competences: $0.competences, openEnded: $0.openEnded) },
            openClauses: report.header.openClauses.map {
                ClauseItem(address: $0.address, href: Links.provision($0.address), kind: $0.flag.kind.rawValue, span: $0.flag.span)
            },
            sections: CompetenceList.sections(report.competences).map { section in
                Section(
                    act: titles[section.act] ?? section.act,
                    topics: section.topics.map { group in
                        TopicGroup(
                            topic: group.topic,
                            items: group.competences.map { competence in
                                Item(
                                    address: competence.address,
                                    href: Links.provision(competence.location, edition: competence.edition?.description),
                                    member: ActorNames.of(name: competence.actor.rawValue, ui: ui),
                                    status: competence.status.rawValue, modality: competence.modality.rawValue, text: competence.text,
                                    conditions: competence.conditions.map(\.summary),
                                    flags: competence.flags.map { FlagLine(kind: $0.kind.rawValue, open: $0.openEnded, span: $0.span) },
                                    only: competence.isSubset ? competence.units.map(\.rawValue).joined(separator: ", ") : nil,
                                    via: competence.viaAddress, from: competence.inheritedFromAddress)
                            })
                    })
            },
            group: !actor.isSingle, hasOpenClauses: !report.header.openClauses.isEmpty,
            chart: history.map { HistoryChart.svg($0) } ?? "", dated: report.header.datedLines,
            steps: (history?.steps ?? []).map { step in
                StepItem(
                    label: "\(step.from) → \(step.to) · \(step.act): \(HistoryOutput.counts(step))",
                    laws: step.laws.map { AmendmentText.of($0, ui: ui) }.joined(separator: "; "), changes: HistoryOutput.changeLines(step))
            }, hasHistory: history.map { !$0.entries.isEmpty } ?? false)
        return template.render(context)
    }
}

// MARK: Fields for the templates (MustacheFields.swift)

extension ActorPage.Context: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "l": \.l, "name": \.name, "label": \.label, "scope": \.scope, "asOf": \.asOf, "population": \.population, "lang": \.lang,
        "languages": \.languages, "downloads": \.downloads, "total": \.total, "openEnded": \.openEnded, "acts": \.acts, "topics": \.topics,
        "openClauses": \.openClauses, "sections": \.sections, "group": \.group, "hasOpenClauses": \.hasOpenClauses,
        "chart": \.chart, "dated": \.dated, "steps": \.steps, "hasHistory": \.hasHistory,
    ]
}

extension ActorPage.Choice: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "href": \.href, "current": \.current]
}

extension ActorPage.CountItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "competences": \.competences, "openEnded": \.openEnded]
}

extension ActorPage.ClauseItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["address": \.address, "href": \.href, "kind": \.kind, "span": \.span]
}

extension ActorPage.Section: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["act": \.act, "topics": \.topics]
}

extension ActorPage.TopicGroup: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["topic": \.topic, "items": \.items]
}

extension ActorPage.Item: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "address": \.address, "href": \.href, "member": \.member, "status": \.status, "modality": \.modality, "text": \.text,
        "conditions": \.conditions, "flags": \.flags, "only": \.only, "via": \.via, "from": \.from,
    ]
}

extension ActorPage.FlagLine: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["kind": \.kind, "open": \.open, "span": \.span]
}

extension ActorPage.StepItem: MustacheFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = ["label": \.label, "laws": \.laws, "changes": \.changes]
}
