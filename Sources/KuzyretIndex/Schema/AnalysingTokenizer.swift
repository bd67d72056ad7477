import GRDB
import KuzyretAnalysis
import KuzyretCore

/// The FTS5 tokenizer `kuzyret LANG`: ``TextAnalyzer`` inside SQLite (DESIGN.md §9).
///
/// Documents and queries of a table are analysed in the table's language (`kuzyret rus`,
/// `kuzyret kaz`, `kuzyret eng`). A prefix query («выпас*») is folded but not stemmed: a stem of a
/// word's beginning is not a beginning of its stems.
final class AnalysingTokenizer: FTS5CustomTokenizer {
    static let name = "kuzyret"

    let lang: Language
    let analyzer = TextAnalyzer()
    /// The connection this tokenizer works for: a build attaches a ``TermCollector`` to it.
    let connection: OpaquePointer?

    init(db: Database, arguments: [String]) throws {
        guard let first = arguments.first, let lang = Language(rawValue: first) else {
            throw DatabaseError(message: "the kuzyret tokenizer needs a language: rus, kaz or eng")
        }
        self.lang = lang
        connection = db.sqliteConnection
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        // A document indexed or removed during a build: its terms go to the ranking figures.
        let collector = tokenization.contains(.document) ? TermCollector.attached(to: connection) : nil
        // A document of a build was analysed already on the worker that read it: handed over as
        // is; anything else (queries, deletes, snippets) is analysed here.
        let terms =
            collector?.takeAnalysed(bytes: Int(nText))
            ?? {
                let text = pText.withMemoryRebound(to: UInt8.self, capacity: Int(nText)) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(nText)), as: UTF8.self)
                }
                return analyzer.terms(of: text, lang: lang, stemming: !tokenization.contains(.prefix)).map {
                    IndexedTerm($0.term, at: $0.range, in: text, offset: 0)
                }
            }()
        collector?.document(terms.map(\.term), lang: lang)
        for token in terms {
            let code = token.term.utf8CString.withUnsafeBufferPointer { buffer in
                tokenCallback(context, 0, buffer.baseAddress, CInt(buffer.count - 1), token.start, token.end)
            }
            if code != 0 { return code }  // SQLITE_OK is 0
        }
        return 0
    }
}
