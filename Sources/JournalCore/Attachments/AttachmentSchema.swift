import GRDB

/// The tables of pictures, made by the migration "v6" (`JournalStore.migrator`),
/// which is never edited once landed.
///
/// What `list`, `show` and `search` read of a picture is a row of `attachment`; its bytes live
/// in tables of their own, `attachmentOriginal` and `attachmentCopy`, which only `attachment
/// save`, the digest and the exports read: a journal holding a gigabyte of pictures lists its
/// entries as fast as one without.
enum AttachmentSchema {
    static func createTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE attachment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
                    -- 1, 2, 3, … in the order attached, with no gaps.
                    number INTEGER NOT NULL CHECK (number >= 1),
                    name TEXT NOT NULL,
                    -- AttachmentKind: jpeg, png, gif, webp, heic, heif, svg, pdf.
                    kind TEXT NOT NULL,
                    byteCount INTEGER NOT NULL CHECK (byteCount > 0),
                    -- SHA-256 of the original: the same picture twice on one entry is refused.
                    checksum BLOB NOT NULL CHECK (length(checksum) = 32),
                    -- As a person sees it, turned by its EXIF orientation.
                    width INTEGER NOT NULL,
                    height INTEGER NOT NULL,
                    pageCount INTEGER NOT NULL DEFAULT 1,
                    attachedAt INTEGER NOT NULL,
                    UNIQUE (entryId, number),
                    UNIQUE (entryId, checksum)
                );

                -- The file exactly as given.
                CREATE TABLE attachmentOriginal (
                    attachmentId INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
                    bytes BLOB NOT NULL
                );

                -- The copy for the digest: upright, at most 1600 pixels on its long side, no metadata.
                CREATE TABLE attachmentCopy (
                    attachmentId INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    width INTEGER NOT NULL,
                    height INTEGER NOT NULL,
                    bytes BLOB NOT NULL
                );
                """)
    }
}
