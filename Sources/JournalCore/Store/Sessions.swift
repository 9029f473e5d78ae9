import Foundation
import GRDB

extension Session: TableRecord, FetchableRecord {
    public static let databaseTableName = "session"

    public enum Columns {
        static let id = Column("id")
        static let date = Column("date")
        static let utcOffset = Column("utcOffset")
        static let note = Column("note")
        static let isPlanned = Column("isPlanned")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, Columns.date, Columns.utcOffset,
            ExactText.selection("note"), Columns.isPlanned,
        ]
    }

    public init(row: Row) throws {
        let note: Data? = row[Columns.note]
        self.init(
            id: row[Columns.id],
            moment: StoredTime.moment(row[Columns.date], utcOffset: row[Columns.utcOffset]),
            note: note.map(ExactText.string),
            isPlanned: row[Columns.isPlanned])
    }
}

extension DerivableRequest<Session> {
    func held() -> Self { filter(Session.Columns.isPlanned == false) }
    func planned() -> Self { filter(Session.Columns.isPlanned == true) }
    func newestFirst() -> Self { order(Session.Columns.date.desc, Session.Columns.id.desc) }
}

extension JournalStore {
    /// Records a session that was held at `moment`.
    public func addSession(at moment: Moment, note: String?, now: Date = Date()) throws -> Session {
        try Session.checkHeld(at: moment.date, now: now)
        return try insertSession(at: moment, note: note, isPlanned: false)
    }

    /// Records the next planned session, replacing any earlier plan.
    public func planNextSession(at moment: Moment, now: Date = Date()) throws -> Session {
        try Session.checkPlanned(at: moment.date, now: now)
        let id = try write { db in
            try Session.all().planned().deleteAll(db)
            return try Self.insertSession(at: moment, note: nil, isPlanned: true, db)
        }
        return try session(id: id)
    }

    /// Removes a held or planned session.
    public func deleteSession(id: Int64) throws {
        try write { db in
            guard try Session.deleteOne(db, key: id) else { throw SessionError.sessionNotFound(id) }
        }
    }

    public func session(id: Int64) throws -> Session {
        try read { db in
            guard let session = try Session.fetchOne(db, key: id) else { throw SessionError.sessionNotFound(id) }
            return session
        }
    }

    /// Held sessions with the entries written between them, and the next planned one.
    public func sessionOverview(now: Date = Date()) throws -> SessionOverview {
        try read { db in
            let held = try Session.all().held().order(Session.Columns.date, Session.Columns.id).fetchAll(db)
            var intervals: [SessionInterval] = []
            var previous: Date?
            for session in held {
                intervals.append(
                    SessionInterval(
                        session: session,
                        entriesBefore: try Entry.all().matching(EntryFilter(since: previous, until: session.date)).fetchCount(db)))
                previous = session.date
            }
            let since = try Entry.all().matching(EntryFilter(since: previous)).fetchCount(db)
            return SessionOverview(held: intervals, entriesSinceLast: since, next: try nextSession(after: now, db))
        }
    }

    func lastHeldSession(atOrBefore date: Date, _ db: Database) throws -> Session? {
        try Session.all().held().filter(Session.Columns.date <= StoredTime.seconds(date)).newestFirst().fetchOne(db)
    }

    func nextSession(after now: Date, _ db: Database) throws -> Session? {
        try Session.all().planned().filter(Session.Columns.date > StoredTime.seconds(now))
            .order(Session.Columns.date).fetchOne(db)
    }

    private func insertSession(at moment: Moment, note: String?, isPlanned: Bool) throws -> Session {
        let id = try write { db in try Self.insertSession(at: moment, note: note, isPlanned: isPlanned, db) }
        return try session(id: id)
    }

    static func insertSession(at moment: Moment, note: String?, isPlanned: Bool, _ db: Database) throws -> Int64 {
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .flatMap { $0.isEmpty ? nil : ExactText.argument($0) }
        try db.execute(
            sql: "INSERT INTO session (date, utcOffset, note, isPlanned) VALUES (?, ?, \(ExactText.placeholder), ?)",
            arguments: [StoredTime.seconds(moment.date), moment.utcOffsetSeconds, note, isPlanned])
        return db.lastInsertedRowID
    }
}
