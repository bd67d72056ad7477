import Foundation
import Testing

@testable import KuzyretReading

/// Counts results made and not yet consumed, from both sides of the pipeline.
private final class Outstanding: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var most = 0

    func made() {
        lock.lock()
        current += 1
        most = max(most, current)
        lock.unlock()
    }

    func consumed() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}

private struct Stop: Error {}

@Suite("OrderedParallelMap: a pipeline that keeps input order")
struct OrderedParallelMapTests {
    @Test("Results come back in input order, each once, whatever order the workers finish in")
    func order() {
        let inputs = Array(0..<200)
        var seen: [Int] = []
        OrderedParallelMap.run(inputs, workers: 3) { value -> Int in
            if value % 7 == 0 { usleep(200) }  // some inputs take longer than their successors
            return value * value
        } consume: { input, output in
            #expect(output == input * input)
            seen.append(input)
        }
        #expect(seen == inputs)
    }

    @Test("No more than the window of results is made ahead of the consumer")
    func window() {
        let outstanding = Outstanding()
        OrderedParallelMap.run(Array(0..<100), workers: 2, window: 4) { value -> Int in
            outstanding.made()
            return value
        } consume: { _, _ in
            usleep(100)  // a slow consumer: the workers must wait for it
            outstanding.consumed()
        }
        #expect(outstanding.most <= 4 + 1)  // the window, and the one in the consumer's hands
        #expect(outstanding.most >= 1)
    }

    @Test("An error from the consumer stops the pipeline and is rethrown")
    func stops() {
        var consumed = 0
        #expect(throws: Stop.self) {
            try OrderedParallelMap.run(Array(0..<1000), workers: 2, window: 4) {
                $0
            } consume: { input, _ in
                consumed += 1
                if input == 10 { throw Stop() }
            }
        }
        #expect(consumed == 11)
    }
}
