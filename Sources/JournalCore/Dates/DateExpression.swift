import Foundation

/// A point in time a person typed, resolved against "now" in a time zone.
public struct ResolvedDate: Equatable, Sendable {
    /// The instant, for an expression without a time of day ("2026-11-20", "yesterday",
    /// "monday") the start of that local day; with the explicit offset when the input carried
    /// one ("2026-11-20T14:30:00+01:00", "...Z"), else the time zone's offset then.
    public var moment: Moment
    /// True when no time of day was given: the expression names a whole local day.
    public var isWholeDay: Bool
    /// The first instant after the expression: for a whole day the start of the next local day
    /// (so `--until yesterday` includes all of yesterday), else `date` itself.
    public var end: Date

    public init(moment: Moment, isWholeDay: Bool, end: Date) {
        self.moment = moment
        self.isWholeDay = isWholeDay
        self.end = end
    }

    /// The instant the expression starts at.
    public var date: Date { moment.date }
}

/// Reads the dates people type after `--date`, `--since`, `--until`, `session add` and
/// `session next`.
///
/// Accepted forms, case-insensitive, with any run of whitespace counting as one space:
///
/// - calendar dates: `2026-11-20`, `2026-11-20 14:30`, `2026-11-20 14:30:15`, `2026-11-20 9pm`,
///   `2026-11-20T14:30`, `2026-11-20T14:30:00+01:00`, `…+0100`, `…+01`, `…Z`
/// - `now`, `today`, `yesterday`, `tomorrow`
/// - weekdays, full or three letters: `monday` or `last monday` is the most recent past Monday,
///   one to seven days ago; `next mon` is the first Monday after today, one to seven days ahead
/// - `3 days ago`, `a week ago`, `an hour ago`, `30 minutes ago`, `in 3 days`, `in 2 weeks`
///   (units: minutes, hours, days, weeks; `a` or `an` for one)
/// - times of today: `9pm`, `9 pm`, `9:30pm`, `12am`, `12pm`, `21:30`, `21:30:05`
/// - a day followed by a time, optionally joined by `at`: `yesterday 9pm`, `monday at 9am`,
///   `next thursday 17:00`
///
/// A local time that a clock change skipped is refused; one that a clock change repeated
/// resolves to its first, earlier occurrence; `3 days ago` from a time that is skipped that day
/// moves forward (`WallClock` gives the rule and why).
///
/// Everything is resolved against the `now` and time zone given at creation, never the
/// process's clock or environment, so the same input always gives the same answer.
public struct DateExpressionParser: Sendable {
    private let now: Date
    private let timeZone: TimeZone
    /// Turns wall-clock readings into instants in `timeZone`.
    private let clock: WallClock

    /// Looking ahead, a weekday on its own (`thursday`) is the next one and a time on its own
    /// (`17:00`) the next time the clock shows it: how one names a session being planned.
    private let looksAhead: Bool

    public init(now: Date, timeZone: TimeZone, looksAhead: Bool = false) {
        self.now = now
        self.timeZone = timeZone
        self.looksAhead = looksAhead
        clock = WallClock(timeZone: timeZone)
    }

    public func parse(_ input: String) throws(DateExpressionError) -> ResolvedDate {
        let words = input.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { throw .empty }
        let quoted = words.joined(separator: " ")
        let tokens = Self.tokens(from: words)
        if tokens == ["now"] {
            return moment(at: now)
        }
        if let shifted = try shiftedFromNow(tokens, input: quoted) {
            return shifted
        }
        return try dayAndTypedTime(tokens, input: quoted)
    }
}

// MARK: - Reading the words

extension DateExpressionParser {
    private static let secondsPerDay: TimeInterval = 86_400

    /// Readings from 0001-01-01 up to 9999-12-31: the years an ISO 8601 date can spell.
    private static let supportedReadings: Range<WallClockSeconds> = -62_135_596_800 ..< 253_402_300_800

