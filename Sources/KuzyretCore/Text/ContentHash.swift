/// A content hash of files (FNV-1a, 64 bits, over their bytes in order, each file closed by
/// `0xff`): enough to tell a changed file, not a cryptographic digest. The index keeps it per act
/// (DESIGN.md §9).
public struct ContentHash: Sendable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    public init() {}

    /// Adds one file's bytes.
    public mutating func add(file bytes: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        self.value = value ^ 0xff
    }

    /// Adds one file's bytes.
    public mutating func add(file bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(file: $0) }
    }

    /// The hash as the index stores it (hexadecimal).
    public var text: String { String(value, radix: 16) }
}
