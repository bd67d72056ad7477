/// An error the command line reports as one line, `error: …` on standard error, with its exit
/// status (DESIGN.md §11): 1 a failure (a file that could not be read, a failed build), 2 a
/// malformed search query, 3 coverage below `--min-coverage`.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    let status: Int32

    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }

    var description: String { message }

    /// A malformed query: exit status 2.
    static func query(_ message: String) -> CLIError { CLIError(message, status: 2) }
}
