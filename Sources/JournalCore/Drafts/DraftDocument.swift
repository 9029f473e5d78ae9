import Foundation

/// A draft as its file holds it: JSON, through Foundation's coders.
///
/// ```json
/// {"format": "journal-draft", "version": 1, "kept": "2026-11-20T21:05:00+01:00", "for": "entry",
///  "entry": {"date": "2026-11-20T21:00:00+01:00", "mood": 3, "text": "…", "tags": ["family"],
///            "feelings": ["anxious"], "flagged": true, "private": false}}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "entry-text", "entryId": 12, "text": "…"}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "plan", "text": "…"}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "worksheet",
///  "worksheet": {"kind": "sleep", "date": "2026-11-20T12:00:00+01:00", "flagged": false, "private": false},
///  "text": "## The night of …"}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "worksheet-form", "worksheetId": 3, "text": "…"}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "message",
///  "message": {"date": "2026-11-20T21:05:00+01:00", "mood": 3, "private": false}, "text": "…"}
/// {"format": "journal-draft", "version": 1, "kept": "…", "for": "message-text", "messageId": 4, "text": "…"}
/// ```
///
/// An entry has the shape of the entries of `journal list --format json`, without its id, and
/// its `tags` are only those given with `--tag`: the text's own come back with the text. An
/// entry given pictures (`add --attach`) keeps them in `"pictures"`, each as it was made ready:
/// its name, the second it was attached (seconds since 1970), its original and its print copy
/// (base64), and what the picture helper read off it; such a draft is version 2, which a
/// version of journal without pictures refuses rather than store the entry without them.
struct DraftDocument: Codable {
    static let formatName = "journal-draft"
    static let currentVersion = 2

    var format: String
    var version: Int
    var kept: String
    var purpose: String
    var entry: EntryFields?
    var entryId: Int64?
    var worksheet: WorksheetFields?
    var worksheetId: Int64?
    var message: MessageFields?
    var messageId: Int64?
    var text: String?

    enum CodingKeys: String, CodingKey {
        case format, version, kept, purpose = "for", entry, entryId, worksheet, worksheetId, message, messageId, text
    }

    struct EntryFields: Codable {
        var date: String
        var mood: Int?
        var text: String
        var tags: [String]
        var feelings: [String]
        var flagged: Bool
        var `private`: Bool
        var pictures: [PictureFields]?
    }

    /// A picture made ready to store, kept whole so that storing the draft needs no picture
    /// helper.
    struct PictureFields: Codable {
        var name: String
        var attachedAt: Int64
        var original: Data
        var facts: PictureFacts
        var copyKind: AttachmentKind
        var copyWidth: Int
        var copyHeight: Int
        var copy: Data

        init(_ picture: PreparedPicture) {
            name = picture.name
            attachedAt = StoredTime.seconds(picture.attachedAt)
            original = picture.bytes
            facts = picture.facts
            copyKind = picture.printCopy.kind
            copyWidth = picture.printCopy.width
            copyHeight = picture.printCopy.height
            copy = picture.printCopy.bytes
        }

        /// The picture again, its original checked as an attached file is.
        func prepared(path: String) throws(DraftError) -> PreparedPicture {
            guard let file = try? AttachmentFile.checking(original, name: name), file.kind == facts.kind else {
                throw .notADraft(path)
            }
            return PreparedPicture(
                file, checksum: Checksum.sha256(original),
                printCopy: PrintCopy(source: facts, kind: copyKind, width: copyWidth, height: copyHeight, bytes: copy),
                attachedAt: StoredTime.date(attachedAt))
        }
    }

    /// What was given with a new worksheet; its form is the draft's `text`.
    struct WorksheetFields: Codable {
        var kind: String
        var date: String?
        var flagged: Bool
        var `private`: Bool
    }

    /// What was given with a new message; its text is the draft's `text`.
    struct MessageFields: Codable {
        var date: String
        var mood: Int?
        var `private`: Bool
    }

