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

    static let backVowels: Set<Character> = ["а", "о", "ұ", "ы"]
    static let frontVowels: Set<Character> = ["ә", "ө", "ү", "і", "е"]
    static let vowels: Set<Character> = backVowels.union(frontVowels).union(["у", "и", "я", "ю", "э", "ё"])

    /// Stems ending in «н» that the law uses often: «ауданы» is аудан-ы, not the accusative ауда-ны
    /// (the two readings differ only with a dictionary; this is the part of one the statutes need).
    static let nFinalStems: Set<String> = ["аудан", "орган", "жиын", "мекен"]

    /// The shortest stem a word is cut to.
    static let minimumStem = 3

    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        var stem = Array(word)
        guard stem.count > minimumStem else { return word }
        var strippedVowelEnding = false
        // The accusative «-н» after a possessive: «әкімін» = әкім-і-н.
        if let last = stem.last, last == "н", stem.count > minimumStem + 1, ["ы", "і"].contains(stem[stem.count - 2]) {
            stem.removeLast()
        } else if let ending = strip(cases, from: &stem) {
            strippedVowelEnding = vowels.contains(ending.first!)
        }
        if let ending = strip(possessives, from: &stem) { strippedVowelEnding = vowels.contains(ending.first!) }
        if strip(plurals, from: &stem) != nil { strippedVowelEnding = false }
        if strippedVowelEnding, let last = stem.last {
            // «өкілеттіг-і» → «өкілеттік»: a voiced final is the voiceless one of the dictionary form.
            switch last {
            case "г": stem[stem.count - 1] = "к"
            case "ғ": stem[stem.count - 1] = "қ"
            case "б": stem[stem.count - 1] = "п"
            default: break
            }
        }
        return String(stem)
    }

    /// Removes the first of `endings` that `stem` ends with and agrees with; returns it.
    static func strip(_ endings: [String], from stem: inout [Character]) -> String? {
        for ending in endings {
            let suffix = Array(ending)
            guard stem.count - suffix.count >= minimumStem, stem.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let rest = stem.dropLast(suffix.count)
            guard rest.contains(where: vowels.contains), agrees(suffix, with: rest), fits(ending, after: rest) else { continue }
            stem.removeLast(suffix.count)
            return ending
        }
        return nil
    }

    /// Whether the ending's first sound fits the sound before it: the accusative «-ды/-ті» follows
    /// a consonant («құзыреті» is құзырет-і, not құзыре-ті); the endings with a linking «н»
    /// («-нда», «-на», «-нан») follow the possessive «-ы/-і» («ауданда» is аудан-да, not ауда-нда).
    static func fits(_ ending: String, after stem: ArraySlice<Character>) -> Bool {
        guard let last = stem.last else { return false }
        if ["ды", "ді", "ты", "ті"].contains(ending) { return !vowels.contains(last) }
        if ["ны", "ні"].contains(ending), nFinalStems.contains(String(stem) + "н") { return false }
        if ["нда", "нде", "на", "не", "нан", "нен", "ндағы", "ндегі"].contains(ending) { return last == "ы" || last == "і" }
        return true
    }

    /// Whether the ending's vowel agrees with the last vowel of the stem (loan words with
    /// «и», «у», «я» agree with either).
    static func agrees(_ suffix: [Character], with stem: ArraySlice<Character>) -> Bool {
        guard let suffixVowel = suffix.first(where: { backVowels.contains($0) || frontVowels.contains($0) }),
            let stemVowel = stem.last(where: vowels.contains)
        else { return true }
        if backVowels.contains(stemVowel) { return backVowels.contains(suffixVowel) }
        if frontVowels.contains(stemVowel) { return frontVowels.contains(suffixVowel) }
        return true
    }
}
