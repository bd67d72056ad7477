import ArgumentParser
import KuzyretIndex

/// `--db PATH` (also `--index`): the index every command that reads or writes one takes.
struct IndexOptions: ParsableArguments {
    /// Where the index lives unless `--db` says otherwise.
    static let defaultPath = "Index/kuzyret.sqlite"

    @Option(name: [.customLong("db"), .customLong("index")], help: "The index database (default: Index/kuzyret.sqlite).")
    var path: String = IndexOptions.defaultPath

    /// The index opened for reading; a missing or outdated index is a clear error.
    func open() throws -> IndexSearch {
        do {
            return try IndexSearch(path: path)
        } catch let error as IndexSearch.QueryError {
            throw CLIError(error.description)
        } catch {
            throw CLIError("\(path): cannot read the index: \(error)")
        }
    }
}
