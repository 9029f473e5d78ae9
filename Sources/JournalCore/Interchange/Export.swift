import Foundation
import GRDB

/// The formats of `journal export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The whole journal (entries, sessions, topics), versioned, for `journal import --from json`.
    case json
    /// One readable document, a heading per day.
    case markdown
    /// jrnl's plain-text journal file.
    case jrnl
    /// A spreadsheet.
    case csv
}

public struct ExportRequest: Sendable {
    public var format: ExportFormat
    public var since: Date?
    public var until: Date?
    public var includesPrivate: Bool
    /// For `.markdown`: the folder, beside the exported file, that the pictures are written into
    /// (created 0700 when missing; each picture 0600, replacing one of the same name) and linked
    /// from the document by the folder's name. Nil names the pictures only.
    public var picturesFolder: String?

    public init(
        format: ExportFormat, since: Date? = nil, until: Date? = nil, includesPrivate: Bool = false,
        picturesFolder: String? = nil
    ) {
        self.format = format
        self.since = since
        self.until = until
        self.includesPrivate = includesPrivate
        self.picturesFolder = picturesFolder
    }
}

public struct ExportSummary: Equatable, Sendable {
    public var entriesWritten: Int
    public var privateLeftOut: Int
    /// Pictures written with their entries (in the JSON, or into the pictures folder).
    public var picturesWritten = 0
    /// Pictures of the entries written that the format does not carry: only named, or left out.
    public var picturesNotWritten = 0
    /// Private worksheets left out.
    public var privateWorksheetsLeftOut = 0
    /// Private messages left out.
    public var privateMessagesLeftOut = 0
}

extension JournalStore {
    /// How many entries are read from the database at a time: an export of any size holds
    /// only this many in memory.
    static let exportBatchSize = 500

    /// Writes the journal in `request.format` to `output`, a piece at a time.
    public func export(_ request: ExportRequest, to output: (String) throws -> Void) throws -> ExportSummary {
        try withoutActuallyEscaping(output) { output in try export(request, output: output) }
    }

    private func export(_ request: ExportRequest, output: @escaping (String) throws -> Void) throws -> ExportSummary {
        try read { db in
            let holdsPictures = try Self.holdsPictures(request, db)
            var writer = ExportWriters.make(request, holdsPictures: holdsPictures, output: output)
            var summary = ExportSummary(entriesWritten: 0, privateLeftOut: 0)
            try writer.begin()
            for kind in writer.kinds {
                try writer.beginList(kind)
                try writeList(kind, of: request, to: &writer, summary: &summary, db)
                try writer.endList()
            }
            try writer.end()
            return summary
        }
    }

    /// Writes every record of `kind` the export holds, oldest first.
    private func writeList(
        _ kind: RecordKind, of request: ExportRequest, to writer: inout any ExportWriter, summary: inout ExportSummary,
        _ db: Database
    ) throws {
        switch kind {
        case .entry:
            summary = try writeEntries(of: request, to: &writer, db)
        case .session:
            for session in try Session.all().order(Session.Columns.date, Session.Columns.id).fetchAll(db) {
                try writer.write(ExportedRecords.json(session))
            }
        case .topic:
            for topic in try Topic.all().oldestFirst().fetchAll(db) { try writer.write(ExportedRecords.json(topic)) }
        case .planVersion:
            for version in try PlanVersion.all().order(PlanVersion.Columns.id).fetchAll(db) {
                try writer.write(ExportedRecords.json(version))
            }
        case .checkIn:
            for checkIn in try attachAnswers(to: CheckIn.all().oldestFirst().fetchAll(db), db) {
                try writer.write(ExportedRecords.json(checkIn))
            }
        case .worksheet:
            summary.privateWorksheetsLeftOut = try writeWorksheets(of: request, to: &writer, db)
        case .message:
            summary.privateMessagesLeftOut = try writeMessages(of: request, to: &writer, db)
        case .homework:
            for homework in try Homework.all().order(Homework.Columns.id).fetchAll(db) {
                try writer.write(HomeworkRendering.json(homework))
            }
        }
    }

    /// Whether an entry the request exports has a picture.
    private static func holdsPictures(_ request: ExportRequest, _ db: Database) throws -> Bool {
        let filter = EntryFilter(since: request.since, until: request.until, privacy: Privacy(includingPrivate: request.includesPrivate))
        let entries = Entry.all().matching(filter).select(Entry.Columns.id)
        return try !Table("attachment").filter(entries.contains(Column("entryId"))).isEmpty(db)
    }

    /// The entries in the request's range, a batch at a time, through the privacy filter.
    private func writeEntries(of request: ExportRequest, to writer: inout any ExportWriter, _ db: Database) throws -> ExportSummary {
        let filter = EntryFilter(since: request.since, until: request.until)
        let privacy = Privacy(includingPrivate: request.includesPrivate)
        var summary = ExportSummary(entriesWritten: 0, privateLeftOut: 0)
        var lastKey: (date: Int64, id: Int64)?
        while true {
            var batch = Entry.all().matching(filter).reversed()
            if let lastKey {
                batch = batch.filter(sql: "(date, id) > (?, ?)", arguments: [lastKey.date, lastKey.id])
            }
            let entries = try attachLabels(to: batch.limit(Self.exportBatchSize).fetchAll(db), db)
            guard let last = entries.last else { return summary }
            for entry in entries {
                guard privacy.shows(entry) else {
                    summary.privateLeftOut += 1
                    continue
                }
                if entry.attachments.isEmpty {
                    try writer.write(entry)
                } else {
                    try writer.write(entry) { try originals(ofEntry: entry.id, db) }
                    if writer.carriesPictures {
                        summary.picturesWritten += entry.attachments.count
                    } else {
                        summary.picturesNotWritten += entry.attachments.count
                    }
                }
                summary.entriesWritten += 1
            }
            lastKey = (StoredTime.seconds(last.date), last.id)
        }
    }
}
