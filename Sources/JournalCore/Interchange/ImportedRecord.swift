import Foundation

/// What an importer reads from a file, before it is checked and stored.
public enum ImportedRecord: Equatable, Sendable {
    case entry(ImportedEntry)
    case session(ImportedSession)
    case topic(ImportedTopic)
    case planVersion(ImportedPlanVersion)
    case checkIn(ImportedCheckIn)
    case worksheet(ImportedWorksheet)
    case message(ImportedMessage)
    case homework(ImportedHomework)
}

/// An entry as another tool (or this one's export) wrote it.
public struct ImportedEntry: Equatable, Sendable {
    /// When the entry is about, with the offset it was written in; the importing person's
    /// offset then when the file does not say.
    public var moment: Moment
    /// Empty when the entry holds no writing, as an entry that is a photo alone: such an entry
    /// is skipped and counted, not refused.
    public var text: String
    public var mood: Int?
    public var tags: [String]
    public var feelings: [String]
    public var isFlagged: Bool
    public var isPrivate: Bool
    /// Its pictures, in order: checked, made ready and stored with it (see `ImportedAttachment`).
    public var attachments: [ImportedAttachment]
    /// The pictures, recordings and documents the entry had in the other tool.
    public var media: [ImportedMedia]
    /// True when the file gives only the wall-clock time, no offset (jrnl, Daylio): the entry
    /// is then recognised as already in the journal by the day and time its clock showed,
    /// wherever it was written, not by the instant the importing person's time zone makes of it.
    public var hasOnlyLocalTime: Bool
    /// The text as the journal may already hold it when the file may have added to it: jrnl's
    /// export writes the tags that are not in the text as a last line of `@tags`, which the
    /// entry in the journal does not have. Nil when there is no such other form.
    public var textWithoutAddedTags: String?
    /// Where the entry starts in the file, for messages.
    public var location: ImportLocation

    public init(
        moment: Moment, text: String, mood: Int? = nil, tags: [String] = [],
        feelings: [String] = [], isFlagged: Bool = false, isPrivate: Bool = false, attachments: [ImportedAttachment] = [],
        media: [ImportedMedia] = [], hasOnlyLocalTime: Bool = false, textWithoutAddedTags: String? = nil,
        location: ImportLocation
    ) {
        self.moment = moment
        self.text = text
        self.mood = mood
        self.tags = tags
        self.feelings = feelings
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.attachments = attachments
        self.media = media
        self.hasOnlyLocalTime = hasOnlyLocalTime
        self.textWithoutAddedTags = textWithoutAddedTags
        self.location = location
    }
}

/// A picture, recording or document another tool kept with an entry, such as the photos of a
/// Day One entry, that the import cannot bring in (a recording, a video, a photo missing from
/// the file or damaged): it counts them as left behind.
public struct ImportedMedia: Equatable, Sendable {
    public enum Kind: CaseIterable, Sendable {
        case photo, audio, video, pdf

        /// One of them, in messages.
        public var name: String {
            switch self {
            case .photo: "photo"
            case .audio: "audio recording"
            case .video: "video"
            case .pdf: "PDF"
            }
        }

        public var pluralName: String { name + "s" }
    }

    public var kind: Kind
    /// Where its bytes lie inside the export, like `photos/5f2b….jpeg` in a Day One zip; nil
    /// when the file does not say.
    public var path: String?

    public init(kind: Kind, path: String? = nil) {
        self.kind = kind
        self.path = path
    }
}

public struct ImportedSession: Equatable, Sendable {
    public var moment: Moment
    public var note: String?
    public var takeaway: String?
    public var isPlanned: Bool
    public var location: ImportLocation

    public init(moment: Moment, note: String?, takeaway: String? = nil, isPlanned: Bool, location: ImportLocation) {
        self.moment = moment
        self.note = note
        self.takeaway = takeaway
        self.isPlanned = isPlanned
        self.location = location
    }
}

public struct ImportedTopic: Equatable, Sendable {
    public var text: String
    public var createdAt: Date
    public var doneAt: Date?
    public var location: ImportLocation

    public init(text: String, createdAt: Date, doneAt: Date?, location: ImportLocation) {
        self.text = text
        self.createdAt = createdAt
        self.doneAt = doneAt
        self.location = location
    }
}

/// One saved version of the writer's support plan.
public struct ImportedPlanVersion: Equatable, Sendable {
    public var text: String
    public var saved: Moment
    public var location: ImportLocation

    public init(text: String, saved: Moment, location: ImportLocation) {
        self.text = text
        self.saved = saved
        self.location = location
    }
}

/// A questionnaire answered on a day; total and band are worked out again from the answers.
public struct ImportedCheckIn: Equatable, Sendable {
    public var instrument: Instrument
    public var answers: [Int]
    public var moment: Moment
    public var location: ImportLocation

    public init(instrument: Instrument, answers: [Int], moment: Moment, location: ImportLocation) {
        self.instrument = instrument
        self.answers = answers
        self.moment = moment
        self.location = location
    }
}

/// Where in a file a record starts: a line (text and CSV formats) or the index of an entry in
/// a JSON array, both counted from 1 as a person counts.
public enum ImportLocation: Equatable, Sendable, CustomStringConvertible {
    case line(Int)
    case entry(Int)

    public var description: String {
        switch self {
        case .line(let line): "\(line)"
        case .entry(let index): "entry \(index)"
        }
    }
}

/// A file that cannot be imported as it is. Nothing is stored when this is thrown.
public struct ImportError: JournalFailure, Equatable {
    public var file: String
    public var location: ImportLocation?
    /// What is wrong, in plain words; never the text of an entry.
    public var reason: String
    /// What to do, when it is more than correcting that place in the file (or, for the whole
    /// file, exporting it again).
    public var remedy: String?

    public init(file: String, location: ImportLocation?, reason: String, remedy: String? = nil) {
        self.file = file
        self.location = location
        self.reason = reason
        self.remedy = remedy
    }

    public var problem: String {
        let place = location.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason); nothing was imported"
    }

    public var advice: String {
        if let remedy { return remedy }
        guard location != nil else { return "export it again, and import again" }
        return "correct that place in the file, or export it again, and import again"
    }
}
