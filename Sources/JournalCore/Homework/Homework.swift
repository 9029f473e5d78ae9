import Foundation

/// What the writer and their therapist agreed at a session for the time until the next one:
/// `journal homework`. Reviewed by the writer (`homework review`), and shown in the next
/// digest with how it went.
public struct Homework: Identifiable, Equatable, Sendable {
    public var id: Int64
    public var text: String
    /// The worksheets it asks for, when it asks for some: then it counts, by itself, those of
    /// that kind written since it was set.
    public var worksheets: WorksheetTarget?
    /// When it was set, on the writer's clock.
    public var set: Moment
    /// When it is due; nil for "by the next session", when none was planned as it was set.
    public var due: Moment?
    /// How it went, once reviewed; nil while it is open.
    public var status: HomeworkStatus?
    /// What the writer said about it at the review: what got in the way, or how it went.
    public var note: String?
    /// When it was reviewed.
    public var reviewedAt: Date?

    public init(
        id: Int64, text: String, worksheets: WorksheetTarget?, set: Moment, due: Moment?, status: HomeworkStatus?,
        note: String?, reviewedAt: Date?
    ) {
        self.id = id
        self.text = text
        self.worksheets = worksheets
        self.set = set
        self.due = due
        self.status = status
        self.note = note
        self.reviewedAt = reviewedAt
    }

    /// Not reviewed yet.
    public var isOpen: Bool { status == nil }
}

/// Worksheets a homework asks for: `3 thought records`.
public struct WorksheetTarget: Equatable, Sendable {
    public var kind: WorksheetKind
    /// From 1 to `maximumTimes`.
    public var times: Int

    public init(kind: WorksheetKind, times: Int) {
        self.kind = kind
        self.times = times
    }

    /// More than once a day for three months would be no homework.
    public static let maximumTimes = 100

    /// `2 of 3 thought records`, `1 of 1 sleep diary`.
    public func progress(_ count: Int) -> String {
        "\(count) of \(times) \(times == 1 ? kind.name : kind.pluralName)"
    }
}

/// How a homework went, as the writer reviews it.
public enum HomeworkStatus: String, CaseIterable, Sendable {
    case done
    case partly
    case notDone = "not-done"

    /// In a sentence: `partly done`.
    public var phrase: String {
        switch self {
        case .done: "done"
        case .partly: "partly done"
        case .notDone: "not done"
        }
    }
}

/// A homework as a person asks to store it; checked by `validated()`.
public struct NewHomework: Equatable, Sendable {
    public var text: String
    public var worksheets: WorksheetTarget?
    /// Now, for `homework add`; the file's time for an import.
    public var set: Moment
    public var due: Moment?

    public init(text: String, worksheets: WorksheetTarget? = nil, set: Moment, due: Moment? = nil) {
        self.text = text
        self.worksheets = worksheets
        self.set = set
        self.due = due
    }

    /// The homework as it will be stored: its text trimmed and not empty, its times from 1 to
    /// `WorksheetTarget.maximumTimes`, its due time after the time it was set. Throws
    /// `HomeworkError`.
    public func validated() throws(HomeworkError) -> NewHomework {
        var homework = self
        homework.text = try Homework.checkedText(text)
        if let times = worksheets?.times { try Homework.checkTimes(times) }
        if let due { try Homework.checkDue(due, set: set) }
        return homework
    }

    /// The homework as the journal holds it under `id` (to the second), open.
    func stored(as id: Int64) -> Homework {
        Homework(
            id: id, text: text, worksheets: worksheets, set: Self.toTheSecond(set), due: due.map(Self.toTheSecond),
            status: nil, note: nil, reviewedAt: nil)
    }

    private static func toTheSecond(_ moment: Moment) -> Moment {
        StoredTime.moment(StoredTime.seconds(moment.date), utcOffset: moment.utcOffsetSeconds)
    }
}

/// Changes to a homework; nil leaves a part as it is.
public struct HomeworkChange: Equatable, Sendable {
    public var text: String?
    /// The kind of worksheet it asks for; with no kind before, once unless `times` says.
    public var kind: WorksheetKind?
    /// How many worksheets it asks for; it must ask for a kind, given here or before.
    public var times: Int?
    /// It no longer asks for worksheets.
    public var clearsWorksheets: Bool
    public var due: Moment?

    public init(text: String? = nil, kind: WorksheetKind? = nil, times: Int? = nil, clearsWorksheets: Bool = false, due: Moment? = nil) {
        self.text = text
        self.kind = kind
        self.times = times
        self.clearsWorksheets = clearsWorksheets
        self.due = due
    }

    /// What the homework asks for once changed; throws when `times` is given for a homework
    /// that would ask for no kind.
    func worksheets(replacing current: WorksheetTarget?) throws(HomeworkError) -> WorksheetTarget? {
        if clearsWorksheets { return nil }
        guard let kind = kind ?? current?.kind else {
            if times != nil { throw .timesWithoutKind }
            return nil
        }
        let times = times ?? current?.times ?? 1
        try Homework.checkTimes(times)
        return WorksheetTarget(kind: kind, times: times)
    }
}

extension Homework {
    /// The text of a homework, trimmed; refused when nothing is left.
    public static func checkedText(_ text: String) throws(HomeworkError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isBlank else { throw .empty }
        return trimmed
    }

    public static func checkTimes(_ times: Int) throws(HomeworkError) {
        guard (1...WorksheetTarget.maximumTimes).contains(times) else { throw .timesOutOfRange(times) }
    }

    /// A homework is due after it was set.
    public static func checkDue(_ due: Moment, set: Moment) throws(HomeworkError) {
        guard due.date > set.date else { throw .dueBeforeSet }
    }
}

/// Why a homework cannot be stored, changed or reviewed as asked. Its text is never quoted.
public enum HomeworkError: JournalFailure, Equatable {
    case empty
    case timesOutOfRange(Int)
    case timesWithoutKind
    case dueBeforeSet
    case notFound(Int64)

    public var problem: String {
        switch self {
        case .empty: "the homework is empty, so nothing was stored"
        case .timesOutOfRange(let times):
            "\(times) times is out of range; homework asks for a worksheet 1 to \(WorksheetTarget.maximumTimes) times"
        case .timesWithoutKind: "--times says how many worksheets, and the homework asks for no kind of worksheet"
        case .dueBeforeSet: "that time has passed, and homework is due after it was set"
        case .notFound(let id): "there is no homework \(id)"
        }
    }

    public var advice: String {
        switch self {
        case .empty: "for example: journal homework add \"walk after lunch\""
        case .timesOutOfRange: "for example --times 3"
        case .timesWithoutKind: "give the kind too, like --kind thought-record --times 3"
        case .dueBeforeSet: "give a time ahead, like --due \"next thursday\" (without --due: the next planned session)"
        case .notFound: "journal homework list --all shows every homework, open and reviewed, with its id"
        }
    }
}
