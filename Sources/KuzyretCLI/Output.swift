import Foundation
import KuzyretCore

/// Writes results to standard output and problems to standard error.
enum Output {
    /// Writes `text` to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes raw bytes to standard output.
    static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            FileHandle.standardOutput.write(Data(buffer: buffer))
        }
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes diagnostics to standard error, warnings always, notes when `verbose`.
    static func report(_ diagnostics: [Diagnostic], verbose: Bool) {
        for diagnostic in diagnostics where verbose || diagnostic.severity == .warning {
            error(diagnostic.description)
        }
    }
}
