import KuzyretCore

/// Reads status changes by date and population from footnotes (DESIGN.md §5).
///
/// Understood, in Russian and Kazakh:
/// - «Подпункт 4) исключен с 01.01.2018 для … с численностью населения более двух тысяч человек»
///   → repealed from 2018-01-01 where population > 2000;
/// - «Подпункт 2-1) действует с 01.01.2018 для …», «Пункт 1 вводится в действие с …» → in force
///   from the date where the population bound holds;
/// - «4) тармақша халық саны екі мың адамнан көп … үшін – 01.01.2018 бастап алып тасталды»,
///   «… бастап қолданысқа енгізілді»;
/// - «Глава 3 дополнена статьей 38-1 … (вводится в действие для … с численностью населения более
///   двух тысяч человек с 01.01.2018 и для … две тысячи и менее человек с 01.01.2020)» and its
///   Kazakh twin «… 38-1-баппен толықтырылды - ҚР … (халық саны … үшін – 01.01.2018 бастап және …)»
///   → one in-force condition per population band.
///
/// A footnote that only lists amending laws («с изменениями, внесенными …») gives no condition:
/// the dates there are when the amendments took effect, not when the provision applies.
public enum ConditionReader {
    /// The conditions `footnote` sets on its subject; `scope` is the subject's scope
    /// (``FootnoteSubject/scope``).
    public static func conditions(in footnote: String, scope: String?) -> [Condition] {
        let folded = MatchText.fold(footnote)
        guard folded.contains("населения") || folded.contains("халық саны") || folded.contains("population") else {
            return []
        }
        let source = DisplayText.clean(footnote)
        if folded.contains("дополнен") || folded.contains("толықтырылды") {
            return bands(in: folded).map {
                Condition(effect: .inForce, from: $0.date, population: $0.bound, scope: scope, source: source)
            }
        }
        for read in [russianMainClause, kazakhMainClause, englishMainClause] {
            if let clause = read(folded) {
                return [Condition(effect: clause.effect, from: clause.date, population: clause.bound, scope: scope, source: source)]
            }
        }
        return []
    }

    // MARK: - Main clauses

    typealias MainClause = (effect: Condition.Effect, date: LegalDate, bound: PopulationBound)

    private static let russianPredicates: [(String, Condition.Effect)] = [
        ("исключен с ", .repealed), ("исключена с ", .repealed), ("исключено с ", .repealed),
        ("исключены с ", .repealed), ("утрачивает силу с ", .repealed), ("действует с ", .inForce),
        ("действуют с ", .inForce), ("вводится в действие с ", .inForce), ("вводятся в действие с ", .inForce),
    ]

    private static let englishPredicates: [(String, Condition.Effect)] = [
        ("excluded from ", .repealed), ("repealed from ", .repealed), ("shall cease to be in force from ", .repealed),
        ("enforced from ", .inForce), ("enter into force from ", .inForce), ("enters into force from ", .inForce),
        ("apply from ", .inForce), ("applies from ", .inForce), ("in force from ", .inForce),
    ]

    /// «Подпункт 4) исключен с 01.01.2018 для … с численностью населения более двух тысяч человек в
    /// соответствии с …».
    private static func russianMainClause(_ text: String) -> MainClause? {
        subjectFirstClause(text, citation: " в соответствии с ", predicates: russianPredicates, bound: russianBound)
    }

    /// «Subparagraph 4) is excluded from 01.01.2018 for … with a population of more than two
    /// thousand people by the Law …», «… shall be enforced from 01.01.2026 for … two thousand people
    /// or less».
    private static func englishMainClause(_ text: String) -> MainClause? {
        subjectFirstClause(text, citation: " by the law", predicates: englishPredicates, bound: englishBound)
    }

