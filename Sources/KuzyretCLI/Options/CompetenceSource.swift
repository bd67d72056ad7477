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

    /// The analyses to list: from the index, one edition per act and language (the newest, or
    /// the newest published by `asOf`); or of every file given with `--from`, in the order given,
    /// exiting 1 after reporting any file that could not be read.
    func analyses(asOf: LegalDate? = nil) throws -> [StatuteAnalysis] {
        guard !files.isEmpty else {
            do {
                return try index.open().analyses(act: act, lang: lang ?? .rus, asOf: asOf)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("\(index.path): cannot read the index: \(error)")
            }
        }
        let options = try reading.loadOptions()
        let extractor = CompetenceExtractor(catalog: options.catalog)
        var results: [StatuteAnalysis] = []
        var failures = 0
        OrderedParallelMap.run(files, workers: ProcessInfo.processInfo.activeProcessorCount) {
            path -> Result<StatuteAnalysis, StatuteError> in
            do {
                let loaded = try StatuteLoader.load(path, options: options)
                return .success(extractor.analyse(loaded.statute))
            } catch let error as StatuteError {
                return .failure(error)
            } catch {
                return .failure(.unreadable(path: path, reason: "\(error)"))
            }
        } consume: { _, result in
            switch result {
            case .success(let analysis):
                if let act, analysis.act.id != act { return }
                if let lang, analysis.act.lang != lang { return }
                results.append(analysis)
            case .failure(let error):
                Output.error("error: \(error)")
                failures += 1
            }
        }
        if failures > 0 { throw CLIError("\(failures) of \(files.count) file(s) could not be read") }
        return results
    }
}
