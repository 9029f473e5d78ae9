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
/// An entry starts at a line `[date and time] title` and runs to the next such line. The date
/// and time are written in jrnl's `timeformat` setting (see `JrnlTimeFormat`): given with
/// `--jrnl-timeformat`, only that format starts an entry; otherwise the format is worked out
/// from the first header, and where its numbers could be read day first or month first
/// (`[03.08.2023 12:55]`), from the first header that only one reading fits. A file whose
/// headers all fit both is refused, naming both readings. Times are the writer's local time,
/// placed in the importing person's time zone.
///
/// jrnl writes a starred entry with ` *` after its title; it becomes flagged. `@tags` and
/// `#tags` become tags, as `ImportTags.jrnlTags(in:)` reads them. The text is the title, and
/// the body on the lines after it. An entry whose header has nothing after it is handed over
/// empty, and the import skips and counts it.
///
/// Like jrnl, this cannot tell a line in a body that looks exactly like a header from a real
/// one: a body line such as `[2026-11-20 21:05] …` starts a new entry, exactly as jrnl itself
/// would read it. A bracketed line that is not a valid date and time in the journal's format
/// (`[2026-13-45 99:99] x`, `[see above] x`) stays in the body; jrnl, which also tries a loose
/// date parser on such lines, might read some of them as dates.
///
/// What `journal export --format jrnl` adds is read back as it was: a body line it indented by
/// one space, so that no reader takes it for a header (`JrnlText.isHeaderLike`), loses that
/// space, and a last line of `@tags` it added is read as part of the text, as jrnl reads it,
/// while the entry without it counts as already in the journal (`textWithoutAddedTags`).
struct JrnlReader {
    let file: ChunkedFile
    let clock: WallClock
    let givenFormat: JrnlTimeFormat?

    init(file: ChunkedFile, timeZone: TimeZone, format: JrnlTimeFormat?) {
        self.file = file
        clock = WallClock(timeZone: timeZone)
        givenFormat = format
    }

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var cursor = try ByteCursor(file: file)
        var line: [UInt8] = []
        var lineNumber = 0
        var formats = givenFormat.map { [$0] }
        // Entries read while more than one format fits every header so far.
        var waiting: [PendingEntry] = []
        var entry: PendingEntry?
        func hold(_ finished: PendingEntry) throws {
            waiting.append(finished)
            guard let formats, formats.count == 1 else { return }
            for pending in waiting { try body(.entry(self.entry(pending, format: formats[0]))) }
            waiting.removeAll()
        }
        while try cursor.readLine(into: &line) {
            lineNumber += 1
            if let header = Header(line) {
                let candidates = formats ?? JrnlTimeFormat.recognising(header.dateText)
                let fitting = candidates.filter { $0.reading(header.dateText) != nil }
                if !fitting.isEmpty {
                    formats = fitting
                    if let entry { try hold(entry) }
                    entry = PendingEntry(header: header, line: lineNumber)
                    continue
                }
                if entry == nil { throw unreadableFirstHeader(line: lineNumber) }
            }
            if entry != nil {
                entry?.appendBodyLine(line)
            } else if line.contains(where: { !Self.isSpace($0) }) {
                throw ImportError(file: file.name, location: .line(lineNumber), reason: Self.notAJournal(line))
            }
        }
        if let entry { try hold(entry) }
        if let formats, formats.count > 1, let first = waiting.first {
            throw ambiguous(formats, line: first.line)
        }
    }

    private func entry(_ entry: PendingEntry, format: JrnlTimeFormat) throws(ImportError) -> ImportedEntry {
        guard let heading = String(validating: entry.header.title, as: UTF8.self) else {
            throw notUTF8(line: entry.line)
        }
        var bodyLines: [String] = []
        for (offset, line) in entry.bodyLines.enumerated() {
            guard let text = String(validating: line, as: UTF8.self) else { throw notUTF8(line: entry.line + 1 + offset) }
            bodyLines.append(JrnlText.bodyLine(read: text))
        }
        var title = heading
        var isStarred = false
        if title.trimmed().hasSuffix("*") {
            isStarred = true
            // As jrnl does: white space and asterisks go from the end of a starred title.
            while let last = title.unicodeScalars.last, last == "*" || last.properties.isWhitespace {
                title.unicodeScalars.removeLast()
            }
        }
        let text = EntryText.normalized(([title] + bodyLines).joined(separator: "\n"))
        let moment = clock.moment(at: format.reading(entry.header.dateText)!)
        return ImportedEntry(
            moment: moment, text: text, tags: ImportTags.jrnlTags(in: text), isFlagged: isStarred,
            hasOnlyLocalTime: true, textWithoutAddedTags: JrnlText.withoutTagLine(text), location: .line(entry.line)
        )
    }

    private func notUTF8(line: Int) -> ImportError {
        ImportError(file: file.name, location: .line(line), reason: "this line is not UTF-8 text")
    }

    /// How to get a journal in, whatever its time format.
    private static let routes =
        "or import jrnl's own JSON instead: jrnl --format json | journal import - --from jrnl-json"

    private func unreadableFirstHeader(line: Int) -> ImportError {
        if let givenFormat {
            return ImportError(
                file: file.name, location: .line(line),
                reason: "this header's date and time are not in the format --jrnl-timeformat \"\(givenFormat)\" gives",
                remedy: "copy jrnl's timeformat setting from jrnl's config file (jrnl --list names it), " + Self.routes)
        }
        return ImportError(
            file: file.name, location: .line(line),
            reason: "this header's date and time are in a format journal does not recognise (jrnl's timeformat setting)",
            remedy: "give that setting from jrnl's config file (jrnl --list names it), like "
                + "--jrnl-timeformat \"%d.%m.%Y %H:%M\", " + Self.routes)
    }

    private func ambiguous(_ formats: [JrnlTimeFormat], line: Int) -> ImportError {
        let readings = DigestPhrases.listed(formats.map { "\"\($0)\"" }).replacingOccurrences(of: " and ", with: " or ")
        return ImportError(
            file: file.name, location: .line(line),
            reason: "every header's date can be read as \(readings), so whether the day or the month comes first "
                + "cannot be told",
            remedy: "give jrnl's timeformat setting from jrnl's config file (jrnl --list names it), like "
                + "--jrnl-timeformat \"\(formats[0])\", " + Self.routes)
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

    /// A line that may start an entry, as jrnl looks for one: `[`, a date and time without `]`,
    /// `]`, a space and the title; or `[…]` with nothing after it but white space.
    struct Header {
        let dateText: ArraySlice<UInt8>
        let title: ArraySlice<UInt8>

        init?(_ line: [UInt8]) {
            guard line.first == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")), close > 1
            else { return nil }
            let after = line[(close + 1)...]
            if after.first == UInt8(ascii: " ") {
                title = after.dropFirst()
            } else if after.allSatisfy(JrnlReader.isSpace) {
                title = []
            } else {
                return nil
            }
            dateText = line[1..<close]
        }
    }

    /// An entry whose header has been read, gathering its body.
    private struct PendingEntry {
        let header: Header
        let line: Int
        var body: [UInt8] = []
        private var hasBody = false

        init(header: Header, line: Int) {
            self.header = header
            self.line = line
        }

        mutating func appendBodyLine(_ line: [UInt8]) {
            if hasBody { body.append(0x0A) }
            body.append(contentsOf: line)
            hasBody = true
        }

        /// The lines after the header; none when the header is the last line of the file.
        var bodyLines: [ArraySlice<UInt8>] {
            hasBody ? body.split(separator: 0x0A, omittingEmptySubsequences: false) : []
        }
    }
}

