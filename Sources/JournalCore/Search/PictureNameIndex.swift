import GRDB

/// Search finds an entry by the names of its pictures (`journal search storm` finds the entry
/// with storm.jpg): each entry keeps them as words (`pictureWords`, one name a line), kept up to
/// date by the triggers of `attachment`, and the index reads them as its fourth column.
enum PictureNameIndex {
    /// The names of the entry `entryId` (an SQL expression) as `pictureWords` holds them.
    static func words(of entryId: String) -> String {
        "coalesce((SELECT group_concat(name, char(10)) FROM attachment WHERE entryId = \(entryId)), '')"
    }

    /// Part of migration "v6", after `AttachmentSchema.createTables`: the index made again with
    /// the names as a column of their own, as migration v4 made it with feelings and tags.
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER entry_after_insert;
                DROP TRIGGER entry_after_delete;
                DROP TRIGGER entry_after_update_of_words;
                DROP TABLE entryFTS;

                ALTER TABLE entry ADD COLUMN pictureWords TEXT NOT NULL DEFAULT '';

                CREATE TRIGGER attachment_after_insert AFTER INSERT ON attachment BEGIN
                    UPDATE entry SET pictureWords = \(words(of: "new.entryId")) WHERE id = new.entryId;
                END;
                CREATE TRIGGER attachment_after_delete AFTER DELETE ON attachment BEGIN
                    UPDATE entry SET pictureWords = \(words(of: "old.entryId")) WHERE id = old.entryId;
                END;

                CREATE VIRTUAL TABLE entryFTS USING fts5(
                    text,
                    feelingWords,
                    tagWords,
                    pictureWords,
                    content = 'entry',
                    content_rowid = 'id',
                    tokenize = 'journal porter unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
                );
                CREATE TRIGGER entry_after_insert AFTER INSERT ON entry BEGIN
                    INSERT INTO entryFTS(rowid, text, feelingWords, tagWords, pictureWords)
                    VALUES (new.id, new.text, new.feelingWords, new.tagWords, new.pictureWords);
                END;
                CREATE TRIGGER entry_after_delete AFTER DELETE ON entry BEGIN
                    INSERT INTO entryFTS(entryFTS, rowid, text, feelingWords, tagWords, pictureWords)
                    VALUES ('delete', old.id, old.text, old.feelingWords, old.tagWords, old.pictureWords);
                END;
                CREATE TRIGGER entry_after_update_of_words AFTER UPDATE OF text, feelingWords, tagWords, pictureWords ON entry BEGIN
                    INSERT INTO entryFTS(entryFTS, rowid, text, feelingWords, tagWords, pictureWords)
                    VALUES ('delete', old.id, old.text, old.feelingWords, old.tagWords, old.pictureWords);
                    INSERT INTO entryFTS(rowid, text, feelingWords, tagWords, pictureWords)
                    VALUES (new.id, new.text, new.feelingWords, new.tagWords, new.pictureWords);
                END;
                INSERT INTO entryFTS(entryFTS) VALUES ('rebuild');
                """)
    }
}
