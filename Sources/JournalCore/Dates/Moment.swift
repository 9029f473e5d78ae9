import Foundation

/// An instant as the writer's clock showed it: the instant, and the offset from UTC in force
/// where they were, so that an entry, a session or a check-in is shown at the local time the
/// writer saw, wherever and whenever it is read. Stored as whole seconds beside the offset.
public struct Moment: Hashable, Sendable {
    public var date: Date
    /// Seconds east of UTC, at most 18 hours either way.
    public var utcOffsetSeconds: Int

    public init(_ date: Date, utcOffsetSeconds: Int) {
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// `date` as a clock in `timeZone` showed it.
    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(date, utcOffsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    /// The day and time the clock showed, and their formats.
    public var localTime: LocalTime { LocalTime(self) }
}
