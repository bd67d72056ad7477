import KuzyretCore

/// Reads the amending laws a note cites (DESIGN.md §5): every «DD.MM.YYYY № N» or «YYYY.MM.DD №
/// N» (Kazakh notes write the year first; old notes write `N` for `№`), with the day it came into
/// force from the bracket that follows it («(вводится в действие с 01.01.2021)», «(2011.10.13
/// бастап қолданысқа енгізіледі)») or, when the note cites one law and no bracket says, from the
/// note itself («Подпункт 8-5) вводится в действие с 01.09.2022 в соответствии с Законом …»).
///
/// Footnotes and repeal notes of every provision and of the act are read; each event carries the
/// eId of the provision the note is on (empty for the act).
public enum AmendmentReader {
    /// The amendment events of every note in `statute`, in document order, each law once per
    /// provision.
    public static func events(in statute: Statute) -> [AmendmentEvent] {
        var events: [AmendmentEvent] = []
        for footnote in statute.footnotes { events += self.events(inNote: footnote.text, eid: "") }
        statute.walk { provision, _ in
            if provision.status == .repealed {
                events += self.events(inNote: provision.text, eid: provision.eid, effect: .repealed)
            } else if provision.status == .pending {
                events += self.events(inNote: provision.text, eid: provision.eid, effect: .inForce)
            }
            for footnote in provision.footnotes { events += self.events(inNote: footnote.text, eid: provision.eid) }
        }
        var seen = Set<String>()
        return events.filter { seen.insert("\($0.eid)|\($0.lawDate)|\($0.lawKey)|\($0.effect.rawValue)").inserted }
    }

    /// The laws `note` cites, as events on `eid`. The effect is `effect` when given, else read
    /// from the note's first words: a repeal («исключен», «алып тасталды»), a placeholder
    /// («вводится в действие с …»), or an amendment.
    public static func events(inNote note: String, eid: String, effect: AmendmentEvent.Effect? = nil) -> [AmendmentEvent] {
        let folded = Array(MatchText.fold(note).unicodeScalars)
        let citations = Self.citations(in: folded)
        guard !citations.isEmpty else { return [] }
        var effect = effect ?? Self.effect(of: folded)
        if effect == .repealed {
            let whole = NoteText.string(folded)
            if populationWords.contains(where: { whole.includes($0) }) { effect = .amended }
        }
        let noteDate = citations.count == 1 ? Self.inForceDate(in: folded[...]) : nil
        return citations.map { citation in
            var event = AmendmentEvent(eid: eid, lawDate: citation.date, lawNumber: citation.number, effect: effect)
            if let bracket = citation.bracket {
                event.inForceFrom = inForceDate(in: bracket)
                if event.inForceFrom == nil { event.inForceRule = inForceRule(in: NoteText.string(bracket)) }
            }
            if event.inForceFrom == nil, event.inForceRule == nil { event.inForceFrom = noteDate }
            return event
        }
    }

    /// A law cited in a note: its date, its number (Roman letters upper case) and the bracket
    /// after it, if any.
    struct Citation {
        var date: LegalDate
        var number: String
        var bracket: NoteText.Slice?
    }

    /// Every «date № number» in `text` (folded).
    static func citations(in text: NoteText.Scalars) -> [Citation] {
        var result: [Citation] = []
        var index = 0
        while index < text.count {
            guard let (date, afterDate) = date(in: text, at: index) else {
                index += 1
                continue
            }
            var cursor = skipSpaces(text, afterDate)
            if cursor + 4 < text.count, NoteText.string(text[cursor..<cursor + 4]) == "года" { cursor = skipSpaces(text, cursor + 4) }
            guard cursor < text.count, text[cursor] == "№" || text[cursor] == "n" else {
                index = afterDate
                continue
            }
            cursor = skipSpaces(text, cursor + 1)
            var number = ""
            // A convocation's Roman numeral, written in Latin or in look-alike Cyrillic (`148-ІІ`).
            while cursor < text.count, NoteText.isDigit(text[cursor]) || text[cursor] == "-" || romanLetters.contains(text[cursor]) {
                number.unicodeScalars.append(Self.latinRoman[text[cursor]] ?? text[cursor])
                cursor += 1
            }
            while number.last == "-" { number.removeLast() }
            guard number.first?.isNumber == true else {
                index = afterDate
                continue
            }
            var bracket: NoteText.Slice?
            let open = skipSpaces(text, cursor)
            if open < text.count, text[open] == "(" { bracket = Self.bracket(text, from: open + 1) }
            result.append(Citation(date: date, number: number.uppercased(), bracket: bracket))
            index = cursor
        }
        return result
    }

    /// Cyrillic letters written for Roman numerals, and their Latin twins.
    static let latinRoman: [Unicode.Scalar: Unicode.Scalar] = ["і": "i", "х": "x", "с": "c"]
    /// Letters of a convocation's Roman numeral, Latin and Cyrillic.
    static let romanLetters: Set<Unicode.Scalar> = Set("ivxlcіхс".unicodeScalars)