    /// A clause where the predicate and its date follow the subject: the clause ends where the
    /// citation of the amending law starts, and the predicate must stand within its first 60
    /// characters (after the subject, not in a list of amending laws).
    private static func subjectFirstClause(
        _ text: String, citation: String, predicates: [(String, Condition.Effect)],
        bound: (Substring) -> PopulationBound?
    ) -> MainClause? {
        let clause = Substring(text.components(separatedBy: citation).first ?? text)
        for (predicate, effect) in predicates {
            guard let range = clause.range(of: predicate),
                clause.distance(from: clause.startIndex, to: range.lowerBound) < 60,
                let date = StatusReader.leadingDate(clause[range.upperBound...]),
                let population = bound(clause)
            else { continue }
            return (effect, date, population)
        }
        return nil
    }

    private static func kazakhMainClause(_ text: String) -> MainClause? {
        // «… үшін – 01.01.2018 бастап алып тасталды - ҚР 11.07.2017 № 90-VI Заңымен.»
        let clause = text.components(separatedBy: " - қр ").first ?? text
        guard let bound = kazakhBound(in: clause), let since = clause.range(of: " бастап ") else { return nil }
        let beforeSince = clause[..<since.lowerBound]
        let dateText = beforeSince.split(separator: " ").last.map(String.init) ?? ""
        guard let date = LegalDate(dateText) else { return nil }
        let after = clause[since.upperBound...]
        if after.hasPrefix("алып тасталды") || after.hasPrefix("алынып тасталды") || after.hasPrefix("күші жойылды") {
            return (.repealed, date, bound)
        }
        if after.hasPrefix("қолданысқа енгізілді") || after.hasPrefix("қолданысқа енгізіледі") || after.hasPrefix("қолданылады") {
            return (.inForce, date, bound)
        }
        return nil
    }

    /// «(вводится в действие для X с численностью населения более N с D1 и для Y … N и менее … с D2)»
    /// and «(халық саны N адамнан көп … үшін – D1 бастап және халық саны N адам және одан аз … D2 бастап …)».
    private static func bands(in text: String) -> [(bound: PopulationBound, date: LegalDate)] {
        var result: [(PopulationBound, LegalDate)] = []
        let russianParts = text.components(separatedBy: " и для ")
        if russianParts.count > 1 || text.contains("численностью населения") {
            for part in russianParts {
                guard let bound = russianBound(in: part) else { continue }
                guard let marker = part.range(of: "человек с ", options: []) ?? part.range(of: " с ") else { continue }
                if let date = StatusReader.leadingDate(part[marker.upperBound...]) { result.append((bound, date)) }
            }
        }
        if result.isEmpty {
            for part in text.components(separatedBy: " және халық саны ") {
                let band = part.contains("халық саны") ? part : "халық саны " + part
                guard let bound = kazakhBound(in: band), let since = band.range(of: " бастап") else { continue }
                let dateText = band[..<since.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                if let date = LegalDate(dateText) { result.append((bound, date)) }
            }
        }
        return result
    }

    // MARK: - Population phrases

    /// «с численностью населения более двух тысяч человек», «… две тысячи и менее человек».
    static func russianBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.range(of: "численностью населения ") else { return nil }
        let words = text[range.upperBound...].split(separator: " ").prefix(8).map {
            String($0).trimmed(",;.()")
        }
        var relation: PopulationBound.Relation?
        var index = 0
        switch words.first {
        case "более", "свыше": relation = .above; index = 1
        case "менее": relation = .below; index = 1
        case "не" where words.count > 1:
            relation = words[1] == "более" ? .atMost : .atLeast
            index = 2
        case "до": relation = .atMost; index = 1
        default: break
        }
        let (value, used) = NumberWords.value(of: Array(words[index...]))
        guard let value else { return nil }
        let after = words.dropFirst(index + used)
        if relation == nil, after.first == "и", after.count > 1 {
            relation = after.dropFirst().first == "менее" ? .atMost : .atLeast
        }
        return relation.map { PopulationBound($0, value) }
    }

