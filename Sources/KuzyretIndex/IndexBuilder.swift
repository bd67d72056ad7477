import Foundation
import GRDB
import KuzyretCompetence
import KuzyretCore
import KuzyretReading

/// Builds the index from statute files (DESIGN.md §9): atomic and incremental.
///
/// The build writes a copy of the previous index beside it (`kuzyret.sqlite.building`) and renames
/// it over the old one only when every file is in: a failed or killed build leaves the previous
/// index as it was. Files whose content hash has not changed since the last build are not read
/// again; a changed file replaces its act's rows; acts whose files are no longer given leave.
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

    /// A builder reading files with `options` (encoding, size limit, catalog).
    public init(options: LoadOptions = LoadOptions()) {
        self.options = options
    }

    /// The statute files under `paths` (files as given; directories walked), sorted.
    public static func statuteFiles(under paths: [String]) -> [String] {
        let extensions: Set<String> = ["html", "htm", "xml", "akn", "md"]
        let skipped: Set<String> = ["readme.md", "sources.md", "changelog.md"]
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { result.append(path); continue }
            if !isDirectory.boolValue { result.append(path); continue }
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

    /// A content hash of `files` (FNV-1a, 64 bits, over their bytes in order): enough to tell a
    /// changed file, not a cryptographic digest.
    static func hash(of files: [String]) -> String? {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            for byte in data {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
            value ^= 0xff
        }
        return String(value, radix: 16)
    }

    /// Builds `database` from the statutes under `paths`. `progress` is called with (done, total).
    public func build(paths: [String], database: String, progress: ((Int, Int) -> Void)? = nil) throws -> Summary {
        let files = Self.statuteFiles(under: paths)
        let manager = FileManager.default
        let building = database + ".building"
        try? manager.removeItem(atPath: building)
        let directory = (database as NSString).deletingLastPathComponent
        if !directory.isEmpty { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        if manager.fileExists(atPath: database) { try manager.copyItem(atPath: database, toPath: building) }
        var summary = Summary()
        do {
            let queue = try DatabaseQueue(path: building, configuration: IndexSchema.configuration())
            try IndexSchema.migrator.migrate(queue)
            // Acts whose files have not changed are kept as they are; the rest are read again.
            let given = Set(files)
            var keep = Set<String>()
            try queue.write { db in
                let rows = try Row.fetchAll(db, sql: "SELECT id, lang, path, files, hash FROM act")
                for row in rows {
                    let path: String = row["path"]
                    let actFiles = (row["files"] as String).split(separator: "\n").map(String.init)
                    let lang = Language(rawValue: row["lang"]) ?? .rus
                    if given.contains(path), Self.hash(of: actFiles) == row["hash"] {
                        keep.formUnion(actFiles)
                        summary.unchanged += 1
                    } else {
                        try IndexWriter.delete(actRow: row["id"], lang: lang, in: db)
                    }
                }
            }
            let toRead = files.filter { !keep.contains($0) }
            let extractor = CompetenceExtractor(catalog: options.catalog)
            let options = self.options
            var loaded: [(path: String, result: Result<(LoadedStatute, StatuteAnalysis), StatuteError>)] = []
            var done = 0
            OrderedParallelMap.run(toRead, workers: ProcessInfo.processInfo.activeProcessorCount) { path -> Result<(LoadedStatute, StatuteAnalysis), StatuteError> in
                do {
                    let statute = try StatuteLoader.load(path, options: options)
                    return .success((statute, extractor.analyse(statute.statute)))
                } catch let error as StatuteError {
                    return .failure(error)
                } catch {
                    return .failure(.unreadable(path: path, reason: "\(error)"))
                }
            } consume: { path, result in
                loaded.append((path, result))
                done += 1
                progress?(done, toRead.count)
            }
            // A file read as a part of another (an index file joining its parts) is not an act of its own.
            var parts = Set<String>()
            for case (let path, .success(let (statute, _))) in loaded { parts.formUnion(statute.files.filter { $0 != path }) }
            // One act row per (act, language, edition); excerpts of one edition merge, the
            // complete text first, then the longest.
            var groups: [String: [(path: String, statute: LoadedStatute, analysis: StatuteAnalysis)]] = [:]
            for (path, result) in loaded {
                switch result {
                case .failure(let error):
                    summary.errors.append("\(error)")
                case .success(let (statute, analysis)):
                    if parts.contains(path) { continue }
                    groups[Self.key(statute.statute.act), default: []].append((path, statute, analysis))
                }
            }
            try queue.write { db in
                for key in groups.keys.sorted() {
                    var texts = groups[key]!
                    // A kept act of the same edition joins the new texts: read its files again.
                    let first = texts[0].statute.statute.act
                    if let row = try Row.fetchOne(db, sql: "SELECT id, files FROM act WHERE act = ? AND lang = ? AND edition IS ?",
                        arguments: [first.id, first.lang.rawValue, first.edition?.description])
                    {
                        try IndexWriter.delete(actRow: row["id"], lang: first.lang, in: db)
                        summary.unchanged -= 1
                        for path in (row["files"] as String).split(separator: "\n").map(String.init) where !parts.contains(path) {
                            if let statute = try? StatuteLoader.load(path, options: options), !statute.files.isEmpty,
                                !texts.contains(where: { $0.path == path })
                            {
                                texts.append((path, statute, extractor.analyse(statute.statute)))
                            }
                        }
                    }
                    texts.sort { lhs, rhs in
                        let left = (lhs.statute.statute.act.isPartial ? 1 : 0, -Self.size(lhs.statute.statute), lhs.path)
                        let right = (rhs.statute.statute.act.isPartial ? 1 : 0, -Self.size(rhs.statute.statute), rhs.path)
                        return left < right
                    }
                    let files = Array(Set(texts.flatMap(\.statute.files))).sorted()
                    guard let hash = Self.hash(of: files) else {
                        summary.errors.append("\(texts[0].path): changed or removed while indexing")
                        continue
                    }
                    _ = try IndexWriter.insert(texts.map { ($0.statute.statute, $0.analysis) }, paths: texts.map(\.path), files: files, hash: hash, in: db)
                    summary.written += texts.count
                }
            }
            try queue.read { db in
                summary.acts = try Int.fetchOne(db, sql: "SELECT count(*) FROM act") ?? 0
                summary.provisions = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision") ?? 0
                summary.competences = try Int.fetchOne(db, sql: "SELECT count(*) FROM competence") ?? 0
                summary.flags = try Int.fetchOne(db, sql: "SELECT count(*) FROM flag") ?? 0
            }
            try queue.close()
        } catch {
            try? manager.removeItem(atPath: building)
            throw error
        }
        // The atomic step: rename(2) replaces the old index in one move.
        guard rename(building, database) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: database])
        }
        return summary
    }

    static func key(_ act: ActInfo) -> String { "\(act.id)|\(act.lang.rawValue)|\(act.edition?.description ?? "")" }

    static func size(_ statute: Statute) -> Int {
        var count = 0
        statute.walk { _, _ in count += 1 }
        return count
    }
}