    private static let weekdayNames = [
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    /// A time of day as typed, with the UTC offset typed after it, if any.
    private struct TypedTime {
        var hour: Int
        var minute: Int
        var second: Int
        var utcOffsetSeconds: Int?

        var secondsSinceMidnight: TimeInterval {
            TimeInterval(hour * 3600 + minute * 60 + second)
        }
    }

    private struct NamedDay {
        var midnight: WallClockSeconds
        /// Only a date spelled out in full pins down a day on its own, so only it may carry a
        /// UTC offset; `yesterday 14:30Z` would mix two time zones.
        var isCalendarDate = false
        /// Set by the `2026-11-20T14:30` form, which names the day and the time in one word.
        var clockTime: TypedTime? = nil
    }

    private enum Unit {
        case minute, hour, day, week

        init?(_ word: String) {
            switch word {
            case "minute", "minutes", "min", "mins": self = .minute
            case "hour", "hours": self = .hour
            case "day", "days": self = .day
            case "week", "weeks": self = .week
            default: return nil
            }
        }

        var seconds: Int {
            switch self {
            case .minute: 60
            case .hour: 3600
            case .day: 86_400
            case .week: 604_800
            }
        }

        /// "3 days ago" at 21:00 should land on 21:00 even across a clock change, whereas
        /// "3 hours ago" means three hours of elapsed time.
        var keepsWallTypedTime: Bool {
            self == .day || self == .week
        }
    }

    private static func tokens(from words: [String]) -> [String] {
        var tokens: [String] = []
        for word in words.map({ $0.lowercased() }) {
            // "9 pm" and "9pm" mean the same, so the rest of the parser only sees the joined form.
            if word == "am" || word == "pm", let previous = tokens.last, previous.last.map(isASCIIDigit) == true {
                tokens[tokens.count - 1] = previous + word
            } else {
                tokens.append(word)
            }
        }
        return tokens
    }

    /// Parses `3 days ago` and `in 3 days`; nil when the words have neither shape.
    private func shiftedFromNow(_ tokens: [String], input: String) throws(DateExpressionError) -> ResolvedDate? {
        guard tokens.count == 3 else { return nil }
        let countWord: String
        let unitWord: String
        let direction: Int
        if tokens[2] == "ago" {
            (countWord, unitWord, direction) = (tokens[0], tokens[1], -1)
        } else if tokens[0] == "in" {
            (countWord, unitWord, direction) = (tokens[1], tokens[2], 1)
        } else {
            return nil
        }
        let count = try Self.count(countWord, input: input)
        guard let unit = Unit(unitWord) else { throw .unknownUnit(input, unit: unitWord) }
        let (magnitude, overflow) = count.multipliedReportingOverflow(by: unit.seconds)
        guard !overflow else { throw .outOfRange(input) }
        let shift = TimeInterval(direction * magnitude)

        if unit.keepsWallTypedTime {
            let reading = clock.reading(at: now) + shift
            guard Self.supportedReadings.contains(reading) else { throw .outOfRange(input) }
            return moment(at: clock.earliestInstant(showingOrAfter: reading))
        }
        let instant = now.addingTimeInterval(shift)
        guard Self.supportedReadings.contains(clock.reading(at: instant)) else { throw .outOfRange(input) }
        return moment(at: instant)
    }

    private static func count(_ word: String, input: String) throws(DateExpressionError) -> Int {
        if word == "a" || word == "an" {
            return 1
        }
        if word.hasPrefix("-"), isDigits(word.dropFirst()) {
            throw .negativeCount(input)
        }
        guard isDigits(word[...]) else { throw .unrecognised(input) }
        guard let count = Int(word) else { throw .outOfRange(input) }
        return count
    }

    private func dayAndTypedTime(_ tokens: [String], input: String) throws(DateExpressionError) -> ResolvedDate {
        var rest = tokens[...]
        let day = try takeDay(from: &rest, input: input)
        var clockTime = day?.clockTime
        var expectsTypedTime = false
        if day != nil, clockTime == nil, rest.first == "at" {
            rest.removeFirst()
            expectsTypedTime = true
        }
        if clockTime == nil, let word = rest.first, let parsed = try Self.clockTime(word, input: input) {
            clockTime = parsed
            rest.removeFirst()
        }
        guard rest.isEmpty, day != nil || clockTime != nil, !expectsTypedTime || clockTime != nil else {
            throw .unrecognised(input)
        }

        var midnight = day?.midnight ?? todayMidnight
        if looksAhead, day == nil, let clockTime, midnight + clockTime.secondsSinceMidnight <= clock.reading(at: now) {
            midnight += Self.secondsPerDay
        }
        if let clockTime, let offset = clockTime.utcOffsetSeconds {
            guard day?.isCalendarDate == true else { throw .unrecognised(input) }
            let instant = Date(timeIntervalSince1970: midnight + clockTime.secondsSinceMidnight - TimeInterval(offset))
            return ResolvedDate(moment: Moment(instant, utcOffsetSeconds: offset), isWholeDay: false, end: instant)
        }

        let start = clock.firstInstant(ofDayStartingAt: midnight)
        guard clock.reading(at: start) < midnight + Self.secondsPerDay else {
            throw .nonexistentLocalDay(input, timeZoneIdentifier: timeZone.identifier)
        }
        guard let clockTime else {
            let end = clock.firstInstant(ofDayStartingAt: midnight + Self.secondsPerDay)
            return ResolvedDate(moment: Moment(start, in: timeZone), isWholeDay: true, end: end)
        }
        let reading = midnight + clockTime.secondsSinceMidnight
        if let instant = clock.instants(showing: reading).first {
            return moment(at: instant)
        }
        let change = clock.clockChange(skipping: reading)
        throw .nonexistentLocalTime(
            input,
            timeZoneIdentifier: timeZone.identifier,
            skippedFrom: Self.clockFace(change.instant.timeIntervalSince1970 + TimeInterval(change.offsetBefore)),
            skippedTo: Self.clockFace(change.instant.timeIntervalSince1970 + TimeInterval(change.offsetAfter))
        )
    }

    /// Removes the words naming a day from the front of `rest`; nil when they name none.
    private func takeDay(from rest: inout ArraySlice<String>, input: String) throws(DateExpressionError) -> NamedDay? {
        guard let word = rest.first else { return nil }
        let today = todayMidnight
        switch word {
        case "today":
            rest.removeFirst()
            return NamedDay(midnight: today)
        case "yesterday":
            rest.removeFirst()
            return NamedDay(midnight: today - Self.secondsPerDay)
        case "tomorrow":
            rest.removeFirst()
            return NamedDay(midnight: today + Self.secondsPerDay)
        case "last", "next":
            guard let name = rest.dropFirst().first, let weekday = Self.weekday(named: name) else {
                throw .unrecognised(input)
            }
            rest.removeFirst(2)
            let days = word == "next" ? daysUntilNext(weekday) : -daysSinceLast(weekday)
            return NamedDay(midnight: today + TimeInterval(days) * Self.secondsPerDay)
        default:
            // "3 days ago 19:45", "in 2 weeks 17:00": a day counted from today, with a time.
            if let days = try Self.countedDays(rest, input: input) {
                rest.removeFirst(3)
                let midnight = today + TimeInterval(days) * Self.secondsPerDay
                guard Self.supportedReadings.contains(midnight) else { throw .outOfRange(input) }
                return NamedDay(midnight: midnight)
            }
            if let weekday = Self.weekday(named: word) {
                rest.removeFirst()
                let days = looksAhead ? daysUntilNext(weekday) : -daysSinceLast(weekday)
                return NamedDay(midnight: today + TimeInterval(days) * Self.secondsPerDay)
            }
            guard let match = word.wholeMatch(of: /([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:t(.+))?/) else {
                return nil
            }
            rest.removeFirst()
            let midnight = try calendarDate(
                year: Self.number(match.1), month: Self.number(match.2), day: Self.number(match.3), input: input
            )
            var day = NamedDay(midnight: midnight, isCalendarDate: true)
            if let clockWord = match.4 {
                guard let clockTime = try Self.twentyFourHourTypedTime(clockWord, input: input) else {
                    throw .unrecognised(input)
                }
                day.clockTime = clockTime
            }
            return day
        }
    }

    /// Days from today named by `N days ago`, `N weeks ago`, `in N days` or `in N weeks` at the
    /// front of `words`; nil when they start otherwise.
    private static func countedDays(_ words: ArraySlice<String>, input: String) throws(DateExpressionError) -> Int? {
        let words = Array(words.prefix(3))
        guard words.count == 3 else { return nil }
        let (countWord, unitWord, direction): (String, String, Int)
        if words[2] == "ago" {
            (countWord, unitWord, direction) = (words[0], words[1], -1)
        } else if words[0] == "in" {
            (countWord, unitWord, direction) = (words[1], words[2], 1)
        } else {
            return nil
        }
        guard let unit = Unit(unitWord), unit.keepsWallTypedTime else { return nil }
        let count = try count(countWord, input: input)
        let (days, overflow) = count.multipliedReportingOverflow(by: unit.seconds / 86_400)
        guard !overflow else { throw .outOfRange(input) }
        return direction * days
    }

    private func calendarDate(
        year: Int, month: Int, day: Int, input: String
    ) throws(DateExpressionError) -> WallClockSeconds {
        guard CivilCalendar.isReal(year: year, month: month, day: day) else {
            throw .impossibleDate(input, year: year, month: month, day: day)
        }
        return TimeInterval(CivilCalendar.dayNumber(year: year, month: month, day: day)) * Self.secondsPerDay
    }

    /// Parses `9pm`, `9:30am` or any form `twentyFourHourTypedTime` takes; nil when `word` is not
    /// shaped like a time, and a throw when it is but names no real time.
    private static func clockTime(_ word: String, input: String) throws(DateExpressionError) -> TypedTime? {
        guard let match = word.wholeMatch(of: /([0-9]{1,2})(?::([0-9]{2}))?(am|pm)/) else {
            return try twentyFourHourTypedTime(word[...], input: input)
        }
        let hour = number(match.1)
        let minute = match.2.map(number) ?? 0
        guard (1...12).contains(hour) else { throw .impossibleTime(input, component: .twelveHourClockHour) }
        guard minute < 60 else { throw .impossibleTime(input, component: .minute) }
        // 12am is midnight and 12pm is noon, so 12 counts as 0 before the afternoon's 12 is added.
        return TypedTime(hour: hour % 12 + (match.3 == "pm" ? 12 : 0), minute: minute, second: 0)
    }

    /// Parses `21:30`, `21:30:05`, optionally followed by `z`, `+01`, `+0100` or `+01:00`.
    private static func twentyFourHourTypedTime(
        _ word: Substring, input: String
    ) throws(DateExpressionError) -> TypedTime? {
        let pattern = /([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?/
        guard let match = word.wholeMatch(of: pattern) else { return nil }
        var clockTime = TypedTime(hour: number(match.1), minute: number(match.2), second: match.3.map(number) ?? 0)
        guard clockTime.hour < 24 else { throw .impossibleTime(input, component: .hour) }
        guard clockTime.minute < 60 else { throw .impossibleTime(input, component: .minute) }
        guard clockTime.second < 60 else { throw .impossibleTime(input, component: .second) }
        if match.4 == "z" {
            clockTime.utcOffsetSeconds = 0
        } else if let sign = match.5, let hours = match.6.map(number) {
            let minutes = match.7.map(number) ?? 0
            let magnitude = hours * 3600 + minutes * 60
            guard minutes < 60, magnitude <= 18 * 3600 else {
                throw .impossibleTime(input, component: .utcOffset)
            }
            clockTime.utcOffsetSeconds = sign == "-" ? -magnitude : magnitude
        }
        return clockTime
    }

    private static func weekday(named word: String) -> Int? {
        weekdayNames.firstIndex { $0 == word || $0.prefix(3) == word }
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy(isASCIIDigit)
    }

    /// The value of a run of ASCII digits the pattern already matched, so it cannot fail.
    private static func number(_ digits: Substring) -> Int {
        digits.utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// `02:00`, or `02:00:30` when the seconds matter.
    private static func clockFace(_ reading: WallClockSeconds) -> String {
        let seconds = Int(reading.rounded(.down))
        let secondOfDay = (seconds % 86_400 + 86_400) % 86_400
        let parts = [secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60]
        let shown = parts[2] == 0 ? parts.prefix(2) : parts[...]
        return shown.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}

// MARK: - Days and weekdays

extension DateExpressionParser {
    private var todayMidnight: WallClockSeconds {
        (clock.reading(at: now) / Self.secondsPerDay).rounded(.down) * Self.secondsPerDay
    }

    /// 0 is Sunday, matching `weekdayNames`.
    private var todayWeekday: Int {
        CivilCalendar.weekday(ofDay: Int((todayMidnight / Self.secondsPerDay).rounded(.down))) % 7
    }

    /// 1 to 7: a bare weekday means one already past, so today's own name means a week ago.
    private func daysSinceLast(_ weekday: Int) -> Int {
        let days = (todayWeekday - weekday + 7) % 7
        return days == 0 ? 7 : days
    }

    /// 1 to 7: sessions are planned ahead, so today's own name means a week from now.
    private func daysUntilNext(_ weekday: Int) -> Int {
        let days = (weekday - todayWeekday + 7) % 7
        return days == 0 ? 7 : days
    }
}

// MARK: - Moments

extension DateExpressionParser {
    private func moment(at instant: Date) -> ResolvedDate {
        ResolvedDate(moment: Moment(instant, in: timeZone), isWholeDay: false, end: instant)
    }
}
