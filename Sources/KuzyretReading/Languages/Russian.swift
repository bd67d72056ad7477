import KuzyretCore

// Russian for the reading stage: unit labels, repeal and placeholder markers, footnote words,
// citation chains in footnotes, population conditions and number words. The algorithms in
// Structure/ look these tables up; a Russian rule lives here.

extension NumberingGrammar {
    /// «Статья 35.», «Глава 3.», «Раздел 1», «Параграф 2».
    static let russianLabels: [(String, ProvisionKind)] = [
        ("Статья", .article), ("СТАТЬЯ", .article), ("Глава", .chapter), ("ГЛАВА", .chapter),
        ("Раздел", .section), ("РАЗДЕЛ", .section), ("Параграф", .subchapter), ("ПАРАГРАФ", .subchapter),
    ]
}

extension StatusReader {
    /// «утратил силу»; «исключен» is read apart, for its endings.
    static let russianRepealedMarkers = ["утратил силу", "утратила силу", "утратило силу", "утратили силу"]

    /// A placeholder: «вводится в действие с 01.09.2025».
    static let russianPendingLeads = ["вводится в действие с ", "вводятся в действие с "]
}

extension StructuringState {
    /// The word a footnote starts with.
    static let russianFootnoteWords = ["Сноска", "СНОСКА"]

    /// The signature line that ends the body.
    static let russianSignatures: Set<String> = ["президент республики казахстан"]
}

extension FootnoteSubject {
    /// Unit nouns in the instrumental after «дополнен»: «дополнен статьей 38-1».
    static let russianInstrumental: [String: ProvisionKind] = [
        "статьей": .article, "статьями": .article, "главой": .chapter, "главами": .chapter,
        "пунктом": .paragraph, "пунктами": .paragraph, "подпунктом": .point, "подпунктами": .point,
        "разделом": .section, "параграфом": .subchapter,
    ]

    /// Unit nouns of a citation chain: «подпункт 4) пункта 1 статьи 35».
    static let russianNouns: [String: ProvisionKind] = [
        "подпункт": .point, "подпункты": .point, "подпункта": .point, "подпунктом": .point,
        "пункт": .paragraph, "пункты": .paragraph, "пункта": .paragraph, "пунктов": .paragraph,
        "статья": .article, "статью": .article, "статьи": .article, "статей": .article,
        "глава": .chapter, "главу": .chapter, "главы": .chapter,
        "раздел": .section, "раздела": .section, "параграф": .subchapter, "параграфа": .subchapter,
    ]

    /// Ordinals of parts and alineas: «часть вторая».
    static let russianOrdinals: [String: Int] = [
        "первая": 1, "первый": 1, "вторая": 2, "второй": 2, "третья": 3, "третий": 3,
        "четвертая": 4, "четвертый": 4, "пятая": 5, "пятый": 5, "шестая": 6, "шестой": 6,
        "седьмая": 7, "седьмой": 7, "восьмая": 8, "восьмой": 8, "девятая": 9, "девятый": 9,
        "десятая": 10, "десятый": 10,
    ]
}

extension ConditionReader {
    static let russianPredicates: [(String, Condition.Effect)] = [
        ("исключен с ", .repealed), ("исключена с ", .repealed), ("исключено с ", .repealed),
        ("исключены с ", .repealed), ("утрачивает силу с ", .repealed), ("действует с ", .inForce),
        ("действуют с ", .inForce), ("вводится в действие с ", .inForce), ("вводятся в действие с ", .inForce),
    ]

    /// «Подпункт 4) исключен с 01.01.2018 для … с численностью населения более двух тысяч человек в
    /// соответствии с …».
    static func russianMainClause(_ text: String) -> MainClause? {
        subjectFirstClause(text, citation: " в соответствии с ", predicates: russianPredicates, bound: russianBound)
    }

    /// «с численностью населения более двух тысяч человек», «… две тысячи и менее человек».
    static func russianBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.firstByteRange(of: "численностью населения ") else { return nil }
        let words = text[range.upperBound...].split(separator: " ").prefix(8).map {
            String($0).trimmed(",;.()")
        }
        var relation: PopulationBound.Relation?
        var index = 0
        switch words.first {
        case "более", "свыше":
            relation = .above
            index = 1
        case "менее":
            relation = .below
            index = 1
        case "не" where words.count > 1:
            relation = words[1] == "более" ? .atMost : .atLeast
            index = 2
        case "до":
            relation = .atMost
            index = 1
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
}

extension NumberWords {
    static let russianNumbers: [String: Int] = [
        "один": 1, "одной": 1, "одна": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
        "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
        "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
        "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "пятьдесят": 50, "пятидесяти": 50,
        "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
        "пятьсот": 500, "пятисот": 500, "полутора": 1,
    ]
    static let russianThousands: Set<String> = ["тысяча", "тысячи", "тысяч", "тысячу"]
}

extension AmendmentReader {
    /// Words that limit a change to units of some population.
    static let russianPopulationWords = ["численностью населения", "численности населения"]
    /// «с 01.01.2021»: the date after it is a day of entry into force.
    static let russianInForcePrepositions: Set<String> = ["с", "со"]
    /// Rules of entry into force without a day.
    static let russianInForceRules: [(String, String)] = [
        ("десяти календарных дней", "ten days after first official publication"),
        ("порядок введения в действие", "in force as the law's own article says"),
        ("со дня его первого официального опубликования", "from first official publication"),
        ("со дня официального опубликования", "from first official publication"),
        ("со дня подписания", "from signature"),
    ]
    /// A repeal note: «исключен», «утратил силу».
    static let russianRepealWords = ["исключен", "утратил", "утратила", "утратило", "утратили"]
    /// A placeholder's note: «вводится в действие с …».
    static let russianInForceWords = ["вводится в действие", "вводятся в действие", "действует с", "действуют с"]
    /// An amendment note: «с изменениями», «дополнена», «изложен в новой редакции».
    static let russianAmendedWords = ["изменени", "дополнен", "редакци", "заменен"]
}

extension ActLifeReader {
    /// An act's own footnote on when it applies: «Вводится в действие с 01.01.2025 …».
    static let russianInForceLeads = ["вводится в действие с ", "вводятся в действие с ", "введен в действие с "]
    /// «Утратил силу …» at the head of an act's footnote.
    static let russianLostForceLeads = ["утратил силу", "утратила силу", "утратило силу"]
}
