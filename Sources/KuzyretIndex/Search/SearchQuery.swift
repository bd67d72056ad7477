/// The phrases of an FTS5 query, numbered as FTS5 numbers them (left to right), so that ranking
/// can weigh each by its own inverse document frequency (``RankFunction``).
///
/// FTS5 itself decides what matches; this reading only has to agree with it on the phrases:
/// barewords and "quoted strings" are phrases (`a + b` joins two into one), a trailing `*` makes
/// a prefix phrase, `AND`/`OR`/`NOT`/`NEAR(…, N)` are operators, and `column:` or `{columns}:`
/// filters name columns, not phrases. A phrase with no word in it (`№`) is no phrase to FTS5
/// either: ``Ranking`` leaves it out.
struct SearchQuery: Equatable {
    struct Phrase: Equatable {
        /// The phrase as written (unquoted).
        var text: String
        var prefix: Bool
    }

    var phrases: [Phrase] = []
    /// Every phrase must match (no `OR`, `NOT`, `NEAR` or column filter): a provision holding
    /// all of them is a match without asking FTS5.
    var conjunctive = true

    init(_ query: String) {
        let scalars = Array(query.unicodeScalars)
        var index = 0
        var joinNext = false
        var afterNearComma = false
        var inBraces = false
        func add(_ text: String, prefix: Bool) {
            if joinNext, let last = phrases.indices.last {
                phrases[last].text += " " + text
                phrases[last].prefix = prefix
            } else {
                phrases.append(Phrase(text: text, prefix: prefix))
            }
            joinNext = false
        }
        func prefixFollows() -> Bool {
            guard index < scalars.count, scalars[index] == "*" else { return false }
            index += 1
            return true
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case " ", "\t", "\n", "\r", "(", ")":
                index += 1
            case "^":
                // A phrase that must start the column: only FTS5 can tell.
                conjunctive = false
                index += 1
            case "{":
                inBraces = true
                conjunctive = false
                index += 1
            case "}":
                inBraces = false
                index += 1
            case ",":
                afterNearComma = true
                index += 1
            case "+":
                joinNext = !phrases.isEmpty
                index += 1
            case ":":
                // The bareword before was a column name, not a phrase.
                conjunctive = false
                index += 1
            case "\"":
                index += 1
                var text = ""
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            text.unicodeScalars.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                add(text, prefix: prefixFollows())
            default:
                var word = ""
                while index < scalars.count, !" \t\n\r\"(),+:^*{}".unicodeScalars.contains(scalars[index]) {
                    word.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if word.isEmpty {
                    index += 1  // a lone `*`
                    continue
                }
                let prefix = prefixFollows()
                var next = index
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                let columnName = next < scalars.count && scalars[next] == ":"
                if inBraces || columnName { continue }
                if afterNearComma {
                    afterNearComma = false
                    if word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { continue }
                }
                switch word {
                case "AND": continue
                case "OR", "NOT", "NEAR":
                    conjunctive = false
                    continue
                default: add(word, prefix: prefix)
                }
            }
        }
    }
}
