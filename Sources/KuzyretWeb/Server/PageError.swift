import Hummingbird

/// What a request can get wrong, shown as an error page (or a JSON error on `/api/`) with its
/// status: an unknown act, provision or actor (404), a bad query or upload (400, 413), a slow
/// upload (408). Nothing else reaches a page: other errors are logged and shown as a short 500.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String

    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, message: message) }
    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, message: message) }
}
