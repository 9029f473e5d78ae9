import Foundation

/// One filled-in worksheet: its kind, when it is about, and the values of its fields.
public struct Worksheet: Identifiable, Equatable, Sendable {
    public var id: Int64
    public var kind: WorksheetKind
    /// When it is about, on the writer's clock: its `when` field; for a sleep diary, into bed;
    /// for a diary card, noon of its day (or when it was written, on the day itself).
    public var moment: Moment
    /// Every field with a value, the `when` field included.
    public var values: WorksheetValues
    /// The writer wants to discuss it in the next session.
    public var isFlagged: Bool
    /// Never leaves the journal (digest, export) unless asked for, as a private entry.
    public var isPrivate: Bool

    public init(
        id: Int64, kind: WorksheetKind, moment: Moment, values: WorksheetValues, isFlagged: Bool, isPrivate: Bool
    ) {
        self.id = id
        self.kind = kind
        self.moment = moment
        self.values = values
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
    }

    public var date: Date { moment.date }

    public var localTime: LocalTime { moment.localTime }

    /// A diary card with a suicidal urge above 0 or an urge to self-harm acted on: the plan is
    /// shown unasked, and the digest raises it first.
    public var callsForThePlan: Bool { kind == .diaryCard && DiaryCard.callsForThePlan(values) }
}

/// A worksheet as read from a form, a terminal or an imported file, before it is checked.
public struct NewWorksheet: Equatable, Sendable {
    public var kind: WorksheetKind
    /// When it is about (see `Worksheet.moment`).
    public var moment: Moment
    public var values: WorksheetValues
    public var isFlagged: Bool
    public var isPrivate: Bool

    public init(kind: WorksheetKind, moment: Moment, values: WorksheetValues, isFlagged: Bool = false, isPrivate: Bool = false) {
        self.kind = kind
        self.moment = moment
        self.values = values
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
    }

    /// The worksheet as it will be stored: every required field there, every value of the type
    /// and in the range its field says, the fields in agreement (`WorksheetKind.checkTogether`),
    /// nothing dated ahead of now. Throws naming the first field to correct.
    public func validated(now: Date) throws(WorksheetError) -> ValidatedWorksheet {
        var checked = WorksheetValues()
        for field in kind.fields {
            // A text of white space only is no text: the field is empty.
            guard let value = values[field], let kept = try Self.checked(value, of: field, kind: kind, now: now) else {
                if field.isRequired { throw .missing(kind, field) }
                continue
            }
            checked[field] = kept
        }
        try kind.checkTogether(checked)
        guard moment.date.timeIntervalSince(now) <= futureTolerance else { throw .inFuture(kind, kind.whenField) }
        if let when = kind.whenField { checked[when] = .moment(moment) }
        return ValidatedWorksheet(kind: kind, moment: moment, values: checked, isFlagged: isFlagged, isPrivate: isPrivate)
    }

    /// Names and texts at most this long, in characters.
    static let maximumNameLength = 60

