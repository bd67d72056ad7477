import KuzyretCompetence
import KuzyretCore
import PropertyBased
import Testing

/// Titles generated from the grammar of coordinated units (DESIGN.md §6, issue 14): every order,
/// with and without ellipsis of the significances, in every number and every case of the head, in
/// Russian, Kazakh and English. Each must read back to the units it was built from, and bind the
/// aul akim exactly when it names a rural unit.
@Suite("Generated titles read back to their units")
struct TitleGrammarPropertyTests {
    /// How one title is drawn: the units in order, how many of them, and a number that picks
    /// every other choice (number, case, ellipsis, qualifiers, conjunction).
    static let units = Gen<[AdministrativeUnit]>.shuffled(AdministrativeUnit.allCases)
    static let count = Gen.int(in: 1...AdministrativeUnit.allCases.count)
    static let choices = Gen.int(in: 0...1_000_000)

    static let significances: [AdministrativeUnit] = [
        .cityOfDistrictSignificance, .cityOfRegionalSignificance, .cityOfRepublicanSignificance,
    ]

    /// Draws one choice of `options` from `seed` and moves on.
    static func pick<T>(_ options: [T], _ seed: inout Int) -> T {
        let value = options[seed % options.count]
        seed /= options.count
        return value
    }

    /// The units as they will be written: the cities with a significance either one by one or, by
    /// ellipsis, as one group where the first of them stands.
    static func groups(_ units: [AdministrativeUnit], ellipsis: Bool) -> [[AdministrativeUnit]] {
        var result: [[AdministrativeUnit]] = []
        let cities = units.filter(significances.contains)
        for unit in units {
            if ellipsis && cities.count > 1 && significances.contains(unit) {
                if unit == cities.first { result.append(cities) }
            } else {
                result.append([unit])
            }
        }
        return result
    }

    /// Joins rendered units with commas, the last one sometimes with the conjunction.
    static func join(_ parts: [String], conjunction: String, useIt: Bool, allowedLast: Bool) -> String {
        guard parts.count > 1, useIt, allowedLast else { return parts.joined(separator: ", ") }
        return parts.dropLast().joined(separator: ", ") + " \(conjunction) " + parts.last!
    }

    // MARK: Russian

    static func russian(_ units: [AdministrativeUnit], seed: Int) -> String {
        var seed = seed
        let plural = pick([false, true], &seed)
        let ellipsis = pick([false, true], &seed)
        let useConjunction = pick([false, true], &seed)
        let head = pick(["Аким", "акима", "акиму", "акимом", "акиме", "Акимы", "акимов", "акимам", "акимами", "акимах"], &seed)
        let adjective: [AdministrativeUnit: String] = [
            .cityOfDistrictSignificance: "районного", .cityOfRegionalSignificance: "областного",
            .cityOfRepublicanSignificance: "республиканского",
        ]
        var parts: [String] = []
        for group in groups(units, ellipsis: ellipsis) {
            let unit = group[0]
            let number = plural || pick([false, true], &seed)
            switch unit {
            case _ where significances.contains(unit):
                let adjectives = group.map { adjective[$0]! }
                let joined =
                    adjectives.count > 1 && pick([false, true], &seed)
                    ? adjectives.dropLast().joined(separator: ", ") + " и " + adjectives.last! : adjectives.joined(separator: ", ")
                parts.append("\(number ? "городов" : "города") \(joined) значения")
            case .districtInCity:
                let qualifier = pick(
                    ["", " республиканского значения", " республиканского значения (столицы)", " областного значения"], &seed)
                parts.append(number ? "районов в городах\(qualifier)" : "района в городе\(qualifier)")
            case .district: parts.append(number ? "районов" : "района")
            case .settlement: parts.append(number ? "поселков" : "поселка")
            case .village: parts.append(pick(number ? ["сел", "аулов"] : ["села", "аула", "аула (села)"], &seed))
            case .ruralDistrict:
                parts.append(
                    pick(
                        number ? ["сельских округов", "аульных (сельских) округов"] : ["сельского округа", "аульного (сельского) округа"],
                        &seed))
            case .oblast: parts.append(number ? "областей" : "области")
            case .capital: parts.append("столицы")
            default: break
            }
        }
        // «района в городе … и столицы» reads the capital as the city's alternative: no «и» there.
        let ambiguous = groups(units, ellipsis: ellipsis).suffix(2) == [[.districtInCity], [.capital]]
        return "\(head) \(join(parts, conjunction: "и", useIt: useConjunction, allowedLast: !ambiguous)) организует работу."
    }

    // MARK: Kazakh

