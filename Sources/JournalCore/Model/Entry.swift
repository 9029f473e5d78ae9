import Foundation

/// One journal entry: what the writer wrote, when, and how they felt.
public struct Entry: Identifiable, Equatable, Sendable {
    public var id: Int64
    /// When the entry is about, as the writer's clock showed it.
    public var moment: Moment
    /// From 0 (the worst one can feel) to 10 (the best); nil when not rated.
    public var mood: Int?
    public var text: String
    /// Lower-cased, each once, sorted.
    public var tags: [String]
    /// Lower-cased, each once, sorted.
    public var feelings: [String]
    /// The writer wants to discuss it in the next session.
    public var isFlagged: Bool
    /// Never leaves the journal (digest, export) unless asked for.
    public var isPrivate: Bool
    /// Its pictures, in the order of their numbers, without their bytes.
    public var attachments: [Attachment]

    public init(
        id: Int64, moment: Moment, mood: Int?, text: String,
        tags: [String], feelings: [String], isFlagged: Bool, isPrivate: Bool, attachments: [Attachment] = []
    ) {
        self.id = id
        self.moment = moment
        self.mood = mood
        self.text = text
        self.tags = tags
        self.feelings = feelings
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.attachments = attachments
    }

    /// The instant the entry is about.
    public var date: Date { moment.date }

    public var localTime: LocalTime { moment.localTime }
}

/// What a person asks to store; checked by `validated(now:)` before it reaches the database.
public struct NewEntry: Equatable, Sendable {
    public var text: String
    public var mood: Int?
    public var feelings: [String]
    /// Tags given explicitly (`--tag`); `#tags` in the text are added to them.
    public var tags: [String]
    public var moment: Moment
    public var isFlagged: Bool
    public var isPrivate: Bool
    /// Pictures to attach, in this order; an entry may be pictures alone, without text.
    public var pictures: [PreparedPicture]

    public init(
        text: String, mood: Int? = nil, feelings: [String] = [], tags: [String] = [],
        moment: Moment, isFlagged: Bool = false, isPrivate: Bool = false, pictures: [PreparedPicture] = []
    ) {
        self.text = text
        self.mood = mood
        self.feelings = feelings
        self.tags = tags
        self.moment = moment
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.pictures = pictures
    }
}

/// Changes to an existing entry; nil leaves a field as it is.
public struct EntryChange: Sendable, Equatable {
    public var text: String?
    public var mood: MoodChange?
    public var moment: Moment?
    public var isFlagged: Bool?
    public var isPrivate: Bool?
    public var feelings: LabelChange
    /// Tags as typed after `--tag` (a leading `#` allowed). Tags written in the text follow the
    /// text and cannot be removed apart from it.
    public var tags: LabelChange

    public enum MoodChange: Sendable, Equatable {
        case set(Int)
        case clear
    }

    public init(
        text: String? = nil, mood: MoodChange? = nil, moment: Moment? = nil, isFlagged: Bool? = nil,
        isPrivate: Bool? = nil, feelings: LabelChange = LabelChange(), tags: LabelChange = LabelChange()
    ) {
        self.text = text
        self.mood = mood
        self.moment = moment
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.feelings = feelings
        self.tags = tags
    }

    public var isEmpty: Bool { self == EntryChange() }
}

/// Changes to an entry's feelings or tags, applied in this order: all cleared, some removed,
/// some added (so clearing and adding replaces them).
public struct LabelChange: Sendable, Equatable {
    public var added: [String]
    /// Each must be on the entry: a word that is not is a slip worth saying.
    public var removed: [String]
    public var clearsAll: Bool

    public init(added: [String] = [], removed: [String] = [], clearsAll: Bool = false) {
        self.added = added
        self.removed = removed
        self.clearsAll = clearsAll
    }
}

/// An entry as it was before a change and as it is after: what `journal edit` reports.
public struct EntryUpdate: Equatable, Sendable {
    public var before: Entry
    public var after: Entry

    public var changedAnything: Bool { before != after }
}

/// Which entries `list` shows.
public struct EntryFilter: Sendable, Equatable {
    /// Entries at or after this instant.
    public var since: Date?
    /// Entries strictly before this instant.
    public var until: Date?
    /// Entries carrying every one of these tags, as typed: a leading `#` is allowed.
    public var tags: [String]
    public var onlyFlagged: Bool
    /// `list` shows private entries too, marked as such.
    public var privacy: Privacy
    /// The newest `limit` entries of those that match; nil for all of them.
    public var limit: Int?

    public init(
        since: Date? = nil, until: Date? = nil, tags: [String] = [], onlyFlagged: Bool = false,
        privacy: Privacy = .includesPrivate, limit: Int? = nil
    ) {
        self.since = since
        self.until = until
        self.tags = tags
        self.onlyFlagged = onlyFlagged
        self.privacy = privacy
        self.limit = limit
    }
}
