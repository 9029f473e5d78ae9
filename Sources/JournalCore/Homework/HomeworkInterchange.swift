import Foundation
import GRDB

/// A homework as the journal's own export holds it, before it is checked and stored.
public struct ImportedHomework: Equatable, Sendable {
    public var homework: NewHomework
    public var status: HomeworkStatus?
    public var note: String?
    public var reviewedAt: Date?
    public var location: ImportLocation

    public init(homework: NewHomework, status: HomeworkStatus?, note: String?, reviewedAt: Date?, location: ImportLocation) {
        self.homework = homework
        self.status = status
        self.note = note
        self.reviewedAt = reviewedAt
        self.location = location
    }
}

extension JournalExportReader {
    /// The shape of `HomeworkRendering.json(_:)`: only `text` and `set` must be there; `kind`
    /// and `times` go together (a `kind` alone asks for one worksheet); a missing `due`,
    /// `status`, `note` or `reviewed` is none. The id is passed over.
    static func homework(_ record: JSONRecord) throws(ImportError) -> ImportedHomework {
        var worksheets: WorksheetTarget?
        if let name = try record.text("kind") {
            guard let kind = WorksheetKind(rawValue: name) else {
                throw record.place.failure("\"\(name.prefix(20))\" is not a kind of worksheet journal knows (\(WorksheetKind.listed))")
            }
            worksheets = WorksheetTarget(kind: kind, times: try times(record) ?? 1)
        } else if try times(record) != nil {
            throw record.place.failure("\"times\" is given without a \"kind\" of worksheet")
        }
        var status: HomeworkStatus?
        if let name = try record.text("status") {
            guard let known = HomeworkStatus(rawValue: name) else {
                throw record.place.failure("\"status\" is not done, partly, not-done or null")
            }
            status = known
        }
        let homework = NewHomework(
            text: try record.requiredText("text"), worksheets: worksheets, set: try record.requiredMoment("set"),
            due: try record.moment("due"))
        return ImportedHomework(
            homework: homework, status: status, note: try record.text("note"), reviewedAt: try record.moment("reviewed")?.date,
            location: record.place.location)
    }

    private static func times(_ record: JSONRecord) throws(ImportError) -> Int? {
        switch record["times"] {
        case nil, .null: return nil
        case .int(let times): return times
        default: throw record.place.failure("\"times\" is not a whole number")
        }
    }
}

extension JournalStore {
    /// Checks and stores an imported homework, unless one with the same text set at the same
    /// time is there already; returns whether it was stored. One that `homework add` would
    /// refuse stops the import, naming its place.
    static func importHomework(_ imported: ImportedHomework, file: String, _ db: Database) throws -> Bool {
        let homework: NewHomework
        do {
            homework = try imported.homework.validated()
        } catch {
            let reason = switch error {
            case .empty: "a homework is empty"
            case .dueBeforeSet: "a homework is due before it was set"
            case .timesOutOfRange, .timesWithoutKind, .notFound: error.problem
            }
            throw ImportError(file: file, location: imported.location, reason: reason)
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM homework WHERE setAt = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(homework.set.date), ExactText.argument(homework.text)]) != nil
        if exists { return false }
        let note = imported.note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isBlank ? nil : $0 }
        _ = try insertHomework(homework, status: imported.status, note: note, reviewedAt: imported.reviewedAt, db)
        return true
    }
}
