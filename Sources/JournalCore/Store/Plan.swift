import Foundation
import GRDB

extension PlanVersion: TableRecord, FetchableRecord {
    public static let databaseTableName = "planVersion"

    public enum Columns {
        static let id = Column("id")
        static let text = Column("text")
        static let savedAt = Column("savedAt")
        static let utcOffset = Column("utcOffset")
    }

    public static var databaseSelection: [any SQLSelectable] {
        [Columns.id, ExactText.selection("text"), Columns.savedAt, Columns.utcOffset]
    }

    public init(row: Row) throws {
        let text: Data = row[Columns.text]
        self.init(
            id: row[Columns.id],
            text: ExactText.string(text),
            saved: StoredTime.moment(row[Columns.savedAt], utcOffset: row[Columns.utcOffset]))
    }
}

extension DerivableRequest<PlanVersion> {
    func newestFirst() -> Self { order(PlanVersion.Columns.id.desc) }
}

extension JournalStore {
    /// The plan as last saved, or nil when the writer has not written one yet.
    public func currentPlan() throws -> PlanVersion? {
        try read { db in try PlanVersion.all().newestFirst().fetchOne(db) }
    }

    /// Every saved version of the plan, oldest first.
    public func planHistory() throws -> [PlanVersion] {
        try read { db in try PlanVersion.all().newestFirst().fetchAll(db).reversed() }
    }

    /// Saves `text` as the new version of the plan; an empty plan, or the bare template, is
    /// refused (see `SupportPlan.check`) and the current plan stays.
    public func savePlan(_ text: String, at moment: Moment) throws -> PlanSaving {
        let text = SupportPlan.normalized(text)
        return try write { db in
            let current = try PlanVersion.all().newestFirst().fetchOne(db)
            try SupportPlan.check(text, replacing: current)
            guard text != current?.text else { return .unchanged }
            let id = try Self.insertPlanVersion(text, saved: moment, db)
            return .saved(try PlanVersion.fetchOne(db, key: id)!)
        }
    }

    static func insertPlanVersion(_ text: String, saved: Moment, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO planVersion (text, savedAt, utcOffset) VALUES (\(ExactText.placeholder), ?, ?)",
            arguments: [ExactText.argument(text), StoredTime.seconds(saved.date), saved.utcOffsetSeconds])
        return db.lastInsertedRowID
    }
}
