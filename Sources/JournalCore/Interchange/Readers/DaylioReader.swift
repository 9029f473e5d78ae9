import Foundation

/// Reads Daylio's CSV export:
///
/// ```
/// full_date,date,weekday,time,mood,activities,note_title,note
/// 2026-11-20,November 20,Friday,10:00 pm,meh,"work | friends","Long day","It was <b>long</b>.<br>Then better."
/// ```
///
/// Columns are found by their names on the first line; `full_date`, `time` and `mood` must be
/// there. `time` is the writer's local time, as `10:00 pm` or `22:00` depending on the phone's
/// settings, placed in the importing person's time zone.
///
/// Moods are labels. Daylio's five default labels become moods on this journal's 0–10 scale by
/// this table, spread like Daylio's own five faces:
///
/// | Daylio | mood |
/// | ------ | ---- |
/// | rad    | 10   |
/// | good   | 8    |
/// | meh    | 5    |
/// | bad    | 3    |
/// | awful  | 1    |
///
/// `--mood-map "label=N,…"` adds labels a person has renamed or added, and may override these
/// five; labels match without regard to case. Unknown labels stop the import once the whole
/// file is read, naming every one with how often it comes and a `--mood-map` to fill in.
///
/// Activities (separated by `|`) become tags, lower-cased and made well-formed as
/// `ImportTags.tag(named:)` says ("good meal" becomes "good-meal"). The text is `note_title`,
/// a blank line and `note`, with the little HTML newer versions of Daylio write in notes made
/// plain (see `DaylioNote`). Many Daylio entries have no note at all: so that such an entry is
/// not empty, its text is its activities, joined by commas ("work, friends"), or, without
/// activities, its mood label ("meh").
///
/// Columns beyond these, like the `scales` of newer exports, are kept as last lines of the
/// text, one a column, its name and its value as written (`scales: stress 2 | energy 4`), so
/// that search finds them; `date` and `weekday` say only what `full_date` does.
struct DaylioReader {
    /// Daylio's default mood labels; see the table above.
    static let defaultMoods = ["rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1]

    static let expectedHeader = "full_date,date,weekday,time,mood,activities,note_title,note"

    let file: ChunkedFile
    let clock: WallClock
    /// Lower-cased labels to moods.
    let moods: [String: Int]

    init(file: ChunkedFile, options: ImportOptions) {
        self.file = file
        clock = WallClock(timeZone: options.timeZone)
        var moods = Self.defaultMoods
        for (label, mood) in options.moodMap {
            moods[label.trimmed().lowercased()] = mood
        }
        self.moods = moods
    }

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var records = try CSVRecords(file: file)
        guard let header = try records.next(), let columns = Columns(header.fields) else {
            throw ImportError(
                file: file.name, location: .line(1),
                reason: "not a Daylio export: its first line should be \(Self.expectedHeader)"
            )
        }
        var unknownMoods = UnknownMoods()
        while let record = try records.next() {
            guard record.fields.count == header.fields.count else {
                throw ImportError(
                    file: file.name, location: .line(record.line),
                    reason:
                        "this row has \(record.fields.count) fields, but the first line names \(header.fields.count) columns"
                )
            }
            guard let entry = try entry(record.fields, columns: columns, line: record.line) else {
                unknownMoods.count(record.fields[columns.mood].trimmed())
                continue
            }
            // Once a label is unknown nothing will be stored, but the rest is read to name every
            // unknown label at once.
            if unknownMoods.isEmpty { try body(.entry(entry)) }
        }
        if !unknownMoods.isEmpty { throw unknownMoods.failure(file: file.name) }
    }

    /// The row as an entry; nil when its mood label is not known.
    private func entry(_ fields: [String], columns: Columns, line: Int) throws(ImportError) -> ImportedEntry? {
        func failure(_ reason: String) -> ImportError {
            ImportError(file: file.name, location: .line(line), reason: reason)
        }
        var dateScanner = TimestampScanner(fields[columns.fullDate].trimmed())
        guard let day = dateScanner.calendarDate(), dateScanner.isAtEnd else {
            throw failure("\"full_date\" is not a date like 2026-11-20")
        }
        var timeScanner = TimestampScanner(fields[columns.time].trimmed())
        guard let time = timeScanner.timeOfDay(), timeScanner.isAtEnd, let reading = day.at(time) else {
            throw failure("\"time\" is not a time like 10:00 pm or 22:00")
        }
        let label = fields[columns.mood].trimmed()
        guard !label.isEmpty else { throw failure("\"mood\" is empty") }
        guard let mood = moods[label.lowercased()] else { return nil }
        let activities = columns.activities.map { column in
            fields[column].split(separator: "|").map { $0.trimmed() }.filter { !$0.isEmpty }
        } ?? []
        let title = columns.noteTitle.map { DaylioNote.plainText(fields[$0]) } ?? ""
        let note = columns.note.map { DaylioNote.plainText(fields[$0]) } ?? ""
        var text = [title, note].filter { !$0.isEmpty }.joined(separator: "\n\n")
        if text.isEmpty {
            text = activities.isEmpty ? label : activities.joined(separator: ", ")
        }
        let others = columns.others.compactMap { column -> String? in
            let value = fields[column.index].trimmed()
            return value.isEmpty ? nil : "\(column.name): \(value)"
        }
        if !others.isEmpty { text += "\n\n" + others.joined(separator: "\n") }
        let moment = clock.moment(at: reading)
        return ImportedEntry(
            moment: moment, text: text, mood: mood,
            tags: ImportTags.tags(named: activities), hasOnlyLocalTime: true, location: .line(line)
        )
    }

