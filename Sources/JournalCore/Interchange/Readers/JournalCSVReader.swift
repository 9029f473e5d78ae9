/// Reads `journal export --format csv` back (see `CSVExportWriter`):
///
/// ```
/// date,mood,feelings,tags,flagged,private,text
/// 2026-11-20T21:05:00+01:00,3,anxious; tired,family,true,false,"Argued with Sam, again"
/// ```
///
/// Columns are found by their names on the first line, which must all be there. `date` is the
/// instant with its offset; an empty `mood` is none; feelings and tags are separated by `; `
/// (see `CSVExportWriter.list(_:)`);
/// `flagged` and `private` are `true` or `false`. The `'` the export puts before a cell that a
/// spreadsheet would run as a formula is taken away again, and a text's line breaks come back
/// as they were written.
struct JournalCSVReader {
    let file: ChunkedFile

    static let columns = CSVExportWriter.header.split(separator: ",").map(String.init)

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var records = try CSVRecords(file: file, keepsLineBreaks: true)
        guard let header = try records.next(),
            let positions = Optional(Self.columns.map { header.fields.map { $0.trimmed().lowercased() }.firstIndex(of: $0) }),
            !positions.contains(nil)
        else {
            throw ImportError(
                file: file.name, location: .line(1),
                reason: "not a CSV export of journal: its first line should be \(CSVExportWriter.header)")
        }
        let column = positions.map { $0! }
        while let record = try records.next() {
            guard record.fields.count == header.fields.count else {
                throw ImportError(
                    file: file.name, location: .line(record.line),
                    reason: "this row has \(record.fields.count) fields, but the first line names \(header.fields.count) columns")
            }
            let cells = column.map { CSVExportWriter.value(ofCell: record.fields[$0]) }
            try body(.entry(entry(cells, line: record.line)))
        }
    }

    private func entry(_ cells: [String], line: Int) throws(ImportError) -> ImportedEntry {
        func failure(_ reason: String) -> ImportError {
            ImportError(file: file.name, location: .line(line), reason: reason)
        }
        var dateScanner = TimestampScanner(cells[0].trimmed())
        guard let moment = dateScanner.momentWithOffset() else {
            throw failure("\"date\" is not a date and time like 2026-11-20T21:05:00+01:00")
        }
        var mood: Int?
        if !cells[1].trimmed().isEmpty {
            guard let number = Int(cells[1].trimmed()), Mood.range.contains(number) else {
                throw failure("\"mood\" is not a whole number from 0 to 10, or empty")
            }
            mood = number
        }
        func flag(_ cell: String, _ name: String) throws(ImportError) -> Bool {
            switch cell.trimmed().lowercased() {
            case "true": return true
            case "false", "": return false
            default: throw failure("\"\(name)\" is not true or false")
            }
        }
        return ImportedEntry(
            moment: moment, text: cells[6], mood: mood, tags: CSVExportWriter.items(ofList: cells[3]), feelings: CSVExportWriter.items(ofList: cells[2]),
            isFlagged: try flag(cells[4], "flagged"), isPrivate: try flag(cells[5], "private"), location: .line(line))
    }
}
