public enum DateExpressionError: JournalFailure, Equatable {
    /// Nothing but whitespace was given.
    case empty(forms: DateForms)
    /// The words fit none of the forms the parser knows; `unknownWord` is the first word it
    /// does not know at all, if any, and `forms` are forms of the kind that word seems to be.
    case unrecognised(String, unknownWord: String? = nil, forms: DateForms? = nil)
    /// `3 fortnights ago`: the shape of a relative date with a unit the parser cannot count in.
    case unknownUnit(String, unit: String, forms: DateForms? = nil)
    /// `-3 days ago`
    case negativeCount(String, forms: DateForms? = nil)
    /// A calendar date that does not exist, such as `2026-02-30` or `2026-13-01`.
    case impossibleDate(String, year: Int, month: Int, day: Int)
    /// `3/11/2026`: the 3rd of November read day first, the 11th of March read month first.
    /// `writable` are the readings on the side of now the date is asked for.
    case ambiguousDate(String, dayFirst: Day, monthFirst: Day, writable: [Day])
    /// `3/11/26`: which century is not for the journal to guess.
    case twoDigitYear(String)
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
    /// `last week` given where one moment is needed (an entry's date): a week, a month or a
    /// year stands for no one moment.
    case noOneMoment(String, extent: ResolvedDate.Extent)

    public enum TimeComponent: Sendable, Equatable {
        case hour
        /// The hour of `9pm`, which only goes from 1 to 12.
        case twelveHourClockHour
        case minute
        case second
        case utcOffset
    }

    public var problem: String {
        switch self {
        case .empty:
            "no date was given"
        case .unrecognised(let input, let word?, _):
            "\"\(input)\" is not a date I understand: I do not know the word \"\(word)\""
        case .unrecognised(let input, nil, _):
            "\"\(input)\" is not a date I understand"
        case .unknownUnit(let input, let unit, _):
            "\"\(input)\" counts in \"\(unit)\", which is not a unit I know"
        case .negativeCount(let input, _):
            "\"\(input)\" has a negative count"
        case .impossibleDate(let input, let year, let month, let day):
            "\"\(input)\" is not a real date (\(Self.reason(year: year, month: month, day: day)))"
        case .ambiguousDate(let input, let dayFirst, let monthFirst, _):
            "\"\(input)\" could be \(Self.spelled(dayFirst)) (day first) or \(Self.spelled(monthFirst)) (month first)"
        case .twoDigitYear(let input):
            "\"\(input)\" has a year of two digits, which could be of any century"
        case .impossibleTime(let input, let component):
            "\"\(input)\" is not a real time (\(Self.range(of: component)))"
        case .nonexistentLocalTime(let input, let timeZone, let from, let to):
            "\"\(input)\" is a time that was skipped in \(timeZone): the clocks went forward from \(from) to \(to)"
        case .nonexistentLocalDay(let input, let timeZone):
            "\"\(input)\" is a day that was skipped in \(timeZone): the clocks went forward past all of it"
        case .outOfRange(let input):
            "\"\(input)\" lies outside the years 1 to 9999"
        case .noOneMoment(let input, let extent):
            "\"\(input)\" is a whole \(extent == .week ? "week" : extent == .year ? "year" : "month"), not a day or a time"
        }
    }

    public var advice: String {
        switch self {
        case .empty(let forms), .unrecognised(_, _, let forms?), .unknownUnit(_, _, let forms?):
            forms.advice
        case .unrecognised, .unknownUnit:
            DateForms(kind: .general, examples: []).advice
        case .negativeCount(_, let forms):
            "leave out the minus sign" + (forms.map { ", like \($0.listedExamples)" } ?? "")
        case .impossibleDate:
            "check the month and the day; a date in digits is safest written year-month-day"
        case .ambiguousDate(_, _, _, let writable) where writable.isEmpty:
            "write the date year-month-day, with the year in full"
        case .ambiguousDate(_, _, _, let writable):
            "write it year-month-day: \(writable.map(\.isoDay).joined(separator: " or "))"
        case .twoDigitYear:
            "write the year in full, or the date as year-month-day"
        case .impossibleTime(_, .utcOffset):
            "write the offset like +01:00, -0500 or Z, after a date with its year"
        case .impossibleTime:
            "write times like 21:30, 21:30:05, 9pm or 9:30am"
        case .nonexistentLocalTime(_, _, let from, let to):
            "use a time before \(from) or from \(to) on"
        case .nonexistentLocalDay:
            "use the day before or the day after"
        case .outOfRange:
            "use a smaller count, or a date written year-month-day"
        case .noOneMoment:
            "name a day or a time instead, like monday or friday 17:00"
        }
    }

    /// `3 November 2026`
    private static func spelled(_ day: Day) -> String {
        "\(day.dayOfMonth) \(monthNames[day.month - 1]) \(day.year)"
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
