/// The words that name a day: `today`, `monday`, `last friday`, `3 days ago`, `2 months ago`,
/// `Nov 3`, `3 November 2026`, `2026-11-03`, `13/11/2026`.
extension DateExpressionParser {
    /// A day the words named, as the wall-clock reading of its midnight.
    struct NamedDay {
        var midnight: WallClockSeconds
        /// Whether the year was typed: only then does the day not depend on when it is read.
        var hasYear = false
        /// Set by the `2026-11-20T14:30` form, which names the day and the time in one word.
        var clockTime: TypedTime? = nil
        /// For a weekday on its own, the same weekday a week before (looking ahead, a week
        /// after): taken when today would be in the future (looking ahead, in the past).
        var alternative: WallClockSeconds? = nil
    }

    /// Removes the words naming a day from the front of `rest`; nil, removing nothing, when
    /// they name none.
    func takeDay(from rest: inout ArraySlice<String>, input: String) throws(DateExpressionError) -> NamedDay? {
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
            guard let name = rest.dropFirst().first, let weekday = DateVocabulary.weekday(named: name) else {
                throw .unrecognised(input, unknownWord: rest.dropFirst().first)
            }
            rest.removeFirst(2)
            let days = word == "next" ? daysUntilNext(weekday) : -daysSinceLast(weekday)
            return NamedDay(midnight: today + WallClockSeconds(days) * Self.secondsPerDay)
        default:
            break
        }
        if let counted = try Self.counted(rest, input: input), counted.unit.namesADay {
            rest.removeFirst(3)
            return NamedDay(midnight: try midnight(counting: counted, input: input))
        }
        if let weekday = DateVocabulary.weekday(named: word) {
            rest.removeFirst()
            // Today when the moment is not on the wrong side of now (`dayAndTime` decides), else
            // the one a week away.
            let days = (weekday - todayWeekday + 7) % 7
            let sameDay = looksAhead ? days : (days == 0 ? 0 : days - 7)
            let midnight = today + WallClockSeconds(sameDay) * Self.secondsPerDay
            let alternative = sameDay == 0 ? midnight + (looksAhead ? 7 : -7) * Self.secondsPerDay : nil
            return NamedDay(midnight: midnight, alternative: alternative)
        }
        if let reading = try NumericDate.parse(word, input: input) {
            rest.removeFirst()
            var day = try namedDay(reading.days, input: input)
            day.clockTime = reading.clockTime
            return day
        }
        var afterThe = rest
        if word == "the" { afterThe.removeFirst() }
        if let typed = Self.monthAndDay(from: &afterThe) {
            rest = afterThe
            return try namedDay([typed], input: input)
        }
        if word == "the" { throw .unrecognised(input) }
        return nil
    }

    /// `Nov 3`, `November 3rd`, `3 Nov`, `3rd of November`, each with a year or without; the
    /// words are removed from `rest` when they are one of these.
    private static func monthAndDay(from rest: inout ArraySlice<String>) -> TypedDay? {
        var words = rest
        guard let first = words.popFirst() else { return nil }
        var typed: TypedDay
        if let month = DateVocabulary.month(named: first), let day = words.first.flatMap(DateVocabulary.dayOfMonth) {
            words.removeFirst()
            typed = TypedDay(month: month, day: day)
        } else if let day = DateVocabulary.dayOfMonth(first) {
            if words.first == "of" { words.removeFirst() }
            guard let month = words.first.flatMap(DateVocabulary.month(named:)) else { return nil }
            words.removeFirst()
            typed = TypedDay(month: month, day: day)
        } else {
            return nil
        }
        if let year = words.first.flatMap(DateVocabulary.year) {
            words.removeFirst()
            typed.year = year
        }
        rest = words
        return typed
    }

    /// The day of one typed day, or of the one real reading of two (`13/11/2026`); refuses
    /// two real readings that differ (`3/11/2026`), naming both.
    private func namedDay(_ readings: [TypedDay], input: String) throws(DateExpressionError) -> NamedDay {
        var days: [Day] = []
        var failures: [(reading: TypedDay, error: DateExpressionError)] = []
        for reading in readings {
            do throws(DateExpressionError) {
                days.append(try day(of: reading, input: input))
            } catch {
                failures.append((reading, error))
            }
        }
        // Of two readings that are no day, the one with a month in range says best what is wrong.
        let failure = failures.first { (1...12).contains($0.reading.month) } ?? failures.first
        guard let day = days.first else { throw failure?.error ?? .unrecognised(input) }
        if days.count > 1 {
            let writable = days.filter { looksAhead ? $0 >= todayDay : $0 <= todayDay }
            throw .ambiguousDate(input, dayFirst: days[0], monthFirst: days[1], writable: writable)
        }
        return NamedDay(midnight: WallClockSeconds(day.number) * Self.secondsPerDay, hasYear: readings[0].year != nil)
    }

    /// The day a typed day names: with its year, that day; without, the most recent such day
    /// that is not in the future (looking ahead, the next from today on). February 29 without
    /// a year is the most recent (or next) leap day.
    private func day(of typed: TypedDay, input: String) throws(DateExpressionError) -> Day {
        let today = todayDay
        guard typed.year == nil else {
            let year = typed.year!
            guard CivilCalendar.isReal(year: year, month: typed.month, day: typed.day) else {
                throw .impossibleDate(input, year: year, month: typed.month, day: typed.day)
            }
            return Day(number: CivilCalendar.dayNumber(year: year, month: typed.month, day: typed.day))
        }
        // Leap days come back at least every 8 years.
        for step in 0...8 {
            let year = today.year + (looksAhead ? step : -step)
            guard CivilCalendar.isReal(year: year, month: typed.month, day: typed.day) else { continue }
            let day = Day(number: CivilCalendar.dayNumber(year: year, month: typed.month, day: typed.day))
            if looksAhead ? day >= today : day <= today { return day }
        }
        throw .impossibleDate(input, year: today.year, month: typed.month, day: typed.day)
    }

    /// A count of a unit, `ago` or ahead: `3 days ago`, `in 2 weeks`, `a month ago`.
    struct Counted {
        var count: Int
        var unit: DateUnit
        /// -1 for `ago`, 1 for `in`.
        var direction: Int
    }

    /// The count at the front of `words`; nil when they do not start with `N UNIT ago` or
    /// `in N UNIT`, and a throw when they do but the count or the unit is not one.
    static func counted(_ words: ArraySlice<String>, input: String) throws(DateExpressionError) -> Counted? {
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
        switch DateVocabulary.count(countWord) {
        case .number(let count)?:
            guard let unit = DateUnit(unitWord) else { throw .unknownUnit(input, unit: unitWord) }
            return Counted(count: count, unit: unit, direction: direction)
        case .negative?: throw .negativeCount(input)
        case .tooLarge?: throw .outOfRange(input)
        case nil: throw .unrecognised(input, unknownWord: countWord)
        }
    }

    /// The midnight of the day `counted` days, weeks, months or years from today. A month or
    /// a year from a day its month does not have is that month's last day: a month before
    /// March 31 is February 28 (or 29).
    private func midnight(counting counted: Counted, input: String) throws(DateExpressionError) -> WallClockSeconds {
        let today = todayDay
        let (signed, overflow) = counted.count.multipliedReportingOverflow(by: counted.direction)
        guard !overflow, abs(signed) <= 10_000 * 366 else { throw .outOfRange(input) }
        let dayNumber: Int
        switch counted.unit {
        case .day: dayNumber = today.number + signed
        case .week: dayNumber = today.number + 7 * signed
        case .month, .year:
            let months = today.year * 12 + (today.month - 1) + (counted.unit == .year ? 12 * signed : signed)
            let (year, month) = (months.floorDivided(by: 12), months.floorModulo(12) + 1)
            guard (1...9999).contains(year) else { throw .outOfRange(input) }
            dayNumber = CivilCalendar.dayNumber(
                year: year, month: month, day: min(today.dayOfMonth, CivilCalendar.daysIn(month: month, year: year)))
        case .minute, .hour: dayNumber = today.number
        }
        let midnight = WallClockSeconds(dayNumber) * Self.secondsPerDay
        guard Self.supportedReadings.contains(midnight) else { throw .outOfRange(input) }
        return midnight
    }
}

// MARK: - Today and the weekdays

extension DateExpressionParser {
    var todayMidnight: WallClockSeconds {
        (clock.reading(at: now) / Self.secondsPerDay).rounded(.down) * Self.secondsPerDay
    }

    var todayDay: Day {
        Day(number: Int((todayMidnight / Self.secondsPerDay).rounded(.down)))
    }

    /// 0 is Sunday, matching `DateVocabulary.weekdayNames`.
    var todayWeekday: Int {
        todayDay.weekday % 7
    }

    /// 1 to 7: `last monday` is one already past, so on a Monday it is a week ago.
    func daysSinceLast(_ weekday: Int) -> Int {
        let days = (todayWeekday - weekday + 7) % 7
        return days == 0 ? 7 : days
    }

    /// 1 to 7: `next monday` is one still to come, so on a Monday it is a week from now.
    func daysUntilNext(_ weekday: Int) -> Int {
        let days = (weekday - todayWeekday + 7) % 7
        return days == 0 ? 7 : days
    }
}
