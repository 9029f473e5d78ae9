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
        return "\(monthNames[month - 1]) \(year) has \(CivilCalendar.daysIn(month: month, year: year)) days"
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