    /// The mood labels neither Daylio's five nor `--mood-map` give a mood, and how often each
    /// comes, in the order they first come.
    private struct UnknownMoods {
        private var labels: [(label: String, count: Int)] = []

        var isEmpty: Bool { labels.isEmpty }

        mutating func count(_ label: String) {
            if let index = labels.firstIndex(where: { $0.label.lowercased() == label.lowercased() }) {
                labels[index].count += 1
            } else {
                labels.append((label, 1))
            }
        }

        /// Every label with its count, the most frequent first, and a `--mood-map` to fill in.
        func failure(file: String) -> ImportError {
            let sorted = labels.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
                .map(\.element)
            let listed = sorted.map { "\"\($0.label.prefix(40))\" (\(Wording.count($0.count, "entry", "entries")))" }
            let map = sorted.map { "\($0.label.prefix(40).lowercased())=?" }.joined(separator: ",")
            return ImportError(
                file: file, location: nil,
                reason: "\(Wording.count(labels.count, "mood label is", "mood labels are")) not among Daylio's rad, good, "
                    + "meh, bad and awful: " + DigestPhrases.listed(listed),
                remedy: "put a mood from 0 (the worst) to 10 (the best) for each ? and import again with --mood-map \"\(map)\"")
        }
    }

    /// Where the columns read are, by their names on the first line.
    private struct Columns {
        /// Columns that hold nothing the entry's date, mood, tags and text do not already say.
        static let derived: Set<String> = ["date", "weekday"]

        let fullDate: Int
        let time: Int
        let mood: Int
        let activities: Int?
        let noteTitle: Int?
        let note: Int?
        /// The rest, like `scales` in newer exports, kept as lines of text.
        let others: [(index: Int, name: String)]

        init?(_ header: [String]) {
            let names = header.map { $0.trimmed().lowercased() }
            guard let fullDate = names.firstIndex(of: "full_date"), let time = names.firstIndex(of: "time"),
                let mood = names.firstIndex(of: "mood")
            else { return nil }
            (self.fullDate, self.time, self.mood) = (fullDate, time, mood)
            activities = names.firstIndex(of: "activities")
            noteTitle = names.firstIndex(of: "note_title")
            note = names.firstIndex(of: "note")
            let read = Set([fullDate, time, mood, activities, noteTitle, note].compactMap { $0 })
            others = names.indices.filter { !read.contains($0) && !Self.derived.contains(names[$0]) && !names[$0].isEmpty }
                .map { ($0, header[$0].trimmed()) }
        }
    }
}

/// Daylio's notes as plain text.
///
/// Since notes gained formatting, Daylio writes them with a little HTML: `<br>` for a line
/// break, `<p>` paragraphs, `<b>`, `<i>`, `<u>`, `<s>` and lists, and `&amp;` for `&`. Line
/// breaks, paragraphs and list items become lines of text ("- " before an item); the other
/// tags of that set are left out, keeping their words; the entities are replaced by their
/// characters. Anything else that looks like a tag, such as "<3", is kept as written.
enum DaylioNote {
    static func plainText(_ note: String) -> String {
        let isMarkup = { (byte: UInt8) in byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") }
        let hasMarkup = note.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkup) }
        guard hasMarkup ?? note.utf8.contains(where: isMarkup) else { return note.trimmed() }
        var text = ""
        var rest = note[...]
        while let start = rest.utf8.firstIndex(where: isMarkup) {
            text += rest[..<start]
            rest = rest[start...]
            if let (replacement, length) = rest.first == "<" ? tag(at: rest) : entity(at: rest) {
                text += replacement
                rest = rest.dropFirst(length)
            } else {
                text.append(rest.removeFirst())
            }
        }
        text += rest
        // Paragraphs and lists end in line breaks that stack up: keep one blank line at most.
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let kept = line.trimmed()
            if kept.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(kept)
        }
        return lines.joined(separator: "\n").trimmed()
    }

    /// The text for a known tag at the start of `text`, and the tag's length in characters.
    private static func tag(at text: Substring) -> (String, Int)? {
        guard let end = text.firstIndex(of: ">") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<end]
        let isClosing = inside.hasPrefix("/")
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
        let replacement: String
        switch name {
        case "br": replacement = "\n"
        case "p", "div": replacement = isClosing ? "\n\n" : ""
        case "ul", "ol": replacement = "\n"
        case "li": replacement = isClosing ? "\n" : "- "
        case "b", "strong", "i", "em", "u", "s", "strike", "del", "span", "font": replacement = ""
        default: return nil
        }
        return (replacement, text.distance(from: text.startIndex, to: end) + 1)
    }

    private static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    /// The character of an entity at the start of `text` (`&amp;`, `&#39;`, `&#x1F600;`), and the
    /// entity's length in characters.
    private static func entity(at text: Substring) -> (String, Int)? {
        guard let end = text.prefix(12).firstIndex(of: ";") else { return nil }
        let name = text[text.index(after: text.startIndex)..<end]
        let length = text.distance(from: text.startIndex, to: end) + 1
        if let character = namedEntities[String(name)] { return (character, length) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let code, let scalar = Unicode.Scalar(code) else { return nil }
        return (String(scalar), length)
    }
}
