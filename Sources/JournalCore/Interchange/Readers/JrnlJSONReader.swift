import Foundation

/// Reads the output of `jrnl --format json`:
///
/// ```json
/// {"tags": {"@work": 1},
///  "entries": [{"title": "…", "body": "…", "date": "2026-11-20", "time": "21:05",
///               "tags": ["@work"], "starred": false}]}
/// ```
///
/// jrnl splits an entry's text into `title` (its first line, or its first sentence when it has
/// one line) and `body`; the text here is the title, and the body on the lines after it.
/// `date` and `time` are the writer's local time (jrnl keeps no time zone), placed in the
/// importing person's time zone. Starred entries become flagged. An entry with an empty title
/// and body is handed over empty, and the import skips and counts it.
///
/// A journal that went from this journal's export to jrnl comes back as it went: the marks
/// the export added are read as `JrnlReader` reads them (`JrnlText`).
///
/// jrnl finds the `tags` of an entry in its text, with its own rules, and writes them with
/// their symbol (`@work`). The tags here are those found in the text by this journal's rules,
/// as for a plain jrnl journal, so both ways of moving a jrnl journal give the same tags; a
/// listed tag is added, without its symbol, when it is a well-formed tag, which catches tags
/// written with a tag symbol of a person's own choosing.
struct JrnlJSONReader {
    let file: ChunkedFile
    let clock: WallClock

    init(file: ChunkedFile, timeZone: TimeZone) {
        self.file = file
        clock = WallClock(timeZone: timeZone)
    }

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        try StreamingJSON.forEachEntry(
            in: file, missingEntries: "not the output of jrnl --format json: it has no \"entries\""
        ) { record in
            try body(.entry(entry(record)))
        }
    }

    private func entry(_ record: JSONRecord) throws(ImportError) -> ImportedEntry {
        var dateScanner = TimestampScanner(try record.requiredText("date"))
        guard let day = dateScanner.calendarDate(), dateScanner.isAtEnd else {
            throw record.place.failure("\"date\" is not a date like \"2026-11-20\"")
        }
        var timeScanner = TimestampScanner(try record.requiredText("time"))
        guard let time = timeScanner.timeOfDay(), timeScanner.isAtEnd, let reading = day.at(time) else {
            throw record.place.failure("\"time\" is not a time like \"21:05\"")
        }
        let title = try record.requiredText("title").trimmed()
        let body = EntryText.normalized(try record.text("body") ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { JrnlText.bodyLine(read: String($0)) }.joined(separator: "\n")
        let text = [title, body].filter { !$0.isEmpty }.joined(separator: "\n")
        let listed = try record.words("tags").compactMap { tag -> String? in
            let name = String(tag.first?.isLetter == false ? tag.dropFirst() : tag[...])
            return Tags.isValid(name) ? name.lowercased() : nil
        }
        let moment = clock.moment(at: reading)
        return ImportedEntry(
            moment: moment, text: text,
            tags: Set(ImportTags.jrnlTags(in: text) + listed).sorted(), isFlagged: try record.flag("starred"),
            hasOnlyLocalTime: true, textWithoutAddedTags: JrnlText.withoutTagLine(text), location: record.place.location
        )
    }
}
