import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The outcome of running a program: exit status, output, and its peak memory.
public struct ProcessRun: Sendable {
    /// The exit status; a signal shows as 128 + its number.
    public var status: Int32
    /// What the program wrote to standard output.
    public var stdout: String
    /// What it wrote to standard error.
    public var stderr: String
    /// Its peak resident memory in kilobytes (`ru_maxrss` of this child alone, from `wait4`).
    public var maxResidentKB: Int

    /// Runs `executable` with `arguments`, output to temporary files, and waits for it.
    ///
    /// - Parameters:
    ///   - stdin: A file to read standard input from (default `/dev/null`).
    ///   - directory: The working directory (default: the package root).
    public static func run(
        _ executable: String, _ arguments: [String], stdin: String = "/dev/null", directory: String? = nil,
        environment: [String: String] = [:]
    ) throws -> ProcessRun {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("kuzyret-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let outPath = temporary.appendingPathComponent("out").path
        let errPath = temporary.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // `sh` changes directory and then becomes the program (exec), so wait4 measures the program.
        let workingDirectory = directory ?? TestPaths.packageRoot
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", workingDirectory, executable] + arguments

        var env = TestPaths.environment
        for (key, value) in environment { env[key] = value }
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard spawned == 0 else { throw TestSupportError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw TestSupportError("wait4 failed: \(errno)") }
        }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ProcessRun(status: exitStatus, stdout: out, stderr: err, maxResidentKB: Int(usage.ru_maxrss))
    }

    /// Runs the built `kuzyret` with `arguments`.
    public static func kuzyret(_ arguments: [String], directory: String? = nil) throws -> ProcessRun {
        try run(TestPaths.kuzyretBinary, arguments, directory: directory)
    }
}
