/// Folds text for matching, never for display (DESIGN.md §3).
///
/// - lower case;
/// - «ё» → «е»;
/// - in a word that mixes scripts, look-alike letters of the minority script become the
///   majority's: Latin `i`/`I`/`Y` written for Kazakh `і`/`І`/`Ү` (and `a`, `e`, `o`, `c`, `p`,
///   `x`, `ə` …) become Cyrillic in a Cyrillic word; a Roman numeral written with Cyrillic `І`
///   or `Х` (`291-VІ`) becomes Latin;
/// - dashes become `-`, typographic quotes become `"`;
/// - whitespace, non-breaking spaces and soft hyphens as in ``DisplayText/clean(_:)``.
///
/// Example: `MatchText.fold("Yкiметi")` is `"үкіметі"`, and `MatchText.fold("Ёлка")` is `"елка"`.
public enum MatchText {
    /// The folded form of `text`.
    ///
    /// Works on UTF-8 bytes: a word of ASCII or Cyrillic letters alone is lower-cased byte by
    /// byte; only a word that mixes scripts or holds other letters goes through
    /// ``foldWord(_:)`` scalar by scalar. ``foldByScalars(_:)`` is the reference it must equal.
    public static func fold(_ text: String) -> String {
        var cleaner = TextAccumulator()
        cleaner.append(text)
        let bytes = cleaner.bytes
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var wordStart = -1
        var scripts = MatchText.WordScripts()

        func flushWord(upTo end: Int) {
            guard wordStart >= 0 else { return }
            if scripts.needScalarFold {
                var word = Array(String(decoding: bytes[wordStart..<end], as: UTF8.self).unicodeScalars)
                foldWord(&word)
                for scalar in word { append(scalar, to: &output) }
            } else {
                var index = wordStart
                while index < end {
                    let (scalar, length) = decode(bytes, at: index)
                    append(lower(scalar), to: &output)
                    index += length
                }
            }
            wordStart = -1
            scripts = MatchText.WordScripts()
        }

        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            let kind = WordScalar(scalar)
            scripts.note(kind)
            if kind != .none {
                if wordStart < 0 { wordStart = index }
            } else {
                flushWord(upTo: index)
                append(foldPunctuation(scalar), to: &output)
            }
            index += length
        }
        flushWord(upTo: bytes.count)
        return String(decoding: output, as: UTF8.self)
    }

    /// The folded form of `text`, scalar by scalar: the reference for ``fold(_:)``.
    public static func foldByScalars(_ text: String) -> String {
        let cleaned = DisplayText.clean(text)
        var output = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            foldWord(&word)
            output.append(contentsOf: word)
            word.removeAll(keepingCapacity: true)
        }
        for scalar in cleaned.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(scalar)
            } else {
                flushWord()
                output.append(foldPunctuation(scalar))
            }
        }
        flushWord()
        return String(output)
    }

    /// What a scalar is to a word, told without Unicode property lookups for ASCII and Cyrillic:
    /// the byte-level ``fold(_:)`` and ``MatchWords/tokens(of:)`` fold a word of one script byte by
    /// byte and send mixed or other words through ``foldWord(_:)``.
    enum WordScalar {
        case asciiLetter, digit, cyrillic, other, none

        @inline(__always)
        init(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A {
                    self = .asciiLetter
                } else {
                    self = value >= 0x30 && value <= 0x39 ? .digit : .none
                }
            } else if value >= 0x0400 && value <= 0x04FF && !(0x0482...0x0489).contains(value) {
                self = .cyrillic
            } else {
                self = MatchText.isWordScalar(scalar) ? .other : .none
            }
        }
    }

    /// The scripts a word has shown so far: a word of one script folds byte by byte; a word that
    /// mixes scripts or holds other letters needs ``foldWord(_:)``.
    struct WordScripts {
        private var asciiLetter = false
        private var cyrillic = false
        private var other = false

        @inline(__always)
        mutating func note(_ kind: WordScalar) {
            switch kind {
            case .asciiLetter: asciiLetter = true
            case .cyrillic: cyrillic = true
            case .other: other = true
            case .digit, .none: break
            }
        }

        var needScalarFold: Bool { other || (asciiLetter && cyrillic) }
    }

    /// The scalar at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        if lead < 0xE0 {
            let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            output.append(UInt8(value))
        } else if value < 0x800 {
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        } else {
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | (value >> 12) & 0x3F))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Folds one word (letters and digits only) in place.
    static func foldWord(_ word: inout [Unicode.Scalar]) {
        var cyrillic = 0
        var latin = 0
        var romanOnly = true
        for scalar in word {
            if isCyrillic(scalar) { cyrillic += 1 } else if isLatin(scalar) { latin += 1 }
            if isLetter(scalar) && !romanLetters.contains(scalar) { romanOnly = false }
        }
        if cyrillic > 0 && latin > 0 {
            // A letter with no look-alike in the other script tells the word's script («бap» with
            // Latin a and p is «бар»); else the majority does.
            let cyrillicOnly = word.contains { isCyrillic($0) && cyrillicToLatin[$0] == nil }
            let latinOnly = word.contains { isLatin($0) && latinToCyrillic[$0] == nil }
            if romanOnly && word.allSatisfy({ !isLetter($0) || isUppercase($0) }) {
                for index in word.indices { word[index] = cyrillicToLatin[word[index]] ?? word[index] }
            } else if cyrillicOnly != latinOnly {
                let map = cyrillicOnly ? latinToCyrillic : cyrillicToLatin
                for index in word.indices { word[index] = map[word[index]] ?? word[index] }
            } else if cyrillic >= latin {
                for index in word.indices { word[index] = latinToCyrillic[word[index]] ?? word[index] }
            } else {
                for index in word.indices { word[index] = cyrillicToLatin[word[index]] ?? word[index] }
            }
        }
        for index in word.indices {
            word[index] = lower(word[index])
        }
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20)! }
        if value < 0x80 { return scalar }
        if value == 0x0451 || value == 0x0401 { return "е" }  // ё, Ё
        // Already lower case: а–я, ѐ–џ, and the odd members of the paired supplement letters.
        if value >= 0x0430 && value <= 0x045F { return scalar }
        if value & 1 == 1 && ((0x0461...0x0481).contains(value) || (0x048B...0x04BF).contains(value) || (0x04D1...0x04FF).contains(value)) {
            return scalar
        }
        if value >= 0x0410 && value <= 0x042F { return Unicode.Scalar(value + 0x20)! }
        if value >= 0x0400 && value <= 0x040F { return Unicode.Scalar(value + 0x50)! }
        if value >= 0x0460 && value <= 0x04FF && value % 2 == 0 && value != 0x04C0 {
            // Paired Cyrillic supplement letters (Ә/ә, Ғ/ғ, Қ/қ, Ң/ң, Ө/ө, Ұ/ұ, Ү/ү, Һ/һ …).
            if (0x048A...0x04BF).contains(value) || (0x04D0...0x04FF).contains(value) || (0x0460...0x0481).contains(value) {
                return Unicode.Scalar(value + 1)!
            }
        }
        if value == 0x04C0 { return "і" }  // palochka
        if (0xC0...0xDE).contains(value) && value != 0xD7 { return Unicode.Scalar(value + 0x20)! }
        if value == 0x018F { return "ә" }  // Latin capital schwa in a Kazakh word
        if value == 0x0259 { return "ә" }
        let lowered = String(scalar).lowercased().unicodeScalars
        return lowered.count == 1 ? lowered.first! : scalar
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39)
            || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(scalar.value) }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0xC0...0x24F).contains(value)
            || value == 0x0259
    }

    static func foldPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F: "\""
        case 0x2018, 0x2019, 0x201A, 0x201B: "'"
        default: scalar
        }
    }

    static let romanLetters: Set<Unicode.Scalar> = [
        "I", "V", "X", "L", "C", "M", "І", "Х", "С", "М",
    ]

    static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "h": "һ",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
        "P": "Р", "T": "Т", "X": "Х", "Y": "Ү", "\u{0259}": "ә", "\u{018F}": "Ә",
    ]

    static let cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i",
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O",
        "Р": "P", "Т": "T", "Х": "X", "Ү": "Y",
    ]
}
