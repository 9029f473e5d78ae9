import Foundation

/// A point in time a person typed, resolved against "now" in a time zone.
public struct ResolvedDate: Equatable, Sendable {
    /// The instant. For an expression without a time of day ("2026-11-20", "yesterday", "monday"),
    /// the start of that local day.
    public var date: Date
    /// Seconds east of UTC that apply: the explicit offset when the input carried one
    /// ("2026-11-20T14:30:00+01:00", "...Z"), else the time zone's offset at `date`.
    public var utcOffsetSeconds: Int
    /// True when no time of day was given: the expression names a whole local day.
    public var isWholeDay: Bool
    /// The first instant after the expression: for a whole day the start of the next local day
    /// (so `--until yesterday` includes all of yesterday), else `date` itself.
    public var end: Date
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
/// resolves to its first, earlier occurrence.
///
/// Everything is resolved against the `now` and time zone given at creation, never the
/// process's clock or environment, so the same input always gives the same answer.
public struct DateExpressionParser: Sendable {
    private let now: Date
    private let timeZone: TimeZone
    /// Turns calendar dates into wall-clock seconds. It runs in UTC because a wall-clock
    /// reading taken on its own has no clock changes; the real time zone only comes in when a
    /// reading is turned into instants.
    private let wallCalendar: Calendar

    /// Looking ahead, a weekday on its own (`thursday`) is the next one and a time on its own
    /// (`17:00`) the next time the clock shows it: how one names a session being planned.
    private let looksAhead: Bool

    public init(now: Date, timeZone: TimeZone, looksAhead: Bool = false) {
        self.now = now
        self.timeZone = timeZone
        self.looksAhead = looksAhead
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        wallCalendar = calendar
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
        return try dayAndClockTime(tokens, input: quoted)
    }
}

// MARK: - Reading the words

extension DateExpressionParser {
    /// Seconds since 1970-01-01 00:00 as read off the local wall clock: not an instant. On a wall
    /// clock every day is exactly 86,400 seconds long, so day arithmetic on readings is exact.
    fileprivate typealias WallClockSeconds = TimeInterval

    private static let secondsPerDay: TimeInterval = 86_400

    /// Readings from 0001-01-01 up to 9999-12-31: the years an ISO 8601 date can spell.
    private static let supportedReadings: Range<WallClockSeconds> = -62_135_596_800 ..< 253_402_300_800

