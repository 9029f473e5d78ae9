import Foundation
import GRDB

/// What became of one picture given to `JournalStore.attach(_:toEntry:)`.
public enum AttachOutcome: Equatable, Sendable {
    case added(Attachment)
    /// The same bytes are already attached to the entry, as `existing`; nothing changed.
    /// `givenAs` is the name it was given under this time.
    case alreadyThere(Attachment, givenAs: String)
}

extension JournalStore {
    /// Attaches `pictures` to entry `id` after those it has, in one transaction; a picture whose
    /// bytes the entry already has is left out and said so.
    ///
    /// - Throws: `EntryError.notFound`, `StoreError`.
    public func attach(_ pictures: [PreparedPicture], toEntry id: Int64) throws -> [AttachOutcome] {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM entry WHERE id = ?", arguments: [id]) != nil else {
                throw EntryError.notFound(id)
            }
            var existing = try attachments(ofEntries: [id], db)[id, default: []]
            var checksums = try Self.checksums(ofEntry: id, db)
            var added: [PreparedPicture] = []
            var outcomes: [AttachOutcome] = []
            for picture in pictures {
                if let number = checksums[picture.checksum] {
                    outcomes.append(.alreadyThere(existing[number - 1], givenAs: picture.name))
                    continue
                }
                let attachment = picture.attachment(number: existing.count + 1)
                existing.append(attachment)
                checksums[picture.checksum] = attachment.number
                added.append(picture)
                outcomes.append(.added(attachment))
            }
            try AttachmentInsertion(db).insert(added, intoEntry: id)
            return outcomes
        }
    }

    /// Picture `number` of entry `id`, without its bytes.
    ///
    /// - Throws: `EntryError.notFound`, `AttachmentError.noSuchPicture`, `StoreError`.
    public func attachment(number: Int, ofEntry id: Int64) throws -> Attachment {
        try read { db in try Self.attachment(number: number, ofEntry: id, db) }
    }

    /// Removes picture `number` from entry `id`, its bytes overwritten in the file
    /// (`secure_delete`); the pictures after it move up a place. Returns what it was.
    ///
    /// - Throws: `EntryError.notFound`, `AttachmentError.noSuchPicture`, or
    ///   `AttachmentError.onlyContent` when the entry has no text and no other picture.
    public func detach(number: Int, fromEntry id: Int64) throws -> Attachment {
        try write { db in
            let attachment = try Self.attachment(number: number, ofEntry: id, db)
            let text = try Data.fetchOne(db, sql: "SELECT CAST(text AS BLOB) FROM entry WHERE id = ?", arguments: [id]) ?? Data()
            let remaining = try Self.attachmentCount(ofEntry: id, db) - 1
            guard EntryContent(text: ExactText.string(text), attachmentCount: remaining).hasContent else {
                throw AttachmentError.onlyContent(entry: id, number: number)
            }
            try db.execute(sql: "DELETE FROM attachment WHERE entryId = ? AND number = ?", arguments: [id, number])
            // One at a time, upwards, each into the place just freed: UNIQUE (entryId, number) is
            // checked row by row.
            for later in stride(from: number + 1, through: remaining + 1, by: 1) {
                try db.execute(
                    sql: "UPDATE attachment SET number = ? WHERE entryId = ? AND number = ?", arguments: [later - 1, id, later])
            }
            return attachment
        }
    }

    /// Picture `number` of entry `id` with its original bytes, exactly as given.
    ///
    /// - Throws: `EntryError.notFound`, `AttachmentError.noSuchPicture`, `StoreError`.
    public func original(ofPicture number: Int, entry id: Int64) throws -> (Attachment, Data) {
        try read { db in
            let attachment = try Self.attachment(number: number, ofEntry: id, db)
            let bytes = try Data.fetchOne(
                db,
                sql: """
                    SELECT original.bytes FROM attachment JOIN attachmentOriginal AS original ON original.attachmentId = attachment.id
                    WHERE attachment.entryId = ? AND attachment.number = ?
                    """, arguments: [id, number])
            guard let bytes else { throw StoreError.corrupt(path) }
            return (attachment, bytes)
        }
    }

    /// The pictures of these entries, by entry, each entry's in the order of their numbers.
    ///
    /// Every `list`, `show` and `search` runs this, mostly on journals without pictures: its
    /// SQL is kept plain (no ordering, no casts), as preparing the statement is most of its cost.
    func attachments(ofEntries ids: [Int64], _ db: Database) throws -> [Int64: [Attachment]] {
        var byEntry: [Int64: [Attachment]] = [:]
        for batch in ids.batched() {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT entryId, \(Self.attachmentColumns) FROM attachment WHERE entryId IN (\(batch.sqlPlaceholders))
                    """, arguments: StatementArguments(batch))
            while let row = try rows.next() { byEntry[row[0], default: []].append(try Self.attachment(row, from: 1)) }
        }
        return byEntry.mapValues { $0.sorted { $0.number < $1.number } }
    }

    /// The print copies of these entries' pictures, by entry, each entry's in the order of their
    /// numbers: for the digest.
    func printedPictures(ofEntries ids: [Int64], _ db: Database) throws -> [Int64: [PrintedPicture]] {
        var byEntry: [Int64: [PrintedPicture]] = [:]
        for batch in ids.batched() {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT attachment.entryId, copy.kind, copy.width, copy.height, copy.bytes, \(Self.attachmentColumns)
                    FROM attachment JOIN attachmentCopy AS copy ON copy.attachmentId = attachment.id
                    WHERE attachment.entryId IN (\(batch.sqlPlaceholders)) ORDER BY attachment.entryId, attachment.number
                    """, arguments: StatementArguments(batch))
            while let row = try rows.next() {
                let picture = PrintedPicture(
                    attachment: try Self.attachment(row, from: 5), kind: try Self.kind(row[1]), width: row[2], height: row[3],
                    bytes: row[4])
                byEntry[row[0], default: []].append(picture)
            }
        }
        return byEntry
    }

    /// The originals of entry `id`'s pictures, in the order of their numbers: for the exports,
    /// one entry at a time, so that an export holds at most one entry's pictures in memory.
    func originals(ofEntry id: Int64, _ db: Database) throws -> [Data] {
        try Data.fetchAll(
            db,
            sql: """
                SELECT original.bytes FROM attachment JOIN attachmentOriginal AS original ON original.attachmentId = attachment.id
                WHERE attachment.entryId = ? ORDER BY attachment.number
                """, arguments: [id])
    }

    static func attachmentCount(ofEntry id: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment WHERE entryId = ?", arguments: [id]) ?? 0
    }

    /// The numbers of entry `id`'s pictures by their checksums.
    static func checksums(ofEntry id: Int64, _ db: Database) throws -> [Data: Int] {
        var numbers: [Data: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT checksum, number FROM attachment WHERE entryId = ?", arguments: [id]) {
            numbers[row[0]] = row[1]
        }
        return numbers
    }

    /// What `attachment(_:from:)` reads, in its order. Names are plain text: they hold no NUL
    /// (see `AttachmentName`), which GRDB's strings would cut short.
    private static let attachmentColumns =
        "attachment.number, attachment.name, attachment.kind, attachment.byteCount, attachment.width, "
        + "attachment.height, attachment.pageCount, attachment.attachedAt"

    private static func attachment(_ row: Row, from first: Int) throws -> Attachment {
        Attachment(
            number: row[first], name: row[first + 1], kind: try kind(row[first + 2]),
            byteCount: row[first + 3], width: row[first + 4], height: row[first + 5], pageCount: row[first + 6],
            attachedAt: StoredTime.date(row[first + 7]))
    }

    /// The kind stored as `name`; a kind this journal does not know means a damaged file, as
    /// a journal of a newer version is refused when it is opened.
    private static func kind(_ name: String) throws -> AttachmentKind {
        guard let kind = AttachmentKind(rawValue: name) else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
        return kind
    }

    private static func attachment(number: Int, ofEntry id: Int64, _ db: Database) throws -> Attachment {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM entry WHERE id = ?", arguments: [id]) != nil else {
            throw EntryError.notFound(id)
        }
        let row = try Row.fetchOne(
            db, sql: "SELECT \(attachmentColumns) FROM attachment WHERE entryId = ? AND number = ?", arguments: [id, number])
        guard let row else {
            throw AttachmentError.noSuchPicture(entry: id, number: number, count: try attachmentCount(ofEntry: id, db))
        }
        return try attachment(row, from: 0)
    }
}

