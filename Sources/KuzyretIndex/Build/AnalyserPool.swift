import Foundation
import KuzyretAnalysis

/// Text analysers lent to the threads that prepare statutes: an analyser holds Snowball's C
/// state and a memo of words, so it serves one thread at a time, and is kept for the next
/// statute instead of being made again (its memo is what makes analysis cheap).
final class AnalyserPool: @unchecked Sendable {
    /// The pool of this process.
    static let shared = AnalyserPool()

    // Read and written with `lock` held.
    private let lock = NSLock()
    private var idle: [TextAnalyzer] = []

    /// Runs `body` with an analyser no other thread is using.
    func with<Result>(_ body: (TextAnalyzer) -> Result) -> Result {
        let analyser = lock.withLock { idle.popLast() } ?? TextAnalyzer()
        defer { lock.withLock { idle.append(analyser) } }
        return body(analyser)
    }
}
