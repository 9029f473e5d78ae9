import GRDB

extension JournalStore {
    /// Marks a SQLite file as a journal (`PRAGMA application_id`, "JRNL"), so that a SQLite
    /// file of another program is recognised and left alone.
    static let applicationID: Int32 = 0x4A52_4E4C

    /// The schema, one migration per version. A migration that has landed is never edited:
    /// journals in the wild were made by it. Change the schema with a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // AUTOINCREMENT: an id the writer noted down never comes back for another entry.
            try db.execute(
                sql: """
                    CREATE TABLE entry (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        date INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL,
                        mood INTEGER CHECK (mood BETWEEN 0 AND 10),
                        text TEXT NOT NULL,
                        isFlagged BOOLEAN NOT NULL DEFAULT 0,
                        isPrivate BOOLEAN NOT NULL DEFAULT 0
                    );
                    CREATE INDEX entry_on_date ON entry(date);

                    CREATE TABLE entryTag (
                        entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        PRIMARY KEY (entryId, name)
                    ) WITHOUT ROWID;
                    CREATE INDEX entryTag_on_name ON entryTag(name, entryId);

                    CREATE TABLE entryFeeling (
                        entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        PRIMARY KEY (entryId, name)
                    ) WITHOUT ROWID;
                    CREATE INDEX entryFeeling_on_name ON entryFeeling(name, entryId);

                    CREATE TABLE session (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        date INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL,
                        note TEXT,
                        isPlanned BOOLEAN NOT NULL DEFAULT 0
                    );
                    CREATE INDEX session_on_date ON session(isPlanned, date);

                    CREATE TABLE topic (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        text TEXT NOT NULL,
                        createdAt INTEGER NOT NULL,
                        doneAt INTEGER
                    );

                    CREATE VIRTUAL TABLE entryFTS USING fts5(
                        text,
                        content = 'entry',
                        content_rowid = 'id',
                        tokenize = 'porter unicode61 remove_diacritics 2'
                    );
                    CREATE TRIGGER entry_after_insert AFTER INSERT ON entry BEGIN
                        INSERT INTO entryFTS(rowid, text) VALUES (new.id, new.text);
                    END;
                    CREATE TRIGGER entry_after_delete AFTER DELETE ON entry BEGIN
                        INSERT INTO entryFTS(entryFTS, rowid, text) VALUES ('delete', old.id, old.text);
                    END;
                    CREATE TRIGGER entry_after_update_of_text AFTER UPDATE OF text ON entry BEGIN
                        INSERT INTO entryFTS(entryFTS, rowid, text) VALUES ('delete', old.id, old.text);
                        INSERT INTO entryFTS(rowid, text) VALUES (new.id, new.text);
                    END;
                    """)
        }
        migrator.registerMigration("v2") { db in
            // The plan is never updated in place: every edit is a new version, so that the
            // writer can see when it changed and nothing they wrote is lost.
            try db.execute(
                sql: """
                    CREATE TABLE planVersion (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        text TEXT NOT NULL,
                        savedAt INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL
                    );

                    CREATE TABLE checkIn (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        instrument TEXT NOT NULL,
                        date INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL,
                        total INTEGER NOT NULL CHECK (total >= 0),
                        band TEXT NOT NULL
                    );
                    CREATE INDEX checkIn_on_date ON checkIn(date);
                    CREATE INDEX checkIn_on_instrument ON checkIn(instrument, date);

                    CREATE TABLE checkInAnswer (
                        checkInId INTEGER NOT NULL REFERENCES checkIn(id) ON DELETE CASCADE,
                        item INTEGER NOT NULL CHECK (item >= 1),
                        answer INTEGER NOT NULL CHECK (answer BETWEEN 0 AND 3),
                        PRIMARY KEY (checkInId, item)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v3") { db in
            // Whether a tag was given (--tag, an imported file's tags) or only written as #tag in
            // the text: editing the text removes the tags that left it, never the given ones.
            // Tags stored before this count as given, so none disappears unasked.
            try db.execute(sql: "ALTER TABLE entryTag ADD COLUMN isGiven BOOLEAN NOT NULL DEFAULT 1")
        }
        migrator.registerMigration("v5-attachments", migrate: AttachmentSchema.createTables)
        return migrator
    }
}
