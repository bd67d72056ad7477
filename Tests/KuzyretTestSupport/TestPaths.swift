import Foundation

/// Where the tests find the package, the real statutes of `../shared/statutes` and the built
/// `kuzyret` binary.
public enum TestPaths {
    /// The package root (the folder holding `Package.swift`).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The real statutes: `$KUZYRET_SHARED_STATUTES`, else `../shared/statutes` beside the package.
    public static let sharedStatutes: String = {
        if let path = ProcessInfo.processInfo.environment["KUZYRET_SHARED_STATUTES"] { return path }
        return URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/statutes").standardizedFileURL.path
    }()

    /// The gold files: `$KUZYRET_SHARED_GOLD`, else `../shared/gold`.
    public static let sharedGold: String = {
        if let path = ProcessInfo.processInfo.environment["KUZYRET_SHARED_GOLD"] { return path }
        return URL(fileURLWithPath: sharedStatutes).deletingLastPathComponent().appendingPathComponent("gold").path
    }()

    /// A real statute by its path under `../shared/statutes`.
    public static func statute(_ relative: String) -> String {
        "\(sharedStatutes)/\(relative)"
    }

    /// A file of the project's own `Statutes/` folder.
    public static func sample(_ relative: String) -> String {
        "\(packageRoot)/Statutes/\(relative)"
    }

    /// Every statute file under `../shared/statutes` (Markdown and HTML), sorted, without
    /// `SOURCES.md` and the index files of split acts.
    public static func allRealStatutes() throws -> [String] {
        let root = URL(fileURLWithPath: sharedStatutes)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw TestSupportError("cannot list \(sharedStatutes): is ../shared/statutes there?")
        }
        var files: [String] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            guard name.hasSuffix(".md") || name.hasSuffix(".html") else { continue }
            guard name != "SOURCES.md" else { continue }
            files.append(url.standardizedFileURL.path)
        }
        guard !files.isEmpty else { throw TestSupportError("no statutes under \(sharedStatutes)") }
        return files.sorted()
    }

    /// The `kuzyret` executable that `swift build` made beside the test bundle.
    /// The day tests take as today (`KUZYRET_TODAY` for every kuzyret they start): lists are
    /// computed as of today, and pinned outputs must not change with the calendar.
    public static let today = "2026-12-03"

    /// This process's environment with ``today`` set.
    public static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["KUZYRET_TODAY"] = today
        return environment
    }

    public static var kuzyretBinary: String {
        var candidates: [String] = []
        if let bundleDir = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundleDir.appendingPathComponent("kuzyret").path)
        }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argv0.appendingPathComponent("kuzyret").path)
        candidates.append("\(packageRoot)/.build/debug/kuzyret")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }
}

/// A failure of the test setup itself (missing data), reported with its reason.
public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
