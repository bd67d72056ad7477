/// Exact searches for one text in another, on their UTF-8 bytes.
///
/// With Foundation imported, `String.contains(_:)`, `range(of:)` and
/// `components(separatedBy:)` go through `CFStringFind`, which compares character cluster by
/// character cluster under Unicode canonical equivalence: on notes hundreds of words long, those
/// calls were a fifth of an index build's CPU. Texts folded by ``MatchText/fold(_:)`` and the
/// literal phrases looked for in them are both in one normal form, so comparing bytes finds the
/// same places at the speed of a byte scan.
extension StringProtocol {
    /// Whether `needle`'s UTF-8 bytes occur in this text's (an empty needle occurs everywhere).
    @inlinable
    public func includes(_ needle: some StringProtocol) -> Bool {
        firstByteRange(of: needle) != nil
    }

    /// The range of the first occurrence of `needle`'s UTF-8 bytes in this text, or nil.
    public func firstByteRange(of needle: some StringProtocol) -> Range<Index>? {
        let target = Array(needle.utf8)
        let found: Int?? = utf8.withContiguousStorageIfAvailable { ByteSearch.first(target, in: $0) }
        guard let offset = found ?? ByteSearch.first(target, in: Array(utf8)) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: target.count)
    }

    /// This text cut at every occurrence of `separator`'s bytes, the pieces in order (as
    /// `components(separatedBy:)`, without copying them).
    public func pieces(separatedBy separator: some StringProtocol) -> [SubSequence] {
        var result: [SubSequence] = []
        var rest = self[...]
        while !separator.isEmpty, let range = rest.firstByteRange(of: separator) {
            result.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        result.append(rest)
        return result
    }
}

/// The byte scan behind ``Swift/StringProtocol/includes(_:)``.
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    public static func first(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let head = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == head {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    public static func first(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.withUnsafeBufferPointer { first(needle, in: $0) }
    }
}
