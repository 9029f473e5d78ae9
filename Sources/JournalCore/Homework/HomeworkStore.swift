import Foundation
import GRDB

/// A homework with the worksheets written for it.
public struct HomeworkProgress: Equatable, Sendable {
    public var homework: Homework
    /// For homework that asks for worksheets: how many of its kind were written from the moment
    /// it was set (up to its review, once reviewed); nil for other homework.
    public var worksheetCount: Int?
    /// Agreed before the digest's period and still open: carried over from an earlier session.
    public var isCarriedOver: Bool

    public init(homework: Homework, worksheetCount: Int?, isCarriedOver: Bool = false) {
        self.homework = homework
        self.worksheetCount = worksheetCount
        self.isCarriedOver = isCarriedOver
    }

    /// `2 of 3 thought records`; nil for homework that asks for no worksheets.
    public var progress: String? {
        guard let worksheets = homework.worksheets, let worksheetCount else { return nil }
        return worksheets.progress(worksheetCount)
    }
}

extension Homework: TableRecord, FetchableRecord {
    public static let databaseTableName = "homework"

    public enum Columns {
        static let id = Column("id")
        static let text = Column("text")
        static let worksheetKind = Column("worksheetKind")
        static let times = Column("times")
        static let setAt = Column("setAt")
        static let setUtcOffset = Column("setUtcOffset")
        static let dueAt = Column("dueAt")
        static let dueUtcOffset = Column("dueUtcOffset")
        static let status = Column("status")
        static let note = Column("note")
        static let reviewedAt = Column("reviewedAt")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, ExactText.selection("text"), Columns.worksheetKind, Columns.times, Columns.setAt, Columns.setUtcOffset,
            Columns.dueAt, Columns.dueUtcOffset, Columns.status, ExactText.selection("note"), Columns.reviewedAt,
        ]
    }

    public init(row: Row) throws {
        let text: Data = row[Columns.text]
        let note: Data? = row[Columns.note]
        let dueAt: Int64? = row[Columns.dueAt]
        let dueOffset: Int? = row[Columns.dueUtcOffset]
        let reviewedAt: Int64? = row[Columns.reviewedAt]
        var worksheets: WorksheetTarget?
        if let kindName: String = row[Columns.worksheetKind] {
            // A kind this version does not know can only come from a newer one, whose journal is
            // refused as such when it is opened, before anything is read.
            guard let kind = WorksheetKind(rawValue: kindName) else {
                throw StoreError.unexpected(code: ResultCode.SQLITE_MISMATCH.rawValue)
            }
            worksheets = WorksheetTarget(kind: kind, times: row[Columns.times])
        }
        let status: String? = row[Columns.status]
        self.init(
            id: row[Columns.id],
            text: ExactText.string(text),
            worksheets: worksheets,
            set: StoredTime.moment(row[Columns.setAt], utcOffset: row[Columns.setUtcOffset]),
            due: dueAt.flatMap { at in dueOffset.map { StoredTime.moment(at, utcOffset: $0) } },
            status: status.flatMap(HomeworkStatus.init(rawValue:)),
            note: note.map(ExactText.string),
            reviewedAt: reviewedAt.map(StoredTime.date))
    }
}

extension DerivableRequest<Homework> {
    func open() -> Self { filter(Homework.Columns.status == nil) }
    func oldestFirst() -> Self { order(Homework.Columns.setAt, Homework.Columns.id) }
}

extension JournalStore {
    /// Checks and stores a new homework, and returns it as stored. Throws `HomeworkError`.
    public func addHomework(_ homework: NewHomework) throws -> Homework {
        let homework = try homework.validated()
        let id = try write { db in try Self.insertHomework(homework, db) }
        return homework.stored(as: id)
    }

