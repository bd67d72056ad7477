import Foundation
import Hummingbird
import HummingbirdCore
import KuzyretCore
import Logging
import NIOCore

/// `kuzyret serve`: the pages and the API over one index, on Hummingbird 2.
///
/// It reads the index through a pool of read-only connections (``IndexPool``), so `kuzyret
/// index` can rebuild it meanwhile; it logs one line per request (``RequestLog``), answers every
/// error with a page or JSON (``ErrorResponses``), and stops cleanly on SIGINT or SIGTERM.
public struct WebServer: Sendable {
    public let configuration: WebConfiguration
    let pool: IndexPool

    /// A server for `configuration`; `catalog` reads uploaded bills as the index read its acts.
    public init(configuration: WebConfiguration, catalog: ActCatalog = .empty) {
        self.configuration = configuration
        self.pool = IndexPool(path: configuration.database, catalog: catalog)
    }

    /// The router: middlewares first (the log outermost, so it sees the error pages' statuses).
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLog())
        router.add(middleware: ErrorResponses())
        let answers = Answers(pool: pool)
        WebController(answers: answers, configuration: configuration).addRoutes(to: router)
        APIController(answers: answers, configuration: configuration).addRoutes(to: router)
        return router
    }

    /// Serves until SIGINT or SIGTERM. `onRunning` gets the address it listens on (with the
    /// port the system chose for port 0) once it accepts connections.
    public func run(logger: Logger, onRunning: @escaping @Sendable (String) -> Void) async throws {
        // A check before binding: a missing or outdated index is said at once, not on the first page.
        _ = try pool.with { try $0.acts() }
        let host = configuration.host
        let server = HTTPServerBuilder.http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.uploadSeconds) + 10)))
        let app = Application(
            router: router(), server: server,
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "Kuzyret"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let shown = host.contains(":") ? "[\(host)]" : host
                onRunning("http://\(shown):\(port)/")
            },
            logger: logger)
        try await app.runService()
    }
}
