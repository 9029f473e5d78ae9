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
            ("takeaway", session.takeaway.map { .string($0) } ?? .null),
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

/// One readable document: a heading per day, each entry with its time, mood, feelings and tags,
/// and its text in a block quote, so that whatever the text holds cannot change the document's
/// outline (see `MarkdownText`):
///
///     # Journal
///
///     ## Fri 20 Nov 2026
///
///     ### 21:05 · mood 3/10 · flagged
///     <!-- journal-entry { "date": "2026-11-20T21:05:00+01:00", "mood": 3, … } -->
///
///     *feeling anxious · #family*
///
///     > Argued with Sam about money.
///
/// The comment under each heading, which Markdown does not show, holds what the rest shows
/// only roughly (the second and the offset of the time, feelings as written), so that
/// `journal import --from markdown` reads the entry back as it was.
struct MarkdownExportWriter: ExportWriter {
    static let title = "# Journal"
    static let entryMark = "<!-- journal-entry "

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
        try output(Self.title + "\n")
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
        var block = "\n### \(heading.joined(separator: " · "))\n" + Self.entryMark + Self.details(of: entry) + " -->\n\n"
        if let labels = EntryRendering.labels(of: entry, word: { $0 }) { block += "*\(MarkdownText.inline(labels))*\n\n" }
        // An entry of pictures alone has no text to quote.
        try output(block + (entry.text.isEmpty ? "" : MarkdownText.quoted(entry.text) + "\n"))
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

    /// The entry but its id and text, as JSON on one line; `>` written as `\u003e`, so that
    /// no feeling can end the comment.
    static func details(of entry: Entry) -> String {
        let json = JSON.object([
            ("date", .string(entry.localTime.iso8601)),
            ("mood", JSON(entry.mood)),
            ("tags", JSON(entry.tags)),
            ("feelings", JSON(entry.feelings)),
            ("flagged", .bool(entry.isFlagged)),
            ("private", .bool(entry.isPrivate)),
        ])
        // The rendering on one line: its line breaks and indents are layout, as no string in it
        // holds a raw line break.
        var line: [UInt8] = []
        var isIndent = false
        for byte in json.rendered().utf8 {
            if byte == UInt8(ascii: "\n") {
                line.append(UInt8(ascii: " "))
                isIndent = true
            } else if byte == UInt8(ascii: " "), isIndent {
                continue
            } else if byte == UInt8(ascii: ">") {
                line += Array("\\u003e".utf8)
                isIndent = false
            } else {
                line.append(byte)
                isIndent = false
            }
        }
        return String(decoding: line, as: UTF8.self)
    }
}

/// jrnl's plain-text journal: `[2026-11-20 21:05:00] First line` (with ` *` when flagged), the
/// rest of the text below, and the tags jrnl would not find in the text as a last line of
/// `@tags`. A line of the text that jrnl could take for a header gets one space in front
/// (`JrnlText.bodyLine(written:)`), which `journal import --from jrnl` takes away again; a
/// first line that ends in `*`, which jrnl would take for the star, goes below the header. A
/// carriage return at the end of a line of the text does not come back: readers of jrnl's
/// files, this one too, take `\r\n` for a line break.
struct JrnlExportWriter: ExportWriter {
    let output: (String) throws -> Void
    private var isFirst = true

    init(output: @escaping (String) throws -> Void) {
        self.output = output
    }

    mutating func begin() throws {}

    mutating func write(_ entry: Entry) throws {
        let time = entry.localTime
        // Split on the scalar: Swift counts `\r\n` as one character, which is not `"\n"`.
        var textLines = entry.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)[...]
        var header = "[\(time.isoDay) \(time.clockTime):\(pad(time.second))] "
        // A first line ending in `*` would read as starred, so it goes below a header of its own.
        if textLines[textLines.startIndex].trimmed().hasSuffix("*") {
            header += entry.isFlagged ? "*" : ""
        } else {
            header += textLines.removeFirst() + (entry.isFlagged ? " *" : "")
        }
        var lines = [header] + textLines.map(JrnlText.bodyLine(written:))
        let written = Set(ImportTags.jrnlTags(in: entry.text))
        let others = entry.tags.filter { !written.contains($0) }
        if !others.isEmpty { lines.append(others.map { "@" + $0 }.joined(separator: " ")) }
        try output((isFirst ? "" : "\n") + lines.joined(separator: "\n") + "\n")
        isFirst = false
    }

    mutating func end() throws {}
}

/// RFC 4180 with a header row, read back by `journal import --from csv`. A cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a
/// spreadsheet shows it instead of running it as a formula; so does one that starts with `'`,
/// so that reading it back takes exactly one away.
struct CSVExportWriter: ExportWriter {
    static let header = "date,mood,feelings,tags,flagged,private,text"
    /// Between the feelings, and the tags, of a cell.
    static let listSeparator = "; "

    let output: (String) throws -> Void

    init(output: @escaping (String) throws -> Void) {
        self.output = output
    }

    mutating func begin() throws {
        try output(Self.header + "\r\n")
    }

    mutating func write(_ entry: Entry) throws {
        let cells = [
            entry.localTime.iso8601,
            entry.mood.map(String.init) ?? "",
            Self.list(entry.feelings),
            Self.list(entry.tags),
            entry.isFlagged ? "true" : "false",
            entry.isPrivate ? "true" : "false",
            entry.text,
        ]
        try output(cells.map(Self.cell).joined(separator: ",") + "\r\n")
    }

    mutating func end() throws {}

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r'".unicodeScalars.contains(first) {
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

    /// Feelings or tags in one cell, separated by `; `; a `;` or `\\` inside one (a feeling
    /// may hold anything) gets a `\\` before it, so that `items(ofList:)` splits them back.
    static func list(_ items: [String]) -> String {
        items.map { item in
            guard item.contains(where: { $0 == ";" || $0 == "\\" }) else { return item }
            return item.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
        }.joined(separator: listSeparator)
    }

    /// The items `list(_:)` put in a cell.
    static func items(ofList cell: String) -> [String] {
        var items: [String] = []
        var item = ""
        var characters = cell[...]
        while let character = characters.popFirst() {
            switch character {
            case "\\":
                if let escaped = characters.popFirst() { item.append(escaped) }
            case ";":
                items.append(item)
                item = ""
                if characters.first == " " { characters.removeFirst() }
            default:
                item.append(character)
            }
        }
        items.append(item)
        return items.map { $0.trimmed() }.filter { !$0.isEmpty }
    }

    /// A cell as `cell(_:)` made it, before its `'`.
    static func value(ofCell cell: String) -> String {
        cell.hasPrefix("'") ? String(cell.dropFirst()) : cell
    }
}
