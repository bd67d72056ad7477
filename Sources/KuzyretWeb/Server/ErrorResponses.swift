import Hummingbird
import KuzyretExport
import KuzyretIndex
import Logging

/// Turns what a handler throws into a clear answer: an error page, or `{"error":{"status",
/// "message"}}` under `/api/`. A ``PageError`` keeps its status and message; a route that does
/// not exist is a 404; an index that cannot be opened is a 503 that says so (its path and
/// reason go to the log). Anything else is
/// logged and shown as a short 500: no stack trace or SQL reaches a page.
struct ErrorResponses<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return Self.response(request, error)
        } catch let error as HTTPError {
            let message =
                switch error.status {
                case .notFound: "no page \(request.uri.path)"
                case .methodNotAllowed: "\(request.method) is not allowed here"
                default: error.status.reasonPhrase
                }
            return Self.response(request, PageError(status: error.status, message: message))
        } catch let error as IndexUnavailable {
            context.logger.error("index: \(error.description)")
            return Self.response(
                request, PageError(status: .serviceUnavailable, message: "the index cannot be read now; try again shortly"))
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(String(reflecting: error))")
            return Self.response(
                request, PageError(status: .internalServerError, message: "something went wrong on the server; it is logged"))
        }
    }

    /// The answer for `error`: JSON under `/api/`, else an error page.
    static func response(_ request: Request, _ error: PageError) -> Response {
        guard request.uri.path.hasPrefix("/api/") else { return Site.errorPage(request, error) }
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("error")
        writer.beginObject()
        writer.field("status", error.status.code)
        writer.field("message", error.message)
        writer.endObject()
        writer.endObject()
        writer.newline()
        return Responses.json(writer.text, status: error.status)
    }
}
