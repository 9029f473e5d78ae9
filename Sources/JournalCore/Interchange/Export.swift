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

    public init(format: ExportFormat, since: Date? = nil, until: Date? = nil, includesPrivate: Bool = false) {
        self.format = format
        self.since = since
        self.until = until
        self.includesPrivate = includesPrivate
    }
}

public struct ExportSummary: Equatable, Sendable {
    public var entriesWritten: Int
    public var privateLeftOut: Int
}

extension JournalStore {
    /// How many entries are read from the database at a time: an export of any size holds
    /// only this many in memory.
    static let exportBatchSize = 500

    /// Writes the journal in `request.format` to `output`, a piece at a time.
    public func export(_ request: ExportRequest, to output: (String) throws -> Void) throws -> ExportSummary {
        try withoutActuallyEscaping(output) { output in try export(request, writer: ExportWriters.make(request.format, output: output)) }
    }

    private func export(_ request: ExportRequest, writer: any ExportWriter) throws -> ExportSummary {
        try read { db in
            var writer = writer
            try writer.begin()
            let filter = EntryFilter(since: request.since, until: request.until)
            let privacy = Privacy(includingPrivate: request.includesPrivate)
            var written = 0
            var leftOut = 0
            var lastKey: (date: Int64, id: Int64)?
            while true {
                var batch = Entry.all().matching(filter).reversed()
                if let lastKey {
                    batch = batch.filter(
                        sql: "(date, id) > (?, ?)", arguments: [lastKey.date, lastKey.id])
                }
                let entries = try attachLabels(to: batch.limit(Self.exportBatchSize).fetchAll(db), db)
                guard let last = entries.last else { break }
                for entry in entries {
                    guard privacy.shows(entry) else {
                        leftOut += 1
                        continue
                    }
                    try writer.write(entry)
                    written += 1
                }
                lastKey = (StoredTime.seconds(last.date), last.id)
            }
            if request.format == .json {
                try writer.write(sessions: Session.all().order(Session.Columns.date, Session.Columns.id).fetchAll(db))
                try writer.write(topics: Topic.all().oldestFirst().fetchAll(db))
                try writer.write(plan: PlanVersion.all().order(PlanVersion.Columns.id).fetchAll(db))
                try writer.write(checkIns: attachAnswers(to: CheckIn.all().oldestFirst().fetchAll(db), db))
            }
            try writer.end()
            return ExportSummary(entriesWritten: written, privateLeftOut: leftOut)
        }
    }
}
