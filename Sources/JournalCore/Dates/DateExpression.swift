import Foundation

/// A date a person typed, resolved against "now" in a time zone: the stretch of time it names
/// (for `--since` and `--until`) and the one moment it stands for (for an entry's date).
public struct ResolvedDate: Equatable, Sendable {
    /// How much time the words name.
    public enum Extent: Sendable, Equatable {
        /// `21:30`, `yesterday 9pm`, `2 hours ago`, `now`.
        case moment
        /// `this morning`, `last night`, `monday evening`.
        case partOfDay
        /// `yesterday`, `monday`, `Nov 3`, `3 days ago`.
        case day
        /// `last week`, `this week`.
        case week
        /// `last month`, `November`, `November 2026`.
        case month
        /// `last year`, `this year`.
        case year
    }

    /// The first instant named, with the UTC offset in force then: the typed offset when the
    /// input carried one (`2026-11-20T14:30:00+01:00`), else the time zone's.
    public var start: Moment
    /// The first instant after what was named: for a day the start of the next day (so
    /// `--until yesterday` includes all of yesterday); for a moment the moment itself.
    public var end: Date
    public var extent: Extent
    /// The one moment the words stand for: a moment itself; a day at noon and a part of the
    /// day at its hour (`PartOfDay`), or now when that hour is still to come in a day or part
    /// that has begun. Nil for a week, a month or a year, which stand for no one moment.
    public var moment: Moment?

    public init(start: Moment, end: Date, extent: Extent, moment: Moment?) {
        self.start = start
        self.end = end
        self.extent = extent
        self.moment = moment
    }
}

/// Reads the dates people type after `--date`, `--since`, `--until`, `session add` and
/// `session next`. The README's list of dates (`WHEN`) names every form; in short,
/// case-insensitive, with any run of whitespace counting as one space:
///
/// - calendar dates: `2026-11-20`, `2026/11/20`, `20.11.2026`, `20/11/2026` and `11/20/2026`
///   (refused when both readings are real days and differ), `Nov 20`, `20 Nov 2026`,
///   `November 20th, 2026`, `the 20th of November`; with a time, `2026-11-20 14:30`,
///   `2026-11-20T14:30:00+01:00` (an offset only after a date with its year)
/// - `now`, `today`, `yesterday`, `tomorrow`
/// - weekdays, full or short: `monday` is today when today is a Monday and the moment is not
///   in the future, else the most recent Monday; `last monday` is one to seven days ago,
///   `next mon` one to seven days ahead
/// - counts: `3 days ago`, `a week ago`, `two months ago`, `1 year ago` name a day;
///   `30 minutes ago`, `2 hours ago` a moment; `in 3 days` looks ahead
/// - times: `9pm`, `9:30 am`, `21:30`, `21:30:05`, `noon`, `midnight`, before or after a day:
///   `yesterday 9pm`, `monday at 9am`, `9pm yesterday`
/// - parts of the day: `this morning`, `this afternoon`, `this evening`, `tonight`,
///   `last night`, `yesterday evening`, `monday morning` (hours in `PartOfDay`)
/// - weeks, months and years: `last week`, `this month`, `November`, `November 2026`,
///   `last year`
///
/// A day without a year is the most recent such day that is not in the future (looking ahead,
/// the next one from today on).
///
/// A local time that a clock change skipped is refused; one that a clock change repeated
/// resolves to its first, earlier occurrence (`WallClock` gives the rule and why).
///
/// Everything is resolved against the `now` and time zone given at creation, never the
/// process's clock or environment, so the same input always gives the same answer.
public struct DateExpressionParser: Sendable {
    let now: Date
    let timeZone: TimeZone
    /// Turns wall-clock readings into instants in `timeZone`.
    let clock: WallClock

    /// Looking ahead, a weekday on its own (`thursday`) is the next one, a time on its own
    /// (`17:00`) the next time the clock shows it, and a day without a year the next such
    /// day: how one names a session being planned.
    let looksAhead: Bool

