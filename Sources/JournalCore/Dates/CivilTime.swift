import Foundation

/// A calendar date and time of day as a file writes it, before it is placed in a time zone.
struct CivilTime: Equatable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int

    /// Nil when the parts name no real moment, like 2026-02-30 or 24:10.
    init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard CivilCalendar.isReal(year: year, month: month, day: day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// The same day at another time of day; nil when that time is not on a clock.
    func at(_ time: TimeOfDay) -> CivilTime? {
        CivilTime(year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second)
    }

    /// Seconds from 1970-01-01 00:00 to this reading, with every day 86,400 seconds long: the
    /// instant it would be in UTC.
    var secondsSince1970: Int {
        CivilCalendar.dayNumber(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }
}

/// A time of day read from a file.
struct TimeOfDay: Equatable {
    let hour: Int
    let minute: Int
    let second: Int
}
