import Foundation

/// Reads jrnl's plain-text journal file, as jrnl 2 and later write it:
///
/// ```
/// [2026-11-20 21:05] Argued with Sam about money. *
/// The body, on as many lines as it takes, @family
///
/// [2026-11-21 09:00:00 AM] Slept badly
/// ```
///
/// An entry starts at a line `[date time] title` and runs to the next such line. The time is
/// written in jrnl's `timeformat`: this reads `%Y-%m-%d %H:%M` (jrnl's documented example and
/// the default of jrnl 1), `%F %r` (the default of jrnl 2 and later: `2026-11-21 09:00:00 AM`),
/// and the same with or without seconds or AM/PM. Times are the writer's local time, placed in
/// the importing person's time zone.
///
/// jrnl writes a starred entry with ` *` after its title; a title that starts with `* `, as
/// typed at jrnl's prompt, counts as starred too. Starred entries become flagged. `@tags` and
/// `#tags` become tags. The text is the title, and the body on the lines after it.
///
/// Like jrnl, this cannot tell a line in a body that looks exactly like a header from a real
/// one: a body line such as `[2026-11-20 21:05] …` starts a new entry, exactly as jrnl itself
/// would read it. A bracketed line that is not a valid date and time this way
/// (`[2026-13-45 99:99] x`, `[see above] x`) stays in the body; jrnl, which also tries a loose
/// date parser on such lines, might read some of them as dates.
struct JrnlReader {
    let file: ChunkedFile
    let clock: WallClock

    init(file: ChunkedFile, timeZone: TimeZone) {
        self.file = file
        clock = WallClock(timeZone: timeZone)
    }

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var cursor = try ByteCursor(file: file)
        var line: [UInt8] = []
        var lineNumber = 0
        var entry: PendingEntry?
        while try cursor.readLine(into: &line) {
            lineNumber += 1
            if let header = Header(line) {
                if let entry { try body(.entry(finished(entry))) }
                entry = PendingEntry(header: header, line: lineNumber)
            } else if entry != nil {
                entry?.appendBodyLine(line)
            } else if line.contains(where: { !Self.isSpace($0) }) {
                throw ImportError(file: file.name, location: .line(lineNumber), reason: Self.notAJournal(line))
            }
        }
        if let entry { try body(.entry(finished(entry))) }
    }

    private func finished(_ entry: PendingEntry) throws(ImportError) -> ImportedEntry {
        guard let heading = String(validating: entry.header.title, as: UTF8.self) else {
            throw notUTF8(line: entry.line)
        }
        guard let bodyText = String(validating: entry.body, as: UTF8.self) else {
            let lines = entry.body.split(separator: 0x0A, omittingEmptySubsequences: false)
            let offset = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            throw notUTF8(line: entry.line + 1 + offset)
        }
        var title = heading.trimmed()
        var isStarred = false
        if title.hasSuffix("*") {
            isStarred = true
            // As jrnl does: white space and asterisks go from both ends of a starred title.
            title = title.trimmed { $0 == "*" || $0.properties.isWhitespace }
        } else if title.hasPrefix("* ") {
            isStarred = true
            title = title.dropFirst().trimmed()
        }
        let bodyPart = EntryText.normalized(bodyText)
        let text = [title, bodyPart].filter { !$0.isEmpty }.joined(separator: "\n")
        let moment = clock.moment(at: entry.header.moment)
        return ImportedEntry(
            moment: moment, text: text,
            tags: ImportTags.jrnlTags(in: text), isFlagged: isStarred, location: .line(entry.line)
        )
    }

    private func notUTF8(line: Int) -> ImportError {
        ImportError(file: file.name, location: .line(line), reason: "this line is not UTF-8 text")
    }

    private static func notAJournal(_ line: [UInt8]) -> String {
        // jrnl 1 wrote dates without brackets; jrnl 2 rewrites such a journal when it opens it.
        var scanner = TimestampScanner(bytes: line.prefix(32))
        if scanner.calendarDate() != nil, scanner.skip(" "), scanner.timeOfDay() != nil {
            return "this looks like a journal of jrnl 1, whose dates have no brackets; open it once with jrnl 2 "
                + "or later, which rewrites it with lines like [2026-11-20 21:05] …"
        }
        return "not a jrnl journal: expected a line like [2026-11-20 21:05] …"
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    /// A line that starts an entry: `[` date and time `]`, a space, and the title.
    private struct Header {
        let moment: CivilTime
        let title: ArraySlice<UInt8>

        init?(_ line: [UInt8]) {
            guard line.first == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")),
                close + 1 < line.count, line[close + 1] == UInt8(ascii: " ")
            else { return nil }
            var scanner = TimestampScanner(bytes: line[1..<close])
            guard let day = scanner.calendarDate(), scanner.skip(" "), let time = scanner.timeOfDay(),
                scanner.isAtEnd, let moment = day.at(time)
            else { return nil }
            self.moment = moment
            title = line[(close + 2)...]
        }
    }

    /// An entry whose header has been read, gathering its body.
    private struct PendingEntry {
        let header: Header
        let line: Int
        var body: [UInt8] = []

        mutating func appendBodyLine(_ line: [UInt8]) {
            body.append(contentsOf: line)
            body.append(0x0A)
        }
    }
}