    private static let weekdayNames = [
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    private struct ClockTime {
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
        var clockTime: ClockTime? = nil
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
        var keepsWallClockTime: Bool {
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

        if unit.keepsWallClockTime {
            let reading = wallClockReading(at: now) + shift
            guard Self.supportedReadings.contains(reading) else { throw .outOfRange(input) }
            return moment(at: earliestInstant(showingOrAfter: reading))
        }
        let instant = now.addingTimeInterval(shift)
        guard Self.supportedReadings.contains(wallClockReading(at: instant)) else { throw .outOfRange(input) }
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

    private func dayAndClockTime(_ tokens: [String], input: String) throws(DateExpressionError) -> ResolvedDate {
        var rest = tokens[...]
        let day = try takeDay(from: &rest, input: input)
        var clockTime = day?.clockTime
        var expectsClockTime = false
        if day != nil, clockTime == nil, rest.first == "at" {
            rest.removeFirst()
            expectsClockTime = true
        }
        if clockTime == nil, let word = rest.first, let parsed = try Self.clockTime(word, input: input) {
            clockTime = parsed
            rest.removeFirst()
        }
        guard rest.isEmpty, day != nil || clockTime != nil, !expectsClockTime || clockTime != nil else {
            throw .unrecognised(input)
        }

        var midnight = day?.midnight ?? todayMidnight
        if looksAhead, day == nil, let clockTime, midnight + clockTime.secondsSinceMidnight <= wallClockReading(at: now) {
            midnight += Self.secondsPerDay
        }
        if let clockTime, let offset = clockTime.utcOffsetSeconds {
            guard day?.isCalendarDate == true else { throw .unrecognised(input) }
            let instant = Date(timeIntervalSince1970: midnight + clockTime.secondsSinceMidnight - TimeInterval(offset))
            return ResolvedDate(date: instant, utcOffsetSeconds: offset, isWholeDay: false, end: instant)
        }

        let start = firstInstant(ofDayStartingAt: midnight)
        guard wallClockReading(at: start) < midnight + Self.secondsPerDay else {
            throw .nonexistentLocalDay(input, timeZoneIdentifier: timeZone.identifier)
        }
        guard let clockTime else {
            let end = firstInstant(ofDayStartingAt: midnight + Self.secondsPerDay)
            return ResolvedDate(
                date: start, utcOffsetSeconds: timeZone.secondsFromGMT(for: start), isWholeDay: true, end: end
            )
        }
        let reading = midnight + clockTime.secondsSinceMidnight
        if let instant = instants(showing: reading).first {
            return moment(at: instant)
        }
        let change = clockChange(skipping: reading)
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
                guard let clockTime = try Self.twentyFourHourClockTime(clockWord, input: input) else {
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
        guard let unit = Unit(unitWord), unit.keepsWallClockTime else { return nil }
        let count = try count(countWord, input: input)
        let (days, overflow) = count.multipliedReportingOverflow(by: unit.seconds / 86_400)
        guard !overflow else { throw .outOfRange(input) }
        return direction * days
    }

    private func calendarDate(
        year: Int, month: Int, day: Int, input: String
    ) throws(DateExpressionError) -> WallClockSeconds {
        // Foundation quietly rolls 2026-02-30 over to 2026-03-02, so only a date that reads back
        // unchanged was a real one.
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = wallCalendar.date(from: components) else {
            throw .impossibleDate(input, year: year, month: month, day: day)
        }
        let readBack = wallCalendar.dateComponents([.era, .year, .month, .day], from: date)
        guard readBack.era == 1, readBack.year == year, readBack.month == month, readBack.day == day else {
            throw .impossibleDate(input, year: year, month: month, day: day)
        }
        return date.timeIntervalSince1970
    }

    /// Parses `9pm`, `9:30am` or any form `twentyFourHourClockTime` takes; nil when `word` is not
    /// shaped like a time, and a throw when it is but names no real time.
    private static func clockTime(_ word: String, input: String) throws(DateExpressionError) -> ClockTime? {
        guard let match = word.wholeMatch(of: /([0-9]{1,2})(?::([0-9]{2}))?(am|pm)/) else {
            return try twentyFourHourClockTime(word[...], input: input)
        }
        let hour = number(match.1)
        let minute = match.2.map(number) ?? 0
        guard (1...12).contains(hour) else { throw .impossibleTime(input, component: .twelveHourClockHour) }
        guard minute < 60 else { throw .impossibleTime(input, component: .minute) }
        // 12am is midnight and 12pm is noon, so 12 counts as 0 before the afternoon's 12 is added.
        return ClockTime(hour: hour % 12 + (match.3 == "pm" ? 12 : 0), minute: minute, second: 0)
    }

    /// Parses `21:30`, `21:30:05`, optionally followed by `z`, `+01`, `+0100` or `+01:00`.
    private static func twentyFourHourClockTime(
        _ word: Substring, input: String
    ) throws(DateExpressionError) -> ClockTime? {
        let pattern = /([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?/
        guard let match = word.wholeMatch(of: pattern) else { return nil }
        var clockTime = ClockTime(hour: number(match.1), minute: number(match.2), second: match.3.map(number) ?? 0)
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
        (wallClockReading(at: now) / Self.secondsPerDay).rounded(.down) * Self.secondsPerDay
    }

    /// 0 is Sunday, matching `weekdayNames`.
    private var todayWeekday: Int {
        let daysSince1970 = Int((todayMidnight / Self.secondsPerDay).rounded(.down))
        // 1970-01-01 was a Thursday.
        return ((daysSince1970 + 4) % 7 + 7) % 7
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

// MARK: - From wall-clock readings to instants

extension DateExpressionParser {
    private struct ClockChange {
        /// The first instant under the new offset.
        var instant: Date
        var offsetBefore: Int
        var offsetAfter: Int
    }

    private func moment(at instant: Date) -> ResolvedDate {
        ResolvedDate(
            date: instant, utcOffsetSeconds: timeZone.secondsFromGMT(for: instant), isWholeDay: false, end: instant
        )
    }

    private func wallClockReading(at instant: Date) -> WallClockSeconds {
        instant.timeIntervalSince1970 + TimeInterval(timeZone.secondsFromGMT(for: instant))
    }

    /// The offsets in force around `reading`, lowest first. Offsets lie between -12 and +14
    /// hours, so every instant that shows `reading` lies within 15 hours of it; sampling every
    /// 3 hours catches any offset that lasts longer than that.
    private func offsets(near reading: WallClockSeconds) -> [Int] {
        let sampled = stride(from: -15, through: 15, by: 3).map { hours in
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: reading + TimeInterval(hours * 3600)))
        }
        return Set(sampled).sorted()
    }

    /// Every instant at which the local clock showed `reading`, earliest first: none in a
    /// spring-forward gap, two in a fall-back overlap, else one.
    ///
    /// Worked out here rather than with `Calendar.date(from:)`, which quietly moves a skipped
    /// time forward instead of saying it never happened, and leaves which of two repeated
    /// times it picks unspecified.
    private func instants(showing reading: WallClockSeconds) -> [Date] {
        offsets(near: reading)
            .filter { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: reading - TimeInterval($0))) == $0 }
            .map { Date(timeIntervalSince1970: reading - TimeInterval($0)) }
            .sorted()
    }

    /// The clock change that skipped `reading`; only meaningful when no instant shows it.
    private func clockChange(skipping reading: WallClockSeconds) -> ClockChange {
        // Read under the largest offset nearby, `reading` falls before the change; under the
        // smallest, after it. Halving that interval finds the change to the second.
        let offsets = offsets(near: reading)
        var before = reading - TimeInterval(offsets[offsets.count - 1])
        var after = reading - TimeInterval(offsets[0])
        let offsetBefore = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: before))
        while after - before > 1 {
            let middle = ((before + after) / 2).rounded(.down)
            if timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: middle)) == offsetBefore {
                before = middle
            } else {
                after = middle
            }
        }
        let instant = Date(timeIntervalSince1970: after)
        return ClockChange(
            instant: instant, offsetBefore: offsetBefore, offsetAfter: timeZone.secondsFromGMT(for: instant)
        )
    }