    /// The date `DD.MM.YYYY` or `YYYY.MM.DD` starting at `start`, not inside a longer number,
    /// and the index after it.
    static func date(in text: NoteText.Scalars, at start: Int) -> (LegalDate, Int)? {
        guard NoteText.isDigit(text[start]), start == 0 || !(NoteText.isDigit(text[start - 1]) || text[start - 1] == ".") else {
            return nil
        }
        var end = start
        while end < text.count, NoteText.isDigit(text[end]) || text[end] == "." { end += 1 }
        var candidate = NoteText.string(text[start..<end])
        while candidate.last == "." { candidate.removeLast() }
        let parts = candidate.split(separator: ".")
        guard parts.count == 3, parts.contains(where: { $0.count == 4 }), let date = LegalDate(candidate) else { return nil }
        return (date, start + candidate.count)
    }

    static func skipSpaces(_ text: NoteText.Scalars, _ index: Int) -> Int {
        var index = index
        while index < text.count, text[index] == " " { index += 1 }
        return index
    }

    /// The text of a bracket opened before `start`: up to its closing bracket, or up to a «;»
    /// when it is never closed (a note that forgot it: «(вводится … опубликования; от …»).
    static func bracket(_ text: NoteText.Scalars, from start: Int) -> NoteText.Slice {
        var depth = 1
        var index = start
        while index < text.count {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return text[start..<index] }
            case ";": return text[start..<index]
            default: break
            }
            index += 1
        }
        return text[start..<index]
    }

    /// The day a text (folded) says something comes into force: «с 01.01.2021», «01.01.2021
    /// бастап», "from 01.01.2021". The first such day.
    static func inForceDate(in text: NoteText.Slice) -> LegalDate? {
        let words = NoteText.string(text).split(separator: " ")
        for (index, word) in words.enumerated() {
            guard let date = LegalDate(word.trimmed(".,;:()")), word.contains(".") else { continue }
            if index > 0, inForcePrepositions.contains(String(words[index - 1])) { return date }
            if index + 1 < words.count, inForcePostpositions.contains(String(words[index + 1].trimmed(".,;:()"))) { return date }
        }
        return nil
    }

    /// How a change came into force when no day is given, in English.
    static func inForceRule(in text: String) -> String? {
        for (phrase, rule) in inForceRules where text.includes(phrase) { return rule }
        return nil
    }

    /// What a note says happened, from its first words.
    static func effect(of text: NoteText.Scalars) -> AmendmentEvent.Effect {
        var head = NoteText.string(text.prefix(160))
        for word in ["сноска.", "ескерту.", "footnote."] where head.hasPrefix(word) { head = String(head.dropFirst(word.count)) }
        // A repeal for units of some population only («… для сел с численностью населения более
        // двух тысяч человек») is a condition of the provision, not its repeal.
        if repealWords.contains(where: { head.includes($0) }) {
            let whole = NoteText.string(text)
            return populationWords.contains(where: { whole.includes($0) }) ? .amended : .repealed
        }
        if inForceWords.contains(where: { head.includes($0) }), !amendedWords.contains(where: { head.includes($0) }) { return .inForce }
        return .amended
    }

    /// Words before a date that make it the day of entry into force.
    static let inForcePrepositions: Set<String> = russianInForcePrepositions.union(englishInForcePrepositions)
    /// Words after a date that make it the day of entry into force.
    static let inForcePostpositions: Set<String> = kazakhInForcePostpositions
    /// Phrases naming a rule of entry into force, with the rule in English.
    static let inForceRules: [(String, String)] = russianInForceRules + kazakhInForceRules + englishInForceRules
    /// Words of a repeal.
    static let repealWords: [String] = russianRepealWords + kazakhRepealWords + englishRepealWords
    /// Words that limit a change to units of some population.
    static let populationWords: [String] = russianPopulationWords + kazakhPopulationWords + englishPopulationWords
    /// Words of an entry into force.
    static let inForceWords: [String] = russianInForceWords + kazakhInForceWords + englishInForceWords
    /// Words of an amendment, which may also say when it came into force.
    static let amendedWords: [String] = russianAmendedWords + kazakhAmendedWords + englishAmendedWords
}

/// A folded note as Unicode scalars: indexed in constant time, without the grapheme breaking that
/// an array of `Character`s costs on every note.
enum NoteText {
    typealias Scalars = [Unicode.Scalar]
    typealias Slice = ArraySlice<Unicode.Scalar>

    /// Whether `scalar` is an ASCII digit (dates and law numbers are written with them).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// The text of `scalars`.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// `text` as scalars, for ``AmendmentReader/inForceDate(in:)``.
    static func slice(_ text: String) -> Slice { ArraySlice(Array(text.unicodeScalars)) }
}