/// Stores prepared pictures of one entry: the row, the original and the print copy of each.
struct AttachmentInsertion {
    private let insertAttachment: Statement
    private let insertOriginal: Statement
    private let insertCopy: Statement
    private let db: Database

    init(_ db: Database) throws {
        self.db = db
        insertAttachment = try db.cachedStatement(
            sql: """
                INSERT INTO attachment (entryId, number, name, kind, byteCount, checksum, width, height, pageCount, attachedAt)
                VALUES (?, ?, \(ExactText.placeholder), ?, ?, ?, ?, ?, ?, ?)
                """)
        insertOriginal = try db.cachedStatement(sql: "INSERT INTO attachmentOriginal (attachmentId, bytes) VALUES (?, ?)")
        insertCopy = try db.cachedStatement(
            sql: "INSERT INTO attachmentCopy (attachmentId, kind, width, height, bytes) VALUES (?, ?, ?, ?, ?)")
    }

    /// Stores `pictures` after the pictures entry `id` already has, numbering on from there.
    func insert(_ pictures: [PreparedPicture], intoEntry id: Int64) throws {
        guard !pictures.isEmpty else { return }
        let count = try JournalStore.attachmentCount(ofEntry: id, db)
        for (offset, picture) in pictures.enumerated() {
            let facts = picture.facts
            try insertAttachment.execute(arguments: [
                id, count + offset + 1, ExactText.argument(picture.name), picture.kind.rawValue, picture.bytes.count,
                picture.checksum, facts.uprightWidth, facts.uprightHeight, facts.pages, StoredTime.seconds(picture.attachedAt),
            ])
            let attachmentID = db.lastInsertedRowID
            try insertOriginal.execute(arguments: [attachmentID, picture.bytes])
            let copy = picture.printCopy
            try insertCopy.execute(arguments: [attachmentID, copy.kind.rawValue, copy.width, copy.height, copy.bytes])
        }
    }
}
