import KuzyretCore

// Kazakh for the reading stage: unit labels, repeal and placeholder markers, footnote words,
// citation chains in footnotes, population conditions and number words. The algorithms in
// Structure/ look these tables up; a Kazakh rule lives here.

extension NumberingGrammar {
    /// «35-бап.», «3-тарау.», «1-бөлім», «2-параграф»: the label follows the number.
    static let kazakhLabels: [(String, ProvisionKind)] = [
        ("бап", .article), ("БАП", .article), ("Бап", .article),
        ("тарау", .chapter), ("ТАРАУ", .chapter), ("Тарау", .chapter),
        ("бөлім", .section), ("БӨЛІМ", .section), ("бөлiм", .section), ("БӨЛIМ", .section), ("Бөлім", .section),
        ("параграф", .subchapter), ("ПАРАГРАФ", .subchapter), ("Параграф", .subchapter),
    ]
}

extension StatusReader {
    /// «алып тасталды», «күші жойылды».
    static let kazakhRepealedMarkers = ["алып тасталды", "алынып тасталды", "күші жойылды", "күшін жойды"]

    /// A placeholder: «01.09.2025 бастап қолданысқа енгізіледі» (after the date).
    static let kazakhPendingTails = ["бастап қолданысқа енгізіледі", "бастап қолданысқа енгiзiледi"]
}

extension StructuringState {
    /// The word a footnote starts with.
    static let kazakhFootnoteWords = ["Ескерту", "ЕСКЕРТУ"]

    /// The signature line that ends the body.
    static let kazakhSignatures: Set<String> = ["қазақстан республикасының президенті"]
}

extension FootnoteSubject {
    static let kazakhStems: [(stem: String, kind: ProvisionKind)] = [
        ("тармақша", .point), ("тармақ", .paragraph), ("тармағ", .paragraph), ("бап", .article), ("баб", .article),
        ("тарау", .chapter), ("бөлім", .section), ("параграф", .subchapter),
    ]

    /// `38-1-баппен` → (article, "38-1", "пен"); `4)` `тармақша` is read by ``kazakh(_:)``.
    static func kazakhReference(_ word: String) -> (ProvisionKind, String, Substring)? {
        let digits = word.prefix { $0.isNumber || $0 == "-" }
        guard let num = number(String(digits.trimmingSuffix("-"))), digits.last == "-" else { return nil }
        let rest = word.dropFirst(digits.count)
        for (stem, kind) in kazakhStems where rest.hasPrefix(stem) {
            return (kind, num, rest.dropFirst(stem.count))
        }
        return nil
    }

    static func kazakh(_ words: [String]) -> FootnoteSubject? {
        var chain: [Qualifier] = []
        var index = 0
        var scope: String?
        while index < words.count {
            let word = words[index]
            if let (kind, num, _) = kazakhReference(word) {
                chain.append(Qualifier(kind: kind, num: num))
                index += 1
            } else if word.hasSuffix(")"), let num = number(word), index + 1 < words.count,
                words[index + 1].hasPrefix("тармақша")
            {
                chain.append(Qualifier(kind: .point, num: num))
                index += 2
            } else if let ordinal = ordinals[word], index + 1 < words.count {
                if words[index + 1].hasPrefix("бөліг") { scope = "part \(ordinal)" }
                if words[index + 1].hasPrefix("абзац") { scope = "alinea \(ordinal)" }
                break
            } else if word.hasPrefix("тақырыб") {
                scope = "heading"
                break
            } else {
                break
            }
        }
        guard let target = chain.last else { return nil }
        return FootnoteSubject(target: .provision(target.kind, num: target.num, within: Array(chain.dropLast())), scope: scope)
    }

    /// Ordinals of parts and alineas: «екінші бөлігі».
    static let kazakhOrdinals: [String: Int] = [
        "бірінші": 1, "екінші": 2, "үшінші": 3, "ұшінші": 3, "төртінші": 4, "бесінші": 5,
        "алтыншы": 6, "жетінші": 7, "сегізінші": 8, "тоғызыншы": 9, "оныншы": 10,
    ]
}

extension ConditionReader {
    static func kazakhMainClause(_ text: String) -> MainClause? {
        // «… үшін – 01.01.2018 бастап алып тасталды - ҚР 11.07.2017 № 90-VI Заңымен.»
        let clause = text.pieces(separatedBy: " - қр ")[0]
        guard let bound = kazakhBound(in: clause), let since = clause.firstByteRange(of: " бастап ") else { return nil }
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

    /// «халық саны екі мың адамнан көп», «… екі мың адам және одан аз».
    static func kazakhBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.firstByteRange(of: "халық саны ") else { return nil }
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

extension NumberWords {
    static let kazakhNumbers: [String: Int] = [
        "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
        "он": 10, "жиырма": 20, "отыз": 30, "елу": 50, "жүз": 100,
    ]
    static let kazakhThousands: Set<String> = ["мың"]
}

extension AmendmentReader {
    /// Words that limit a change to units of some population.
    static let kazakhPopulationWords = ["халқының саны", "халық саны"]
    /// «01.01.2021 бастап»: the date before it is a day of entry into force.
    static let kazakhInForcePostpositions: Set<String> = ["бастап"]
    /// Rules of entry into force without a day.
    static let kazakhInForceRules: [(String, String)] = [
        ("он күн өткен соң", "ten days after first official publication"),
        ("қолданысқа енгізілу тәртібін", "in force as the law's own article says"),
        ("ресми жарияланған күнінен бастап", "from first official publication"),
        ("алғашқы ресми жарияланған күнінен", "from first official publication"),
    ]
    /// A repeal note: «алып тасталды», «күші жойылды».
    static let kazakhRepealWords = ["алып тасталды", "алынып тасталды", "күші жойылды", "күшін жойды"]
    /// A placeholder's note: «… бастап қолданысқа енгізіледі».
    static let kazakhInForceWords = ["қолданысқа енгізіледі", "қолданысқа енгізілді"]
    /// An amendment note: «өзгерістер енгізілді», «толықтырылды», «жаңа редакцияда».
    static let kazakhAmendedWords = ["өзгеріс", "толықтырыл", "редакция"]
}

extension ActLifeReader {
    /// «… бастап қолданысқа енгізіледі» in an act's footnote, after its date.
    static let kazakhInForceTails = ["бастап қолданысқа енгізіледі", "бастап қолданысқа енгізілді"]
    /// «Күші жойылды …» in an act's footnote.
    static let kazakhLostForceWords = ["күші жойылды", "күшін жойды"]
}
