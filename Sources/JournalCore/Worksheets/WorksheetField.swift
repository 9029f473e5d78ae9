/// One field of a worksheet, defined once: its heading in the form and its question on a
/// terminal (`title`), what to write (`help`), what it holds (`type`), and whether it may stay
/// empty. The form, the questions, validation, storage, the digest and the JSON all go by it.
public struct WorksheetField: Hashable, Sendable {
    /// Its name in JSON and in the journal file: `intoBed`.
    public let key: String
    /// The form's heading and the terminal's question: `Into bed`.
    public let title: String
    /// What to write, in a sentence or two, shown under the heading and before the question.
    public let help: String
    public let type: FieldType
    public let isRequired: Bool

    init(_ key: String, _ title: String, _ type: FieldType, required isRequired: Bool, help: String) {
        self.key = key
        self.title = title
        self.type = type
        self.isRequired = isRequired
        self.help = help
    }

    /// What the field asks for, with its range: `a whole number from 1 (very poor) to 5 (very good)`.
    public var expected: String { type.expected }
}

/// What a field holds, and how it is written in a form or typed on a terminal.
public enum FieldType: Hashable, Sendable {
    /// When the worksheet is about, as a date expression (`yesterday 21:30`): the worksheet's
    /// own date. Empty, it is `--date`, or now.
    case when
    /// A calendar day, as a date expression (`yesterday`, `2026-11-20`). Empty, it is `empty`.
    case day(empty: DefaultDay)
    /// A time of day (`23:10`, `11pm`) on the day of the worksheet's `day` field, placed at the
    /// first time the clock shows it after the time field before it (see `SleepDiary`).
    case clockTime
    /// Free text, any number of lines.
    case text
    /// A whole number in a range; `labels` name its two ends (`very poor`, `very good`).
    case number(ClosedRange<Int>, labels: RangeLabels?)
    /// yes or no.
    case yesNo
    /// Lines of a name and a whole number in the range: `anxious 80`.
    case ratings(ClosedRange<Int>)
    /// Lines of thoughts, the hot one marked with a `*` before it.
    case thoughts
    /// A whole number in the range, and whether it was acted on: `3`, `3 acted`.
    case urge(ClosedRange<Int>)
    /// Lines of a name, a whole number in the range, and whether it was acted on:
    /// `binge eating 2 acted`.
    case namedUrges(ClosedRange<Int>)
    /// Words or short phrases separated by commas: `wise mind, TIP`.
    case words

    /// The day an empty day field stands for.
    public enum DefaultDay: Hashable, Sendable {
        /// Today, or the day of `--date`.
        case today
        /// The day before today (last night), or the day of `--date`.
        case dayBefore
    }

    public struct RangeLabels: Hashable, Sendable {
        public let lowest: String
        public let highest: String
    }

    /// What the field asks for, in the words of an error message or a question.
    public var expected: String {
        switch self {
        case .when: "a date and time like 2026-11-20 21:30, yesterday 9pm or today"
        case .day: "a day like 2026-11-20, yesterday or monday"
        case .clockTime: "a time of day like 23:10, 7:05 or 11pm"
        case .text: "some text"
        case .number(let range, let labels): "a whole number from " + Self.range(range, labels)
        case .yesNo: "yes or no"
        case .ratings(let range): "a name and a whole number from \(range.lowerBound) to \(range.upperBound) on each line"
        case .thoughts: "one thought a line, the hot thought marked with a * before it"
        case .urge(let range): "a whole number from \(range.lowerBound) to \(range.upperBound), with \"acted\" after it if you acted on the urge"
        case .namedUrges(let range):
            "on each line a name and a whole number from \(range.lowerBound) to \(range.upperBound), with \"acted\" after it if you acted on the urge"
        case .words: "words separated by commas"
        }
    }