    public init(now: Date, timeZone: TimeZone, looksAhead: Bool = false) {
        self.now = now
        self.timeZone = timeZone
        self.looksAhead = looksAhead
        clock = WallClock(timeZone: timeZone)
    }

    /// Throws `DateExpressionError`; a phrase it does not understand is refused with the
    /// word it did not know and forms of the same kind that work, none of them in the future
    /// (or, looking ahead, in the past).
    public func parse(_ input: String) throws(DateExpressionError) -> ResolvedDate {
        let words = DateVocabulary.words(of: input)
        guard !words.isEmpty else { throw .empty(forms: forms(of: .general)) }
        let quoted = input.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        do throws(DateExpressionError) {
            return try resolve(words, input: quoted)
        } catch {
            throw withForms(error, words: words)
        }
    }

    /// The words resolved, or the reason they cannot be, without forms to suggest: the
    /// suggestions themselves are checked with it.
    func resolve(_ words: [String], input: String) throws(DateExpressionError) -> ResolvedDate {
        if words == ["now"] {
            return moment(at: now)
        }
        if let elapsed = try elapsedTime(words, input: input) {
            return elapsed
        }
        if let span = try span(words, input: input) {
            return span
        }
        if let part = try partOfDayPhrase(words, input: input) {
            return part
        }
        return try dayAndTime(words[...], input: input)
    }
}

// MARK: - A day and a time

extension DateExpressionParser {
    static let secondsPerDay: WallClockSeconds = 86_400

    /// Readings from 0001-01-01 up to 9999-12-31: the years an ISO 8601 date can spell.
    static let supportedReadings: Range<WallClockSeconds> = -62_135_596_800 ..< 253_402_300_800

    /// What follows a day, or stands alone: a time of the clock or a part of the day.
    enum TimeOfDay {
        case clock(TypedTime)
        case part(PartOfDay)
    }

    /// `yesterday`, `yesterday 9pm`, `yesterday at 9pm`, `9pm yesterday`, `yesterday evening`,
    /// `9pm`, `noon`.
    private func dayAndTime(_ words: ArraySlice<String>, input: String) throws(DateExpressionError) -> ResolvedDate {
        var rest = words
        var time: TimeOfDay?
        // "9pm yesterday", "noon on monday": a time first, when a day follows.
        if rest.count > 1, let typed = try TypedTime.parse(rest[rest.startIndex], input: input) {
            rest.removeFirst()
            if rest.first == "on" { rest.removeFirst() }
            time = .clock(typed)
        }
        let day = try takeDay(from: &rest, input: input)
        if time != nil, day == nil { throw .unrecognised(input) }
        if time == nil, day?.clockTime == nil, let word = rest.first {
            let isJoined = day != nil && word == "at"
            if isJoined { rest.removeFirst() }
            if let next = rest.first, let typed = try TypedTime.parse(next, input: input) {
                time = .clock(typed)
                rest.removeFirst()
            } else if !isJoined, day != nil, let part = PartOfDay(word) {
                time = .part(part)
                rest.removeFirst()
            } else if isJoined {
                throw .unrecognised(input)
            }
        }
        guard rest.isEmpty, day != nil || time != nil else { throw .unrecognised(input) }

        guard let day else {
            guard case .clock(let typed)? = time, typed.utcOffsetSeconds == nil else { throw .unrecognised(input) }
            var midnight = todayMidnight
            if looksAhead, midnight + typed.secondsSinceMidnight <= clock.reading(at: now) {
                midnight += Self.secondsPerDay
            }
            return try resolve(midnight: midnight, time: time, input: input)
        }
        let timeOfDay = time ?? day.clockTime.map(TimeOfDay.clock)
        if case .clock(let typed)? = timeOfDay, let offset = typed.utcOffsetSeconds {
            // Only a date with its year pins down a day on its own, so only it may carry a UTC
            // offset; `yesterday 14:30Z` would mix two time zones.
            guard day.hasYear else { throw .unrecognised(input) }
            let instant = Date(timeIntervalSince1970: day.midnight + typed.secondsSinceMidnight - TimeInterval(offset))
            let moment = Moment(instant, utcOffsetSeconds: offset)
            return ResolvedDate(start: moment, end: instant, extent: .moment, moment: moment)
        }
        let resolved = try resolve(midnight: day.midnight, time: timeOfDay, input: input)
        // A weekday on its own day is today, unless that puts it on the wrong side of now.
        guard let alternative = day.alternative else { return resolved }
        let isOnTheWrongSide =
            looksAhead ? (resolved.moment ?? resolved.start).date < now : resolved.start.date > now
        return isOnTheWrongSide ? try resolve(midnight: alternative, time: timeOfDay, input: input) : resolved
    }

