import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore
import KuzyretReading

/// Builds the index from statute files (DESIGN.md §9): atomic and incremental.
///
/// A first build (or one over an index made by another kuzyret) writes a new file beside the old
/// one (`kuzyret.sqlite.building`), without a journal, and renames it over the old one only when
/// every file is in. A later build changes the index in place, in one transaction written ahead
/// to a WAL: a failed or killed build leaves the previous index answering as before, and the
/// cost follows what changed, not the size of the index. Files whose size and time, or else
/// content hash, have not changed since the last build are not read again; a changed file
/// replaces its act's rows; acts whose files are no longer given leave.
/// Statutes are read and analysed on every core while the calling thread writes.
public struct IndexBuilder: Sendable {
    /// What a build did.
    public struct Summary: Sendable {
        /// Acts (act, language, edition) in the index after the build.
        public var acts = 0
        /// Files read and written in this build.
        public var written = 0
        /// Acts skipped because their files had not changed.
        public var unchanged = 0
        /// Rows in the index after the build.
        public var provisions = 0
        public var competences = 0
        public var flags = 0
        /// Files that could not be read, with the reason; they are skipped.
        public var errors: [String] = []
    }

    let options: LoadOptions
    /// How many distinct terms the ranking figures gather before they are written
    /// (``TermCollector/flushIfLarge(into:)``).
    var flushTerms = TermCollector.defaultFlushTerms
    /// What makes the rows: this kuzyret executable and the catalog it reads with. An index made
    /// by another (an upgraded kuzyret, whose readers find more; an edited catalog, with other
    /// titles or acts' lives) is built again from nothing, not kept act by act.
    let identity: String

    /// A builder reading files with `options` (encoding, size limit, catalog).
    public init(options: LoadOptions = LoadOptions()) {
        self.options = options
        identity = Self.identity(catalog: options.catalog)
    }

