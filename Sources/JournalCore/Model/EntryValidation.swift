import Foundation

/// Why an entry cannot be stored or changed as asked.
public enum EntryError: JournalFailure, Equatable {
    case moodOutOfRange(Int)
    case moodNotANumber(String)
    case emptyText
    case dateInFuture
    case invalidTag(String)
    case invalidFeeling(String)
    case notFound(Int64)

    public var problem: String {
        switch self {
        case .moodOutOfRange(let mood):
            "mood \(mood) is out of range; it is a whole number from 0 (the worst) to 10 (the best)"
        case .moodNotANumber(let text):
            "mood \"\(text.prefix(20))\" is not a number; it is a whole number from 0 (the worst) to 10 (the best)"
        case .emptyText:
            "the entry is empty, so nothing was stored"
        case .dateInFuture:
            "that date is in the future, and an entry is about something that has happened"
        case .invalidTag(let tag):
            "\"\(tag)\" cannot be a tag: a tag starts with a letter and holds only letters, digits, - and _"
        case .invalidFeeling(let feeling):
            "\"\(feeling)\" cannot be a feeling: a feeling is a word or two, on one line"
        case .notFound(let id):
            "there is no entry \(id)"
        }
    }

    public var advice: String {
        switch self {
        case .moodOutOfRange, .moodNotANumber: "for example --mood 6"
        case .emptyText: "write some text, as arguments, through a pipe, or in the editor, or attach a picture with --attach FILE"
        case .dateInFuture: "give a time that has passed, like --date \"yesterday 9pm\""
        case .invalidTag: "for example --tag family or #family in the text"
        case .invalidFeeling: "for example --feeling anxious"
        case .notFound: "journal list shows the entries and their ids"
        }
    }
}

/// How far a date may lie ahead of "now" and still count as now: clocks and the moment the
/// person pressed return differ by a little.
let futureTolerance: TimeInterval = 60

public enum Mood {
    public static let range = 0...10

    /// A mood as a person typed it.
    public static func parse(_ text: String) throws(EntryError) -> Int {
        let trimmed = text.trimmed()
        guard let mood = Int(trimmed) else { throw .moodNotANumber(trimmed) }
        guard range.contains(mood) else { throw .moodOutOfRange(mood) }
        return mood
    }

    static func validated(_ mood: Int?) throws(EntryError) -> Int? {
        guard let mood else { return nil }
        guard range.contains(mood) else { throw .moodOutOfRange(mood) }
        return mood
    }
}

enum Feelings {
    static let maximumLength = 40

    /// Lower-cased, trimmed, each once, sorted; refused when empty, too long or multi-line.
    static func normalized(_ feelings: [String]) throws(EntryError) -> [String] {
        var result = Set<String>()
        for feeling in feelings {
            let word = feeling.trimmed().lowercased()
            let isPrintable = word.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
            guard !word.isEmpty, word.count <= maximumLength, isPrintable else {
                throw .invalidFeeling(String(feeling.prefix(maximumLength)))
            }
            result.insert(word)
        }
        return result.sorted()
    }
}

extension NewEntry {
    /// The entry as it will be stored: it holds something (see `EntryContent`), its mood is in
    /// range, tags and feelings are normalised, and the date is not in the future. Throws
    /// `EntryError`.
    public func validated(now: Date) throws(EntryError) -> ValidatedEntry {
        let pictures = Self.eachOnce(pictures)
        guard EntryContent(text: text, attachmentCount: pictures.kept.count).hasContent else { throw .emptyText }
        let details = try checkedDetails(now: now)
        return ValidatedEntry(
            text: EntryText.normalized(text), mood: details.mood, feelings: details.feelings,
            tags: try Tags.normalized(explicit: tags, text: text), givenTags: details.givenTags, moment: moment,
            isFlagged: isFlagged, isPrivate: isPrivate, pictures: pictures.kept, repeatedPictures: pictures.repeated)
    }

    /// The pictures with the same bytes as one before them left out, and the names they were
    /// given under.
    private static func eachOnce(_ pictures: [PreparedPicture]) -> (kept: [PreparedPicture], repeated: [String]) {
        var seen = Set<Data>()
        var kept: [PreparedPicture] = []
        var repeated: [String] = []
        for picture in pictures {
            if seen.insert(picture.checksum).inserted { kept.append(picture) } else { repeated.append(picture.name) }
        }
        return (kept, repeated)
    }

    /// Checks everything but the content: before an editor opens, so that a mistake is found
    /// before anything is written, not after.
    public func checkDetails(now: Date) throws(EntryError) {
        _ = try checkedDetails(now: now)
    }

    private func checkedDetails(now: Date) throws(EntryError) -> (mood: Int?, feelings: [String], givenTags: Set<String>) {
        guard moment.date.timeIntervalSince(now) <= futureTolerance else { throw .dateInFuture }
        return (try Mood.validated(mood), try Feelings.normalized(feelings), Set(try Tags.normalized(explicit: tags, text: "")))
    }
}

/// An entry checked and normalised, ready to be stored: made only by `NewEntry.validated(now:)`,
/// so that what reaches the journal was checked, and checked once.
public struct ValidatedEntry: Sendable {
    /// Without the blank lines before it and the white space after.
    public let text: String
    public let mood: Int?
    /// Lower-cased, each once, sorted.
    public let feelings: [String]
    /// Given and inline tags, lower-cased, each once, sorted.
    public let tags: [String]
    /// The tags that were given rather than only found in the text.
    let givenTags: Set<String>
    public let moment: Moment
    public let isFlagged: Bool
    public let isPrivate: Bool
    /// Each picture once, in the order given.
    public let pictures: [PreparedPicture]
    /// The names of pictures given again with the same bytes, which are kept once.
    public let repeatedPictures: [String]

    /// The entry as the journal holds it under `id` (to the second).
    func stored(as id: Int64) -> Entry {
        Entry(
            id: id, moment: Moment(StoredTime.date(StoredTime.seconds(moment.date)), utcOffsetSeconds: moment.utcOffsetSeconds),
            mood: mood, text: text, tags: tags, feelings: feelings, isFlagged: isFlagged, isPrivate: isPrivate,
            attachments: pictures.enumerated().map { $0.element.attachment(number: $0.offset + 1) })
    }
}

extension EntryChange {
    /// The change with its text normalised, its mood in range and its date not in the future.
    /// Whether the entry still holds something once changed is for the store to say, which
    /// knows the rest of it.
    func validated(now: Date) throws(EntryError) -> EntryChange {
        if let moment, moment.date.timeIntervalSince(now) > futureTolerance { throw .dateInFuture }
        if case .set(let mood) = mood { _ = try Mood.validated(mood) }
        var change = self
        change.text = text.map(EntryText.normalized)
        return change
    }
}

/// Entry text as it is stored.
public enum EntryText {
    /// The text without the blank lines before it and the white space after it, which editors
    /// and pipes add; indentation of the first line stays.
    public static func normalized(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let lastKept = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let firstKept = scalars.firstIndex { !$0.properties.isWhitespace }!
        let lineStart = scalars[..<firstKept].lastIndex(of: "\n").map(scalars.index(after:)) ?? scalars.startIndex
        return String(scalars[lineStart...lastKept])
    }
}

extension String {
    /// True when the text holds nothing a person would call writing: only white space and
    /// invisible characters.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value == 0 }
    }
}
