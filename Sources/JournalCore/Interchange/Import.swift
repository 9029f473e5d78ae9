import Foundation
import GRDB

/// What an import added and what it recognised as already there, by kind of record.
public struct ImportSummary: Equatable, Sendable {
    private var addedByKind: [RecordKind: Int] = [:]
    private var skippedByKind: [RecordKind: Int] = [:]

    /// How many records of `kind` were added.
    public func added(_ kind: RecordKind) -> Int { addedByKind[kind, default: 0] }

    /// How many records of `kind` were already in the journal (or earlier in the file).
    public func skipped(_ kind: RecordKind) -> Int { skippedByKind[kind, default: 0] }

    /// How many pictures were added, with new entries or to entries already there.
    public internal(set) var picturesAdded = 0

    mutating func count(_ kind: RecordKind, added: Bool) {
        if added { addedByKind[kind, default: 0] += 1 } else { skippedByKind[kind, default: 0] += 1 }
    }
}

extension JournalStore {
    /// Stores every record `source` hands over, in one transaction: all of them, or, when one is
    /// malformed, none. An entry with the same date and text as one already in the journal (or
    /// earlier in the file) is skipped, so importing a file twice adds nothing the second time.
    /// With `dryRun`, the same is counted and nothing is kept.
    ///
    /// Entries' pictures (`ImportedEntry.attachments`) are made ready by `pictures`, the picture
    /// helper, inside the transaction; without it, a file with pictures is refused.
    public func importRecords(
        file: String, dryRun: Bool = false, now: Date = Date(), pictures: (any PicturePreparing)? = nil,
        from source: ((ImportedRecord) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        try StoreError.translating(path: path) {
            try dbWriter.writeWithoutTransaction { db in
                var summary = ImportSummary()
                try db.inTransaction(.immediate) {
                    try SearchIndexing.deferred(db) {
                        var importer = try RecordImporter(db: db, file: file, now: now, pictures: pictures)
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

/// Indexing entries for search one at a time, as the insert trigger does, costs much more than
/// indexing them all at once, and indexing is most of an import's work.
private enum SearchIndexing {
    static let insertTrigger = "entry_after_insert"

    /// Runs `body` with the insert trigger set aside, then indexes the entries it added in one
    /// statement and puts the trigger back as it was. Only inside a transaction: readers never
    /// see the journal without its trigger, and a failure restores it.
    static func deferred(_ db: Database, _ body: () throws -> Void) throws {
        guard
            let triggerSQL = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [insertTrigger])
        else {
            return try body()
        }
        let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0
        try db.execute(sql: "DROP TRIGGER \(insertTrigger)")
        try body()
        try db.execute(
            sql: "INSERT INTO entryFTS(rowid, text) SELECT id, text FROM entry WHERE id > ?", arguments: [lastID])
        try db.execute(sql: triggerSQL)
    }
}

/// Checks and stores records one by one, each unless one like it is there: whether it was
/// added is what `store` says of each kind.
private struct RecordImporter {
    let db: Database
    let file: String
    let now: Date
    let pictures: (any PicturePreparing)?
    var summary = ImportSummary()
    private let entries: EntryInsertion

    init(db: Database, file: String, now: Date, pictures: (any PicturePreparing)?) throws {
        self.db = db
        self.file = file
        self.now = now
        self.pictures = pictures
        entries = try EntryInsertion(db)
    }

    mutating func store(_ record: ImportedRecord) throws {
        switch record {
        case .entry(let entry): summary.count(.entry, added: try store(entry))
        case .session(let session): summary.count(.session, added: try store(session))
        case .topic(let topic): summary.count(.topic, added: try store(topic))
        case .planVersion(let version): summary.count(.planVersion, added: try store(version))
        case .checkIn(let checkIn): summary.count(.checkIn, added: try store(checkIn))
        }
    }

    private mutating func store(_ imported: ImportedEntry) throws -> Bool {
        guard imported.attachments.isEmpty else { return try storeWithPictures(imported) }
        let entry = try validated(imported, pictures: [])
        if try entries.contains(entry) {
            return false
        }
        _ = try entries.insert(entry)
        return true
    }

    private mutating func storeWithPictures(_ imported: ImportedEntry) throws -> Bool {
        let pictureImport = PictureImport(db: db, file: file, now: now, preparer: pictures, entries: entries)
        let stored = try pictureImport.store(imported) { prepared in try validated(imported, pictures: prepared) }
        summary.picturesAdded += stored.picturesAdded
        return stored.isNew
    }

    private func validated(_ imported: ImportedEntry, pictures: [PreparedPicture]) throws -> ValidatedEntry {
        do {
            return try NewEntry(
                text: imported.text, mood: imported.mood, feelings: imported.feelings, tags: imported.tags,
                moment: imported.moment, isFlagged: imported.isFlagged,
                isPrivate: imported.isPrivate, pictures: pictures
            ).validated(now: now)
        } catch {
            throw ImportError(file: file, location: imported.location, reason: error.problem)
        }
    }

    private func store(_ session: ImportedSession) throws -> Bool {
        let date = StoredTime.seconds(session.moment.date)
        let exists = try !Session.all().filter(Session.Columns.date == date && Session.Columns.isPlanned == session.isPlanned)
            .isEmpty(db)
        if exists {
            return false
        }
        _ = try JournalStore.insertSession(at: session.moment, note: session.note, isPlanned: session.isPlanned, db)
        return true
    }

    private func store(_ topic: ImportedTopic) throws -> Bool {
        let text = topic.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isBlank else {
            throw ImportError(file: file, location: topic.location, reason: "the topic is empty")
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM topic WHERE createdAt = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(topic.createdAt), ExactText.argument(text)]) != nil
        if exists {
            return false
        }
        _ = try JournalStore.insertTopic(text, createdAt: topic.createdAt, doneAt: topic.doneAt, db)
        return true
    }

    private func store(_ version: ImportedPlanVersion) throws -> Bool {
        let text = SupportPlan.normalized(version.text)
        do {
            try SupportPlan.check(text, replacing: nil)
        } catch {
            throw ImportError(file: file, location: version.location, reason: "a version of the plan is empty")
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM planVersion WHERE savedAt = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(version.saved.date), ExactText.argument(text)]) != nil
        if exists {
            return false
        }
        _ = try JournalStore.insertPlanVersion(text, saved: version.saved, db)
        return true
    }

    private func store(_ imported: ImportedCheckIn) throws -> Bool {
        let checkIn = NewCheckIn(instrument: imported.instrument, answers: imported.answers, moment: imported.moment)
        let scored: (total: Int, band: SeverityBand)
        do {
            scored = try checkIn.scored(now: now)
        } catch {
            throw ImportError(file: file, location: imported.location, reason: error.problem)
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM checkIn WHERE instrument = ? AND date = ?",
            arguments: [imported.instrument.rawValue, StoredTime.seconds(imported.moment.date)]) != nil
        if exists {
            return false
        }
        _ = try JournalStore.insertCheckIn(checkIn, total: scored.total, band: scored.band, db)
        return true
    }
}
