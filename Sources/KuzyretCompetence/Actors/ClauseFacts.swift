/// Facts about each clause of a text that the readers of roles ask again and again («is there a
/// passive verb before this mention?», «where does the clause end?»), each found for every clause
/// in one pass over the words on first use. Reading a clause that names many actors thus costs
/// time linear in its length, not in its length times its actors.
///
/// One value serves one reading of one text (``ActorLexicon/mentions(in:lang:)``); it is not
/// shared between threads.
final class ClauseFacts {
    let words: ClauseWords
    private var firsts: [String: [Int]] = [:]
    private var lasts: [String: [Int]] = [:]

    init(_ words: ClauseWords) {
        self.words = words
    }

    /// The number of clauses.
    var clauseCount: Int { (words.clause.last ?? -1) + 1 }

    /// The index of the last word of `clause`.
    func lastWord(of clause: Int) -> Int? { words.lastWord(ofClause: clause) }

    /// The first word of `clause` whose folded form passes `test`; `key` names the test, which is
    /// run over every word once.
    func first(_ key: String, in clause: Int, where test: (String) -> Bool) -> Int? {
        if firsts[key] == nil {
            var found = Array(repeating: Int.max, count: clauseCount)
            for index in words.words.indices where found[words.clause[index]] == Int.max && test(words.words[index].folded) {
                found[words.clause[index]] = index
            }
            firsts[key] = found
        }
        let index = firsts[key]![clause]
        return index == Int.max ? nil : index
    }

    /// The last word of `clause` whose folded form passes `test`.
    func last(_ key: String, in clause: Int, where test: (String) -> Bool) -> Int? {
        if lasts[key] == nil {
            var found = Array(repeating: -1, count: clauseCount)
            for index in words.words.indices where test(words.words[index].folded) { found[words.clause[index]] = index }
            lasts[key] = found
        }
        let index = lasts[key]![clause]
        return index < 0 ? nil : index
    }
}
