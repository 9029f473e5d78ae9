import Foundation

/// What an importer reads from a file, before it is checked and stored.
public enum ImportedRecord: Equatable, Sendable {
    case entry(ImportedEntry)
    case session(ImportedSession)
    case topic(ImportedTopic)
    case planVersion(ImportedPlanVersion)
    case checkIn(ImportedCheckIn)
}

/// An entry as another tool (or this one's export) wrote it.
public struct ImportedEntry: Equatable, Sendable {
    /// When the entry is about, with the offset it was written in; the importing person's
    /// offset then when the file does not say.
    public var moment: Moment
    public var text: String
    public var mood: Int?
    public var tags: [String]
    public var feelings: [String]
    public var isFlagged: Bool
    public var isPrivate: Bool
    /// Its pictures, in order: checked, made ready and stored with it (see `ImportedAttachment`).
    public var attachments: [ImportedAttachment]
    /// Where the entry starts in the file, for messages.
    public var location: ImportLocation

    public init(
        moment: Moment, text: String, mood: Int? = nil, tags: [String] = [],
        feelings: [String] = [], isFlagged: Bool = false, isPrivate: Bool = false, attachments: [ImportedAttachment] = [],
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
        self.location = location
    }
}

public struct ImportedSession: Equatable, Sendable {
    public var moment: Moment
    public var note: String?
    public var isPlanned: Bool
    public var location: ImportLocation

    public init(moment: Moment, note: String?, isPlanned: Bool, location: ImportLocation) {
        self.moment = moment
        self.note = note
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

    public init(file: String, location: ImportLocation?, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var problem: String {
        let place = location.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason); nothing was imported"
    }

    public var advice: String { "correct that place in the file, or export it again, and import again" }
}
