import Foundation

/// Why an entry cannot be stored or changed as asked.
public enum EntryError: JournalFailure, Equatable {
    case moodOutOfRange(Int)
    case moodNotANumber(String)
    /// `7.5`: a mood between two whole numbers.
    case moodNotWhole(String)
    /// `3/5`: a mood on another scale than 0 to 10.
    case moodNotOutOfTen(String)
    case emptyText
    case dateInFuture
    case invalidTag(String)
    case invalidFeeling(String)
    case notFound(Int64)
    case noSuchFeeling(Int64, String)
    case noSuchTag(Int64, String)
    /// A tag to remove that the entry's text holds as `#tag`.
    case tagInText(Int64, String)
    /// The same feeling or tag both added and removed.
    case addedAndRemoved(String)

    public var problem: String {
        switch self {
        case .moodOutOfRange(let mood):
            "mood \(mood) is out of range; it is a whole number from 0 (the worst) to 10 (the best)"
        case .moodNotANumber(let text):
            "mood \"\(text.prefix(20))\" is not a number; it is a whole number from 0 (the worst) to 10 (the best)"
        case .moodNotWhole(let text):
            "mood \(text.prefix(20)) is not a whole number; moods are whole numbers from 0 (the worst) to 10 (the best)"
        case .moodNotOutOfTen(let text):
            "mood \(text.prefix(20)) is not out of 10; moods are whole numbers from 0 (the worst) to 10 (the best)"
        case .emptyText:
            "the entry is empty, so nothing was stored"
        case .dateInFuture:
            "that date is in the future, and an entry is about something that has happened"
        case .invalidTag(let tag):
            "\"\(tag)\" cannot be a tag: a tag starts with a letter and holds only letters, digits and - _ + / #"
        case .invalidFeeling(let feeling):
            "\"\(feeling)\" cannot be a feeling: a feeling is a word or two, on one line"
        case .notFound(let id):
            "there is no entry \(id)"
        case .noSuchFeeling(let id, let feeling):
            "entry \(id) has no feeling \"\(feeling)\", so nothing was changed"
        case .noSuchTag(let id, let tag):
            "entry \(id) has no tag #\(tag), so nothing was changed"
        case .tagInText(let id, let tag):
            "#\(tag) is written in the text of entry \(id), and a tag in the text stays as long as the text has it, so nothing was changed"
        case .addedAndRemoved(let word):
            "\"\(word)\" is both added and removed, so nothing was changed"
        }
    }

    public var advice: String {
        switch self {
        case .moodOutOfRange, .moodNotANumber, .moodNotOutOfTen: "for example --mood 6 or --mood 6/10"
        case .moodNotWhole(let text): Mood.roundingAdvice(text)
        case .emptyText: "write some text, as arguments, through a pipe, or in the editor, or attach a picture with --attach FILE"
        case .dateInFuture: "give a time that has passed, like --date \"yesterday 9pm\""
        case .invalidTag: "for example --tag family, --tag \"family, work\" for two, or #family in the text"
        case .invalidFeeling: "for example --feeling anxious, or --feeling \"anxious, tired\" for two"
        case .notFound: "journal list shows the entries and their ids"
        case .noSuchFeeling(let id, _), .noSuchTag(let id, _): "journal show \(id) shows its feelings and tags"
        case .tagInText(let id, _): "change the text to remove it: journal edit \(id)"
        case .addedAndRemoved: "give it once: to add it, or to remove it"
        }
    }
}

/// How far a date may lie ahead of "now" and still count as now: clocks and the moment the
/// person pressed return differ by a little.
let futureTolerance: TimeInterval = 60

public enum Mood {
    public static let range = 0...10

    /// A mood as a person typed it: `7`, `7/10` (out of 10, as people say it) or `7.0` (a
    /// whole number written with a decimal point). Throws `EntryError`: `7.5` and `7,5` are
    /// refused as not whole, `3/5` as not out of 10.
    public static func parse(_ text: String) throws(EntryError) -> Int {
        let trimmed = text.trimmed()
        var number = Substring(trimmed)
        if let slash = trimmed.firstIndex(of: "/") {
            guard trimmed[trimmed.index(after: slash)...].trimmed() == "10" else { throw .moodNotOutOfTen(trimmed) }
            number = Substring(trimmed[..<slash].trimmed())
        }
        if let mood = Int(number) {
            guard range.contains(mood) else { throw .moodOutOfRange(mood) }
            return mood
        }
        guard let match = number.wholeMatch(of: /([+-]?[0-9]+)[.,]([0-9]*)/), let whole = Int(match.1) else {
            throw .moodNotANumber(trimmed)
        }
        guard match.2.allSatisfy({ $0 == "0" }) else { throw .moodNotWhole(String(number)) }
        guard range.contains(whole) else { throw .moodOutOfRange(whole) }
        return whole
    }

    /// `round it to a whole number: --mood 7 or --mood 8` for `7.5`.
    fileprivate static func roundingAdvice(_ text: String) -> String {
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite,
            value > Double(range.lowerBound), value < Double(range.upperBound)
        else { return "for example --mood 6" }
        let below = Int(value.rounded(.down))
        return "round it to a whole number: --mood \(below) or --mood \(below + 1)"
    }

    static func validated(_ mood: Int?) throws(EntryError) -> Int? {
        guard let mood else { return nil }
        guard range.contains(mood) else { throw .moodOutOfRange(mood) }
        return mood
    }
}

public enum Feelings {
    static let maximumLength = 40

    /// The feelings typed, each option split at its commas: `--feeling "anxious, tired"` is
    /// two feelings, as it would be in a sentence. An option with nothing but commas and
    /// spaces stays as typed, to be refused.
    public static func splitting(_ typed: [String]) -> [String] {
        typed.flatMap { option in
            let parts = option.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
            return parts.isEmpty ? [option] : parts
        }
    }

    /// Lower-cased, trimmed, each once, sorted; refused when empty, too long or multi-line, or
    /// nothing but commas.
    static func normalized(_ feelings: [String]) throws(EntryError) -> [String] {
        var result = Set<String>()
        for feeling in splitting(feelings) {
            let word = feeling.trimmed().lowercased()
            guard !word.allSatisfy({ $0 == "," || $0.isWhitespace }) else {
                throw .invalidFeeling(String(feeling.prefix(maximumLength)))
            }
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
    /// The change with its text normalised, its mood in range, its date not in the future and
    /// its feelings and tags as they are stored. Whether the entry still holds something once
    /// changed, and whether what is removed is there, is for the store to say, which knows the
    /// rest of it.
    func validated(now: Date) throws(EntryError) -> EntryChange {
        if let moment, moment.date.timeIntervalSince(now) > futureTolerance { throw .dateInFuture }
        if case .set(let mood) = mood { _ = try Mood.validated(mood) }
        var change = self
        change.text = text.map(EntryText.normalized)
        change.feelings = try feelings.validated(Feelings.normalized)
        change.tags = try tags.validated { typed throws(EntryError) in try Tags.normalized(explicit: typed, text: "") }
        return change
    }
}

extension LabelChange {
    /// Both lists as `normalize` stores them, and no word both added and removed.
    fileprivate func validated(_ normalize: ([String]) throws(EntryError) -> [String]) throws(EntryError) -> LabelChange {
        let change = LabelChange(added: try normalize(added), removed: try normalize(removed), clearsAll: clearsAll)
        if let both = change.added.first(where: change.removed.contains) { throw .addedAndRemoved(both) }
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