    /// «халық саны екі мың адамнан көп», «… екі мың адам және одан аз».
    static func kazakhBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.range(of: "халық саны ") else { return nil }
        let words = text[range.upperBound...].split(separator: " ").prefix(8).map {
            String($0).trimmed(",;.()")
        }
        let (value, used) = NumberWords.value(of: words)
        guard let value, used < words.count else { return nil }
        let rest = words[used...]
        let unit = rest.first ?? ""
        if unit.hasPrefix("адамнан") || unit.hasPrefix("мыңнан") {
            let comparison = rest.dropFirst().first ?? ""
            if comparison == "көп" || comparison == "артық" { return PopulationBound(.above, value) }
            if comparison == "аз" || comparison == "кем" { return PopulationBound(.below, value) }
        }
        if unit == "адам", Array(rest.dropFirst().prefix(3)) == ["және", "одан", "аз"] { return PopulationBound(.atMost, value) }
        if unit == "адам", Array(rest.dropFirst().prefix(3)) == ["және", "одан", "көп"] { return PopulationBound(.atLeast, value) }
        return nil
    }
}

extension ConditionReader {
    /// «with a population of more than two thousand people», «… two thousand people or less».
    static func englishBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.range(of: "population of ") else { return nil }
        var words = text[range.upperBound...].split(separator: " ").prefix(9).map { String($0).trimmed(",;.()") }
        var relation: PopulationBound.Relation?
        let openings: [([String], PopulationBound.Relation)] = [
            (["more", "than"], .above), (["over"], .above), (["less", "than"], .below), (["fewer", "than"], .below),
            (["at", "least"], .atLeast), (["not", "more", "than"], .atMost), (["up", "to"], .atMost),
        ]
        for (opening, candidate) in openings where words.starts(with: opening) {
            relation = candidate
            words.removeFirst(opening.count)
            break
        }
        let (value, used) = NumberWords.value(of: words)
        guard let value else { return nil }
        let after = Array(words.dropFirst(used).drop { $0 == "people" || $0 == "persons" || $0 == "inhabitants" }.prefix(2))
        if relation == nil {
            if after == ["or", "less"] || after == ["or", "fewer"] { relation = .atMost }
            if after == ["or", "more"] { relation = .atLeast }
        }
        return relation.map { PopulationBound($0, value) }
    }
}

/// Cardinal numbers written in words or digits, in Russian, Kazakh and English (folded forms).
enum NumberWords {
    private static let units: [String: Int] = [
        "один": 1, "одной": 1, "одна": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
        "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
        "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
        "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "пятьдесят": 50, "пятидесяти": 50,
        "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
        "пятьсот": 500, "пятисот": 500, "полутора": 1,
        "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
        "он": 10, "жиырма": 20, "отыз": 30, "елу": 50, "жүз": 100,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    ]
    private static let thousands: Set<String> = ["тысяча", "тысячи", "тысяч", "тысячу", "мың", "thousand"]

    /// The number at the start of `words` and how many words it took: `["двух", "тысяч"]` → 2000.
    static func value(of words: [String]) -> (Int?, Int) {
        var total = 0
        var current = 0
        var used = 0
        var sawNumber = false
        var halfThousand = false
        for word in words {
            if let digits = Int(word.filter(\.isNumber)), word.allSatisfy({ $0.isNumber || $0 == " " }) {
                current += digits
            } else if let unit = units[word] {
                if word == "полутора" { halfThousand = true }
                current += unit
            } else if thousands.contains(word) || (word.hasPrefix("мың") && sawNumber) {
                total += max(current, 1) * 1000
                if halfThousand { total += 500 }
                current = 0
                used += 1
                sawNumber = true
                // «мыңнан» carries the comparison suffix: stop here.
                if word != "мың" && word.hasPrefix("мың") { used -= 1; break }
                continue
            } else {
                break
            }
            sawNumber = true
            used += 1
        }
        guard sawNumber else { return (nil, 0) }
        return (total + current, used)
    }
}
