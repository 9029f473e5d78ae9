import GRDB

/// Indexing entries for search one at a time, as the triggers do, costs twice as much as
/// indexing them all at once; most of an import's time is this indexing.
enum SearchIndexing {
    /// The triggers that index an entry when it is stored, and that give it its feelings, tags
    /// and pictures' names as words (each of which indexes it again).
    static let indexingTriggers = [
        "entry_after_insert", "entry_after_update_of_words", "entryFeeling_after_insert", "entryTag_after_insert",
        "attachment_after_insert",
    ]

    /// Runs `body`, which only adds entries (with their feelings, tags and pictures) and
    /// pictures to entries already there, with the indexing triggers set aside; then gives the
    /// entries it added their words and indexes them, one statement each, indexes again those
    /// already there that it gave pictures, and puts the triggers back as they were. Only inside
    /// a transaction: readers never see the journal without its triggers, and a failure
    /// restores them.
    static func deferred(_ db: Database, _ body: () throws -> Void) throws {
        let triggers = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (\(indexingTriggers[...].sqlPlaceholders))",
            arguments: StatementArguments(indexingTriggers))
        guard triggers.count == indexingTriggers.count else { return try body() }
        let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0
        let lastPictureID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM attachment") ?? 0
        for name in indexingTriggers { try db.execute(sql: "DROP TRIGGER \(name)") }
        try body()
        // Entries already indexed that were given pictures: out of the index with the words
        // they were indexed with, which their rows still hold, and back in with the new names.
        let given = "SELECT entryId FROM attachment WHERE id > ? AND entryId <= ?"
        try db.execute(
            sql: """
                INSERT INTO entryFTS(entryFTS, rowid, text, feelingWords, tagWords, pictureWords)
                SELECT 'delete', id, text, feelingWords, tagWords, pictureWords FROM entry WHERE id IN (\(given))
                """,
            arguments: [lastPictureID, lastID])
        try db.execute(
            sql: """
                UPDATE entry SET pictureWords = \(PictureNameIndex.words(of: "entry.id"))
                WHERE id IN (SELECT entryId FROM attachment WHERE id > ?)
                """,
            arguments: [lastPictureID])
        try db.execute(
            sql: """
                INSERT INTO entryFTS(rowid, text, feelingWords, tagWords, pictureWords)
                SELECT id, text, feelingWords, tagWords, pictureWords FROM entry WHERE id IN (\(given))
                """,
            arguments: [lastPictureID, lastID])
        // The words as the feeling and tag triggers of migration v4 write them. OR ROLLBACK: a
        // statement that could stop half-way keeps a copy of every page it changes until it ends
        // (a statement journal), in memory, as nothing temporary is written to disk
        // (SQLITE_TEMP_STORE=3); for 100,000 imported entries that was 140 MB. The transaction
        // is all or nothing anyway.
        try db.execute(
            sql: """
                UPDATE OR ROLLBACK entry SET
                    feelingWords = coalesce((SELECT group_concat(name, ', ') FROM entryFeeling WHERE entryId = entry.id), ''),
                    tagWords = coalesce((SELECT group_concat('#' || name, ' ') FROM entryTag WHERE entryId = entry.id), '')
                WHERE id > ? AND (
                    EXISTS (SELECT 1 FROM entryFeeling WHERE entryId = entry.id)
                    OR EXISTS (SELECT 1 FROM entryTag WHERE entryId = entry.id))
                """,
            arguments: [lastID])
        try db.execute(
            sql: """
                INSERT INTO entryFTS(rowid, text, feelingWords, tagWords, pictureWords)
                SELECT id, text, feelingWords, tagWords, pictureWords FROM entry WHERE id > ?
                """,
            arguments: [lastID])
        for sql in triggers { try db.execute(sql: sql) }
    }
}
