import Foundation
import KuzyretTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `kuzyret serve` run for real: the built binary on a free loopback port, over an index, its
/// log in a file. The routes are tested through it, as a browser would reach them.
final class LiveServer: @unchecked Sendable {
    let process = Process()
    let base: URL
    let logPath: String

    /// Starts the server on `database` with `arguments` added; waits until it says where it
    /// listens.
    init(database: String, arguments: [String] = []) throws {
        logPath = NSTemporaryDirectory() + "kuzyret-serve-\(UUID().uuidString).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: TestPaths.kuzyretBinary)
        process.arguments = ["serve", "--db", database, "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.packageRoot)
        process.environment = TestPaths.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        var found: URL?
        while found == nil, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let range = log.range(of: #"at (http://[^ ]+/) "#, options: .regularExpression) {
                found = URL(string: String(log[range].dropFirst(3).dropLast()))
            }
        }
        guard let found else {
            process.terminate()
            throw TestSupportError("kuzyret serve did not start: \((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
        }
        base = found
    }

    /// What the server logged so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Stops it with SIGTERM and waits; its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// A GET of `path` (with its query), as the raw response.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return try await send(request)
    }

    /// A POST of a form with one file field `bill` (and `fields`).
    func upload(_ path: String, file: [UInt8], filename: String, fields: [String: String] = [:]) async throws -> Answer {
        let boundary = "kuzyret-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"bill\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8))
        body.append(Data(file))
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try await send(request)
    }

    /// A client that keeps no cookies: each request says what it sends.
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        return URLSession(configuration: configuration)
    }()

    func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await Self.session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw TestSupportError("no HTTP response for \(request)") }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields { headers[String(describing: name).lowercased()] = String(describing: value) }
        return Answer(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    /// A response: status, headers (lower-case names), body.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String

        /// The body as a JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }
}

/// An index of every real statute, built once per test run by the built `kuzyret index`.
enum RealIndex {
    static let path: String = {
        let directory = NSTemporaryDirectory() + "kuzyret-web-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/real.sqlite"
        let built = try? ProcessRun.kuzyret([
            "index", TestPaths.sharedStatutes, "--db", path, "--catalog", TestPaths.sample("catalog.json"),
        ])
        if built?.status != 0 { print("kuzyret index failed: \(built?.stderr ?? "")") }
        return path
    }()
}
