/// Reads CSV (RFC 4180) a record at a time.
///
/// Fields are separated by commas and records by line breaks (CRLF, LF, or a lone CR). A field
/// in double quotes may hold commas, line breaks and doubled quotes (`""` for one `"`); its line
/// breaks come back as LF, or as written when `keepsLineBreaks` is set. A quote inside a field that does not start with one is kept as it
/// is, as spreadsheets do, though RFC 4180 does not allow it. Blank lines are passed over.
struct CSVRecords {
    /// A quoted field runs on over line breaks, so one whose closing quote is missing would take
    /// in the rest of the file; a field longer than this is taken for one.
    static let longestField = 4 << 20

    private var cursor: ByteCursor
    /// Whether a quoted field's line breaks come back as written rather than as LF: for
    /// journal's own export, whose texts must come back exactly.
    private let keepsLineBreaks: Bool
    private var line = 1
    private var field: [UInt8] = []
    /// The line the field being read starts on.
    private var fieldLine = 1

    init(file: ChunkedFile, keepsLineBreaks: Bool = false) throws(ImportError) {
        cursor = try ByteCursor(file: file)
        self.keepsLineBreaks = keepsLineBreaks
    }

    /// The next record's fields and the line it starts on; nil at the end of the file.
    mutating func next() throws(ImportError) -> (fields: [String], line: Int)? {
        while try cursor.peek() != nil {
            let start = line
            var fields: [String] = []
            var isQuoted = false
            var endsRecord = false
            while !endsRecord {
                (isQuoted, endsRecord) = try readField()
                guard let text = String(validating: field, as: UTF8.self) else {
                    throw ImportError(
                        file: cursor.file.name, location: .line(line), reason: "this line is not UTF-8 text"
                    )
                }
                fields.append(text)
            }
            if fields == [""], !isQuoted { continue }
            return (fields, start)
        }
        return nil
    }

    /// Reads one field into `field`: whether it was quoted, and whether it ended its record.
    private mutating func readField() throws(ImportError) -> (isQuoted: Bool, endsRecord: Bool) {
        field.removeAll(keepingCapacity: true)
        fieldLine = line
        guard try cursor.peek() == UInt8(ascii: "\"") else {
            switch try takePlainRun(endingAt: UInt8(ascii: ",")) {
            case UInt8(ascii: ","):
                cursor.advance()
                return (false, false)
            case nil:
                return (false, true)
            default:
                try readLineBreak()
                return (false, true)
            }
        }
        cursor.advance()
        while true {
            guard let byte = try takePlainRun(endingAt: UInt8(ascii: "\"")) else {
                throw ImportError(
                    file: cursor.file.name, location: .line(fieldLine),
                    reason: "a field that opens with a double quote on this line is never closed"
                )
            }
            if byte == UInt8(ascii: "\"") {
                cursor.advance()
                guard try cursor.peek() == UInt8(ascii: "\"") else { return (true, try endOfQuotedField()) }
                field.append(byte)
                cursor.advance()
            } else {
                let lineBreak = try readLineBreak()
                if keepsLineBreaks { field += lineBreak } else { field.append(0x0A) }
            }
        }
    }

    /// Adds the bytes up to the next `delimiter` or line break to `field`, a chunk's worth at a
    /// time, and returns the byte that stopped it, unread; nil at the end of the file.
    private mutating func takePlainRun(endingAt delimiter: UInt8) throws(ImportError) -> UInt8? {
        while true {
            let chunk = cursor.chunk
            let start = cursor.index
            var end = start
            while end < chunk.count, chunk[end] != delimiter, chunk[end] != 0x0A, chunk[end] != 0x0D { end += 1 }
            field.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<end]))
            cursor.index = end
            guard field.count <= Self.longestField else {
                throw ImportError(
                    file: cursor.file.name, location: .line(fieldLine),
                    reason: "a field that starts on this line runs on for more than 4 MB; is a closing quote missing?"
                )
            }
            if end < chunk.count { return chunk[end] }
            guard try cursor.peek() != nil else { return nil }
        }
    }

    /// What follows a closing quote: a comma, or the end of the record.
    private mutating func endOfQuotedField() throws(ImportError) -> Bool {
        switch try cursor.peek() {
        case UInt8(ascii: ","):
            cursor.advance()
            return false
        case 0x0A, 0x0D:
            try readLineBreak()
            return true
        case nil:
            return true
        default:
            throw ImportError(
                file: cursor.file.name, location: .line(line),
                reason:
                    "a field in double quotes goes on after its closing quote; a quote inside it is written twice (\"\")"
            )
        }
    }

    /// Reads a CRLF, LF or lone CR, and returns it.
    @discardableResult
    private mutating func readLineBreak() throws(ImportError) -> [UInt8] {
        line += 1
        if try cursor.peek() == 0x0D {
            cursor.advance()
            guard try cursor.peek() == 0x0A else { return [0x0D] }
            cursor.advance()
            return [0x0D, 0x0A]
        }
        cursor.advance()
        return [0x0A]
    }
}
