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
    public var date: Date
    /// The offset from UTC the entry was written in; the importing person's offset at `date`
    /// when the file does not say.
    public var utcOffsetSeconds: Int
    public var text: String
    public var mood: Int?
    public var tags: [String]
    public var feelings: [String]
    public var isFlagged: Bool
    public var isPrivate: Bool
    /// Where the entry starts in the file, for messages.
    public var location: ImportLocation

    public init(
        date: Date, utcOffsetSeconds: Int, text: String, mood: Int? = nil, tags: [String] = [],
        feelings: [String] = [], isFlagged: Bool = false, isPrivate: Bool = false, location: ImportLocation
    ) {
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.text = text
        self.mood = mood
        self.tags = tags
        self.feelings = feelings
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.location = location
    }
}

public struct ImportedSession: Equatable, Sendable {
    public var date: Date
    public var utcOffsetSeconds: Int
    public var note: String?
    public var isPlanned: Bool
    public var location: ImportLocation

    public init(date: Date, utcOffsetSeconds: Int, note: String?, isPlanned: Bool, location: ImportLocation) {
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
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
    public var savedAt: Date
    public var utcOffsetSeconds: Int
    public var location: ImportLocation

    public init(text: String, savedAt: Date, utcOffsetSeconds: Int, location: ImportLocation) {
        self.text = text
        self.savedAt = savedAt
        self.utcOffsetSeconds = utcOffsetSeconds
        self.location = location
    }
}

/// A questionnaire answered on a day; total and band are worked out again from the answers.
public struct ImportedCheckIn: Equatable, Sendable {
    public var instrument: Instrument
    public var answers: [Int]
    public var date: Date
    public var utcOffsetSeconds: Int
    public var location: ImportLocation

    public init(instrument: Instrument, answers: [Int], date: Date, utcOffsetSeconds: Int, location: ImportLocation) {
        self.instrument = instrument
        self.answers = answers
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
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