    /// `kuzyret SIZE-MTIME catalog FNV`: the running executable's size and time, and a hash of
    /// the catalog's entries.
    static func identity(catalog: ActCatalog) -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = Int64(((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (try? encoder.encode(catalog.entries)) ?? Data() {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return "kuzyret \(size)-\(modified) catalog \(String(hash, radix: 16))"
    }

    /// The statute files under `paths` (files as given; directories walked), sorted.
    public static func statuteFiles(under paths: [String]) -> [String] {
        let extensions: Set<String> = ["html", "htm", "xml", "akn", "md"]
        let skipped: Set<String> = ["readme.md", "sources.md", "changelog.md"]
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(path)
                continue
            }
            if !isDirectory.boolValue {
                result.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()),
                    !skipped.contains(name.lowercased())
                else { continue }
                result.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return Array(Set(result)).sorted()
    }

    /// The size and modification time of each of `files` (`size:seconds.nanoseconds`, one line
    /// each), or nil when one is missing. As in git's index, an unchanged stamp means an unchanged
    /// file without reading it; a changed stamp sends the build to the content hash.
    static func stamps(of files: [String]) -> String? {
        var lines: [String] = []
        for file in files {
            var info = stat()
            guard stat(file, &info) == 0 else { return nil }
            lines.append("\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return lines.joined(separator: "\n")
    }

    /// A content hash of `files` (FNV-1a, 64 bits, over their bytes in order): enough to tell a
    /// changed file, not a cryptographic digest.
    static func hash(of files: [String]) -> String? {
        var hash = ContentHash()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            data.withUnsafeBytes { hash.add(file: $0) }
        }
        return hash.text
    }

    /// One statute read and analysed on a worker: its records and the files it was read from,
    /// with their stamps and content hash (taken on the worker, not on the writing thread).
    struct Prepared: Sendable {
        var records: IndexRecords
        var files: [String]
        var stamps: String
        var hash: String
        var partial: Bool
        /// Provisions in the text: of two excerpts of one edition, the longer one leads.
        var size: Int
    }

    /// Reads, analyses and turns into records the statute at `path`.
    static func prepare(_ path: String, options: LoadOptions, extractor: CompetenceExtractor) -> Result<Prepared, StatuteError> {
        do {
            let loaded = try StatuteLoader.load(path, options: options)
            // The loader hashed the bytes it read; only a statute joined from parts is hashed here.
            guard let stamps = stamps(of: loaded.files), let hash = loaded.contentHash ?? hash(of: loaded.files) else {
                return .failure(.unreadable(path: path, reason: "changed or removed while indexing"))
            }
            // One cut of each text serves the analysis and the search terms.
            let words = WordMemo()
            let analysis = extractor.analyse(loaded.statute, words: words)
            let records = AnalyserPool.shared.with { analyser in
                IndexRecords(statute: loaded.statute, analysis: analysis, words: words, analyser: analyser)
            }
            return .success(
                Prepared(
                    records: records, files: loaded.files, stamps: stamps, hash: hash, partial: loaded.statute.act.isPartial,
                    size: records.provisions.count))
        } catch {
            return .failure(error)
        }
    }

    /// Builds `database` from the statutes under `paths`. `progress` is called with (done, total).
    ///
    /// Workers read and analyse the files while this thread writes each act as soon as its turn
    /// comes, so memory holds a few statutes, not the corpus. An act given by several excerpts of
    /// one edition, or joined by a kept act's edition, is written once when it is first seen and
    /// written again, merged, at the end.
    public func build(paths: [String], database: String, progress: ((Int, Int) -> Void)? = nil) throws -> Summary {
        let files = Self.statuteFiles(under: paths)
        let manager = FileManager.default
        // Nothing changed: the index stays as it is, not even copied.
        if manager.fileExists(atPath: database), let summary = Self.unchangedSummary(of: database, files: files, identity: identity) {
            return summary
        }
        let building = database + ".building"
        try? manager.removeItem(atPath: building)
        let directory = (database as NSString).deletingLastPathComponent
        if !directory.isEmpty { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        // An index made by this kuzyret is changed in place; one made by another lacks figures
        // its rows would need (or holds rows another reader made): it is built again.
        let inPlace = manager.fileExists(atPath: database) && Self.isCurrent(database, identity: identity)
        let target = inPlace ? database : building
        var summary = Summary()
        do {
            var configuration = IndexSchema.configuration()
            // Readers (a running `kuzyret serve`) hold short read locks: the build waits for them
            // to go to WAL and back, instead of failing.
            configuration.busyMode = .timeout(30)
            let queue = try DatabaseQueue(path: target, configuration: configuration)
            try IndexSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                if inPlace {
                    // The change is one transaction in the WAL: readers see the old index until
                    // it commits, and a killed build's frames are never read.
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                } else {
                    // A new file needs no journal: on any failure it is thrown away, and the
                    // old index is replaced only by the rename below.
                    try db.execute(sql: "PRAGMA journal_mode = OFF")
                    try db.execute(sql: "PRAGMA synchronous = OFF")
                }
            }
            try queue.write { db in
                let collector = TermCollector.attach(to: db)
                collector.flushTerms = flushTerms
                defer { TermCollector.detach(from: db) }
                try write(files: files, into: db, summary: &summary, progress: progress)
                try collector.flush(into: db)
                try IndexSchema.markNewestEditions(in: db)
                try db.execute(sql: "DELETE FROM build_identity")
                try db.execute(sql: "INSERT INTO build_identity (value) VALUES (?)", arguments: [identity])
            }
            try queue.read { db in
                summary.acts = try Int.fetchOne(db, sql: "SELECT count(*) FROM act") ?? 0
                summary.provisions = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision") ?? 0
                summary.competences = try Int.fetchOne(db, sql: "SELECT count(*) FROM competence") ?? 0
                summary.flags = try Int.fetchOne(db, sql: "SELECT count(*) FROM flag") ?? 0
            }
            if inPlace {
                // Committed: the WAL goes back into the file, which readers then open without it
                // (when readers keep it busy, the index stays in WAL mode, as valid).
                try? queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
                try queue.close()
                // A new modification time tells readers that watch the file (the server's pool)
                // that the index changed, even when the change stayed in the WAL.
                utimes(database, nil)
                return summary
            }
            try queue.close()
            try Self.flush(building)
        } catch {
            if !inPlace { try? manager.removeItem(atPath: building) }
            throw error
        }
        // The atomic step: rename(2) replaces the old index in one move.
        guard rename(building, database) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: database])
        }
        return summary
    }