    init(_ draft: Draft, kept: Moment) {
        format = Self.formatName
        version = 1
        self.kept = kept.localTime.iso8601
        switch draft {
        case .newEntry(let entry):
            purpose = "entry"
            self.entry = EntryFields(
                date: entry.moment.localTime.iso8601, mood: entry.mood, text: entry.text, tags: entry.tags,
                feelings: entry.feelings, flagged: entry.isFlagged, private: entry.isPrivate,
                pictures: entry.pictures.isEmpty ? nil : entry.pictures.map(PictureFields.init))
            if !entry.pictures.isEmpty { version = 2 }
        case .newText(let text, let id):
            purpose = "entry-text"
            entryId = id
            self.text = text
        case .plan(let text):
            purpose = "plan"
            self.text = text
        case .newWorksheet(let worksheet):
            purpose = "worksheet"
            self.worksheet = WorksheetFields(
                kind: worksheet.kind.rawValue, date: worksheet.date?.localTime.iso8601, flagged: worksheet.isFlagged,
                private: worksheet.isPrivate)
            text = worksheet.form
        case .worksheetForm(let form, let id):
            purpose = "worksheet-form"
            worksheetId = id
            text = form
        case .newMessage(let message):
            purpose = "message"
            self.message = MessageFields(date: message.moment.localTime.iso8601, mood: message.mood, private: message.isPrivate)
            text = message.text
        case .messageText(let text, let id):
            purpose = "message-text"
            messageId = id
            self.text = text
        }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The draft in `data`, kept at `path`.
    static func decode(_ data: Data, path: String) throws(DraftError) -> KeptDraft {
        guard let document = try? JSONDecoder().decode(Self.self, from: data), document.format == formatName else {
            throw .notADraft(path)
        }
        guard document.version <= currentVersion else { throw .writtenByNewerVersion(path) }
        guard let kept = moment(document.kept) else { throw .notADraft(path) }
        return KeptDraft(path: path, draft: try document.draft(path: path), kept: kept)
    }

    private func draft(path: String) throws(DraftError) -> Draft {
        switch (purpose, entry, entryId, text) {
        case ("entry", let entry?, _, _):
            guard let moment = Self.moment(entry.date) else { throw .notADraft(path) }
            return .newEntry(
                NewEntry(
                    text: entry.text, mood: entry.mood, feelings: entry.feelings, tags: entry.tags, moment: moment,
                    isFlagged: entry.flagged, isPrivate: entry.private,
                    pictures: try (entry.pictures ?? []).map { picture throws(DraftError) in try picture.prepared(path: path) }))
        case ("entry-text", _, let id?, let text?):
            return .newText(text, ofEntry: id)
        case ("plan", _, _, let text?):
            return .plan(text)
        case ("worksheet", _, _, let form?):
            guard let fields = worksheet, let kind = WorksheetKind(rawValue: fields.kind) else { throw .notADraft(path) }
            let date = try fields.date.map { text throws(DraftError) in
                guard let moment = Self.moment(text) else { throw .notADraft(path) }
                return moment
            }
            return .newWorksheet(
                NewWorksheetDraft(kind: kind, form: form, date: date, isFlagged: fields.flagged, isPrivate: fields.private))
        case ("worksheet-form", _, _, let form?):
            guard let worksheetId else { throw .notADraft(path) }
            return .worksheetForm(form, ofWorksheet: worksheetId)
        case ("message", _, _, let text?):
            guard let fields = message, let moment = Self.moment(fields.date) else { throw .notADraft(path) }
            return .newMessage(NewMessage(text: text, mood: fields.mood, moment: moment, isPrivate: fields.private))
        case ("message-text", _, _, let text?):
            guard let messageId else { throw .notADraft(path) }
            return .messageText(text, ofMessage: messageId)
        default:
            throw .notADraft(path)
        }
    }

    private static func moment(_ text: String) -> Moment? {
        var scanner = TimestampScanner(text)
        guard let moment = scanner.momentWithOffset(), scanner.isAtEnd else { return nil }
        return moment
    }
}