    static func checked(
        _ value: FieldValue, of field: WorksheetField, kind: WorksheetKind, now: Date
    ) throws(WorksheetError) -> FieldValue? {
        func inRange(_ number: Int, _ range: ClosedRange<Int>, line: Int? = nil) throws(WorksheetError) {
            guard range.contains(number) else { throw .outOfRange(kind, field, line: line) }
        }
        func name(_ text: String, line: Int) throws(WorksheetError) -> String {
            let name = text.trimmingCharacters(in: .whitespaces)
            let isPrintable = name.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
            guard !name.isEmpty, name.count <= maximumNameLength, isPrintable else { throw .badName(kind, field, line: line) }
            return name
        }
        func notAhead(_ moment: Moment) throws(WorksheetError) {
            guard moment.date.timeIntervalSince(now) <= futureTolerance else { throw .inFuture(kind, field) }
        }
        switch (field.type, value) {
        case (.when, .moment(let moment)), (.clockTime, .moment(let moment)):
            try notAhead(moment)
            return value
        case (.day, .day):
            return value
        case (.text, .text(let text)):
            let text = EntryText.normalized(text)
            return text.isBlank ? nil : .text(text)
        case (.number(let range, _), .number(let number)):
            try inRange(number, range)
            return value
        case (.yesNo, .yesNo):
            return value
        case (.ratings(let range), .ratings(let ratings)):
            var checked: [Rating] = []
            for (index, rating) in ratings.enumerated() {
                try inRange(rating.value, range, line: index + 1)
                checked.append(Rating(name: try name(rating.name, line: index + 1), value: rating.value))
            }
            return checked.isEmpty ? nil : .ratings(checked)
        case (.thoughts, .thoughts(let thoughts)):
            let kept = thoughts.map { Thought(text: EntryText.normalized($0.text), isHot: $0.isHot) }.filter { !$0.text.isBlank }
            return kept.isEmpty ? nil : .thoughts(kept)
        case (.urge(let range), .urge(let urge)):
            try inRange(urge.strength, range)
            return value
        case (.namedUrges(let range), .namedUrges(let urges)):
            var checked: [NamedUrge] = []
            for (index, named) in urges.enumerated() {
                try inRange(named.urge.strength, range, line: index + 1)
                checked.append(NamedUrge(name: try name(named.name, line: index + 1), urge: named.urge))
            }
            return checked.isEmpty ? nil : .namedUrges(checked)
        case (.words, .words(let words)):
            var checked: [String] = []
            for (index, word) in words.enumerated() { checked.append(try name(word, line: index + 1)) }
            return checked.isEmpty ? nil : .words(checked)
        default:
            throw .unreadable(kind, field, line: nil)
        }
    }
}

/// A worksheet checked and normalised, ready to be stored: made only by
/// `NewWorksheet.validated(now:)`.
public struct ValidatedWorksheet: Equatable, Sendable {
    public let kind: WorksheetKind
    public let moment: Moment
    public let values: WorksheetValues
    public let isFlagged: Bool
    public let isPrivate: Bool

    /// The worksheet as it will read once stored, for the writer to look over first.
    public var preview: Worksheet { stored(as: 0) }

    /// The worksheet as the journal holds it under `id` (times to the second).
    func stored(as id: Int64) -> Worksheet {
        var values = values
        for field in kind.fields {
            if case .moment(let moment) = values[field] { values[field] = .moment(Self.toTheSecond(moment)) }
        }
        return Worksheet(
            id: id, kind: kind, moment: Self.toTheSecond(moment), values: values, isFlagged: isFlagged, isPrivate: isPrivate)
    }

    private static func toTheSecond(_ moment: Moment) -> Moment {
        Moment(StoredTime.date(StoredTime.seconds(moment.date)), utcOffsetSeconds: moment.utcOffsetSeconds)
    }

    /// Every word written in it, a field to a line, as search looks at it: texts, names of
    /// moods, emotions and urges, thoughts, skills.
    var words: String {
        kind.fields.flatMap { field -> [String] in
            switch values[field] {
            case .text(let text): [text]
            case .ratings(let ratings): ratings.map(\.name)
            case .thoughts(let thoughts): thoughts.map(\.text)
            case .namedUrges(let urges): urges.map(\.name)
            case .words(let words): words
            default: []
            }
        }.joined(separator: "\n")
    }
}

extension Privacy {
    /// Whether `worksheet` is shown: a private worksheet is kept as a private entry is.
    public func shows(_ worksheet: Worksheet) -> Bool {
        self == .includesPrivate || !worksheet.isPrivate
    }

    /// The same rule in SQL, over the `worksheet` table; nil when every worksheet is shown.
    var worksheetSQLCondition: String? {
        self == .includesPrivate ? nil : "NOT worksheet.isPrivate"
    }
}
