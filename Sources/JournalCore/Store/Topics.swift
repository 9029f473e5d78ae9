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
            guard var topic = try Topic.fetchOne(db, key: id) else { throw TopicError.notFound(id) }
            guard topic.isOpen else { throw TopicError.alreadyDone(id) }
            let doneAt = StoredTime.seconds(now)
            try db.execute(sql: "UPDATE topic SET doneAt = ? WHERE id = ?", arguments: [doneAt, id])
            topic.doneAt = StoredTime.date(doneAt)
            return topic
        }
    }

    /// Open topics, oldest first; with `includingDone`, the done ones too.
    public func topics(includingDone: Bool = false) throws -> [Topic] {
        try read { db in
            let request = Topic.all().oldestFirst()
            return try (includingDone ? request : request.open()).fetchAll(db)
        }
    }
}
