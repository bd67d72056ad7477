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
        guard folded.includes("населения") || folded.includes("халық саны") || folded.includes("population") else {
            return []
        }
        let source = DisplayText.clean(footnote)
        if folded.includes("дополнен") || folded.includes("толықтырылды") {
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

    /// A clause where the predicate and its date follow the subject: the clause ends where the
    /// citation of the amending law starts, and the predicate must stand within its first 60
    /// characters (after the subject, not in a list of amending laws).
    static func subjectFirstClause(
        _ text: String, citation: String, predicates: [(String, Condition.Effect)],
        bound: (Substring) -> PopulationBound?
    ) -> MainClause? {
        let clause = text.pieces(separatedBy: citation)[0]
        for (predicate, effect) in predicates {
            guard let range = clause.firstByteRange(of: predicate),
                clause.distance(from: clause.startIndex, to: range.lowerBound) < 60,
                let date = StatusReader.leadingDate(clause[range.upperBound...]),
                let population = bound(clause)
            else { continue }
            return (effect, date, population)
        }
        return nil
    }

    /// «(вводится в действие для X с численностью населения более N с D1 и для Y … N и менее … с D2)»
    /// and «(халық саны N адамнан көп … үшін – D1 бастап және халық саны N адам және одан аз … D2 бастап …)».
    private static func bands(in text: String) -> [(bound: PopulationBound, date: LegalDate)] {
        var result: [(PopulationBound, LegalDate)] = []
        let russianParts = text.pieces(separatedBy: " и для ")
        if russianParts.count > 1 || text.includes("численностью населения") {
            for part in russianParts {
                guard let bound = russianBound(in: part) else { continue }
                guard let marker = part.firstByteRange(of: "человек с ") ?? part.firstByteRange(of: " с ") else { continue }
                if let date = StatusReader.leadingDate(part[marker.upperBound...]) { result.append((bound, date)) }
            }
        }
        if result.isEmpty {
            for part in text.pieces(separatedBy: " және халық саны ") {
                let band = part.includes("халық саны") ? String(part) : "халық саны " + part
                guard let bound = kazakhBound(in: band), let since = band.firstByteRange(of: " бастап") else { continue }
                let dateText = band[..<since.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                if let date = LegalDate(dateText) { result.append((bound, date)) }
            }
        }
        return result
    }

    // MARK: - Population phrases

}

/// Cardinal numbers written in words or digits, in Russian, Kazakh and English (folded forms).
enum NumberWords {
    /// Number words by language (Languages/).
    private static let units = russianNumbers.merging(kazakhNumbers) { first, _ in first }.merging(englishNumbers) { first, _ in first }
    private static let thousands = russianThousands.union(kazakhThousands).union(englishThousands)

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
                if word != "мың" && word.hasPrefix("мың") {
                    used -= 1
                    break
                }
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