    static func kazakh(_ units: [AdministrativeUnit], seed: Int) -> String {
        var seed = seed
        let ellipsis = pick([false, true], &seed)
        let useConjunction = pick([false, true], &seed)
        let head = pick(
            ["әкімі", "әкімдері", "әкімінің", "әкімдерінің", "әкіміне", "әкімдеріне", "әкімін", "әкімдерін", "әкімімен"], &seed)
        // Singular, genitive, plural, plural genitive: the forms of an izafet list.
        func forms(_ bare: String, _ genitive: String, _ plural: String, _ pluralGenitive: String, _ seed: inout Int) -> String {
            pick([bare, genitive, plural, pluralGenitive], &seed)
        }
        let adjective: [AdministrativeUnit: String] = [
            .cityOfDistrictSignificance: "аудандық", .cityOfRegionalSignificance: "облыстық",
            .cityOfRepublicanSignificance: "республикалық",
        ]
        var parts: [String] = []
        for group in groups(units, ellipsis: ellipsis) {
            let unit = group[0]
            switch unit {
            case _ where significances.contains(unit):
                let adjectives = group.map { adjective[$0]! }
                let joined =
                    adjectives.count > 1 && pick([false, true], &seed)
                    ? adjectives.dropLast().joined(separator: ", ") + " және " + adjectives.last! : adjectives.joined(separator: ", ")
                parts.append("\(joined) маңызы бар " + forms("қала", "қаланың", "қалалар", "қалалардың", &seed))
            case .districtInCity:
                let qualifier = pick(["", "республикалық маңызы бар ", "облыстық маңызы бар "], &seed)
                let capital = pick(["", " (астанадағы)"], &seed)
                parts.append(
                    "\(qualifier)\(pick(["қаладағы", "қалалардағы"], &seed))\(capital) "
                        + forms("аудан", "ауданның", "аудандар", "аудандардың", &seed))
            case .district: parts.append(forms("аудан", "ауданның", "аудандар", "аудандардың", &seed))
            case .settlement: parts.append(forms("кент", "кенттің", "кенттер", "кенттердің", &seed))
            case .village: parts.append(forms("ауыл", "ауылдың", "ауылдар", "ауылдардың", &seed))
            case .ruralDistrict: parts.append("ауылдық " + forms("округ", "округтің", "округтер", "округтердің", &seed))
            case .oblast: parts.append(forms("облыс", "облыстың", "облыстар", "облыстардың", &seed))
            case .capital: parts.append(pick(["астана", "астананың"], &seed))
            default: break
            }
        }
        return "\(join(parts, conjunction: "және", useIt: useConjunction, allowedLast: true)) \(head) жұмысты ұйымдастырады."
    }

    // MARK: English

    static func english(_ units: [AdministrativeUnit], seed: Int) -> String {
        var seed = seed
        let plural = pick([false, true], &seed)
        let ellipsis = pick([false, true], &seed)
        let useConjunction = pick([false, true], &seed)
        let adjective: [AdministrativeUnit: String] = [
            .cityOfDistrictSignificance: "district", .cityOfRegionalSignificance: "regional", .cityOfRepublicanSignificance: "republican",
        ]
        var parts: [String] = []
        for group in groups(units, ellipsis: ellipsis) {
            let unit = group[0]
            switch unit {
            case _ where significances.contains(unit):
                let adjectives = group.map { adjective[$0]! }
                let joined =
                    adjectives.count > 1 ? adjectives.dropLast().joined(separator: ", ") + " and " + adjectives.last! : adjectives[0]
                parts.append("\(plural ? "cities" : "a city") of \(joined) significance")
            case .districtInCity:
                let qualifier = pick(["", " of republican significance", " of republican significance (the capital)"], &seed)
                parts.append(plural ? "districts in cities\(qualifier)" : "a district in a city\(qualifier)")
            case .district: parts.append(plural ? "districts" : "a district")
            case .settlement: parts.append(plural ? "settlements" : "a settlement")
            case .village: parts.append(plural ? "villages" : "a village")
            case .ruralDistrict: parts.append(plural ? "rural districts" : "a rural district")
            case .oblast: parts.append(plural ? "oblasts" : "an oblast")
            case .capital: parts.append("the capital")
            default: break
            }
        }
        let ambiguous = groups(units, ellipsis: ellipsis).suffix(2) == [[.districtInCity], [.capital]]
        return
            "\(plural ? "The akims" : "The akim") of \(join(parts, conjunction: "and", useIt: useConjunction, allowedLast: !ambiguous)) shall organise work."
    }

    // MARK: The property

    static func check(_ title: String, lang: Language, expected: Set<AdministrativeUnit>) {
        let mentions = ActorLexicon.mentions(in: ClauseWords(title), lang: lang)
        guard let mention = mentions.first(where: { $0.head == .akim }) else {
            Issue.record("\(lang.rawValue): no akim in «\(title)»")
            return
        }
        #expect(mention.units == expected, "\(lang.rawValue): «\(title)» read as \(mention.units.sorted())")
        let namesRural = !expected.isDisjoint(with: AdministrativeUnit.aulLevel)
        #expect(mention.actors.contains(.aulAkim) == namesRural, "\(lang.rawValue): «\(title)» → \(mention.actors)")
    }

    /// The title of `units` in `lang`, its other choices drawn from `seed`.
    static func title(_ units: [AdministrativeUnit], lang: Language, seed: Int) -> String {
        switch lang {
        case .rus: russian(units, seed: seed)
        case .kaz: kazakh(units, seed: seed)
        case .eng: english(units, seed: seed)
        }
    }

    /// Russian: any case of «аким»; Kazakh: bare, plural and genitive units, any case of «әкім»;
    /// English: singular or plural. In each, any order, with and without ellipsis.
    @Test("Any order, ellipsis or not, any number and case: the units come back", arguments: Language.allCases)
    func titles(_ lang: Language) async {
        await propertyCheck(count: 400, input: Self.units, Self.count, Self.choices) { order, count, seed in
            let units = Array(order.prefix(count))
            Self.check(Self.title(units, lang: lang, seed: seed), lang: lang, expected: Set(units))
        }
    }

    @Test("The same units read the same in the three languages")
    func sameUnitsAcrossLanguages() async {
        await propertyCheck(count: 200, input: Self.units, Self.count, Self.choices) { order, count, seed in
            let units = Array(order.prefix(count))
            let read = Language.allCases.map { lang in
                ActorLexicon.mentions(in: ClauseWords(Self.title(units, lang: lang, seed: seed)), lang: lang).first { $0.head == .akim }?
                    .units
            }
            #expect(read[0] == read[1] && read[1] == read[2], "\(units): \(read)")
        }
    }
}
