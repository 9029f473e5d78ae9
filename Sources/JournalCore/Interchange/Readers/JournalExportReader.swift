/// Reads this tool's own export:
///
/// ```json
/// {"format": "journal-export", "version": 1,
///  "entries": [{"id": 12, "date": "2026-11-20T21:05:00+01:00", "mood": 3, "text": "…",
///               "tags": ["family"], "feelings": ["anxious"], "flagged": true, "private": false,
///               "attachments": [{"number": 1, "name": "storm.jpg", "type": "image/jpeg", "bytes": 812345,
///                                "width": 1240, "height": 1754, "attached": "2026-11-20T20:06:00+00:00",
///                                "data": "…base64…"}]}],
///  "sessions": [{"id": 1, "date": "2026-11-13T17:00:00+01:00", "note": null, "takeaway": null, "planned": false}],
///  "topics": [{"id": 1, "text": "…", "added": "2026-11-20T09:00:00+01:00", "done": null}],
///  "plan": [{"saved": "2026-11-01T10:00:00+01:00", "text": "…"}],
///  "checkIns": [{"instrument": "phq9", "date": "2026-11-20T21:00:00+01:00", "answers": [1, 0, …]}],
///  "worksheets": […], "messages": […], "homework": […]}
/// ```
///
/// Ids are ignored: the journal imported into gives its own. Only `date` and `text` of an
/// entry, `date` of a session and `text` and `added` of a topic must be there; a missing
/// `mood` is no mood, missing lists are empty, missing flags false and a missing `note` or
/// `done` none; an entry's pictures as `JSONRecord.attachments(_:)` reads them (version 2 is
/// version 1 with pictures). Unknown keys are passed over.
///
/// Keys may come in any order, as in a file edited by hand. When a list comes before
/// `format` and `version`, the file is first skimmed for them (read once more, keeping
/// nothing), so that a file that is not an export is refused as such rather than for its
/// first record.
struct JournalExportReader {
    let file: ChunkedFile

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        try StreamingJSON.reading(file) { json in
            try json.beginObject()
            var header = Header()
            var isChecked = false
            while let key = try json.nextKey() {
                if key == "format" || key == "version" {
                    try header.record(key, json.readValue())
                } else if let kind = RecordKind(listKey: key) {
                    if !isChecked {
                        if !header.isComplete { header = try Self.skimmedHeader(of: file) }
                        try header.check(file: file.name)
                        isChecked = true
                    }
                    try json.forEachElement(ofList: key, in: file.name, kind: kind) { value, place in
                        try body(Self.record(JSONRecord(value, place: place), of: kind))
                    }
                } else {
                    try json.skipValue()
                }
            }
            if !isChecked { try header.check(file: file.name) }
        }
    }

    /// One record of a list, read as its kind says.
    private static func record(_ record: JSONRecord, of kind: RecordKind) throws(ImportError) -> ImportedRecord {
        switch kind {
        case .entry: .entry(try entry(record))
        case .session: .session(try session(record))
        case .topic: .topic(try topic(record))
        case .planVersion: .planVersion(try planVersion(record))
        case .checkIn: .checkIn(try checkIn(record))
        case .worksheet: .worksheet(try worksheet(record))
        case .message: .message(try message(record))
        case .homework: .homework(try homework(record))
        }
    }

    private static func entry(_ record: JSONRecord) throws(ImportError) -> ImportedEntry {
        ImportedEntry(
            moment: try record.requiredMoment("date"), text: try record.requiredText("text"),
            mood: try record.mood("mood"), tags: try record.words("tags"), feelings: try record.words("feelings"),
            isFlagged: try record.flag("flagged"), isPrivate: try record.flag("private"),
            attachments: try record.attachments("attachments"), location: record.place.location
        )
    }

    private static func session(_ record: JSONRecord) throws(ImportError) -> ImportedSession {
        ImportedSession(
            moment: try record.requiredMoment("date"), note: try record.text("note"), takeaway: try record.text("takeaway"),
            isPlanned: try record.flag("planned"), location: record.place.location
        )
    }

    private static func topic(_ record: JSONRecord) throws(ImportError) -> ImportedTopic {
        ImportedTopic(
            text: try record.requiredText("text"), createdAt: try record.requiredMoment("added").date,
            doneAt: try record.moment("done")?.date, location: record.place.location
        )
    }

    private static func planVersion(_ record: JSONRecord) throws(ImportError) -> ImportedPlanVersion {
        ImportedPlanVersion(
            text: try record.requiredText("text"), saved: try record.requiredMoment("saved"),
            location: record.place.location)
    }

    private static func checkIn(_ record: JSONRecord) throws(ImportError) -> ImportedCheckIn {
        let name = try record.requiredText("instrument")
        guard let instrument = Instrument(rawValue: name) else {
            throw record.place.failure("\"\(name.prefix(20))\" is not a questionnaire journal knows (phq9, gad7)")
        }
        return ImportedCheckIn(
            instrument: instrument, answers: try record.numbers("answers"), moment: try record.requiredMoment("date"),
            location: record.place.location)
    }

    /// Reads only `format` and `version` from the top of the file's object, stopping once both
    /// are found.
    private static func skimmedHeader(of file: ChunkedFile) throws -> Header {
        guard file.canBeReadAgain else {
            throw ImportError(
                file: file.name, location: nil,
                reason: "\"format\" and \"version\" come after the entries, and through a pipe they cannot be read first (import the file by its name)")
        }
        var header = Header()
        var json = try StreamingJSON(file: ChunkedFile(path: file.path, name: file.name))
        do {
            try json.beginObject()
            while !header.isComplete, let key = try json.nextKey() {
                switch key {
                case "format", "version": try header.record(key, json.readValue())
                default: try json.skipValue()
                }
            }
        } catch let error as JSONSyntaxError {
            throw error.importError(file: file.name)
        }
        return header
    }

    /// The `format` and `version` an export starts with.
    private struct Header {
        var format: JSON?
        var version: JSON?

        var isComplete: Bool { format != nil && version != nil }

        mutating func record(_ key: String, _ value: JSON) {
            if key == "format" { format = value } else { version = value }
        }

        func check(file: String) throws(ImportError) {
            guard format == .string(JournalExport.formatName) else {
                throw ImportError(
                    file: file, location: nil,
                    reason: "not a journal export: it has no \"format\": \"\(JournalExport.formatName)\""
                )
            }
            guard let version else {
                throw ImportError(file: file, location: nil, reason: "not a journal export: it has no \"version\"")
            }
            guard case .int(let number) = version, number >= 1 else {
                throw ImportError(
                    file: file, location: nil, reason: "not a journal export: its \"version\" is not a whole number"
                )
            }
            guard number <= JournalExport.version else {
                throw ImportError(
                    file: file, location: nil,
                    reason:
                        "written by a newer version of journal (export version \(number)), which this one cannot read",
                    remedy: "update this journal (make install from a newer copy of its source), then import again"
                )
            }
        }
    }
}
