import Foundation
import KuzyretCore
import KuzyretIndex

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

    /// Runs `body` with a connection to the current index; a missing or outdated index is an
    /// ``IndexSearch/QueryError``.
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
        return (try IndexSearch(path: path), borrowedGeneration)
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
