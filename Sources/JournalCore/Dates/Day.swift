/// A day of the calendar, as the clock of whoever looks showed it: the days of a digest's
/// period and of the mood by day. It stays a day until it is printed.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01: consecutive days have consecutive numbers.
    public let number: Int
    public let year: Int
    /// 1 to 12.
    public let month: Int
    /// 1 to 31.
    public let dayOfMonth: Int

    public init(number: Int) {
        self.number = number
        (year, month, dayOfMonth) = CivilCalendar.date(ofDay: number)
    }

    /// 1 is Monday, 7 is Sunday (ISO 8601).
    public var weekday: Int { CivilCalendar.weekday(ofDay: number) }

    /// The day after, or before for a negative count.
    public func adding(days: Int) -> Day { Day(number: number + days) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `2026-11-20`
    public var isoDay: String { "\(pad(year, 4))-\(pad(month))-\(pad(dayOfMonth))" }

    /// `Fri 20 Nov 2026`
    public var readableDay: String { "\(Self.weekdayNames[weekday - 1]) \(shortDay) \(year)" }

    /// `20 Nov`
    public var shortDay: String { "\(dayOfMonth) \(Self.monthNames[month - 1])" }
}

/// `value` in decimal with leading zeros up to `width` digits.
func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
