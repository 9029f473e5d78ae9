import Foundation

/// The wall-clock reading of an instant at a fixed offset from UTC.
///
/// Entries keep the offset they were written in, so their local time is plain arithmetic: no
/// time zone database and no formatter, which keeps listing thousands of entries cheap.
public struct LocalTime: Equatable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// 1 is Monday, 7 is Sunday (ISO 8601).
    public let weekday: Int
    public let utcOffsetSeconds: Int
    /// Local days since 1970-01-01: consecutive days have consecutive numbers.
    public let dayNumber: Int

    public init(_ date: Date, utcOffsetSeconds: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = seconds.floorDivided(by: 86_400)
        dayNumber = days
        let secondOfDay = seconds - days * 86_400
        (year, month, day) = Self.civilDate(daysSince1970: days)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        // 1970-01-01 was a Thursday.
        weekday = (days + 3).floorModulo(7) + 1
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The start of a local day by its number.
    public init(dayNumber: Int) {
        self.init(Date(timeIntervalSince1970: TimeInterval(dayNumber) * 86_400), utcOffsetSeconds: 0)
    }

    /// Year, month and day of the proleptic Gregorian calendar, counting eras of 400 years
    /// (146,097 days), which repeat exactly.
    private static func civilDate(daysSince1970 days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468  // days from 0000-03-01, so that leap days end a year
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153  // 0 is March
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `2026-11-20`
    public var isoDay: String { "\(pad(year, 4))-\(pad(month))-\(pad(day))" }

    /// `2026-11-20T21:05:00+01:00`
    public var iso8601: String {
        "\(isoDay)T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText)"
    }

    /// `Fri 20 Nov 2026`
    public var readableDay: String {
        "\(Self.weekdayNames[weekday - 1]) \(day) \(Self.monthNames[month - 1]) \(year)"
    }

    /// `Fri 20 Nov 2026, 21:05`
    public var readableMoment: String { "\(readableDay), \(clockTime)" }

    /// `21:05`
    public var clockTime: String { "\(pad(hour)):\(pad(minute))" }

    /// `+01:00`, `-03:30`
    public var offsetText: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(utcOffsetSeconds) / 60
        return "\(sign)\(pad(magnitude / 60)):\(pad(magnitude % 60))"
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
