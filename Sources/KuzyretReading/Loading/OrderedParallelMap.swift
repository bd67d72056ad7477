import Dispatch

/// Maps inputs on several threads and hands the results back in input order, holding at most
/// a window of results at a time (so memory follows the window, not the number of inputs).
///
/// Statutes are independent of each other, so reading them uses both cores of a small machine;
/// the caller still writes its output in the order the user gave the files.
public enum OrderedParallelMap {
    /// Transforms `inputs` with `transform` on up to `workers` threads, `window` inputs at a
    /// time, and calls `consume` with each input and its result in input order.
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int, window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Input, Output) throws -> Void
    ) rethrows {
        let workers = max(1, workers)
        guard workers > 1, inputs.count > 1 else {
            for input in inputs { try consume(input, transform(input)) }
            return
        }
        let size = max(workers, window ?? workers * 2)
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(start + size, inputs.count)])
            let results = ResultSlots<Output>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                results.set(index, transform(batch[index]))
            }
            for (index, input) in batch.enumerated() { try consume(input, results.take(index)) }
            start += batch.count
        }
    }
}

/// Slots written once each by concurrent workers, read after they have all finished.
private final class ResultSlots<Output>: @unchecked Sendable {
    // Each slot is written by exactly one iteration of `concurrentPerform` and read only after it
    // returns, so no two threads touch one slot and the reads see every write. The storage is a
    // raw buffer, not an array property, so the writes need no exclusive access to the object.
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Output) { slots[index] = value }

    func take(_ index: Int) -> Output {
        defer { slots[index] = nil }
        return slots[index]!
    }
}
