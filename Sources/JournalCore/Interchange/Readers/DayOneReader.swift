import Foundation

/// Reads Day One's JSON export (the `Journal.json` in the zip Day One exports):
///
/// ```json
/// {"metadata": {"version": "1.0"},
///  "entries": [{"uuid": "…", "creationDate": "2026-11-20T20:05:00Z", "timeZone": "Europe/Berlin",
///               "text": "…", "tags": ["work"], "starred": true}]}
/// ```
///
/// `creationDate` is the instant, in UTC. The offset kept with the entry is that of its
/// `timeZone` at that instant, so it shows at the local time it was written; when the entry
/// names no time zone, or one this system does not know, the importing person's is used.
///
/// The text is Day One's Markdown, kept as it is, including its photo references
/// (`![](dayone-moment://…)`) and the backslashes it puts before punctuation. Tags may hold
/// spaces ("Work Stuff"), so they are made into tags as `ImportTags.tag(named:)` says. Starred
/// entries become flagged. Everything else (location, weather, photos) is left out.
struct DayOneReader {
    let file: ChunkedFile
    let timeZone: TimeZone

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var zones: [String: TimeZone] = [:]
        try StreamingJSON.forEachEntry(
            in: file, missingEntries: "not a Day One JSON export: it has no \"entries\""
        ) { record in
            let date = try record.requiredMoment("creationDate").date
            var zone = timeZone
            if let identifier = try record.text("timeZone"),
                let named = zones[identifier] ?? TimeZone(identifier: identifier)
            {
                zones[identifier] = named
                zone = named
            }
            let entry = ImportedEntry(
                moment: Moment(date, in: zone),
                text: try record.requiredText("text"), tags: ImportTags.tags(named: try record.words("tags")),
                isFlagged: try record.flag("starred"), location: record.place.location
            )
            try body(.entry(entry))
        }
    }
}
