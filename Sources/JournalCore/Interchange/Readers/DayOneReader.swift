import Foundation

/// Reads Day One's JSON export (the `Journal.json` in the zip Day One exports):
///
/// ```json
/// {"metadata": {"version": "1.0"},
///  "entries": [{"uuid": "…", "creationDate": "2026-11-20T20:05:00Z", "timeZone": "Europe/Berlin",
///               "text": "Couldn't sleep\\. ![](dayone-moment://7D3A…)", "tags": ["work"], "starred": true,
///               "photos": [{"identifier": "7D3A…", "md5": "5f2b…", "type": "jpeg"}]}]}
/// ```
///
/// `creationDate` is the instant, in UTC. The offset kept with the entry is that of its
/// `timeZone` at that instant, so it shows at the local time it was written; when the entry
/// names no time zone, or one this system does not know, the importing person's is used.
///
/// The text is stored as the writer saw it in Day One (see `DayOneText`): without the
/// backslashes Day One's Markdown puts before punctuation and without the links to its media,
/// keeping the writer's own emphasis. An entry Day One wrote without `"text"`, a photo alone,
/// is handed over with an empty text: stored as a picture alone when its photo comes with it,
/// else skipped and counted by the import.
///
/// The photos and PDFs of an entry (`photos`, `pdfAttachments`) whose bytes `members` finds in
/// Day One's zip (`photos/<md5>.jpeg`) are handed over as its pictures, named by their
/// `filename` when Day One kept it, else by their place in the zip; each is read from the zip
/// when its entry is handed over, so that only one entry's pictures are in memory at a time.
/// The rest of its media, recordings, videos, pictures of a kind the journal does not keep,
/// damaged, larger than it keeps or missing from the zip (or all of them, from a `Journal.json` read
/// alone), are handed over as `ImportedMedia`, so that the import can count what it leaves
/// behind; a media link in the text that none of the lists names is counted too. Tags may hold spaces ("Work Stuff"), so they are made into
/// tags as `ImportTags.tag(named:)` says. Starred entries become flagged. Location and weather
/// are left out.
struct DayOneReader {
    let file: ChunkedFile
    let timeZone: TimeZone
    /// The bytes of a member of the zip, by its path; nil when there is no such member, or no zip.
    var members: ((String) throws -> Data?)?

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
            let written = DayOneText(try record.text("text") ?? "")
            let (pictures, media) = try Self.media(of: record, linked: written.mediaLinks, members: members)
            let entry = ImportedEntry(
                moment: Moment(date, in: zone),
                text: written.text, tags: ImportTags.tags(named: try record.words("tags")),
                isFlagged: try record.flag("starred"), attachments: pictures,
                media: media, location: record.place.location
            )
            try body(.entry(entry))
        }
    }

    /// The lists of media Day One keeps beside the text, and the folder of its zip each is in.
    private static let mediaLists: [(key: String, kind: ImportedMedia.Kind, folder: String)] = [
        ("photos", .photo, "photos"), ("audios", .audio, "audios"), ("videos", .video, "videos"),
        ("pdfAttachments", .pdf, "pdfs"),
    ]

    /// The entry's pictures found in the zip, and every other item of its media lists, then
    /// each linked item none of them names.
    private static func media(
        of record: JSONRecord, linked: [DayOneText.MediaLink], members: ((String) throws -> Data?)?
    ) throws -> (pictures: [ImportedAttachment], media: [ImportedMedia]) {
        var pictures: [ImportedAttachment] = []
        var media: [ImportedMedia] = []
        var listed = Set<String>()
        for list in mediaLists {
            for item in try record.objects(list.key) {
                if let identifier = try item.text("identifier") { listed.insert(identifier.uppercased()) }
                var path: String?
                if let md5 = try item.text("md5"), let type = try item.text("type") {
                    path = "\(list.folder)/\(md5).\(type)"
                }
                if list.kind == .photo || list.kind == .pdf, let path, let bytes = try members?(path),
                    Self.isKept(bytes, name: path)
                {
                    pictures.append(ImportedAttachment(name: try item.text("filename") ?? path, bytes: bytes))
                } else {
                    media.append(ImportedMedia(kind: list.kind, path: path))
                }
            }
        }
        for link in linked where !listed.contains(link.identifier.uppercased()) {
            listed.insert(link.identifier.uppercased())
            media.append(ImportedMedia(kind: link.kind))
        }
        return (pictures, media)
    }

    /// Whether the journal keeps this picture: of a kind it keeps, and whole. One that is not is
    /// left behind and counted, as a recording is: the entry and the rest of the export still
    /// come in.
    private static func isKept(_ bytes: Data, name: String) -> Bool {
        (try? AttachmentFile.checking(bytes, name: name)) != nil
    }
}
