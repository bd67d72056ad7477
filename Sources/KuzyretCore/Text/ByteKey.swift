import Foundation

/// A string as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing and equality are Unicode-canonical: for Cyrillic they normalise the
/// string first, which made dictionaries of words a fifth of all analysis time. Words that come
/// from one folding are equal exactly when their bytes are.
public struct ByteKey: Hashable, Sendable {
    /// The string, its UTF-8 stored contiguously.
    public let string: String

    /// A key for `string`.
    public init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    /// Hashes the UTF-8 bytes.
    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The same UTF-8 bytes.
    public static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.string
        var right = rhs.string
        return left.withUTF8 { l in
            right.withUTF8 { r in l.count == r.count && (l.isEmpty || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0) }
        }
    }
}
