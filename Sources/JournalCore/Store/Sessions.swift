import Foundation
import GRDB

extension Session: TableRecord, FetchableRecord {
    public static let databaseTableName = "session"

    public enum Columns {
        static let id = Column("id")
        static let date = Column("date")
        static let utcOffset = Column("utcOffset")
        static let note = Column("note")
        static let takeaway = Column("takeaway")
        static let isPlanned = Column("isPlanned")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, Columns.date, Columns.utcOffset,
            ExactText.selection("note"), ExactText.selection("takeaway"), Columns.isPlanned,
        ]
    }

    public init(row: Row) throws {
        let note: Data? = row[Columns.note]
        let takeaway: Data? = row[Columns.takeaway]
        self.init(
            id: row[Columns.id],
            moment: StoredTime.moment(row[Columns.date], utcOffset: row[Columns.utcOffset]),
            note: note.map(ExactText.string),
            takeaway: takeaway.map(ExactText.string),
            isPlanned: row[Columns.isPlanned])
    }
}

extension DerivableRequest<Session> {
    func held() -> Self { filter(Session.Columns.isPlanned == false) }
    func planned() -> Self { filter(Session.Columns.isPlanned == true) }
    func newestFirst() -> Self { order(Session.Columns.date.desc, Session.Columns.id.desc) }
}

extension JournalStore {
    /// Records a session that was held at `moment`, with what stayed with the writer from it
    /// when given. A planned session it fulfils (one that has passed, within a day of `moment`)
    /// is no longer kept as planned.
    public func addSession(at moment: Moment, note: String?, takeaway: String? = nil, now: Date = Date()) throws -> Session {
        try Session.checkHeld(at: moment.date, now: now)
        let id = try write { db in
            let id = try Self.insertSession(at: moment, note: note, takeaway: takeaway, isPlanned: false, db)
            let nearby = (moment.date.addingTimeInterval(-Session.nearness))...(moment.date.addingTimeInterval(Session.nearness))
            try Session.all().planned()
                .filter(Session.Columns.date <= StoredTime.seconds(now))
                .filter(Session.Columns.date >= StoredTime.seconds(nearby.lowerBound))
                .filter(Session.Columns.date <= StoredTime.seconds(nearby.upperBound))
                .deleteAll(db)
            return id
        }
        return try session(id: id)
    }

    /// Records the planned session that has passed unrecorded (see `passedPlannedSession`) as
    /// held, at the time it was planned for; nil when there is none.
    public func recordPassedPlannedSession(note: String?, takeaway: String? = nil, now: Date = Date()) throws -> Session? {
        try write { db in
            guard let planned = try passedPlannedSession(now: now, db) else { return nil }
            try db.execute(
                sql: """
                    UPDATE session SET isPlanned = 0, note = \(ExactText.placeholder), takeaway = \(ExactText.placeholder)
                    WHERE id = ?
                    """,
                arguments: [
                    note.flatMap(Self.storedNote).map(ExactText.argument), takeaway.flatMap(Self.storedNote).map(ExactText.argument),
                    planned.id,
                ])
            return try Session.fetchOne(db, key: planned.id)
        }
    }

    /// The planned session whose time has passed with no session recorded from a day before it
    /// on: most likely it was held and not recorded. Nil when there is none.
    public func passedPlannedSession(now: Date = Date()) throws -> Session? {
        try read { db in try passedPlannedSession(now: now, db) }
    }

    func passedPlannedSession(now: Date, _ db: Database) throws -> Session? {
        guard
            let planned = try Session.all().planned().filter(Session.Columns.date <= StoredTime.seconds(now))
                .newestFirst().fetchOne(db)
        else { return nil }
        let heldSince = try Session.all().held()
            .filter(Session.Columns.date >= StoredTime.seconds(planned.date.addingTimeInterval(-Session.nearness)))
            .isEmpty(db)
        return heldSince ? planned : nil
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

    /// Changes a session's note, takeaway or date (nil leaves it as it is; an empty note or
    /// takeaway removes it), and returns it before and after. A held session stays in the past,
    /// a planned one ahead.
    public func updateSession(
        id: Int64, note: String?, takeaway: String? = nil, moment: Moment?, now: Date = Date()
    ) throws -> (before: Session, after: Session) {
        try write { db in
            guard let before = try Session.fetchOne(db, key: id) else { throw SessionError.sessionNotFound(id) }
            if let moment {
                if before.isPlanned {
                    try Session.checkPlanned(at: moment.date, now: now)
                } else {
                    try Session.checkHeld(at: moment.date, now: now)
                }
                try db.execute(
                    sql: "UPDATE session SET date = ?, utcOffset = ? WHERE id = ?",
                    arguments: [StoredTime.seconds(moment.date), moment.utcOffsetSeconds, id])
            }
            if let note {
                try db.execute(
                    sql: "UPDATE session SET note = \(ExactText.placeholder) WHERE id = ?",
                    arguments: [Self.storedNote(note).map(ExactText.argument), id])
            }
            if let takeaway {
                try db.execute(
                    sql: "UPDATE session SET takeaway = \(ExactText.placeholder) WHERE id = ?",
                    arguments: [Self.storedNote(takeaway).map(ExactText.argument), id])
            }
            return (before, try Session.fetchOne(db, key: id)!)
        }
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
            return SessionOverview(
                held: intervals, entriesSinceLast: since, next: try nextSession(after: now, db),
                passedPlan: try passedPlannedSession(now: now, db))
        }
    }

    func lastHeldSession(atOrBefore date: Date, _ db: Database) throws -> Session? {
        try Session.all().held().filter(Session.Columns.date <= StoredTime.seconds(date)).newestFirst().fetchOne(db)
    }

    /// The next planned session, when one lies ahead of `now`.
    public func nextSession(after now: Date) throws -> Session? {
        try read { db in try nextSession(after: now, db) }
    }

    func nextSession(after now: Date, _ db: Database) throws -> Session? {
        try Session.all().planned().filter(Session.Columns.date > StoredTime.seconds(now))
            .order(Session.Columns.date).fetchOne(db)
    }

    static func insertSession(
        at moment: Moment, note: String?, takeaway: String? = nil, isPlanned: Bool, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO session (date, utcOffset, note, takeaway, isPlanned)
                VALUES (?, ?, \(ExactText.placeholder), \(ExactText.placeholder), ?)
                """,
            arguments: [
                StoredTime.seconds(moment.date), moment.utcOffsetSeconds, note.flatMap(storedNote).map(ExactText.argument),
                takeaway.flatMap(storedNote).map(ExactText.argument), isPlanned,
            ])
        return db.lastInsertedRowID
    }

    /// A note or takeaway as it is stored: trimmed, and none when nothing is left.
    private static func storedNote(_ note: String) -> String? {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
