extension ImportFormat {
    /// The kind of file `file` is, told from its first bytes (a chunk of `ChunkedFile`), which
    /// it leaves to be read again:
    ///
    /// - A zip: Day One's export.
    /// - JSON: journal's own export by its `"format": "journal-export"` (or, when that comes
    ///   later, by the keys of its lists and entries), Day One's by its `metadata` or its
    ///   entries' `creationDate`, jrnl's by its entries' `title` and `body` or its `tags` count.
    /// - A first line `# Journal`: journal's Markdown export.
    /// - A first line of CSV column names: journal's CSV export by its names, Daylio's by its
    ///   `full_date`, `time` and `mood`.
    /// - A first line `[date and time] title`: a jrnl journal, in whichever time format.
    ///
    /// Throws an `ImportError` listing the formats of `--from` when it is none of these.
    static func recognising(_ file: ChunkedFile) throws -> ImportFormat {
        var bytes = try file.firstBytes()[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Of the formats journal reads, only Day One's export comes as a zip.
        if DayOneArchive.isZip(Array(bytes.prefix(4))) { return .dayone }
        let text = bytes.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if text.first == UInt8(ascii: "{"), let format = jsonFormat(of: text, name: file.name) {
            return format
        }
        let firstLine = Array(text.prefix { $0 != 0x0A }.reversed().drop { $0 == 0x0D }.reversed())
        if firstLine == Array(MarkdownExportWriter.title.utf8) { return .markdown }
        if let columns = csvColumns(of: firstLine, name: file.name) {
            if columns == JournalCSVReader.columns { return .csv }
            if ["full_date", "time", "mood"].allSatisfy(columns.contains) { return .daylio }
        }
        // A first line `[…] title` is how jrnl starts a journal, whatever its time format: the
        // jrnl reader then says whether it can read the format.
        if JrnlReader.Header(firstLine) != nil { return .jrnl }
        throw ImportError(
            file: file.name, location: nil, reason: "what kind of file this is cannot be told from its start",
            remedy: "say which it is with --from: "
                + allCases.map { "\($0.rawValue) (\($0.description))" }.joined(separator: ", "))
    }

    /// What the top-level keys and the first entry's keys of a JSON file say it is; nil when
    /// they say nothing. The bytes may end anywhere: what was read before they end counts.
    private static func jsonFormat(of bytes: ArraySlice<UInt8>, name: String) -> ImportFormat? {
        var keys = Set<String>()
        var format: JSON?
        var entryKeys = Set<String>()
        do {
            var json = try StreamingJSON(file: ChunkedFile(bytes: bytes, name: name))
            try json.beginObject()
            while let key = try json.nextKey() {
                keys.insert(key)
                if key == "format" {
                    format = try json.readValue()
                } else if key == "entries", try json.isAtArray() {
                    try json.beginArray()
                    if try json.hasNextElement(), case .object(let members) = try json.readValue() {
                        entryKeys = Set(members.map(\.0))
                    }
                    break
                } else {
                    try json.skipValue()
                }
            }
        } catch {
            // The first chunk ended inside the file, or the file is not JSON: decided below
            // on what was read.
        }
        if format == .string(JournalExport.formatName) { return .json }
        if keys.contains("metadata") || entryKeys.contains("creationDate") { return .dayone }
        if entryKeys.contains("title") || entryKeys.contains("body") || keys.contains("tags") { return .jrnlJSON }
        let ownLists = Set(RecordKind.allCases.map(\.listKey)).subtracting(["entries"])
        if !keys.isDisjoint(with: ownLists) || entryKeys.isSuperset(of: ["date", "text"]) { return .json }
        return nil
    }

    /// The names in a first line of CSV, lower-cased; nil when it is not one.
    private static func csvColumns(of line: [UInt8], name: String) -> [String]? {
        guard line.contains(UInt8(ascii: ",")) else { return nil }
        var records = try? CSVRecords(file: ChunkedFile(bytes: line, name: name))
        guard let fields = try? records?.next()?.fields else { return nil }
        return fields.map { $0.trimmed().lowercased() }
    }
}
