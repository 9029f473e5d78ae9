import Foundation

/// The wall-clock reading of a `Moment`: the day and time the writer's clock showed.
///
/// Moments keep the offset they were written in, so their local time is plain arithmetic: no
/// time zone database and no formatter, which keeps listing thousands of entries cheap.
public struct LocalTime: Equatable, Sendable {
    /// The local day.
    public let calendarDay: Day
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let utcOffsetSeconds: Int

    public init(_ moment: Moment) {
        let seconds = Int(moment.date.timeIntervalSince1970.rounded(.down)) + moment.utcOffsetSeconds
        let days = seconds.floorDivided(by: 86_400)
        calendarDay = Day(number: days)
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        utcOffsetSeconds = moment.utcOffsetSeconds
    }

    public var year: Int { calendarDay.year }
    public var month: Int { calendarDay.month }
    public var day: Int { calendarDay.dayOfMonth }
    /// 1 is Monday, 7 is Sunday (ISO 8601).
    public var weekday: Int { calendarDay.weekday }

    /// `2026-11-20`
    public var isoDay: String { calendarDay.isoDay }

    /// `2026-11-20T21:05:00+01:00`
    public var iso8601: String {
        "\(isoDay)T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText)"
    }

    /// `Fri 20 Nov 2026`
    public var readableDay: String { calendarDay.readableDay }

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
}
