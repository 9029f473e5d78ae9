import Foundation

/// What the writer would have sent their therapist between sessions, kept for the next session
/// instead: `journal message`. Nothing is ever sent anywhere.
///
/// A message is not an entry: it has no tags, feelings or flag, and its mood is not part of the
/// entries' mood in the digest and stats. The digest opens with the messages of its period
/// ("What I wanted to tell you"), oldest first.
public struct Message: Identifiable, Equatable, Sendable {
    public var id: Int64
    /// When it was written, on the writer's clock.
    public var moment: Moment
    /// From 0 (the worst one can feel) to 10 (the best); nil when not rated.
    public var mood: Int?
    public var text: String
    /// Never leaves the journal (digest, export) unless asked for, as a private entry.
    public var isPrivate: Bool

    public init(id: Int64, moment: Moment, mood: Int?, text: String, isPrivate: Bool) {
        self.id = id
        self.moment = moment
        self.mood = mood
        self.text = text
        self.isPrivate = isPrivate
    }

    public var date: Date { moment.date }

    public var localTime: LocalTime { moment.localTime }

    /// A mood of 0 or 1: the moments the writer's plan is for, so it is shown unasked, as after
    /// an entry.
    public var callsForThePlan: Bool { mood.map { $0 <= 1 } ?? false }
}

/// A message a person asks to store; checked by `validated(now:)` before it reaches the
/// database.
public struct NewMessage: Equatable, Sendable {
    public var text: String
    public var mood: Int?
    /// When it was written: now for `journal message`, the file's date for an import.
    public var moment: Moment
    public var isPrivate: Bool

    public init(text: String, mood: Int? = nil, moment: Moment, isPrivate: Bool = false) {
        self.text = text
        self.mood = mood
        self.moment = moment
        self.isPrivate = isPrivate
    }

    /// The message as it will be stored: its text without the blank lines before it and the
    /// white space after (as an entry's), refused when it holds no writing; its mood from 0 to
    /// 10; its time not in the future. Throws `MessageError`.
    public func validated(now: Date) throws(MessageError) -> NewMessage {
        guard !text.isBlank else { throw .empty }
        try checkDetails(now: now)
        var message = self
        message.text = EntryText.normalized(text)
        return message
    }

    /// Checks everything but the text: before an editor opens, so that a mistake is found
    /// before anything is written, not after.
    public func checkDetails(now: Date) throws(MessageError) {
        guard moment.date.timeIntervalSince(now) <= futureTolerance else { throw .inFuture }
        if let mood, !Mood.range.contains(mood) { throw .moodOutOfRange(mood) }
    }

    /// The message as the journal holds it under `id` (to the second).
    func stored(as id: Int64) -> Message {
        Message(
            id: id, moment: Moment(StoredTime.date(StoredTime.seconds(moment.date)), utcOffsetSeconds: moment.utcOffsetSeconds),
            mood: mood, text: text, isPrivate: isPrivate)
    }
}

/// Changes to a message; nil leaves a part as it is. Its time is when it was written, and
/// stays.
public struct MessageChange: Equatable, Sendable {
    public var text: String?
    public var mood: EntryChange.MoodChange?
    public var isPrivate: Bool?

    public init(text: String? = nil, mood: EntryChange.MoodChange? = nil, isPrivate: Bool? = nil) {
        self.text = text
        self.mood = mood
        self.isPrivate = isPrivate
    }

    public var isEmpty: Bool { self == MessageChange() }
}

/// Which messages `list --messages` shows.
public struct MessageFilter: Equatable, Sendable {
    /// Written at or after this instant.
    public var since: Date?
    /// Written strictly before this instant.
    public var until: Date?
    /// `list --messages` shows private messages too, marked as such.
    public var privacy: Privacy
    /// The newest `limit` of those that match; nil for all of them.
    public var limit: Int?

    public init(since: Date? = nil, until: Date? = nil, privacy: Privacy = .includesPrivate, limit: Int? = nil) {
        self.since = since
        self.until = until
        self.privacy = privacy
        self.limit = limit
    }
}

extension Privacy {
    /// Whether `message` is shown: a private message is kept as a private entry is.
    public func shows(_ message: Message) -> Bool {
        self == .includesPrivate || !message.isPrivate
    }

    /// The same rule in SQL, over the `message` table; nil when every message is shown.
    var messageSQLCondition: String? {
        self == .includesPrivate ? nil : "NOT message.isPrivate"
    }
}

/// Why a message cannot be stored or changed as asked. The message's text is never quoted.
public enum MessageError: JournalFailure, Equatable {
    case empty
    case inFuture
    case moodOutOfRange(Int)
    case notFound(Int64)

    public var problem: String {
        switch self {
        case .empty: "the message is empty, so nothing was stored"
        case .inFuture: "that time is in the future, and a message is kept from the moment it was written"
        case .moodOutOfRange(let mood): "mood \(mood) is out of range; it is a whole number from 0 (the worst) to 10 (the best)"
        case .notFound(let id): "there is no message \(id)"
        }
    }

    public var advice: String {
        switch self {
        case .empty: "write what you would have sent, as arguments, through a pipe, or in the editor"
        case .inFuture: "check the computer's clock and time zone"
        case .moodOutOfRange: "for example --mood 6"
        case .notFound: "journal list --messages shows the messages and their ids"
        }
    }
}
