import ArgumentParser
import Foundation
import KuzyretCompetence
import KuzyretComparison
import KuzyretCore
import KuzyretExport
import KuzyretIndex
import KuzyretReading

/// What `coverage` and `diff` share: the actor, the part compared, the output.
struct ComparisonOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    @Option(help: ActorSelection.help)
    var actor: ActorSelection = .aulAkim

    @Option(help: "Compare only provisions under this eId (e.g. art_35, art_35__para_1).")
    var within: String?

    @Option(help: "Output format: text, md or json.")
    var format: Format = .text

    @OptionGroup var reading: ReadingOptions

    /// The actor's competences and flags of `analysis` under `articles` and `within`: repealed
    /// provisions are no duty on either side (a duty repealed between two texts is dropped).
    func side(_ analysis: [StatuteAnalysis], articles: Set<String>?) -> (competences: [Competence], flags: [ProvisionFlag]) {
        func inScope(_ eid: String) -> Bool {
            if let within, eid != within, !eid.hasPrefix(within + "__") { return false }
            if let articles, !articles.contains(Self.article(of: eid)) { return false }
            return true
        }
        let competences = analysis.flatMap(\.competences).filter { actor.contains($0.actor) && $0.status != .repealed && inScope($0.eid) }
        let flags = analysis.flatMap(\.flags).filter { $0.status != .repealed && inScope($0.eid) }
        return (competences, flags)
    }

    /// The top provision of an eId: `art_35` of `art_35__para_1__point_4`.
    static func article(of eid: String) -> String {
        eid.components(separatedBy: "__").first ?? eid
    }

    /// The articles (top provisions other than chapters, sections and parts) of `statute`.
    static func articles(of statute: Statute) -> Set<String> {
        var articles = Set<String>()
        statute.walk { provision, _ in
            let top = article(of: provision.eid)
            if !["chp_", "sec_", "part_", "subsec_"].contains(where: top.hasPrefix) { articles.insert(top) }
        }
        return articles
    }

    /// Reads and analyses statute files (the catalog read once); a file that cannot be read is
    /// an error naming it.
    func load(_ paths: String...) throws -> [(statute: Statute, analysis: StatuteAnalysis)] {
        let options = try reading.loadOptions()
        let extractor = CompetenceExtractor(catalog: options.catalog)
        return try paths.map { path in
            do {
                let statute = try StatuteLoader.load(path, options: options).statute
                return (statute, extractor.analyse(statute))
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    func print(_ report: ComparisonReport, sides: ComparisonOutput.Sides) {
        switch format {
        case .text: Output.write(ComparisonOutput.text(report, sides: sides))
        case .md: Output.write(ComparisonOutput.markdown(report, sides: sides))
        case .json: Output.write(ComparisonOutput.json(report, sides: sides))
        }
    }

    /// The scope line: what part of the texts was compared.
    func scope(articles: Set<String>?) -> String? {
        var parts: [String] = []
        if let within { parts.append("under \(within)") }
        if let articles, within == nil {
            let sorted = articles.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            parts.append("the \(sorted.count) article(s) of the excerpt: " + sorted.prefix(8).joined(separator: ", ") + (sorted.count > 8 ? ", …" : ""))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Kuzyret {
    /// `kuzyret coverage BILL`: how much of an actor's indexed competences a bill keeps.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a bill against the competences already in the index.",
            discussion: """
                Reads the bill (any input form), extracts the actor's competences and aligns each indexed \
                competence with them: by eId, then by the similarity of the analysed words. It compares \
                with the indexed edition of the act the bill is an edition of (--act to choose another; \
                all indexed acts when the bill's act is not indexed), in the bill's language (across \
                languages, by eId). A bill given as an excerpt (part_of) is compared article by article. \
                Reports kept, changed (with a word diff), dropped and new competences and the open-ended \
                flags kept, removed and added. Exits 3 when coverage is below --min-coverage.
                """
        )

        @Argument(help: "The bill: HTML, Akoma Ntoso XML or Markdown.")
        var bill: String

        @Option(name: .customLong("min-coverage"), help: "Exit 3 when less than this share (0–1) of the competences is kept or changed.")
        var minCoverage: Double?

        @Option(help: "Compare with this indexed act (adilet id) instead of the bill's own.")
        var act: String?

        @Option(name: .customLong("as-of"), help: "Compare with the indexed edition in force on this date (default: the newest).")
        var asOf: LegalDate?

        @Option(name: [.customLong("db"), .customLong("index")], help: "The index database.")
        var index: String = defaultIndexPath

        @OptionGroup var options: ComparisonOptions

        func validate() throws {
            if let minCoverage, !(0...1).contains(minCoverage) { throw ValidationError("--min-coverage is a share between 0 and 1.") }
        }

        func run() throws {
            let (statute, analysis) = try options.load(bill)[0]
            let search: IndexSearch
            do { search = try IndexSearch(path: index) } catch { throw CLIError("\(error)") }
            let lang = analysis.act.lang
            let target = act ?? analysis.act.id
            var indexed = try search.analyses(act: target, lang: lang, asOf: asOf)
            if indexed.isEmpty { indexed = try search.analyses(act: target, lang: .rus, asOf: asOf) }
            if indexed.isEmpty, act != nil { throw CLIError("\(target) is not in the index \(index)") }
            // A new act: the bill against every indexed act, as a consolidation would be.
            if indexed.isEmpty { indexed = try search.analyses(lang: lang, asOf: asOf) }
            let articles = analysis.act.isPartial ? ComparisonOptions.articles(of: statute) : nil
            let old = options.side(indexed, articles: articles)
            // Nothing to cover is no coverage of 100 %: a drafter's gate must not pass on a typo.
            guard !old.competences.isEmpty else {
                throw CLIError("nothing to compare: the index holds no competence of \(options.actor.name) in "
                    + (indexed.isEmpty ? "\(lang.rawValue) texts" : indexed.map { "\($0.act.id)/\($0.act.lang.rawValue)" }.joined(separator: ", "))
                    + (options.within.map { " under \($0)" } ?? ""))
            }
            let report = CompetenceComparison().compare(
                old: old, new: options.side([analysis], articles: articles), actor: options.actor)
            var scope = options.scope(articles: articles)
            if let other = indexed.first?.act.lang, other != lang {
                scope = [scope, "across languages: the bill is \(lang.rawValue), the index has \(other.rawValue) (aligned by eId)"]
                    .compactMap { $0 }.joined(separator: "; ")
            }
            let sides = ComparisonOutput.Sides(
                old: indexed.map { CompetenceList.Header.describe($0.act) }.joined(separator: "; ") + " (index)",
                new: "\(bill): " + CompetenceList.Header.describe(analysis.act), scope: scope)
            options.print(report, sides: sides)
            if let minCoverage, report.coverage < minCoverage {
                Output.error("kuzyret: coverage \(ComparisonOutput.percent(report.coverage)) is below --min-coverage \(ComparisonOutput.percent(minCoverage))")
                throw ExitCode(3)
            }
        }
    }

    /// `kuzyret diff OLD NEW`: how an actor's competences changed between two editions.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the competences of two editions of an act.",
            discussion: """
                Reads both editions (any input form) and aligns the actor's competences by eId, then by \
                the similarity of their analysed words; reports kept, changed (with a word diff and any \
                status change, e.g. pending → in force), dropped and new competences and the open-ended \
                flags kept, removed and added. A repealed provision is no competence: a duty repealed \
                in NEW is dropped. When either text is an excerpt, only the articles both hold are compared.
                """
        )

        @Argument(help: "The older edition.")
        var old: String

        @Argument(help: "The newer edition.")
        var new: String

        @OptionGroup var options: ComparisonOptions

        func run() throws {
            let texts = try options.load(old, new)
            let (before, after) = (texts[0], texts[1])
            if before.analysis.act.id != after.analysis.act.id {
                Output.error("note: comparing two acts, \(before.analysis.act.id) and \(after.analysis.act.id)")
            }
            var articles: Set<String>?
            if before.analysis.act.isPartial || after.analysis.act.isPartial {
                articles = ComparisonOptions.articles(of: before.statute).intersection(ComparisonOptions.articles(of: after.statute))
            }
            let report = CompetenceComparison().compare(
                old: options.side([before.analysis], articles: articles), new: options.side([after.analysis], articles: articles),
                actor: options.actor)
            let sides = ComparisonOutput.Sides(
                old: "\(old): " + CompetenceList.Header.describe(before.analysis.act), new: "\(new): " + CompetenceList.Header.describe(after.analysis.act),
                scope: options.scope(articles: articles))
            options.print(report, sides: sides)
        }
    }
}
