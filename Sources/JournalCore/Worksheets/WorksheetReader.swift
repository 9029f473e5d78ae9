import Foundation

/// Reads what a person wrote for a worksheet's fields: on a terminal a field at a time, in a
/// form all at once, both through `value(of:from:after:)`. Dates and times are read in
/// `timeZone`, against `now`.
public struct WorksheetReader: Sendable {
    public let kind: WorksheetKind
    public let now: Date
    public let timeZone: TimeZone
    /// `--date`, when given: what an empty `when` field means, and the day of an empty day field.
    public let date: Moment?

    public init(kind: WorksheetKind, now: Date, timeZone: TimeZone, date: Moment? = nil) {
        self.kind = kind
        self.now = now
        self.timeZone = timeZone
        self.date = date
    }

    /// The value of `field` as `text` writes it, read after the fields before it (`earlier`),
    /// which a time of the night is placed after; nil when `text` is empty. Throws naming the
    /// field.
    public func value(of field: WorksheetField, from text: String, after earlier: WorksheetValues) throws(WorksheetError)
        -> FieldValue?
    {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        switch field.type {
        case .when:
            // A week or a month stands for no one moment to write a worksheet at.
            guard let moment = try readDate(trimmed, for: field).moment else { throw .unreadable(kind, field, line: nil) }
            return .moment(moment)
        case .day:
            let day = try readDate(trimmed, for: field).start.localTime.calendarDay
            guard day <= today else { throw .inFuture(kind, field) }
            return .day(day)
        case .clockTime:
            return .moment(try placedTime(trimmed, for: field, after: earlier))
        case .text:
            return .text(text)
        case .number:
            return .number(try number(trimmed, for: field))
        case .yesNo:
            switch trimmed.lowercased() {
            case "y", "yes": return .yesNo(true)
            case "n", "no": return .yesNo(false)
            default: throw .unreadable(kind, field, line: nil)
            }
        case .ratings:
            return .ratings(try lines(of: trimmed).enumerated().map { (index, line) throws(WorksheetError) in
                let (name, value, _) = try namedNumber(line, for: field, line: index + 1, acting: false)
                return Rating(name: name, value: value)
            })
        case .thoughts:
            var thoughts = lines(of: trimmed).map { line in
                line.hasPrefix("*")
                    ? Thought(text: String(line.dropFirst()).trimmingCharacters(in: .whitespaces), isHot: true)
                    : Thought(text: line, isHot: false)
            }
            // A single thought is the hot one, marked or not.
            if thoughts.count == 1 { thoughts[0].isHot = true }
            return .thoughts(thoughts)
        case .urge:
            let words = trimmed.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," })
            guard let first = words.first, let strength = Int(first), words.count == 1 || words.dropFirst() == ["acted"] else {
                throw .unreadable(kind, field, line: nil)
            }
            return .urge(Urge(strength: strength, wasActedOn: words.count == 2))
        case .namedUrges:
            return .namedUrges(try lines(of: trimmed).enumerated().map { (index, line) throws(WorksheetError) in
                let (name, strength, acted) = try namedNumber(line, for: field, line: index + 1, acting: true)
                return NamedUrge(name: name, urge: Urge(strength: strength, wasActedOn: acted))
            })
        case .words:
            return .words(
                trimmed.split(whereSeparator: { $0 == "," || $0.isNewline })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
    }

    /// The value of `field` as `value(of:from:after:)` reads it, checked on its own as
    /// `NewWorksheet.validated(now:)` checks it (its range, its names): what a terminal checks
    /// before the next question. Nil when empty.
    public func checkedValue(of field: WorksheetField, from text: String, after earlier: WorksheetValues) throws(WorksheetError)
        -> FieldValue?
    {
        guard let value = try value(of: field, from: text, after: earlier) else { return nil }
        return try NewWorksheet.checked(value, of: field, kind: kind, now: now)
    }

    /// The worksheet of `values`, read field by field: dated by its `when` field (else `--date`,
    /// else now), a sleep diary by its time into bed, a diary card by its day.
    public func worksheet(_ values: WorksheetValues, isFlagged: Bool = false, isPrivate: Bool = false) -> NewWorksheet {
        var values = values
        var moment = defaultMoment
        switch kind {
        case .thoughtRecord, .activity, .exposure:
            if let when = kind.whenField, let given = values.moment(when) { moment = given }
        case .sleep:
            values[SleepDiary.night] = values[SleepDiary.night] ?? .day(defaultDay(for: SleepDiary.night))
            if let intoBed = values.moment(SleepDiary.intoBed) { moment = intoBed }
        case .diaryCard:
            let day = values.day(DiaryCard.day) ?? defaultDay(for: DiaryCard.day)
            values[DiaryCard.day] = .day(day)
            moment = day == today ? Moment(now, in: timeZone) : noon(of: day)
        }
        return NewWorksheet(kind: kind, moment: moment, values: values, isFlagged: isFlagged, isPrivate: isPrivate)
    }

    private var defaultMoment: Moment { date ?? Moment(now, in: timeZone) }

    private var today: Day { Moment(now, in: timeZone).localTime.calendarDay }

    /// The day an empty day field stands for.
    func defaultDay(for field: WorksheetField) -> Day {
        if let date { return date.localTime.calendarDay }
        guard case .day(let empty) = field.type, empty == .dayBefore else { return today }
        return today.adding(days: -1)
    }

    private func noon(of day: Day) -> Moment {
        let reading = WallClockSeconds(day.number * 86_400 + 12 * 3600)
        return Moment(WallClock(timeZone: timeZone).earliestInstant(showingOrAfter: reading), in: timeZone)
    }

    private func readDate(_ text: String, for field: WorksheetField) throws(WorksheetError) -> ResolvedDate {
        do {
            return try DateExpressionParser(now: now, timeZone: timeZone).parse(text)
        } catch {
            throw .date(kind, field, error)
        }
    }

    /// A whole number, with a `%` after it allowed on a scale to 100.
    private func number(_ text: String, for field: WorksheetField) throws(WorksheetError) -> Int {
        let digits = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
        guard let number = Int(digits) else { throw .unreadable(kind, field, line: nil) }
        return number
    }

    /// The lines that hold something, trimmed.
    private func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `anxious 80`, `anxious: 80%`, `binge eating 2 acted`: a name, then a whole number, then
    /// (when `acting`) the word acted.
    private func namedNumber(
        _ line: String, for field: WorksheetField, line number: Int, acting: Bool
    ) throws(WorksheetError) -> (String, Int, Bool) {
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let acted = acting && words.count > 2 && words.last?.lowercased() == "acted"
        if acted { words.removeLast() }
        guard words.count >= 2, var last = words.popLast() else { throw .unreadable(kind, field, line: number) }
        if last.hasSuffix("%") { last.removeLast() }
        guard let value = Int(last) else { throw .unreadable(kind, field, line: number) }
        var name = words.joined(separator: " ")
        while name.hasSuffix(":") || name.hasSuffix("=") { name.removeLast() }
        return (name.trimmingCharacters(in: .whitespaces), value, acted)
    }

    /// A time of the night, on the worksheet's day field's day: the first time field on that day
    /// when it is from 12:00 on, else the morning after; a later one at the first time the clock
    /// shows it at or after the time field before it.
    private func placedTime(_ text: String, for field: WorksheetField, after earlier: WorksheetValues) throws(WorksheetError)
        -> Moment
    {
        let (hour, minute, second) = try timeOfDay(text, for: field)
        let secondOfDay = hour * 3600 + minute * 60 + second
        let dayField = kind.fields.first { if case .day = $0.type { true } else { false } }
        let night = dayField.flatMap { earlier.day($0) ?? defaultDay(for: $0) } ?? today
        let previous = kind.fields.prefix { $0 != field }.filter { $0.type == .clockTime }.compactMap { earlier.moment($0) }.last
        var day: Day
        if let previous {
            day = previous.localTime.calendarDay
            let previousSecond = previous.localTime.hour * 3600 + previous.localTime.minute * 60 + previous.localTime.second
            if secondOfDay < previousSecond { day = day.adding(days: 1) }
        } else {
            day = hour >= 12 ? night : night.adding(days: 1)
        }
        let clock = WallClock(timeZone: timeZone)
        let reading = WallClockSeconds(day.number * 86_400 + secondOfDay)
        guard let instant = clock.instants(showing: reading).first else {
            let change = clock.clockChange(skipping: reading)
            let at = change.instant.timeIntervalSince1970
            throw .skippedTime(
                kind, field, day: day, from: Self.clockFace(at + Double(change.offsetBefore)),
                to: Self.clockFace(at + Double(change.offsetAfter)))
        }
        return Moment(instant, in: timeZone)
    }

    /// The hour, minute and second of a time of day: `23:10`, `23.10`, `7`, `7:05:30`, `11pm`,
    /// `11:30 pm`. The date expressions' own reading of a time decides, on a fixed day in UTC so
    /// that no clock change is near.
    private func timeOfDay(_ text: String, for field: WorksheetField) throws(WorksheetError) -> (Int, Int, Int) {
        var typed = text.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":")
        guard typed.wholeMatch(of: /[0-9]{1,2}(:[0-9]{2}){0,2}([ap]m)?/) != nil else {
            throw .unreadable(kind, field, line: nil)
        }
        if !typed.contains(":"), !typed.hasSuffix("m") { typed += ":00" }
        let anyDay = Date(timeIntervalSince1970: 946_728_000)  // 2000-01-01 12:00 UTC
        guard let resolved = try? DateExpressionParser(now: anyDay, timeZone: TimeZone(secondsFromGMT: 0)!).parse(typed) else {
            throw .unreadable(kind, field, line: nil)
        }
        guard let time = resolved.moment?.localTime else { throw .unreadable(kind, field, line: nil) }
        return (time.hour, time.minute, time.second)
    }

    /// `02:00` from a wall-clock reading.
    private static func clockFace(_ reading: Double) -> String {
        let second = Int(reading.rounded(.down)).floorModulo(86_400)
        return "\(pad(second / 3600)):\(pad(second % 3600 / 60))"
    }
}
