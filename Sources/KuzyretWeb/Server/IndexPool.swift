import Foundation
import KuzyretCore
import KuzyretIndex
import NIOPosix

/// Read-only connections to the index for the server's requests.
///
/// Each request borrows one ``IndexSearch`` (its own SQLite connection) and gives it back, so
/// requests read in parallel. Before lending, the pool looks at the file the index path names:
/// when `kuzyret index` has renamed a new build over it, the pool starts a new generation and
/// lends only connections to the new file; connections to the old one finish their request on
/// the old file (SQLite keeps it open) and are then closed. No request sees half of either index.
public final class IndexPool: @unchecked Sendable {
    /// The index file.
    public let path: String
    /// The act catalog uploads are read with.
    public let catalog: ActCatalog
    private let lock = NSLock()
    private var identity: FileIdentity?
    private var idle: [IndexSearch] = []
    private var generation = 0
    /// Connections kept idle at most.
    private let capacity: Int
    /// Answers remembered for the current index file (``remembered(_:_:)``), and its generation.
    private var memos: [String: any Sendable] = [:]
    private var memoGeneration = 0
    /// Answers remembered at most.
    static let memoCapacity = 16

    struct FileIdentity: Equatable {
        var inode: UInt64
        var modified: Double
        var size: UInt64
    }

    /// A pool over the index at `path`.
    public init(path: String, catalog: ActCatalog = .empty, capacity: Int = 8) {
        self.path = path
        self.catalog = catalog
        self.capacity = capacity
    }

    /// Runs `body` with a connection to the current index on NIO's thread pool, so SQLite's
    /// blocking reads never hold the threads that serve connections. An index that cannot be
    /// opened is ``IndexUnavailable``.
    public func read<T: Sendable>(_ body: @escaping @Sendable (IndexSearch) throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive { try self.with(body) }
    }

    /// `body`'s answer for `key`, computed once per index file on NIO's thread pool and then
    /// remembered (a history costs a second; its page is asked again and again). A rebuilt
    /// index forgets every answer; at most ``memoCapacity`` are kept.
    public func remembered<T: Sendable>(_ key: String, _ body: @escaping @Sendable (IndexSearch) throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive {
            let (search, borrowedGeneration) = try self.borrow()
            defer { self.giveBack(search, generation: borrowedGeneration) }
            self.lock.lock()
            if self.memoGeneration != borrowedGeneration {
                self.memos.removeAll()
                self.memoGeneration = borrowedGeneration
            }
            let known = self.memos[key] as? T
            self.lock.unlock()
            if let known { return known }
            let answer = try body(search)
            self.lock.lock()
            if self.memoGeneration == borrowedGeneration {
                if self.memos.count >= Self.memoCapacity { self.memos.removeAll() }
                self.memos[key] = answer
            }
            self.lock.unlock()
            return answer
        }
    }

    /// Runs `body` with a connection to the current index, on this thread.
    public func with<T>(_ body: (IndexSearch) throws -> T) throws -> T {
        let (search, borrowedGeneration) = try borrow()
        defer { giveBack(search, generation: borrowedGeneration) }
        return try body(search)
    }

    private func borrow() throws -> (IndexSearch, Int) {
        let current = Self.identity(of: path)
        lock.lock()
        if current != identity {
            identity = current
            idle.removeAll()
            generation += 1
        }
        let borrowedGeneration = generation
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return (reused, borrowedGeneration) }
        do {
            return (try IndexSearch(path: path), borrowedGeneration)
        } catch {
            throw IndexUnavailable(description: "\(error)")
        }
    }

    private func giveBack(_ search: IndexSearch, generation borrowed: Int) {
        lock.lock()
        defer { lock.unlock() }
        if borrowed == generation && idle.count < capacity { idle.append(search) }
    }

    static func identity(of path: String) -> FileIdentity? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return FileIdentity(
            inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
            modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
            size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0)
    }
}

/// The index cannot be opened (missing, outdated, unreadable): the server answers 503 and logs
/// this description; the page does not show it.
public struct IndexUnavailable: Error, CustomStringConvertible {
    public var description: String
}
