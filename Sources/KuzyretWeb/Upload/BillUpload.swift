import Foundation
import Hummingbird
import KuzyretComparison
import KuzyretCompetence
import KuzyretCore
import KuzyretIndex
import KuzyretReading

/// A bill uploaded to the compare page: written to a private temporary folder under a safe name,
/// read like any statute, compared with the index, and removed; the whole within a time limit.
enum BillUpload {
    /// The upload's file name reduced to letters, digits, `-`, `_` and `.`, without a path.
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "bill.md"
        let kept = String(
            last.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }.map(
                Character.init))
        let trimmed = String(kept.drop { $0 == "." }.prefix(80))
        return trimmed.isEmpty ? "bill.md" : trimmed
    }

    /// Reads the form `request` posts (`bill`, a file; `actor`, a name), within the size limit,
    /// and compares the bill with the index. What is wrong with the form is a ``PageError``.
    static func receive(_ request: Request, pool: IndexPool, configuration: WebConfiguration) async throws -> (
        ComparisonReport, ActorSelection
    ) {
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType) else {
            throw PageError.badRequest("send the bill as a form upload (multipart/form-data)")
        }
        let tooLarge = PageError(
            status: .contentTooLarge, message: "the upload is larger than \(configuration.maxUploadBytes / 1_048_576) MB")
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: configuration.maxUploadBytes + 64 * 1024)
        } catch {
            throw tooLarge
        }
        let form: MultipartForm
        do { form = try MultipartForm(body: Array(buffer: body), boundary: boundary) } catch { throw PageError.badRequest("\(error)") }
        guard let bill = form["bill"], !bill.data.isEmpty else {
            throw PageError.badRequest("choose a file to upload (the form field bill)")
        }
        guard bill.data.count <= configuration.maxUploadBytes else { throw tooLarge }
        var actor = ActorSelection.aulAkim
        if let part = form["actor"] {
            let name = String(decoding: part.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let chosen = ActorSelection(name: name) else { throw PageError.badRequest("no actor \(name)") }
            actor = chosen
        }
        let name = safeName(bill.filename ?? "bill.md")
        return (try await compare(bill.data, name: name, actor: actor, pool: pool, seconds: configuration.uploadSeconds), actor)
    }

    /// Comparisons running now, at most ``maxRunning``: a reader cannot be stopped halfway, so
    /// one that overran its time goes on in the background and still counts.
    static let running = RunningCount()
    static let maxRunning = 2

    /// The coverage of the uploaded `data` for `actor` against the index. The answer comes in at
    /// most `seconds` (else a 408), and a comparison is refused (503) while ``maxRunning`` run.
    static func compare(_ data: [UInt8], name: String, actor: ActorSelection, pool: IndexPool, seconds: Double) async throws
        -> ComparisonReport
    {
        guard running.enter(limit: maxRunning) else {
            throw PageError(status: .serviceUnavailable, message: "other comparisons are running; try again in a minute")
        }
        return try await withCheckedThrowingContinuation { continuation in
            let answer = FirstAnswer(continuation)
            DispatchQueue.global().async {
                defer { running.leave() }
                answer.give(Result { try Self.compareNow(data, name: name, actor: actor, pool: pool) })
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                answer.give(.failure(PageError(status: .requestTimeout, message: "the comparison took longer than \(Int(seconds)) s")))
            }
        }
    }

    static func compareNow(_ data: [UInt8], name: String, actor: ActorSelection, pool: IndexPool) throws -> ComparisonReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(data).write(to: URL(fileURLWithPath: path))
        var options = LoadOptions()
        options.maxBytes = data.count + 1
        options.catalog = pool.catalog
        let statute: Statute
        do {
            statute = try StatuteLoader.load(path, options: options).statute
        } catch {
            throw PageError.badRequest("\(name): \(Self.describe(error, folder: folder.path))")
        }
        let analysis = CompetenceExtractor(catalog: options.catalog).analyse(statute)
        do {
            return try pool.with { try $0.coverage(of: (statute, analysis, name), actor: actor) }
        } catch let error as IndexSearch.QueryError {
            // The index's place on the server is none of the page's business.
            throw PageError.badRequest(error.description.replacingOccurrences(of: " " + pool.path, with: ""))
        }
    }

    /// An error's message without the private folder's path.
    static func describe(_ error: any Error, folder: String) -> String {
        "\(error)".replacingOccurrences(of: folder + "/", with: "")
    }
}

/// A count of running jobs with a limit.
final class RunningCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more job unless `limit` run already.
    func enter(limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() { lock.withLock { count -= 1 } }
}

/// A continuation resumed by the first of several answers (the work, or its deadline).
final class FirstAnswer<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?

    init(_ continuation: CheckedContinuation<Value, any Error>) { self.continuation = continuation }

    func give(_ result: Result<Value, any Error>) {
        let waiting: CheckedContinuation<Value, any Error>? = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