    /// The day starting at the wall-clock reading `midnight`: whole, at a time, or a part of it.
    func resolve(midnight: WallClockSeconds, time: TimeOfDay?, input: String) throws(DateExpressionError) -> ResolvedDate {
        guard Self.supportedReadings.contains(midnight) else { throw .outOfRange(input) }
        let dayStart = clock.firstInstant(ofDayStartingAt: midnight)
        guard clock.reading(at: dayStart) < midnight + Self.secondsPerDay else {
            throw .nonexistentLocalDay(input, timeZoneIdentifier: timeZone.identifier)
        }
        switch time {
        case nil:
            let end = clock.firstInstant(ofDayStartingAt: midnight + Self.secondsPerDay)
            return stretch(from: dayStart, to: end, extent: .day, standingFor: midnight + 12 * 3600)
        case .part(let part):
            return stretch(
                from: clock.earliestInstant(showingOrAfter: midnight + WallClockSeconds(part.startHour * 3600)),
                to: clock.earliestInstant(showingOrAfter: midnight + WallClockSeconds(part.endHour * 3600)),
                extent: .partOfDay,
                standingFor: midnight + WallClockSeconds(part.hour * 3600))
        case .clock(let typed):
            let reading = midnight + typed.secondsSinceMidnight
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
    }

    /// A day or a part of one, standing for the instant the clock shows `reading` (moved on
    /// past a clock change that skipped it); looking back, for now when that is still to come
    /// in a stretch that has begun, so that `today` and `tonight` are never in the future.
    private func stretch(from start: Date, to end: Date, extent: ResolvedDate.Extent, standingFor reading: WallClockSeconds) -> ResolvedDate {
        var standsFor = clock.earliestInstant(showingOrAfter: reading)
        if !looksAhead, start <= now, now < standsFor { standsFor = now }
        return ResolvedDate(
            start: Moment(start, in: timeZone), end: end, extent: extent, moment: Moment(standsFor, in: timeZone))
    }

    func moment(at instant: Date) -> ResolvedDate {
        let moment = Moment(instant, in: timeZone)
        return ResolvedDate(start: moment, end: instant, extent: .moment, moment: moment)
    }

    /// `30 minutes ago`, `2 hours ago`, `in an hour`: time that passed or is to pass, so a
    /// moment; nil when the words count no minutes or hours.
    private func elapsedTime(_ words: [String], input: String) throws(DateExpressionError) -> ResolvedDate? {
        guard words.count == 3, let counted = try Self.counted(words[...], input: input), !counted.unit.namesADay else {
            return nil
        }
        let (magnitude, overflow) = counted.count.multipliedReportingOverflow(by: counted.unit.seconds)
        guard !overflow else { throw .outOfRange(input) }
        let instant = now.addingTimeInterval(TimeInterval(counted.direction * magnitude))
        guard Self.supportedReadings.contains(clock.reading(at: instant)) else { throw .outOfRange(input) }
        return moment(at: instant)
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
