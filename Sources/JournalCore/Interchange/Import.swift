import Foundation
import GRDB

/// What an import added, what it recognised as already there, what it skipped as empty, and
/// what it left behind, by kind of record.
public struct ImportSummary: Equatable, Sendable {
    private var addedByKind: [RecordKind: Int] = [:]
    private var skippedByKind: [RecordKind: Int] = [:]
    private var leftBehindByKind: [ImportedMedia.Kind: Int] = [:]
    /// Entries that held nothing, like a Day One entry that is a photo alone.
    public private(set) var emptyEntriesSkipped = 0

    /// How many records of `kind` were added.
    public func added(_ kind: RecordKind) -> Int { addedByKind[kind, default: 0] }

    /// How many records of `kind` were already in the journal (or earlier in the file).
    public func skipped(_ kind: RecordKind) -> Int { skippedByKind[kind, default: 0] }

    /// How many pictures were added, with new entries or to entries already there.
    public internal(set) var picturesAdded = 0

    /// How many pictures, recordings or documents of `kind` the file had with entries that were
    /// not already in the journal, which the journal could not take.
    public func leftBehind(_ kind: ImportedMedia.Kind) -> Int { leftBehindByKind[kind, default: 0] }

    mutating func count(_ kind: RecordKind, added: Bool) {
        if added { addedByKind[kind, default: 0] += 1 } else { skippedByKind[kind, default: 0] += 1 }
    }

    mutating func countEmptyEntry() {
        emptyEntriesSkipped += 1
    }

    mutating func leaveBehind(_ media: [ImportedMedia]) {
        for item in media { leftBehindByKind[item.kind, default: 0] += 1 }
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

/// Checks and stores records one by one, each unless one like it is there: whether it was
/// added is what `store` says of each kind.
private struct RecordImporter {
    let db: Database
    let file: String
    let now: Date
    let pictures: (any PicturePreparing)?
    var summary = ImportSummary()
    private let entries: EntryInsertion
    /// An entry with this instant and text.
    private let findAtInstant: Statement
    /// An entry with this wall-clock reading (seconds, as if in UTC) and text; the reading is
    /// within 18 hours of the stored instant, which keeps the search on the index of dates.
    private let findAtLocalTime: Statement

    init(db: Database, file: String, now: Date, pictures: (any PicturePreparing)?) throws {
        self.db = db
        self.file = file
        self.now = now
        self.pictures = pictures
        entries = try EntryInsertion(db)
        findAtInstant = try db.cachedStatement(
            sql: "SELECT id FROM entry WHERE date = ? AND text = \(ExactText.placeholder) LIMIT 1")
        findAtLocalTime = try db.cachedStatement(
            sql: """
                SELECT id FROM entry WHERE date BETWEEN ? - 64800 AND ? + 64800 AND date + utcOffset = ?
                AND text = \(ExactText.placeholder) LIMIT 1
                """)
    }

    mutating func store(_ record: ImportedRecord) throws {
        switch record {
        case .entry(let entry): try store(entry)
        case .session(let session): summary.count(.session, added: try store(session))
        case .topic(let topic): summary.count(.topic, added: try store(topic))
        case .planVersion(let version): summary.count(.planVersion, added: try store(version))
        case .checkIn(let checkIn): summary.count(.checkIn, added: try store(checkIn))
        case .worksheet(let worksheet):
            summary.count(.worksheet, added: try JournalStore.importWorksheet(worksheet, file: file, now: now, db))
        case .message(let message):
            summary.count(.message, added: try JournalStore.importMessage(message, file: file, now: now, db))
        case .homework(let homework):
            summary.count(.homework, added: try JournalStore.importHomework(homework, file: file, db))
        }
    }

    /// Stores the entry unless it holds nothing or is already there (an entry already there
    /// gets the pictures it lacks); what it had that the journal cannot hold is counted as left
    /// behind, unless the entry was there already.
    private mutating func store(_ imported: ImportedEntry) throws {
        guard EntryContent(text: imported.text, attachmentCount: imported.attachments.count).hasContent else {
            summary.countEmptyEntry()
            summary.leaveBehind(imported.media)
            return
        }
        guard imported.attachments.isEmpty else {
            let existing = try existingEntry(at: imported.moment, text: EntryText.normalized(imported.text), as: imported)
            let pictureImport = PictureImport(db: db, file: file, now: now, preparer: pictures, entries: entries)
            let stored = try pictureImport.store(imported, existing: existing) { prepared in
                try validated(imported, pictures: prepared)
            }
            summary.picturesAdded += stored.picturesAdded
            summary.count(.entry, added: stored.isNew)
            if stored.isNew { summary.leaveBehind(imported.media) }
            return
        }
        let entry = try validated(imported, pictures: [])
        if try existingEntry(at: entry.moment, text: entry.text, as: imported) != nil {
            summary.count(.entry, added: false)
            return
        }
        _ = try entries.insert(entry)
        summary.count(.entry, added: true)
        summary.leaveBehind(imported.media)
    }

    /// The entry the journal holds with this text (normalised, as `EntryText.normalized`) at
    /// this instant, or, when the file gives only the clock's time, at the same time on the
    /// clock it was written by; nil when there is none.
    private func existingEntry(at moment: Moment, text: String, as imported: ImportedEntry) throws -> Int64? {
        let texts = [text] + (imported.textWithoutAddedTags.map { [EntryText.normalized($0)] } ?? [])
        let instant = StoredTime.seconds(moment.date)
        let reading = instant + Int64(moment.utcOffsetSeconds)
        for text in texts {
            // The instant, for a file without offsets too: a time a clock change skipped is moved
            // forward to the instant it meant, which the clock then showed an hour later.
            if let id = try Int64.fetchOne(findAtInstant, arguments: [instant, ExactText.argument(text)]) { return id }
            if imported.hasOnlyLocalTime,
                let id = try Int64.fetchOne(findAtLocalTime, arguments: [instant, instant, reading, ExactText.argument(text)])
            {
                return id
            }
        }
        return nil
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
        _ = try JournalStore.insertSession(
            at: session.moment, note: session.note, takeaway: session.takeaway, isPlanned: session.isPlanned, db)
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