    /// The first instant the clock showed `reading`, or, when a clock change skipped it, the
    /// instant it would have shown it had the clock not jumped: `3 days ago` taken from 02:30 on
    /// the day after a spring-forward lands at 03:30, as the clock itself did.
    private func earliestInstant(showingOrAfter reading: WallClockSeconds) -> Date {
        if let instant = instants(showing: reading).first {
            return instant
        }
        return Date(timeIntervalSince1970: reading - TimeInterval(clockChange(skipping: reading).offsetBefore))
    }

    /// The first instant whose local reading is at or after `midnight`: usually midnight itself,
    /// but the end of the jump when a clock change skipped midnight. When it skipped the whole
    /// day, that instant already belongs to a later day.
    private func firstInstant(ofDayStartingAt midnight: WallClockSeconds) -> Date {
        instants(showing: midnight).first ?? clockChange(skipping: midnight).instant
    }
}

// MARK: - Errors

public enum DateExpressionError: JournalFailure, Equatable {
    /// Nothing but whitespace was given.
    case empty
    /// The words fit none of the forms the parser knows.
    case unrecognised(String)
    /// `3 fortnights ago`: the shape of a relative date with a unit the parser cannot count in.
    case unknownUnit(String, unit: String)
    /// `-3 days ago`
    case negativeCount(String)
    /// A calendar date that does not exist, such as `2026-02-30` or `2026-13-01`.
    case impossibleDate(String, year: Int, month: Int, day: Int)
    /// A time of day or UTC offset with a part out of range, such as `25:00` or `13pm`.
    case impossibleTime(String, component: TimeComponent)
    /// A local time the clocks skipped when they went forward, such as 02:30 on the night
    /// daylight saving time began; `skippedFrom` and `skippedTo` are the clock readings on
    /// either side of the jump, like `02:00` and `03:00`.
    case nonexistentLocalTime(String, timeZoneIdentifier: String, skippedFrom: String, skippedTo: String)
    /// A local day the time zone skipped entirely, as Pacific/Apia skipped 2011-12-30.
    case nonexistentLocalDay(String, timeZoneIdentifier: String)
    /// A count or date that lands outside the years 1 to 9999.
    case outOfRange(String)

