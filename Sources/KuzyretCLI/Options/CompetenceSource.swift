import ArgumentParser
import Foundation
import KuzyretCompetence
import KuzyretCore
import KuzyretIndex
import KuzyretReading

/// Where `competences` and `flags` read from: the index (built by `kuzyret index`), or statute
/// files given with `--from`.
struct CompetenceSource: ParsableArguments {
    @Option(name: .customLong("from"), parsing: .upToNextOption, help: "Read these statute files instead of the index.")
    var files: [String] = []

    @OptionGroup var index: IndexOptions

    @Option(help: "Only this act (adilet id, e.g. Z010000148_).")
    var act: String?

    @Option(help: "Only this language: rus, kaz or eng (from the index: rus unless given).")
    var lang: Language?

    @OptionGroup var reading: ReadingOptions

    /// The analyses that answer for `date`, and what they rest on (``DatedScope``).
    ///
    /// From the index: for each act and language, the newest edition dated on or before the
    /// date, acts not in force then left out, older editions corrected by later ones' notes.
    /// From files given with `--from`: the same choice among the files (several files of one
    /// edition all answer), exiting 1 after reporting any file that could not be read.
    func analyses(on date: LegalDate) throws -> DatedAnalyses {
        guard !files.isEmpty else {
            do {
                return try index.open().analyses(act: act, lang: lang ?? .rus, on: date)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("\(index.path): cannot read the index: \(error)")
            }
        }
        let options = try reading.loadOptions()
        let extractor = CompetenceExtractor(catalog: options.catalog)
        var read: [(statute: Statute, analysis: StatuteAnalysis)] = []
        var failures = 0
        OrderedParallelMap.run(files, workers: ProcessInfo.processInfo.activeProcessorCount) {
            path -> Result<(Statute, StatuteAnalysis), StatuteError> in
            do {
                let loaded = try StatuteLoader.load(path, options: options)
                return .success((loaded.statute, extractor.analyse(loaded.statute)))
            } catch let error as StatuteError {
                return .failure(error)
            } catch {
                return .failure(.unreadable(path: path, reason: "\(error)"))
            }
        } consume: { _, result in
            switch result {
            case .success(let (statute, analysis)):
                if let act, analysis.act.id != act { return }
                if let lang, analysis.act.lang != lang { return }
                read.append((statute, analysis))
            case .failure(let error):
                Output.error("error: \(error)")
                failures += 1
            }
        }
        if failures > 0 { throw CLIError("\(failures) of \(files.count) file(s) could not be read") }
        return Self.dated(read, on: date)
    }

    /// The texts of `read` that answer for `date`, corrected by the later ones' notes.
    static func dated(_ read: [(statute: Statute, analysis: StatuteAnalysis)], on date: LegalDate) -> DatedAnalyses {
        let (used, leftOut, readBack) = DatedScope.choose(read.map(\.analysis.act), on: date)
        var scope = DatedScope(date: date, editions: used.map { read[$0].analysis.act }, leftOut: leftOut)
        scope.readBack = readBack.map { read[$0].analysis.act }
        let supplements = DatedScope.supplements(for: used, among: read.map(\.analysis.act), on: date) { index in
            Set(read[index].statute.allProvisions.map { EId($0.eid).top.description })
        }
        var analyses: [StatuteAnalysis] = []
        for (index, only) in used.map({ ($0, Set<String>?.none) }) + supplements.map({ ($0.text, Optional($0.articles)) }) {
            let text = read[index].statute
            let later = read.filter { $0.statute.act.id == text.act.id && $0.statute.act.lang == text.act.lang }.map {
                (edition: $0.statute.act.edition, events: AmendmentReader.events(in: $0.statute))
            }
            let corrections = DatedScope.corrections(
                of: text.act, status: { text.provision(eid: $0)?.status }, later: later, on: date)
            scope.corrections += corrections
            var analysis = read[index].analysis.corrected(by: corrections, on: date)
            if let only {
                analysis.competences.removeAll { !only.contains(EId($0.eid).top.description) }
                analysis.flags.removeAll { !only.contains(EId($0.eid).top.description) }
                scope.supplements.append(DatedScope.Supplement(act: text.act, articles: only.sorted()))
            }
            analyses.append(analysis)
        }
        return DatedAnalyses(scope: scope, analyses: analyses)
    }
}
