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
        case .emptyText: "write some text, as arguments, through a pipe, or in the editor"
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
    /// The entry as it will be stored: text checked, mood in range, tags and feelings
    /// normalised, and the date not in the future.
    public func validated(now: Date) throws(EntryError) -> NewEntry {
        guard !text.isBlank else { throw .emptyText }
        guard moment.date.timeIntervalSince(now) <= futureTolerance else { throw .dateInFuture }
        var entry = self
        entry.text = EntryText.normalized(text)
        entry.mood = try Mood.validated(mood)
        entry.feelings = try Feelings.normalized(feelings)
        entry.givenTags = Set(try Tags.normalized(explicit: tags, text: ""))
        entry.tags = try Tags.normalized(explicit: tags, text: text)
        return entry
    }
}

extension NewEntry {
    /// Checks everything but the text: before an editor opens, so that a mistake is found
    /// before anything is written, not after.
    public func checkDetails(now: Date) throws(EntryError) {
        var probe = self
        probe.text = "."
        _ = try probe.validated(now: now)
    }
}

extension NewEntry {
    /// The validated entry as the journal holds it under `id` (to the second).
    func stored(as id: Int64) -> Entry {
        Entry(
            id: id, moment: Moment(StoredTime.date(StoredTime.seconds(moment.date)), utcOffsetSeconds: moment.utcOffsetSeconds),
            mood: mood, text: text, tags: tags, feelings: feelings, isFlagged: isFlagged, isPrivate: isPrivate)
    }
}

extension EntryChange {
    func validated(now: Date) throws(EntryError) -> EntryChange {
        if let text, text.isBlank { throw .emptyText }
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