    /// Stores a homework already validated, open, and returns its id.
    static func insertHomework(
        _ homework: NewHomework, status: HomeworkStatus? = nil, note: String? = nil, reviewedAt: Date? = nil, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO homework (text, worksheetKind, times, setAt, setUtcOffset, dueAt, dueUtcOffset, status, note, reviewedAt)
                VALUES (\(ExactText.placeholder), ?, ?, ?, ?, ?, ?, ?, \(ExactText.placeholder), ?)
                """,
            arguments: [
                ExactText.argument(homework.text), homework.worksheets?.kind.rawValue, homework.worksheets?.times,
                StoredTime.seconds(homework.set.date), homework.set.utcOffsetSeconds,
                homework.due.map { StoredTime.seconds($0.date) }, homework.due?.utcOffsetSeconds,
                status?.rawValue, note.map(ExactText.argument), reviewedAt.map(StoredTime.seconds),
            ])
        return db.lastInsertedRowID
    }

    /// The homework with this id, with the worksheets written for it.
    public func homework(id: Int64) throws -> HomeworkProgress {
        try read { db in try Self.progress(of: Self.homework(id: id, db), privacy: .includesPrivate, db) }
    }

    /// Open homework, oldest first; with `includingReviewed`, the reviewed too. Each with the
    /// worksheets written for it, private ones included: this is the writer's own view.
    public func homework(includingReviewed: Bool = false) throws -> [HomeworkProgress] {
        try read { db in
            let request = Homework.all().oldestFirst()
            return try (includingReviewed ? request : request.open()).fetchAll(db)
                .map { try Self.progress(of: $0, privacy: .includesPrivate, db) }
        }
    }

    /// Applies `change`, all of it or none, and returns the homework before and after. Throws
    /// `HomeworkError`.
    public func updateHomework(id: Int64, _ change: HomeworkChange) throws -> (before: Homework, after: Homework) {
        let text = try change.text.map { text throws(HomeworkError) in try Homework.checkedText(text) }
        return try write { db in
            let before = try Self.homework(id: id, db)
            let worksheets = try change.worksheets(replacing: before.worksheets)
            if let due = change.due { try Homework.checkDue(due, set: before.set) }
            try db.execute(
                sql: """
                    UPDATE homework SET text = \(ExactText.placeholder), worksheetKind = ?, times = ?, dueAt = ?, dueUtcOffset = ?
                    WHERE id = ?
                    """,
                arguments: [
                    ExactText.argument(text ?? before.text), worksheets?.kind.rawValue, worksheets?.times,
                    (change.due ?? before.due).map { StoredTime.seconds($0.date) }, (change.due ?? before.due)?.utcOffsetSeconds, id,
                ])
            return (before, try Self.homework(id: id, db))
        }
    }

    /// Records how the homework went, and what the writer says about it (what got in the way),
    /// in place of an earlier review. Returns it as reviewed, with the worksheets written for
    /// it up to now.
    public func reviewHomework(id: Int64, status: HomeworkStatus, note: String?, now: Date = Date()) throws -> HomeworkProgress {
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isBlank ? nil : $0 }
        return try write { db in
            _ = try Self.homework(id: id, db)
            try db.execute(
                sql: "UPDATE homework SET status = ?, note = \(ExactText.placeholder), reviewedAt = ? WHERE id = ?",
                arguments: [status.rawValue, note.map(ExactText.argument), StoredTime.seconds(now), id])
            return try Self.progress(of: Self.homework(id: id, db), privacy: .includesPrivate, db)
        }
    }

    /// Removes a homework for good.
    public func deleteHomework(id: Int64) throws {
        try write { db in
            guard try Homework.deleteOne(db, key: id) else { throw HomeworkError.notFound(id) }
        }
    }

    static func homework(id: Int64, _ db: Database) throws -> Homework {
        guard let homework = try Homework.fetchOne(db, key: id) else { throw HomeworkError.notFound(id) }
        return homework
    }

    /// `homework` with the worksheets of its kind written from the moment it was set (up to its
    /// review), through `privacy`.
    static func progress(of homework: Homework, privacy: Privacy, carriedOver: Bool = false, _ db: Database) throws -> HomeworkProgress {
        guard let kind = homework.worksheets?.kind else {
            return HomeworkProgress(homework: homework, worksheetCount: nil, isCarriedOver: carriedOver)
        }
        // Bounded by the review's second: a worksheet written in the second of the review is
        // counted, as one written in the second the homework was set.
        let filter = WorksheetFilter(
            since: homework.set.date, until: homework.reviewedAt?.addingTimeInterval(1), kinds: [kind], privacy: privacy)
        let (conditions, arguments) = filter.sql()
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM worksheet WHERE \(conditions)", arguments: arguments)!
        return HomeworkProgress(homework: homework, worksheetCount: count, isCarriedOver: carriedOver)
    }
}