/// What jrnl's plain text needs beyond the text of an entry: the marks the journal's export
/// adds so that the file reads back as it was written.
enum JrnlText {
    /// Whether jrnl (or this reader) could take the line for the start of an entry, after any
    /// spaces before it: a bracketed start, like `[2026-11-20 21:05] …` or `[see above] …`,
    /// which jrnl tries to read as a date, or a date and time without brackets, as jrnl 1 wrote.
    static func isHeaderLike(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if trimmed.first == "[", let close = trimmed.firstIndex(of: "]") {
            let after = trimmed[trimmed.index(after: close)...]
            return after.first == " " || after.allSatisfy(\.isWhitespace)
        }
        return trimmed.prefixMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{1,2}:[0-9]{2}/) != nil
    }

    /// A body line as the export writes it: one space more before a header-like line.
    static func bodyLine(written line: Substring) -> String {
        isHeaderLike(line) ? " " + line : String(line)
    }

    /// A body line as it was before the export wrote it.
    static func bodyLine(read line: String) -> String {
        line.hasPrefix(" ") && isHeaderLike(line[...]) ? String(line.dropFirst()) : line
    }

    /// The text without its last line when that line is only `@tags` and not the first line,
    /// as `journal export --format jrnl` adds for the tags the text does not hold; nil when
    /// there is no such line.
    static func withoutTagLine(_ text: String) -> String? {
        guard let newline = text.utf8.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        let lastLine = text[text.utf8.index(after: newline)...]
        // Most last lines are writing: only one that starts with `@` is looked at word by word.
        guard lastLine.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "@")
        else { return nil }
        let words = lastLine.split(whereSeparator: \.isWhitespace)
        let isTagLine = !words.isEmpty && words.allSatisfy { word in
            word.first == "@" && Tags.isValid(String(word.dropFirst()))
        }
        return isTagLine ? EntryText.normalized(String(text[..<newline])) : nil
    }
}
