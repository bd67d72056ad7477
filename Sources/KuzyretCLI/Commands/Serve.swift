import ArgumentParser
import Foundation
import KuzyretIndex
import KuzyretWeb
import Logging

extension Kuzyret {
    /// `kuzyret serve`: the web interface over the index.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the index to a browser: search, acts, provisions, competence lists, flags, comparisons, and their JSON.",
            discussion: """
                Pages are rendered on the server and work without JavaScript; /api/… answers the same \
                in JSON (described at /api/openapi.yaml). It binds 127.0.0.1 unless --host says \
                otherwise. `kuzyret index` may rebuild the index meanwhile: the server reads the new \
                one from its next request. One log line per request goes to standard error; SIGINT or \
                SIGTERM stops it cleanly.
                """
        )

        @OptionGroup var index: IndexOptions

        @Option(help: "The address to listen on. Anything but 127.0.0.1, ::1 or localhost opens the server to other machines.")
        var host = "127.0.0.1"

        @Option(help: "The port (0: any free port; the server prints the one it got).")
        var port = 8080

        @Option(
            name: .customLong("catalog"),
            help: "The act catalog uploaded bills are read with (default: Statutes/catalog.json when present).")
        var catalogPath: String?

        @Option(help: "The largest bill accepted on the compare page, in megabytes.")
        var maxUpload = 5

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port is between 0 and 65535.") }
            guard (1...100).contains(maxUpload) else { throw ValidationError("--max-upload is between 1 and 100 megabytes.") }
        }

        func run() async throws {
            _ = try index.open()
            let configuration = WebConfiguration(host: host, port: port, database: index.path, maxUploadBytes: maxUpload * 1_048_576)
            if !configuration.isLoopback {
                Output.error("warning: listening on \(host): other machines can reach this server; it has no authentication")
            }
            var logger = Logger(label: "kuzyret")
            logger.logLevel = .info
            let server = WebServer(configuration: configuration, catalog: try ReadingOptions.catalog(at: catalogPath))
            do {
                try await server.run(logger: logger) { address in
                    Output.error("kuzyret serves \(index.path) at \(address) (Ctrl-C stops it)")
                }
            } catch let error as IndexUnavailable {
                throw CLIError(error.description)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("cannot serve on \(host):\(port): \(error)")
            }
        }
    }
}
