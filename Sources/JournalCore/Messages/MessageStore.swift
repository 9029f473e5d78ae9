import Foundation
import GRDB

extension Message: TableRecord, FetchableRecord {
    public static let databaseTableName = "message"

    public enum Columns {
        static let id = Column("id")
        static let date = Column("date")
        static let utcOffset = Column("utcOffset")
        static let mood = Column("mood")
        static let text = Column("text")
        static let isPrivate = Column("isPrivate")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [Columns.id, Columns.date, Columns.utcOffset, Columns.mood, ExactText.selection("text"), Columns.isPrivate]
    }

    public init(row: Row) throws {
        let text: Data = row[Columns.text]
        self.init(
            id: row[Columns.id],
            moment: StoredTime.moment(row[Columns.date], utcOffset: row[Columns.utcOffset]),
            mood: row[Columns.mood],
            text: ExactText.string(text),
            isPrivate: row[Columns.isPrivate])
    }
}

extension DerivableRequest<Message> {
    /// Messages matching `filter` (its limit aside), newest first.
    func matching(_ filter: MessageFilter) -> Self {
        var request = self
        if let since = filter.since { request = request.filter(Message.Columns.date >= StoredTime.bound(since)) }
        if let until = filter.until { request = request.filter(Message.Columns.date < StoredTime.bound(until)) }
        if let condition = filter.privacy.messageSQLCondition { request = request.filter(sql: condition) }
        return request.order(Message.Columns.date.desc, Message.Columns.id.desc)
    }
}

extension JournalStore {
    /// Checks and stores a new message, and returns it as stored. Throws `MessageError`.
    public func addMessage(_ message: NewMessage, now: Date = Date()) throws -> Message {
        let message = try message.validated(now: now)
        let id = try write { db in try Self.insertMessage(message, db) }
        return message.stored(as: id)
    }

    /// Stores a message already validated, and returns its id.
    static func insertMessage(_ message: NewMessage, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO message (date, utcOffset, mood, text, isPrivate) VALUES (?, ?, ?, \(ExactText.placeholder), ?)",
            arguments: [
                StoredTime.seconds(message.moment.date), message.moment.utcOffsetSeconds, message.mood,
                ExactText.argument(message.text), message.isPrivate,
            ])
        return db.lastInsertedRowID
    }

    /// The message with this id.
    public func message(id: Int64) throws -> Message {
        try read { db in try Self.message(id: id, db) }
    }

    static func message(id: Int64, _ db: Database) throws -> Message {
        guard let message = try Message.fetchOne(db, key: id) else { throw MessageError.notFound(id) }
        return message
    }

    /// The messages with these ids, in this order; throws `MessageError.notFound` for the
    /// first that is not there.
    public func messages(ids: [Int64]) throws -> [Message] {
        try read { db in try ids.map { try Self.message(id: $0, db) } }
    }

    /// Messages matching `filter`, oldest first (the newest `filter.limit` when there is a
    /// limit), and how many more match.
    public func messages(_ filter: MessageFilter) throws -> (messages: [Message], notShown: Int) {
        try read { db in
            var request = Message.all().matching(filter)
            if let limit = filter.limit { request = request.limit(limit) }
            let messages = try request.fetchAll(db).reversed()
            return (Array(messages), try Message.all().matching(filter).fetchCount(db) - messages.count)
        }
    }

    /// The messages of `filter` oldest first, in a read already under way: for the digest.
    static func messages(_ filter: MessageFilter, _ db: Database) throws -> [Message] {
        try Message.all().matching(filter).fetchAll(db).reversed()
    }

    /// Applies `change` to the message, all of it or none, and returns the message before and
    /// after. Throws `MessageError`: `notFound`, `empty`, `moodOutOfRange`.
    public func updateMessage(id: Int64, _ change: MessageChange) throws -> (before: Message, after: Message) {
        if case .set(let mood) = change.mood, !Mood.range.contains(mood) { throw MessageError.moodOutOfRange(mood) }
        if let text = change.text, text.isBlank { throw MessageError.empty }
        return try write { db in
            let before = try Self.message(id: id, db)
            if let text = change.text.map(EntryText.normalized), text != before.text {
                try db.execute(
                    sql: "UPDATE message SET text = \(ExactText.placeholder) WHERE id = ?", arguments: [ExactText.argument(text), id])
            }
            switch change.mood {
            case .set(let mood): try db.execute(sql: "UPDATE message SET mood = ? WHERE id = ?", arguments: [mood, id])
            case .clear: try db.execute(sql: "UPDATE message SET mood = NULL WHERE id = ?", arguments: [id])
            case nil: break
            }
            if let isPrivate = change.isPrivate {
                try db.execute(sql: "UPDATE message SET isPrivate = ? WHERE id = ?", arguments: [isPrivate, id])
            }
            return (before, try Self.message(id: id, db))
        }
    }

    /// Deletes the messages and their words from the search index: all of them, or none when
    /// one is not there.
    public func deleteMessages(ids: [Int64]) throws {
        try write { db in
            for id in ids {
                guard try Message.deleteOne(db, key: id) else { throw MessageError.notFound(id) }
            }
        }
    }
}
