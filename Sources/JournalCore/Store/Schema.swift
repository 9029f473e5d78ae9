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
        migrator.registerMigration("v4") { db in
            // Search finds feelings and tags as words, and text in scripts without spaces
            // (SearchTokenizer). The index reads its columns from the entry, so each entry keeps
            // its feelings and tags as words too, kept up to date by the triggers of their rows;
            // those of the entry then keep the index up to date.
            try db.execute(
                sql: """
                    DROP TRIGGER entry_after_insert;
                    DROP TRIGGER entry_after_delete;
                    DROP TRIGGER entry_after_update_of_text;
                    DROP TABLE entryFTS;

                    ALTER TABLE entry ADD COLUMN feelingWords TEXT NOT NULL DEFAULT '';
                    ALTER TABLE entry ADD COLUMN tagWords TEXT NOT NULL DEFAULT '';
                    UPDATE entry SET
                        feelingWords = coalesce((SELECT group_concat(name, ', ') FROM entryFeeling WHERE entryId = entry.id), ''),
                        tagWords = coalesce((SELECT group_concat('#' || name, ' ') FROM entryTag WHERE entryId = entry.id), '');

                    CREATE TRIGGER entryFeeling_after_insert AFTER INSERT ON entryFeeling BEGIN
                        UPDATE entry SET feelingWords = (SELECT group_concat(name, ', ') FROM entryFeeling WHERE entryId = new.entryId)
                        WHERE id = new.entryId;
                    END;
                    CREATE TRIGGER entryFeeling_after_delete AFTER DELETE ON entryFeeling BEGIN
                        UPDATE entry SET feelingWords = coalesce((SELECT group_concat(name, ', ') FROM entryFeeling WHERE entryId = old.entryId), '')
                        WHERE id = old.entryId;
                    END;
                    CREATE TRIGGER entryTag_after_insert AFTER INSERT ON entryTag BEGIN
                        UPDATE entry SET tagWords = (SELECT group_concat('#' || name, ' ') FROM entryTag WHERE entryId = new.entryId)
                        WHERE id = new.entryId;
                    END;
                    CREATE TRIGGER entryTag_after_delete AFTER DELETE ON entryTag BEGIN
                        UPDATE entry SET tagWords = coalesce((SELECT group_concat('#' || name, ' ') FROM entryTag WHERE entryId = old.entryId), '')
                        WHERE id = old.entryId;
                    END;

                    CREATE VIRTUAL TABLE entryFTS USING fts5(
                        text,
                        feelingWords,
                        tagWords,
                        content = 'entry',
                        content_rowid = 'id',
                        tokenize = 'journal porter unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
                    );
                    CREATE TRIGGER entry_after_insert AFTER INSERT ON entry BEGIN
                        INSERT INTO entryFTS(rowid, text, feelingWords, tagWords)
                        VALUES (new.id, new.text, new.feelingWords, new.tagWords);
                    END;
                    CREATE TRIGGER entry_after_delete AFTER DELETE ON entry BEGIN
                        INSERT INTO entryFTS(entryFTS, rowid, text, feelingWords, tagWords)
                        VALUES ('delete', old.id, old.text, old.feelingWords, old.tagWords);
                    END;
                    CREATE TRIGGER entry_after_update_of_words AFTER UPDATE OF text, feelingWords, tagWords ON entry BEGIN
                        INSERT INTO entryFTS(entryFTS, rowid, text, feelingWords, tagWords)
                        VALUES ('delete', old.id, old.text, old.feelingWords, old.tagWords);
                        INSERT INTO entryFTS(rowid, text, feelingWords, tagWords)
                        VALUES (new.id, new.text, new.feelingWords, new.tagWords);
                    END;
                    INSERT INTO entryFTS(entryFTS) VALUES ('rebuild');
                    """)
        }
        migrator.registerMigration("v5") { db in
            // A worksheet's fields are rows of their own, typed by the field's definition in
            // JournalCore (Worksheets/Kinds): one table for every kind, so that a kind's fields
            // are defined once, in Swift. `words` holds the text of its fields for search.
            try db.execute(
                sql: """
                    CREATE TABLE worksheet (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        date INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL,
                        isFlagged BOOLEAN NOT NULL DEFAULT 0,
                        isPrivate BOOLEAN NOT NULL DEFAULT 0,
                        words TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX worksheet_on_date ON worksheet(date);
                    CREATE INDEX worksheet_on_kind ON worksheet(kind, date);

                    -- One value of a field; a list (moods, thoughts) has one row per item, in order.
                    -- A number is a rating, a count, minutes, a yes (1) or no (0), a day (days since
                    -- 1970-01-01) or a time (seconds since 1970, with its utcOffset); isMarked is a hot
                    -- thought or an urge acted on.
                    CREATE TABLE worksheetValue (
                        worksheetId INTEGER NOT NULL REFERENCES worksheet(id) ON DELETE CASCADE,
                        field TEXT NOT NULL,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        text TEXT,
                        number INTEGER,
                        utcOffset INTEGER,
                        isMarked BOOLEAN NOT NULL DEFAULT 0,
                        PRIMARY KEY (worksheetId, field, position)
                    ) WITHOUT ROWID;

                    CREATE VIRTUAL TABLE worksheetFTS USING fts5(
                        words,
                        content = 'worksheet',
                        content_rowid = 'id',
                        tokenize = 'journal porter unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
                    );
                    CREATE TRIGGER worksheet_after_insert AFTER INSERT ON worksheet BEGIN
                        INSERT INTO worksheetFTS(rowid, words) VALUES (new.id, new.words);
                    END;
                    CREATE TRIGGER worksheet_after_delete AFTER DELETE ON worksheet BEGIN
                        INSERT INTO worksheetFTS(worksheetFTS, rowid, words) VALUES ('delete', old.id, old.words);
                    END;
                    CREATE TRIGGER worksheet_after_update_of_words AFTER UPDATE OF words ON worksheet BEGIN
                        INSERT INTO worksheetFTS(worksheetFTS, rowid, words) VALUES ('delete', old.id, old.words);
                        INSERT INTO worksheetFTS(rowid, words) VALUES (new.id, new.words);
                    END;
                    """)
        }
        migrator.registerMigration("v6") { db in
            try AttachmentSchema.createTables(db)
            try PictureNameIndex.create(db)
        }
        migrator.registerMigration("v7") { db in
            // Between sessions (issue 20): what stayed with the writer from a session, the
            // messages they would have sent their therapist, and the homework agreed at a
            // session. A message is a table of its own rather than a kind of entry: it has no
            // tags, feelings or flag, it is not part of the entries' mood, and every query of
            // entries stays as it was. Its search index cuts words as the entries' does.
            try db.execute(
                sql: """
                    ALTER TABLE session ADD COLUMN takeaway TEXT;

                    CREATE TABLE message (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        date INTEGER NOT NULL,
                        utcOffset INTEGER NOT NULL,
                        mood INTEGER CHECK (mood BETWEEN 0 AND 10),
                        text TEXT NOT NULL,
                        isPrivate BOOLEAN NOT NULL DEFAULT 0
                    );
                    CREATE INDEX message_on_date ON message(date);

                    CREATE VIRTUAL TABLE messageFTS USING fts5(
                        text,
                        content = 'message',
                        content_rowid = 'id',
                        tokenize = 'journal porter unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
                    );
                    CREATE TRIGGER message_after_insert AFTER INSERT ON message BEGIN
                        INSERT INTO messageFTS(rowid, text) VALUES (new.id, new.text);
                    END;
                    CREATE TRIGGER message_after_delete AFTER DELETE ON message BEGIN
                        INSERT INTO messageFTS(messageFTS, rowid, text) VALUES ('delete', old.id, old.text);
                    END;
                    CREATE TRIGGER message_after_update_of_text AFTER UPDATE OF text ON message BEGIN
                        INSERT INTO messageFTS(messageFTS, rowid, text) VALUES ('delete', old.id, old.text);
                        INSERT INTO messageFTS(rowid, text) VALUES (new.id, new.text);
                    END;

                    -- What was agreed at a session. A worksheet kind and a number of times go
                    -- together: the homework then counts the worksheets of that kind written since
                    -- it was set. status stays null until the writer reviews it.
                    CREATE TABLE homework (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        text TEXT NOT NULL,
                        worksheetKind TEXT,
                        times INTEGER CHECK (times >= 1),
                        setAt INTEGER NOT NULL,
                        setUtcOffset INTEGER NOT NULL,
                        dueAt INTEGER,
                        dueUtcOffset INTEGER,
                        status TEXT CHECK (status IN ('done', 'partly', 'not-done')),
                        note TEXT,
                        reviewedAt INTEGER,
                        CHECK ((worksheetKind IS NULL) = (times IS NULL)),
                        CHECK ((dueAt IS NULL) = (dueUtcOffset IS NULL))
                    );
                    CREATE INDEX homework_on_setAt ON homework(setAt);
                    """)
        }
        migrator.registerMigration("v8", migrate: createSettingsTable)
        return migrator
    }
}
