import Foundation
import KuzyretCompetence
import KuzyretCore

/// A competence list as text, Markdown, CSV or a standalone HTML page (DESIGN.md §10).
///
/// Lines are grouped by act, in the order given, then by topic; each line carries its address,
/// status, modality, conditions and flags, so every line says why it is there. Every format
/// but CSV carries the counts a researcher quotes (``Counts``).
public enum CompetenceList {
    /// What the list covers, for its header.
    public struct Header: Sendable {
        /// The acts and editions covered.
        public var acts: [ActInfo]
        /// The query.
        public var query: CompetenceQuery
        /// Open-ended clauses about the actor's competence that are no competence themselves
        /// (art. 35 point 2: «может быть отнесено решение иных вопросов»): listed after the counts.
        public var openClauses: [ProvisionFlag]
        /// For a list computed for a date: the editions used, the acts left out and why, and the
        /// corrections from later editions.
        public var dated: DatedScope?

        /// A header.
        public init(acts: [ActInfo], query: CompetenceQuery, openClauses: [ProvisionFlag] = [], dated: DatedScope? = nil) {
            self.acts = acts
            self.query = query
            self.openClauses = openClauses
            self.dated = dated
        }

        /// `left out: K080000095_ (rus): lost force on 2025-01-01, replaced by K2500000171` and
        /// `corrected: …` lines; empty without a date.
        public var datedLines: [String] {
            Array((dated?.lines ?? []).filter { !$0.hasPrefix("computed as of") && !$0.hasPrefix("edition used") })
        }

        /// `Z010000148_/rus/art_35__para_2 residual-legislation «…» (Charter 4.1, 4.4)`.
        var openClauseLines: [String] {
            openClauses.map(CompetenceList.describe)
        }

        /// `actor: aul-akim; as of: …; population: …`: what the list was computed for.
        public var scopeLine: String {
            var parts: [String] = []
            parts.append("actor: \(query.actors?.name ?? "all")")
            parts.append("as of: \(query.asOf?.description ?? "each act's edition date")")
            parts.append("population: \(query.population.map(String.init) ?? "not given (population conditions shown, not applied)")")
            return parts.joined(separator: "; ")
        }

        var actLines: [String] {
            acts.map(Self.describe)
        }

        /// `Z010000148_ (rus, edition 2026-07-12) title`.
        public static func describe(_ act: ActInfo) -> String { act.summary }
    }

    /// The figures a researcher quotes: competences in all, per act and per topic, and how many
    /// carry an open-ended flag.
    public struct Counts: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            /// An act (`Z010000148_/rus`) or a topic.
            public var name: String
            /// Competences in it.
            public var competences: Int
            /// Of those, the ones with an open-ended flag.
            public var openEnded: Int
        }

        /// Competences in all.
        public var competences = 0
        /// Of those, the ones with an open-ended flag.
        public var openEnded = 0
        /// Per act, in list order.
        public var acts: [Row] = []
        /// Per topic: a competence counts under its first topic, the one it is listed under
        /// (`other` when it has none), so the rows add up to the total.
        public var topics: [Row] = []

        /// The counts of `competences`.
        public init(_ competences: [Competence]) {
            self.competences = competences.count
            openEnded = competences.filter(CompetenceList.isOpenEnded).count
            acts = CompetenceList.sections(competences).map { section in
                let all = section.topics.flatMap(\.competences)
                return Row(name: section.act, competences: all.count, openEnded: all.filter(CompetenceList.isOpenEnded).count)
            }
            var byTopic: [String: (Int, Int)] = [:]
            for competence in competences {
                let topic = competence.topics.first?.rawValue ?? CompetenceList.otherTopic
                byTopic[topic, default: (0, 0)].0 += 1
                if CompetenceList.isOpenEnded(competence) { byTopic[topic, default: (0, 0)].1 += 1 }
            }
            topics = CompetenceList.topicOrder(Array(byTopic.keys)).map {
                Row(name: $0, competences: byTopic[$0]!.0, openEnded: byTopic[$0]!.1)
            }
        }

        /// `97 competences, 2 with an open-ended flag; Z010000148_/rus 60, …`
        public var line: String {
            "\(competences) competence(s), \(openEnded) with an open-ended flag; by act: "
                + acts.map { "\($0.name) \($0.competences)" }.joined(separator: ", ")
        }
    }

    /// The topic a competence is listed under when it has none.
    public static let otherTopic = "other"

    /// Whether a competence carries an open-ended flag.
    public static func isOpenEnded(_ competence: Competence) -> Bool {
        competence.flags.contains(where: \.openEnded)
    }

    /// Competences grouped by act (`act/lang`, in first-seen order), then by their first topic
    /// (in ``Topic`` order, ``otherTopic`` last), in document order within a topic.
    public static func sections(_ competences: [Competence]) -> [(act: String, topics: [(topic: String, competences: [Competence])])] {
        var order: [String] = []
        var groups: [String: [Competence]] = [:]
        for competence in competences {
            let key = "\(competence.act)/\(competence.lang.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(competence)
        }
        return order.map { act in
            var byTopic: [String: [Competence]] = [:]
            for competence in groups[act]! { byTopic[competence.topics.first?.rawValue ?? otherTopic, default: []].append(competence) }
            return (act, topicOrder(Array(byTopic.keys)).map { ($0, byTopic[$0]!) })
        }
    }

    /// `topics` in the order of ``Topic``'s cases, ``otherTopic`` last.
    static func topicOrder(_ topics: [String]) -> [String] {
        let rank = Dictionary(uniqueKeysWithValues: Topic.allCases.enumerated().map { ($1.rawValue, $0) })
        return topics.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
    }

    /// A flagged provision in one line: `Z010000148_/rus/art_35__para_2 residual-legislation
    /// «быть отнесено решение иных вопросов» (Charter 4.1, 4.4)`.
    public static func describe(_ flag: ProvisionFlag) -> String {
        "\(flag.address) \(flag.flag.kind.rawValue) «\(flag.flag.span)» (Charter \(flag.flag.charter.joined(separator: ", ")))"
    }

    /// A condition in words: `repealed from 2018-01-01 where population > 2000`.
    public static func describe(_ condition: Condition) -> String { condition.summary }

    /// A CSV field, quoted when it must be (RFC 4180).
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func escape(_ value: String) -> String { XMLText.escape(value) }

    static func markdownEscape(_ value: String) -> String {
        var out = ""
        for character in value {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
