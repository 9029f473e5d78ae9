import GRDB

/// Indexing entries for search one at a time, as the triggers do, costs twice as much as
/// indexing them all at once; most of an import's time is this indexing.
enum SearchIndexing {
    /// The triggers that index an entry when it is stored, and again each time a feeling or a
    /// tag is added to it.
    static let indexingTriggers = ["entry_after_insert", "entry_after_update_of_words"]

    /// Runs `body`, which only adds entries (with their feelings and tags), with the indexing
    /// triggers set aside; then indexes the entries it added in one statement and puts the
    /// triggers back as they were. Only inside a transaction: readers never see the journal
    /// without its triggers, and a failure restores them.
    static func deferred(_ db: Database, _ body: () throws -> Void) throws {
        let triggers = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            arguments: StatementArguments(indexingTriggers))
        guard triggers.count == indexingTriggers.count else { return try body() }
        let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0
        for name in indexingTriggers { try db.execute(sql: "DROP TRIGGER \(name)") }
        try body()
        try db.execute(
            sql: """
                INSERT INTO entryFTS(rowid, text, feelingWords, tagWords)
                SELECT id, text, feelingWords, tagWords FROM entry WHERE id > ?
                """,
            arguments: [lastID])
        for sql in triggers { try db.execute(sql: sql) }
    }
}
