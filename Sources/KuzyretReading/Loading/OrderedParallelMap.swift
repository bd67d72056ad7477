import Dispatch
import Foundation

/// Maps inputs on several threads and hands the results back in input order, holding at most
/// a window of results at a time (so memory follows the window, not the number of inputs).
///
/// A pipeline: `workers` threads transform inputs while the calling thread consumes the results
/// already made, in order. Statutes are independent of each other, so reading them uses both cores
/// of a small machine while the caller writes its output (the index, or JSON lines) in the order
/// the user gave the files.
public enum OrderedParallelMap {
    /// Transforms `inputs` with `transform` on up to `workers` threads and calls `consume` on the
    /// calling thread with each input and its result in input order. At most `window` results
    /// (default: twice the workers) are made and not yet consumed. When `consume` throws, no new
    /// input is started, the ones under way finish, and the error is rethrown.
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int, window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Input, Output) throws -> Void
    ) rethrows {
        let workers = max(1, min(workers, inputs.count))
        guard workers > 1 else {
            for input in inputs { try consume(input, transform(input)) }
            return
        }
        let pipeline = Pipeline<Output>(count: inputs.count, window: max(workers, window ?? workers * 2))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = pipeline.nextInput() {
                    pipeline.deliver(index, transform(inputs[index]))
                }
            }
        }
        defer {
            pipeline.cancel()
            group.wait()
        }
        for index in inputs.indices {
            try consume(inputs[index], pipeline.take(index))
        }
    }
}

/// The shared state of ``OrderedParallelMap/run(_:workers:window:transform:consume:)``: which
/// input is next, the results made and not yet taken, and a condition both sides wait on.
private final class Pipeline<Output>: @unchecked Sendable {
    // Every field is read and written with `condition` locked.
    private let condition = NSCondition()
    private var results: [Int: Output] = [:]
    private var next = 0
    private var taken = 0
    private var cancelled = false
    private let count: Int
    private let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next input to transform, waiting while the window is full; nil when there is none.
    func nextInput() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, next < count, next - taken >= window { condition.wait() }
        guard !cancelled, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The result for `index`, waiting until it is made.
    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
