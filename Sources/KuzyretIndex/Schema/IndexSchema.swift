import GRDB
import KuzyretCore

/// The tables of the index (DESIGN.md §9).
///
/// `act` holds one row per (act, language, edition) with the file it came from and that file's
/// content hash; every other table hangs off an act row and goes with it. Provision text is
/// searched through one FTS5 table per language (`provision_text_rus`, `_kaz`, `_eng`), each
/// analysed by `kuzyret LANG` and keyed by the provision's rowid.
enum IndexSchema {
    static func ftsTable(_ lang: Language) -> String { "provision_text_\(lang.rawValue)" }

    /// An SQL condition on an `act` row aliased `a`: it is the newest indexed edition of its act
    /// in its language (what search and show read unless told otherwise). The mark is set by
    /// ``markNewestEditions(in:)`` at the end of every build, so a search does not look for it
    /// on every row it matches.
    static let newestEdition = "a.newest = 1"

    /// Marks, for every act and language, the act row of its newest edition.
    static func markNewestEditions(in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE act SET newest = (id = (SELECT b.id FROM act b WHERE b.act = act.act AND b.lang = act.lang ORDER BY b.edition DESC LIMIT 1))
                """)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE act (
                        id INTEGER PRIMARY KEY,
                        act TEXT NOT NULL, lang TEXT NOT NULL, edition TEXT, title TEXT NOT NULL,
                        path TEXT NOT NULL, files TEXT NOT NULL, hash TEXT NOT NULL, partial INTEGER NOT NULL,
                        UNIQUE (act, lang, edition)
                    );
                    CREATE TABLE provision (
                        id INTEGER PRIMARY KEY,
                        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                        address TEXT NOT NULL, eid TEXT NOT NULL, parent TEXT, kind TEXT NOT NULL,
                        num TEXT, heading TEXT, text TEXT NOT NULL, status TEXT NOT NULL, position INTEGER NOT NULL
                    );
                    CREATE INDEX provision_address ON provision(address);
                    CREATE INDEX provision_act ON provision(act_id);
                    CREATE TABLE competence (
                        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                        address TEXT NOT NULL, actor TEXT NOT NULL, modality TEXT NOT NULL, status TEXT NOT NULL,
                        inherited_from TEXT NOT NULL, topics TEXT NOT NULL, json TEXT NOT NULL
                    );
                    CREATE INDEX competence_actor ON competence(actor, address);
                    CREATE TABLE flag (
                        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                        address TEXT NOT NULL, actors TEXT NOT NULL, kind TEXT NOT NULL, open_ended INTEGER NOT NULL,
                        span TEXT NOT NULL, explanation TEXT NOT NULL, charter TEXT NOT NULL, json TEXT NOT NULL
                    );
                    CREATE INDEX flag_address ON flag(address);
                    CREATE TABLE reference (
                        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                        from_address TEXT NOT NULL, target_act TEXT, target_address TEXT, span TEXT NOT NULL
                    );
                    CREATE INDEX reference_target ON reference(target_address);
                    CREATE INDEX reference_from ON reference(from_address);
                    """)
            for lang in Language.allCases {
                try db.create(virtualTable: ftsTable(lang), using: FTS5()) { table in
                    table.tokenizer = AnalysingTokenizer.tokenizerDescriptor(arguments: [lang.rawValue])
                    table.column("text")
                }
            }
        }
        // The paths of every excerpt merged into an act row (`path` is the first): a build keeps a
        // row only while all of them are still given. The mark of the newest edition of each act. The act's
        // identification as JSON (`ActInfo`), for lists read back from the index. The size and time
        // of its files, so an unchanged file is known without reading it.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE act ADD COLUMN excerpts TEXT NOT NULL DEFAULT ''")
            try db.execute(sql: "ALTER TABLE act ADD COLUMN newest INTEGER NOT NULL DEFAULT 0")
            try db.execute(sql: "ALTER TABLE act ADD COLUMN info TEXT NOT NULL DEFAULT '{}'")
            try db.execute(sql: "ALTER TABLE act ADD COLUMN stamps TEXT NOT NULL DEFAULT ''")
            try markNewestEditions(in: db)
        }
        // The figures ranking reads instead of FTS5's posting lists (``TermStatistics``): totals
        // per language, provisions holding each term, and each term's champion list. They are
        // gathered while FTS5 indexes, so an index made before them is built again from nothing
        // (``IndexBuilder``), not migrated.
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    CREATE TABLE corpus_stat (lang TEXT PRIMARY KEY, docs INTEGER NOT NULL, tokens INTEGER NOT NULL);
                    CREATE TABLE term_stat (lang TEXT NOT NULL, term TEXT NOT NULL, docs INTEGER NOT NULL, PRIMARY KEY (lang, term)) WITHOUT ROWID;
                    CREATE TABLE term_top (lang TEXT NOT NULL, term TEXT NOT NULL, entries BLOB NOT NULL, PRIMARY KEY (lang, term)) WITHOUT ROWID;
                    """)
        }
        // v4: what a provision page reads, found by its text and address rather than by scanning
        // every provision of an act or every competence (the web's provision page read 10 to 20
        // rows this way per request). The same indexes serve the deletes an incremental build
        // cascades from `act`.
        migrator.registerMigration("v4") { db in
            try db.execute(
                sql: """
                    CREATE INDEX provision_text_eid ON provision(act_id, eid);
                    DROP INDEX provision_act;
                    CREATE INDEX competence_text ON competence(act_id, address);
                    CREATE INDEX flag_text ON flag(act_id, address);
                    CREATE INDEX reference_text ON reference(act_id, from_address);
                    """)
        }
        // v5: the amending laws each text's notes cite (``AmendmentEvent``), for an act's and a
        // provision's history and for reading an older edition as later ones correct it. The
        // act's life (``ActLife``) travels in `info`; an index made before it is built again.
        migrator.registerMigration("v5") { db in
            try db.execute(
                sql: """
                    CREATE TABLE amendment (
                        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                        eid TEXT NOT NULL, law_date TEXT NOT NULL, law_number TEXT NOT NULL,
                        in_force_from TEXT, in_force_rule TEXT, effect TEXT NOT NULL
                    );
                    CREATE INDEX amendment_text ON amendment(act_id, eid);
                    """)
        }
        // v6: what made the rows (``IndexBuilder/identity``): a build by another kuzyret or with
        // another catalog starts from nothing.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: "CREATE TABLE build_identity (value TEXT NOT NULL)")
        }
        return migrator
    }

    /// Registers what every connection needs: the tokenizer, the ranking function and foreign keys.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A build that changes the index in place takes the write lock for a moment to go to
        // WAL mode and back: readers wait for it rather than fail.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(tokenizer: AnalysingTokenizer.self)
            RankFunction.register(in: db)
        }
        return configuration
    }
}