    /// The index at `database` opened read-only, when it has every table this kuzyret writes;
    /// nil when it is missing, unreadable or made by an older kuzyret.
    static func currentIndex(_ database: String) -> DatabaseQueue? {
        var configuration = IndexSchema.configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: database, configuration: configuration) else { return nil }
        guard (try? queue.read({ try IndexSchema.migrator.hasCompletedMigrations($0) })) == true else {
            try? queue.close()
            return nil
        }
        return queue
    }

    /// Whether the index at `database` has every table this kuzyret writes and was made by
    /// `identity` (``identity(catalog:)``).
    static func isCurrent(_ database: String, identity: String) -> Bool {
        guard let queue = currentIndex(database) else { return false }
        defer { try? queue.close() }
        return (try? queue.read { try String.fetchOne($0, sql: "SELECT value FROM build_identity") }) == identity
    }

    /// The summary of the index at `database` when a build from `files` would change nothing:
    /// every act row's files are given and unchanged by size and time, and every file given
    /// belongs to an act row. Nil otherwise (or when the index cannot be read as it is).
    static func unchangedSummary(of database: String, files: [String], identity: String) -> Summary? {
        guard let queue = currentIndex(database) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db -> Summary? in
            guard try String.fetchOne(db, sql: "SELECT value FROM build_identity") == identity else { return nil }
            let given = Set(files)
            var covered = Set<String>()
            var summary = Summary()
            for row in try Row.fetchAll(db, sql: "SELECT path, excerpts, files, stamps FROM act") {
                let actFiles = (row["files"] as String).split(separator: "\n").map(String.init)
                let excerpts = (row["excerpts"] as String).split(separator: "\n").map(String.init)
                guard (excerpts.isEmpty ? [row["path"]] : excerpts).allSatisfy(given.contains),
                    let stamps = stamps(of: actFiles), stamps == row["stamps"]
                else { return nil }
                covered.formUnion(actFiles)
                summary.unchanged += 1
            }
            guard given.isSubset(of: covered) else { return nil }
            summary.acts = summary.unchanged
            summary.provisions = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision") ?? 0
            summary.competences = try Int.fetchOne(db, sql: "SELECT count(*) FROM competence") ?? 0
            summary.flags = try Int.fetchOne(db, sql: "SELECT count(*) FROM flag") ?? 0
            return summary
        } ?? nil
    }

    /// Writes every act of `files` into `db`: unchanged acts stay, the rest are read again.
    func write(files: [String], into db: Database, summary: inout Summary, progress: ((Int, Int) -> Void)?) throws {
        // Acts whose files have not changed are kept as they are, when every excerpt they were
        // merged from is still given; the rest leave and are read again.
        let given = Set(files)
        var keep = Set<String>()
        var kept: [IndexRecords.ActKey: (id: Int64, lang: Language, files: [String])] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, act, lang, edition, path, excerpts, files, hash, stamps FROM act") {
            let actFiles = (row["files"] as String).split(separator: "\n").map(String.init)
            let excerpts = (row["excerpts"] as String).split(separator: "\n").map(String.init)
            let lang = Language(rawValue: row["lang"]) ?? .rus
            let stamps = Self.stamps(of: actFiles)
            let stillGiven = (excerpts.isEmpty ? [row["path"]] : excerpts).allSatisfy(given.contains)
            if stillGiven, stamps != nil, stamps == row["stamps"] || Self.hash(of: actFiles) == row["hash"] {
                if stamps != row["stamps"] {
                    try db.execute(sql: "UPDATE act SET stamps = ? WHERE id = ?", arguments: [stamps, row["id"]])
                }
                keep.formUnion(actFiles)
                kept[IndexRecords.ActKey(act: row["act"], lang: lang, edition: row["edition"])] = (row["id"], lang, actFiles)
                summary.unchanged += 1
            } else {
                try IndexWriter.delete(actRow: row["id"], lang: lang, in: db)
            }
        }
        let toRead = files.filter { !keep.contains($0) }
        let extractor = CompetenceExtractor(catalog: options.catalog)
        let options = self.options
        // Files read as parts of another (an index file joining its parts) are no acts of their own.
        var parts = Set<String>()
        // The paths written into each act row in this build, and the act of each path.
        var members: [IndexRecords.ActKey: [String]] = [:]
        var memberOf: [String: IndexRecords.ActKey] = [:]
        // Acts to write again at the end, merged.
        var remerge = Set<IndexRecords.ActKey>()
        // Excerpts as read, kept for the merge at the end so that no file is read twice (whole
        // texts, which are rarely merged, are not kept: memory follows the excerpts).
        var excerpts: [String: Prepared] = [:]
        var done = 0
        try OrderedParallelMap.run(toRead, workers: ProcessInfo.processInfo.activeProcessorCount) { path in
            Self.prepare(path, options: options, extractor: extractor)
        } consume: { path, result in
            done += 1
            progress?(done, toRead.count)
            switch result {
            case .failure(let error):
                summary.errors.append("\(error)")
            case .success(let prepared):
                guard !parts.contains(path) else { return }
                for part in prepared.files where part != path && parts.insert(part).inserted {
                    // A part written earlier as an act of its own leaves that act.
                    if let key = memberOf.removeValue(forKey: part) {
                        members[key]?.removeAll { $0 == part }
                        remerge.insert(key)
                        summary.written -= 1
                    }
                }
                let key = prepared.records.key
                if prepared.partial { excerpts[path] = prepared }
                if members[key] == nil, kept[key] == nil {
                    _ = try IndexWriter.insert(
                        [prepared.records], paths: [path], files: prepared.files, hash: prepared.hash, stamps: prepared.stamps,
                        partial: prepared.partial, in: db)
                    try TermCollector.attached(to: db.sqliteConnection)?.flushIfLarge(into: db)
                } else {
                    remerge.insert(key)
                }
                members[key, default: []].append(path)
                memberOf[path] = key
                summary.written += 1
            }
        }
        // Acts given by several excerpts of one edition, or joined by a kept act's edition: read
        // their texts again and write them merged, the complete text first, then the longest.
        for key in remerge.sorted() {
            // The texts of a kept act that joins are read here, once; a kept index file joins
            // its parts again, and the parts are not read as texts of their own.
            var read: [String: Prepared] = [:]
            if let row = kept.removeValue(forKey: key) {
                try IndexWriter.delete(actRow: row.id, lang: row.lang, in: db)
                summary.unchanged -= 1
                for path in row.files where !parts.contains(path) && !(members[key] ?? []).contains(path) {
                    guard case .success(let prepared) = Self.prepare(path, options: options, extractor: extractor) else { continue }
                    parts.formUnion(prepared.files.filter { $0 != path })
                    members[key, default: []].append(path)
                    read[path] = prepared
                }
            }
            let parts = parts
            let paths = (members[key] ?? []).filter { !parts.contains($0) }
            try delete(key: key, in: db)
            var texts: [(path: String, prepared: Prepared)] = []
            for path in paths {
                if let prepared = read[path] ?? excerpts[path] {
                    texts.append((path, prepared))
                    continue
                }
                switch Self.prepare(path, options: options, extractor: extractor) {
                case .success(let prepared): texts.append((path, prepared))
                case .failure(let error): summary.errors.append("\(error)")
                }
            }
            guard !texts.isEmpty else { continue }
            texts.sort { lhs, rhs in
                (lhs.prepared.partial ? 1 : 0, -lhs.prepared.size, lhs.path) < (rhs.prepared.partial ? 1 : 0, -rhs.prepared.size, rhs.path)
            }
            let files = Array(Set(texts.flatMap(\.prepared.files))).sorted()
            guard let stamps = Self.stamps(of: files), let hash = Self.hash(of: files) else {
                summary.errors.append("\(texts[0].path): changed or removed while indexing")
                continue
            }
            _ = try IndexWriter.insert(
                texts.map(\.prepared.records), paths: texts.map(\.path), files: files, hash: hash, stamps: stamps,
                partial: texts.allSatisfy(\.prepared.partial), in: db)
        }
    }

    /// Removes the act row of `key` written earlier in this build, if any.
    func delete(key: IndexRecords.ActKey, in db: Database) throws {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM act WHERE act = ? AND lang = ? AND edition IS ?",
            arguments: [key.act, key.lang.rawValue, key.edition])
        {
            try IndexWriter.delete(actRow: id, lang: key.lang, in: db)
        }
    }

    /// Makes the finished index file durable before it is renamed over the old one (the build
    /// itself writes without syncing).
    static func flush(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
