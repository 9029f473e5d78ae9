import Foundation

/// Writes one export format a piece at a time: the start, each list of records, the end.
protocol ExportWriter {
    /// The kinds of record the format holds, in the order it lists them.
    var kinds: [RecordKind] { get }
    mutating func begin() throws
    mutating func beginList(_ kind: RecordKind) throws
    mutating func write(_ entry: Entry) throws
    /// Whether the format carries pictures: `write(_:originals:)` writes them.
    var carriesPictures: Bool { get }
    /// An entry with pictures, whose original bytes `originals` reads, in the order of
    /// `entry.attachments`, when the format carries them.
    mutating func write(_ entry: Entry, originals: () throws -> [Data]) throws
    /// A record of a kind other than entries, as the journal's own export writes it.
    mutating func write(_ record: JSON) throws
    mutating func endList() throws
    mutating func end() throws
}

/// Only the journal's own export holds more than the entries, so the others have one list,
/// which needs no start or end of its own.
extension ExportWriter {
    var kinds: [RecordKind] { [.entry] }
    var carriesPictures: Bool { false }
    mutating func write(_ entry: Entry, originals: () throws -> [Data]) throws { try write(entry) }
    mutating func beginList(_ kind: RecordKind) throws {}
    mutating func write(_ record: JSON) throws {}
    mutating func endList() throws {}
}

enum ExportWriters {
    /// The writer of `request`'s format; `holdsPictures` says whether any entry it will be
    /// given has pictures.
    static func make(
        _ request: ExportRequest, holdsPictures: Bool, output: @escaping (String) throws -> Void
    ) -> any ExportWriter {
        switch request.format {
        case .json: JSONExportWriter(output: output, holdsPictures: holdsPictures)
        case .markdown: MarkdownExportWriter(output: output, pictures: request.picturesFolder.map(PicturesFolder.init))
        case .jrnl: JrnlExportWriter(output: output)
        case .csv: CSVExportWriter(output: output)
        }
    }
}

/// The journal's own export (see `JournalExport`): every kind of record, each list in turn.
struct JSONExportWriter: ExportWriter {
    let output: (String) throws -> Void
    /// Whether an entry will have pictures: such a file is of version 2, which readers of
    /// version 1 refuse rather than drop the pictures.
    let holdsPictures: Bool
    private var recordCount = 0

    init(output: @escaping (String) throws -> Void, holdsPictures: Bool = false) {
        self.output = output
        self.holdsPictures = holdsPictures
    }

    var kinds: [RecordKind] { RecordKind.allCases }

    var carriesPictures: Bool { true }

    mutating func begin() throws {
        let version = holdsPictures ? JournalExport.version : JournalExport.versionWithoutPictures
        try output("{\n  \"format\": \"\(JournalExport.formatName)\",\n  \"version\": \(version)")
    }

    mutating func beginList(_ kind: RecordKind) throws {
        try output(",\n  \"\(kind.listKey)\": [")
        recordCount = 0
    }

    mutating func write(_ entry: Entry) throws {
        try write(EntryRendering.json(entry))
    }

    mutating func write(_ entry: Entry, originals: () throws -> [Data]) throws {
        try write(AttachmentJSON.exportedEntry(entry, originals: try originals()))
    }

    mutating func write(_ record: JSON) throws {
        try output((recordCount == 0 ? "\n    " : ",\n    ") + record.rendered(nestedIn: "    "))
        recordCount += 1
    }

    mutating func endList() throws {
        try output(recordCount == 0 ? "]" : "\n  ]")
    }

    mutating func end() throws {
        try output("\n}\n")
    }
}

/// The records of the journal's own export other than entries, as JSON.
enum ExportedRecords {
    static func json(_ session: Session) -> JSON {
        .object([
            ("id", .int(Int(session.id))),
            ("date", .string(session.localTime.iso8601)),
            ("note", session.note.map { .string($0) } ?? .null),
            ("planned", .bool(session.isPlanned)),
        ])
    }

    static func json(_ topic: Topic) -> JSON {
        .object([
            ("id", .int(Int(topic.id))),
            ("text", .string(topic.text)),
            ("added", .string(Moment(topic.createdAt, utcOffsetSeconds: 0).localTime.iso8601)),
            ("done", topic.doneAt.map { .string(Moment($0, utcOffsetSeconds: 0).localTime.iso8601) } ?? .null),
        ])
    }

    /// One version of the support plan.
    static func json(_ version: PlanVersion) -> JSON {
        .object([("saved", .string(version.saved.localTime.iso8601)), ("text", .string(version.text))])
    }

    /// A check-in with its answers; the total and band follow from the answers.
    static func json(_ checkIn: CheckIn) -> JSON {
        .object([
            ("instrument", .string(checkIn.instrument.rawValue)),
            ("date", .string(checkIn.localTime.iso8601)),
            ("answers", .array(checkIn.answers.map { .int($0) })),
        ])
    }
}

