/// A suffix stemmer for Kazakh, written for Kuzyret (there is no packaged one).
///
/// Kazakh nouns take, in this order, a plural, a possessive and a case ending, each in the variant
/// its stem's vowels and last sound call for: «әкім-дер-і-нің», «құзырет-і-не», «мал-дың». The
/// stemmer strips at most one ending of each kind, outermost first, and only where the ending's
/// vowel agrees with the stem's last vowel (back «а о ұ ы» or front «ә ө ү і е»). A stem keeps at
/// least three letters, so «аудан» is not read as «ау» + ablative «-дан». Voiced finals left by a
/// vowel ending turn back to their dictionary form («өкілеттігі» → «өкілеттік», «ауылдығы» →
/// «ауылдық»), so every form of a word meets at one stem. Derivational endings are kept: «әкімдік»
/// (akimat) is not «әкім» (akim).
///
/// Input is one folded, lower-case word (``MatchWords`` gives those: Latin look-alikes are
/// already Kazakh letters).
public enum KazakhStemmer {
    /// Case endings, longest first within each group.
    static let cases: [String] = [
        "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
        "менен", "бенен", "пенен",
        "ның", "нің", "дың", "дің", "тың", "тің",
        "нан", "нен", "дан", "ден", "тан", "тен",
        "нда", "нде", "мен", "бен", "пен",
        "ға", "ге", "қа", "ке", "на", "не",
        "ны", "ні", "ды", "ді", "ты", "ті",
        "да", "де", "та", "те",
    ]
    /// Possessive endings.
    static let possessives: [String] = [
        "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз", "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і",
    ]
    /// Plural endings.
    static let plurals: [String] = ["лар", "лер", "дар", "дер", "тар", "тер"]

    static let backVowels: Set<Unicode.Scalar> = ["а", "о", "ұ", "ы"]
    static let frontVowels: Set<Unicode.Scalar> = ["ә", "ө", "ү", "і", "е"]
    static let vowels: Set<Unicode.Scalar> = backVowels.union(frontVowels).union(["у", "и", "я", "ю", "э", "ё"])

    /// Stems ending in «н» that the law uses often: «ауданы» is аудан-ы, not the accusative ауда-ны
    /// (the two readings differ only with a dictionary; this is the part of one the statutes need).
    static let nFinalStems: Set<String> = ["аудан", "орган", "жиын", "мекен"]

    /// The shortest stem a word is cut to.
    static let minimumStem = 3

    /// An ending as the stemmer compares it: its letters (Kazakh letters are one scalar each),
    /// and what it asks of the letter before it.
    struct Ending {
        enum Fit { case any, afterConsonant, afterPossessiveVowel, notAfterNFinalStem }
        let text: String
        let letters: [Unicode.Scalar]
        let fit: Fit
        /// Its first vowel, for the harmony check.
        let vowel: Unicode.Scalar?

        init(_ text: String) {
            self.text = text
            letters = Array(text.unicodeScalars)
            vowel = letters.first { KazakhStemmer.backVowels.contains($0) || KazakhStemmer.frontVowels.contains($0) }
            switch text {
            case "ды", "ді", "ты", "ті": fit = .afterConsonant
            case "ны", "ні": fit = .notAfterNFinalStem
            case "нда", "нде", "на", "не", "нан", "нен", "ндағы", "ндегі": fit = .afterPossessiveVowel
            default: fit = .any
            }
        }
    }

    static let caseEndings = cases.map(Ending.init)
    static let possessiveEndings = possessives.map(Ending.init)
    static let pluralEndings = plurals.map(Ending.init)

    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        var stem = Array(word.unicodeScalars)
        guard stem.count > minimumStem else { return word }
        var strippedVowelEnding = false
        // The accusative «-н» after a possessive: «әкімін» = әкім-і-н.
        if let last = stem.last, last == "н", stem.count > minimumStem + 1, stem[stem.count - 2] == "ы" || stem[stem.count - 2] == "і" {
            stem.removeLast()
        } else if let ending = strip(caseEndings, from: &stem) {
            strippedVowelEnding = vowels.contains(ending.letters[0])
        }
        if let ending = strip(possessiveEndings, from: &stem) { strippedVowelEnding = vowels.contains(ending.letters[0]) }
        if strip(pluralEndings, from: &stem) != nil { strippedVowelEnding = false }
        if strippedVowelEnding, let last = stem.last {
            // «өкілеттіг-і» → «өкілеттік»: a voiced final is the voiceless one of the dictionary form.
            switch last {
            case "г": stem[stem.count - 1] = "к"
            case "ғ": stem[stem.count - 1] = "қ"
            case "б": stem[stem.count - 1] = "п"
            default: break
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem)
        return String(view)
    }

    /// Removes the first of `endings` that `stem` ends with and agrees with; returns it.
    static func strip(_ endings: [Ending], from stem: inout [Unicode.Scalar]) -> Ending? {
        for ending in endings {
            let count = ending.letters.count
            guard stem.count - count >= minimumStem, stem.suffix(count).elementsEqual(ending.letters) else { continue }
            let rest = stem.dropLast(count)
            guard rest.contains(where: vowels.contains), agrees(ending, with: rest), fits(ending, after: rest) else { continue }
            stem.removeLast(count)
            return ending
        }
        return nil
    }

    /// Whether the ending's first sound fits the sound before it: the accusative «-ды/-ті» follows
    /// a consonant («құзыреті» is құзырет-і, not құзыре-ті); the endings with a linking «н»
    /// («-нда», «-на», «-нан») follow the possessive «-ы/-і» («ауданда» is аудан-да, not ауда-нда).
    static func fits(_ ending: Ending, after stem: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = stem.last else { return false }
        switch ending.fit {
        case .any: return true
        case .afterConsonant: return !vowels.contains(last)
        case .afterPossessiveVowel: return last == "ы" || last == "і"
        case .notAfterNFinalStem:
            var view = String.UnicodeScalarView()
            view.append(contentsOf: stem)
            view.append("н")
            return !nFinalStems.contains(String(view))
        }
    }

    /// Whether the ending's vowel agrees with the last vowel of the stem (loan words with
    /// «и», «у», «я» agree with either).
    static func agrees(_ ending: Ending, with stem: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let suffixVowel = ending.vowel, let stemVowel = stem.last(where: vowels.contains) else { return true }
        if backVowels.contains(stemVowel) { return backVowels.contains(suffixVowel) }
        if frontVowels.contains(stemVowel) { return frontVowels.contains(suffixVowel) }
        return true
    }
}
