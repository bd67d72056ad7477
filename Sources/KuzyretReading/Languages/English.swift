import KuzyretCore

// English for the reading stage: unit labels, repeal and placeholder markers, footnote words,
// citation chains in footnotes, population conditions and number words. The algorithms in
// Structure/ look these tables up; an English rule lives here.

extension NumberingGrammar {
    /// "Article 35.", "Chapter 3.", "Section 1", "Paragraph 2".
    static let englishLabels: [(String, ProvisionKind)] = [
        ("Article", .article), ("ARTICLE", .article), ("Chapter", .chapter), ("CHAPTER", .chapter),
        ("Section", .section), ("SECTION", .section), ("Paragraph", .subchapter), ("PARAGRAPH", .subchapter),
    ]
}

extension StatusReader {
    /// "excluded", "repealed".
    static let englishRepealedMarkers = ["excluded", "is excluded", "repealed", "is repealed", "deleted", "lost force"]

    /// A placeholder: "shall be enforced from 01.09.2025".
    static let englishPendingLeads = [
        "shall be enforced from ", "shall enter into force from ", "shall be put into effect from ",
        "is put into effect from ", "enters into force on ", "comes into force on ", "shall come into force on ",
    ]
}

extension StructuringState {
    /// The word a footnote starts with.
    static let englishFootnoteWords = ["Footnote", "FOOTNOTE"]

    /// The signature line that ends the body.
    static let englishSignatures: Set<String> = ["president of the republic of kazakhstan"]
}

extension FootnoteSubject {
    /// Unit nouns after “supplemented”: «is supplemented by subparagraph 2-1)», «supplemented with Article 38-1».
    static let englishInstrumental: [String: ProvisionKind] = [
        "subparagraph": .point, "subparagraphs": .point, "paragraph": .paragraph, "paragraphs": .paragraph,
        "article": .article, "articles": .article, "chapter": .chapter, "section": .section,
    ]

    /// Unit nouns of a citation chain: «subparagraph 4) of paragraph 1 of Article 35».
    static let englishNouns: [String: ProvisionKind] = [
        "subparagraph": .point, "subparagraphs": .point, "paragraph": .paragraph, "paragraphs": .paragraph,
        "article": .article, "articles": .article, "chapter": .chapter, "section": .section,
    ]
}

extension ConditionReader {
    static let englishPredicates: [(String, Condition.Effect)] = [
        ("excluded from ", .repealed), ("repealed from ", .repealed), ("shall cease to be in force from ", .repealed),
        ("enforced from ", .inForce), ("enter into force from ", .inForce), ("enters into force from ", .inForce),
        ("apply from ", .inForce), ("applies from ", .inForce), ("in force from ", .inForce),
    ]

    /// «Subparagraph 4) is excluded from 01.01.2018 for … with a population of more than two
    /// thousand people by the Law …», «… shall be enforced from 01.01.2026 for … two thousand people
    /// or less».
    static func englishMainClause(_ text: String) -> MainClause? {
        subjectFirstClause(text, citation: " by the law", predicates: englishPredicates, bound: englishBound)
    }

    /// «with a population of more than two thousand people», «… two thousand people or less».
    static func englishBound(in text: some StringProtocol) -> PopulationBound? {
        guard let range = text.firstByteRange(of: "population of ") else { return nil }
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

extension NumberWords {
    static let englishNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    ]
    static let englishThousands: Set<String> = ["thousand"]
}

extension AmendmentReader {
    /// Words that limit a change to units of some population.
    static let englishPopulationWords = ["population"]
    /// "from 01.01.2021": the date after it is a day of entry into force.
    static let englishInForcePrepositions: Set<String> = ["from"]
    /// Rules of entry into force without a day.
    static let englishInForceRules: [(String, String)] = [
        ("ten calendar days", "ten days after first official publication"),
        ("date of its first official publication", "from first official publication"),
    ]
    /// A repeal note: "excluded", "repealed".
    static let englishRepealWords = ["excluded", "repealed", "deleted", "lost force"]
    /// A placeholder's note: "shall be enforced from …".
    static let englishInForceWords = ["shall be enforced", "enters into force", "shall enter into force"]
    /// An amendment note: "as amended", "supplemented".
    static let englishAmendedWords = ["amend", "supplemented", "new wording"]
}

extension ActLifeReader {
    /// An act's own footnote on when it applies: "Shall be enforced from 01.01.2025".
    static let englishInForceLeads = ["shall be enforced from ", "shall enter into force on ", "enters into force on "]
    /// "Lost force …" at the head of an act's footnote.
    static let englishLostForceLeads = ["lost force", "repealed"]
}
