import ArgumentParser
import Foundation
import KuzyretCore
import KuzyretReading

/// Options shared by every command that reads statute files.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: "The act catalog (default: Statutes/catalog.json when present).")
    var catalogPath: String?

    @Option(help: "Refuse statute files larger than this many megabytes.")
    var maxSize: Int = 100

    @Option(help: "Force a character encoding for HTML or Markdown input (e.g. windows-1251).")
    var encoding: String?

    @Flag(help: "Read an index file of a split act alone, without joining its parts.")
    var noJoin = false

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of megabytes.") }
    }

    /// The loader options these flags describe.
    func loadOptions() throws -> LoadOptions {
        var options = LoadOptions()
        options.maxBytes = maxSize * 1_048_576
        options.encoding = encoding
        options.joinParts = !noJoin
        options.catalog = try Self.catalog(at: catalogPath)
        return options
    }

    static func catalog(at path: String?) throws -> ActCatalog {
        let candidate = path ?? ProcessInfo.processInfo.environment["KUZYRET_CATALOG"] ?? "Statutes/catalog.json"
        guard FileManager.default.fileExists(atPath: candidate) else {
            if path != nil { throw CLIError("\(candidate): no such catalog file") }
            return .empty
        }
        do {
            return try ActCatalog.load(from: URL(fileURLWithPath: candidate))
        } catch {
            throw CLIError("\(candidate): not a valid catalog: \(error)")
        }
    }
}