extension NewEntry {
    /// The entry, validated, as a journal export of its own, which `journal import --from json`
    /// reads back: how the command line keeps what was written in the editor when the journal
    /// could not take it. Without its pictures, which are still in their files.
    public func exportDocument(now: Date) throws -> String {
        var document = ""
        var writer = JSONExportWriter { document += $0 }
        var withoutPictures = self
        withoutPictures.pictures = []
        try writer.begin()
        for kind in writer.kinds {
            try writer.beginList(kind)
            if kind == .entry { try writer.write(withoutPictures.validated(now: now).stored(as: 0)) }
            try writer.endList()
        }
        try writer.end()
        return document
    }
}

/// One readable document: a heading per day, each entry with its time, mood, feelings and tags.
struct MarkdownExportWriter: ExportWriter {
    let output: (String) throws -> Void
    /// Where the pictures go, beside the document; nil names them only.
    let pictures: PicturesFolder?
    private var currentDay: String?

    init(output: @escaping (String) throws -> Void, pictures: PicturesFolder? = nil) {
        self.output = output
        self.pictures = pictures
    }

    var carriesPictures: Bool { pictures != nil }

    mutating func begin() throws {
        try output("# Journal\n")
    }

    mutating func write(_ entry: Entry) throws {
        let time = entry.localTime
        if time.isoDay != currentDay {
            try output("\n## \(time.readableDay)\n")
            currentDay = time.isoDay
        }
        var heading = [time.clockTime, entry.mood.map { "mood \($0)/10" } ?? "no mood"]
        if entry.isFlagged { heading.append("flagged") }
        if entry.isPrivate { heading.append("private") }
        var block = "\n### \(heading.joined(separator: " · "))\n\n"
        if let labels = EntryRendering.labels(of: entry) { block += "*\(labels)*\n\n" }
        // An entry of pictures alone has no text to end.
        try output(block + entry.text + (entry.text.isEmpty ? "" : "\n"))
    }

    /// The entry, then each picture in a paragraph of its own: linked to its file in the
    /// pictures folder, or named when there is none.
    mutating func write(_ entry: Entry, originals: () throws -> [Data]) throws {
        try write(entry)
        let links = try pictures?.write(entry, originals: try originals())
            ?? entry.attachments.map { AttachmentWording.markdownPlaceholder($0) }
        try output((entry.text.isEmpty ? "" : "\n") + links.joined(separator: "\n\n") + "\n")
    }

    mutating func end() throws {}
}

/// jrnl's plain-text journal: `[2026-11-20 21:05] First line` (with ` *` when starred), the rest
/// of the text below, and the tags as a last line of `@tags`.
struct JrnlExportWriter: ExportWriter {
    let output: (String) throws -> Void
    private var isFirst = true

    init(output: @escaping (String) throws -> Void) {
        self.output = output
    }

    mutating func begin() throws {}

    mutating func write(_ entry: Entry) throws {
        let time = entry.localTime
        var lines = entry.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A line that looks like a jrnl date header would start a new entry when jrnl reads the
        // file back; a leading space keeps it inside this one.
        for index in lines.indices.dropFirst() where Self.looksLikeHeader(lines[index]) {
            lines[index] = " " + lines[index]
        }
        lines[0] = "[\(time.isoDay) \(time.clockTime)] \(lines[0])" + (entry.isFlagged ? " *" : "")
        // Tags already in the text as #tags are tags to jrnl too; the others get a line of @tags.
        let written = Set(Tags.inline(in: entry.text))
        let others = entry.tags.filter { !written.contains($0) }
        if !others.isEmpty { lines.append(others.map { "@" + $0 }.joined(separator: " ")) }
        try output((isFirst ? "" : "\n") + lines.joined(separator: "\n") + "\n")
        isFirst = false
    }

    mutating func end() throws {}

    static func looksLikeHeader(_ line: String) -> Bool {
        line.wholeMatch(of: /\[?[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{1,2}:[0-9]{2}.*/) != nil
    }
}

/// RFC 4180 with a header row. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading `'`, so that a spreadsheet shows it instead of running it as a formula.
struct CSVExportWriter: ExportWriter {
    let output: (String) throws -> Void

    init(output: @escaping (String) throws -> Void) {
        self.output = output
    }

    mutating func begin() throws {
        try output("date,mood,feelings,tags,flagged,private,text\r\n")
    }

    mutating func write(_ entry: Entry) throws {
        let cells = [
            entry.localTime.iso8601,
            entry.mood.map(String.init) ?? "",
            entry.feelings.joined(separator: "; "),
            entry.tags.joined(separator: "; "),
            entry.isFlagged ? "true" : "false",
            entry.isPrivate ? "true" : "false",
            entry.text,
        ]
        try output(cells.map(Self.cell).joined(separator: ",") + "\r\n")
    }

    mutating func end() throws {}

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        // Bytes, not characters: grapheme breaking would be slow on a hundred megabytes.
        let quote = UInt8(ascii: "\"")
        let needsQuotes = value.utf8.contains { byte in
            byte == quote || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return value }
        var quoted = "\""
        var runStart = value.startIndex
        for index in value.utf8.indices where value.utf8[index] == quote {
            quoted += value[runStart...index]
            quoted += "\""
            runStart = value.utf8.index(after: index)
        }
        return quoted + value[runStart...] + "\""
    }
}
