import Foundation
import GRDB

/// What an import added and what it recognised as already there.
public struct ImportSummary: Equatable, Sendable {
    public var entriesAdded = 0
    public var entriesSkipped = 0
    public var sessionsAdded = 0
    public var sessionsSkipped = 0
    public var topicsAdded = 0
    public var topicsSkipped = 0
    public var planVersionsAdded = 0
    public var planVersionsSkipped = 0
    public var checkInsAdded = 0
    public var checkInsSkipped = 0
}

extension JournalStore {
    /// Stores every record `source` hands over, in one transaction: all of them, or, when one is
    /// malformed, none. An entry with the same date and text as one already in the journal (or
    /// earlier in the file) is skipped, so importing a file twice adds nothing the second time.
    /// With `dryRun`, the same is counted and nothing is kept.
    public func importRecords(
        file: String, dryRun: Bool = false, now: Date = Date(),
        from source: ((ImportedRecord) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        try StoreError.translating(path: path) {
            try dbWriter.writeWithoutTransaction { db in
                var summary = ImportSummary()
                try db.inTransaction(.immediate) {
                    try SearchIndexing.deferred(db) {
                        var importer = try RecordImporter(db: db, file: file, now: now)
                        try source { record in try importer.store(record) }
                        summary = importer.summary
                    }
                    return dryRun ? .rollback : .commit
                }
                return summary
            }
        }
    }
}

/// Checks and stores records one by one.
private struct RecordImporter {
    let db: Database
    let file: String
    let now: Date
    var summary = ImportSummary()
    private let entries: EntryInsertion

    init(db: Database, file: String, now: Date) throws {
        self.db = db
        self.file = file
        self.now = now
        entries = try EntryInsertion(db)
    }

    mutating func store(_ record: ImportedRecord) throws {
        switch record {
        case .entry(let entry): try store(entry)
        case .session(let session): try store(session)
        case .topic(let topic): try store(topic)
        case .planVersion(let version): try store(version)
        case .checkIn(let checkIn): try store(checkIn)
        }
    }

    private mutating func store(_ imported: ImportedEntry) throws {
        let entry: NewEntry
        do {
            entry = try NewEntry(
                text: imported.text, mood: imported.mood, feelings: imported.feelings, tags: imported.tags,
                date: imported.date, utcOffsetSeconds: imported.utcOffsetSeconds, isFlagged: imported.isFlagged,
                isPrivate: imported.isPrivate
            ).validated(now: now)
        } catch {
            throw ImportError(file: file, location: imported.location, reason: error.problem)
        }
        if try entries.contains(entry) {
            summary.entriesSkipped += 1
            return
        }
        _ = try entries.insert(entry)
        summary.entriesAdded += 1
    }

    private mutating func store(_ session: ImportedSession) throws {
        let date = StoredTime.seconds(session.date)
        let exists = try !Session.all().filter(Session.Columns.date == date && Session.Columns.isPlanned == session.isPlanned)
            .isEmpty(db)
        if exists {
            summary.sessionsSkipped += 1
            return
        }
        _ = try JournalStore.insertSession(
            date: session.date, utcOffsetSeconds: session.utcOffsetSeconds, note: session.note,
            isPlanned: session.isPlanned, db)
        summary.sessionsAdded += 1
    }

    private mutating func store(_ topic: ImportedTopic) throws {
        let text = topic.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isBlank else {
            throw ImportError(file: file, location: topic.location, reason: "the topic is empty")
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM topic WHERE createdAt = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(topic.createdAt), ExactText.argument(text)]) != nil
        if exists {
            summary.topicsSkipped += 1
            return
        }
        _ = try JournalStore.insertTopic(text, createdAt: topic.createdAt, doneAt: topic.doneAt, db)
        summary.topicsAdded += 1
    }

    private mutating func store(_ version: ImportedPlanVersion) throws {
        let text = SupportPlan.normalized(version.text)
        do {
            try SupportPlan.check(text, replacing: nil)
        } catch {
            throw ImportError(file: file, location: version.location, reason: "a version of the plan is empty")
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM planVersion WHERE savedAt = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(version.savedAt), ExactText.argument(text)]) != nil
        if exists {
            summary.planVersionsSkipped += 1
            return
        }
        _ = try JournalStore.insertPlanVersion(
            text, savedAt: version.savedAt, utcOffsetSeconds: version.utcOffsetSeconds, db)
        summary.planVersionsAdded += 1
    }

    private mutating func store(_ imported: ImportedCheckIn) throws {
        let checkIn = NewCheckIn(
            instrument: imported.instrument, answers: imported.answers, date: imported.date,
            utcOffsetSeconds: imported.utcOffsetSeconds)
        let scored: (total: Int, band: SeverityBand)
        do {
            scored = try checkIn.scored(now: now)
        } catch {
            throw ImportError(file: file, location: imported.location, reason: error.problem)
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM checkIn WHERE instrument = ? AND date = ?",
            arguments: [imported.instrument.rawValue, StoredTime.seconds(imported.date)]) != nil
        if exists {
            summary.checkInsSkipped += 1
            return
        }
        _ = try JournalStore.insertCheckIn(checkIn, total: scored.total, band: scored.band, db)
        summary.checkInsAdded += 1
    }
}