    /// `1 (very poor) to 5 (very good)`, `0 to 1440`
    static func range(_ range: ClosedRange<Int>, _ labels: RangeLabels?) -> String {
        guard let labels else { return "\(range.lowerBound) to \(range.upperBound)" }
        return "\(range.lowerBound) (\(labels.lowest)) to \(range.upperBound) (\(labels.highest))"
    }

    /// Whether the field is written on several lines, one item each: a terminal asks for a
    /// line at a time, until an empty one.
    public var isList: Bool {
        switch self {
        case .ratings, .thoughts, .namedUrges: true
        default: false
        }
    }
}

/// What a field holds once read.
public enum FieldValue: Hashable, Sendable {
    /// A `when` or `clockTime` field: an instant as the writer's clock showed it.
    case moment(Moment)
    case day(Day)
    case text(String)
    case number(Int)
    case yesNo(Bool)
    case ratings([Rating])
    case thoughts([Thought])
    case urge(Urge)
    case namedUrges([NamedUrge])
    case words([String])
}

/// A name with how strong it was: a mood of a thought record, an emotion of a diary card.
public struct Rating: Hashable, Sendable {
    /// As the writer wrote it, trimmed.
    public var name: String
    public var value: Int

    public init(name: String, value: Int) {
        self.name = name
        self.value = value
    }
}

/// One automatic thought of a thought record.
public struct Thought: Hashable, Sendable {
    public var text: String
    /// The thought that carries the most feeling, which the record then examines.
    public var isHot: Bool

    public init(text: String, isHot: Bool) {
        self.text = text
        self.isHot = isHot
    }
}

/// An urge of a diary card: how strong, and whether it was acted on.
public struct Urge: Hashable, Sendable {
    public var strength: Int
    public var wasActedOn: Bool

    public init(strength: Int, wasActedOn: Bool) {
        self.strength = strength
        self.wasActedOn = wasActedOn
    }
}

/// One of the writer's own targets on a diary card.
public struct NamedUrge: Hashable, Sendable {
    public var name: String
    public var urge: Urge

    public init(name: String, urge: Urge) {
        self.name = name
        self.urge = urge
    }
}

/// The values of a worksheet's fields by key; a field left empty has none.
public struct WorksheetValues: Hashable, Sendable {
    private var byKey: [String: FieldValue] = [:]

    public init() {}

    public subscript(field: WorksheetField) -> FieldValue? {
        get { byKey[field.key] }
        set { byKey[field.key] = newValue }
    }

    subscript(key key: String) -> FieldValue? {
        get { byKey[key] }
        set { byKey[key] = newValue }
    }

    public func text(_ field: WorksheetField) -> String? {
        if case .text(let text) = self[field] { text } else { nil }
    }

    public func number(_ field: WorksheetField) -> Int? {
        if case .number(let number) = self[field] { number } else { nil }
    }

    public func yesNo(_ field: WorksheetField) -> Bool? {
        if case .yesNo(let answer) = self[field] { answer } else { nil }
    }

    public func moment(_ field: WorksheetField) -> Moment? {
        if case .moment(let moment) = self[field] { moment } else { nil }
    }

    public func day(_ field: WorksheetField) -> Day? {
        if case .day(let day) = self[field] { day } else { nil }
    }

    public func ratings(_ field: WorksheetField) -> [Rating] {
        if case .ratings(let ratings) = self[field] { ratings } else { [] }
    }

    public func thoughts(_ field: WorksheetField) -> [Thought] {
        if case .thoughts(let thoughts) = self[field] { thoughts } else { [] }
    }

    public func urge(_ field: WorksheetField) -> Urge? {
        if case .urge(let urge) = self[field] { urge } else { nil }
    }

    public func namedUrges(_ field: WorksheetField) -> [NamedUrge] {
        if case .namedUrges(let urges) = self[field] { urges } else { [] }
    }

    public func words(_ field: WorksheetField) -> [String] {
        if case .words(let words) = self[field] { words } else { [] }
    }
}
