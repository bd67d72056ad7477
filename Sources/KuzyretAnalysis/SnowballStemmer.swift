import CStemmer

/// A Snowball stemmer from the C library `libstemmer` (Russian or English).
///
/// The only place that calls libstemmer. A stemmer holds C state and is not thread-safe: make one
/// per thread (``TextAnalyzer`` does).
///
/// `SnowballStemmer(algorithm: "russian")?.stem("организуют")` gives `"организ"`.
public final class SnowballStemmer {
    private let stemmer: OpaquePointer

    /// A stemmer for `algorithm` («russian», «english»), or nil if libstemmer does not know it.
    public init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of one lower-case word.
    public func stem(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        let count = Int32(utf8.count)
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let result = sb_stemmer_stem(stemmer, base, count) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
