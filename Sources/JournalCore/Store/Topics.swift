import Foundation
import GRDB

extension Topic: TableRecord, FetchableRecord {
    public static let databaseTableName = "topic"

    public enum Columns {
        static let id = Column("id")
        static let text = Column("text")
        static let createdAt = Column("createdAt")
        static let doneAt = Column("doneAt")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, ExactText.selection("text"), Columns.createdAt, Columns.doneAt,
        ]
    }

    public init(row: Row) throws {
        let text: Data = row[Columns.text]
        let doneAt: Int64? = row[Columns.doneAt]
        self.init(
            id: row[Columns.id],
            text: ExactText.string(text),
            createdAt: StoredTime.date(row[Columns.createdAt] as Int64),
            doneAt: doneAt.map(StoredTime.date))
    }
}

extension DerivableRequest<Topic> {
    func open() -> Self { filter(Topic.Columns.doneAt == nil) }
    func oldestFirst() -> Self { order(Topic.Columns.createdAt, Topic.Columns.id) }
}

extension JournalStore {
    /// Adds a topic to bring up in the next session.
    public func addTopic(_ text: String, now: Date = Date()) throws -> Topic {
        let text = try Topic.checkedText(text)
        let id = try write { db in try Self.insertTopic(text, createdAt: now, doneAt: nil, db) }
        return try read { db in try Topic.fetchOne(db, key: id)! }
    }

    static func insertTopic(_ text: String, createdAt: Date, doneAt: Date?, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO topic (text, createdAt, doneAt) VALUES (\(ExactText.placeholder), ?, ?)",
            arguments: [ExactText.argument(text), StoredTime.seconds(createdAt), doneAt.map(StoredTime.seconds)])
        return db.lastInsertedRowID
    }

    /// Marks a topic as talked about; it leaves the digest.
    public func completeTopic(id: Int64, now: Date = Date()) throws -> Topic {
        try write { db in
            var topic = try Self.topic(id: id, db)
            guard topic.isOpen else { throw TopicError.alreadyDone(id) }
            let doneAt = StoredTime.seconds(now)
            try db.execute(sql: "UPDATE topic SET doneAt = ? WHERE id = ?", arguments: [doneAt, id])
            topic.doneAt = StoredTime.date(doneAt)
            return topic
        }
    }

    /// Opens a done topic again: it comes back into the digest.
    public func reopenTopic(id: Int64) throws -> Topic {
        try write { db in
            var topic = try Self.topic(id: id, db)
            guard !topic.isOpen else { throw TopicError.notDone(id) }
            try db.execute(sql: "UPDATE topic SET doneAt = NULL WHERE id = ?", arguments: [id])
            topic.doneAt = nil
            return topic
        }
    }

    /// Replaces a topic's text; returns the topic before and after.
    public func editTopic(id: Int64, text: String) throws -> (before: Topic, after: Topic) {
        let text = try Topic.checkedText(text)
        return try write { db in
            let before = try Self.topic(id: id, db)
            try db.execute(
                sql: "UPDATE topic SET text = \(ExactText.placeholder) WHERE id = ?", arguments: [ExactText.argument(text), id])
            var after = before
            after.text = text
            return (before, after)
        }
    }

    /// Removes a topic for good.
    public func deleteTopic(id: Int64) throws {
        try write { db in
            guard try Topic.deleteOne(db, key: id) else { throw TopicError.notFound(id) }
        }
    }

    /// The topic with this id, open or done.
    public func topic(id: Int64) throws -> Topic {
        try read { db in try Self.topic(id: id, db) }
    }

    private static func topic(id: Int64, _ db: Database) throws -> Topic {
        guard let topic = try Topic.fetchOne(db, key: id) else { throw TopicError.notFound(id) }
        return topic
    }

    /// Open topics, oldest first; with `includingDone`, the done ones too.
    public func topics(includingDone: Bool = false) throws -> [Topic] {
        try read { db in
            let request = Topic.all().oldestFirst()
            return try (includingDone ? request : request.open()).fetchAll(db)
        }
    }
}