    public enum TimeComponent: Sendable, Equatable {
        case hour
        /// The hour of `9pm`, which only goes from 1 to 12.
        case twelveHourClockHour
        case minute
        case second
        case utcOffset
    }

    private static let exampleForms = "2026-11-20, 2026-11-20 14:30, yesterday 9pm, monday or 3 days ago"

    public var problem: String {
        switch self {
        case .empty:
            "no date was given"
        case .unrecognised(let input):
            "\"\(input)\" is not a date I understand"
        case .unknownUnit(let input, let unit):
            "\"\(input)\" counts in \"\(unit)\", which is not a unit I know"
        case .negativeCount(let input):
            "\"\(input)\" has a negative count"
        case .impossibleDate(let input, let year, let month, let day):
            "\"\(input)\" is not a real date (\(Self.reason(year: year, month: month, day: day)))"
        case .impossibleTime(let input, let component):
            "\"\(input)\" is not a real time (\(Self.range(of: component)))"
        case .nonexistentLocalTime(let input, let timeZone, let from, let to):
            "\"\(input)\" is a time that was skipped in \(timeZone): the clocks went forward from \(from) to \(to)"
        case .nonexistentLocalDay(let input, let timeZone):
            "\"\(input)\" is a day that was skipped in \(timeZone): the clocks went forward past all of it"
        case .outOfRange(let input):
            "\"\(input)\" lies outside the years 1 to 9999"
        }
    }

    public var advice: String {
        switch self {
        case .empty, .unrecognised:
            "use a form like \(Self.exampleForms)"
        case .unknownUnit:
            "count in minutes, hours, days or weeks, like 3 days ago or in 2 weeks"
        case .negativeCount:
            "leave out the minus sign: 3 days ago looks back, in 3 days looks ahead"
        case .impossibleDate:
            "check the month and the day; dates are written year-month-day, like 2026-11-20"
        case .impossibleTime(_, .utcOffset):
            "write the offset like +01:00, -0500 or Z, as in 2026-11-20T14:30:00+01:00"
        case .impossibleTime:
            "write times like 21:30, 21:30:05, 9pm or 9:30am"
        case .nonexistentLocalTime(_, _, let from, let to):
            "use a time before \(from) or from \(to) on"
        case .nonexistentLocalDay:
            "use the day before or the day after"
        case .outOfRange:
            "use a smaller count, or a date like 2026-11-20"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func reason(year: Int, month: Int, day: Int) -> String {
        guard year >= 1 else { return "there is no year 0" }
        guard (1...12).contains(month) else { return "there is no month \(month); months go from 01 to 12" }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return "\(monthNames[month - 1]) \(year) has \(lengths[month - 1]) days"
    }

    private static func range(of component: TimeComponent) -> String {
        switch component {
        case .hour: "hours go from 0 to 23"
        case .twelveHourClockHour: "with am or pm, hours go from 1 to 12"
        case .minute: "minutes go from 00 to 59"
        case .second: "seconds go from 00 to 59"
        case .utcOffset: "UTC offsets go from -18:00 to +18:00"
        }
    }
}
