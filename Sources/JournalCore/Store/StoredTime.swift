import Foundation

/// Instants are stored as whole seconds since 1970 (UTC), with the writer's offset beside them.
enum StoredTime {
    /// The stored value of `date`: its second, rounded down.
    static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// The instant a stored value stands for.
    static func date(_ seconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The moment stored as `seconds` with `utcOffset`.
    static func moment(_ seconds: Int64, utcOffset: Int) -> Moment {
        Moment(date(seconds), utcOffsetSeconds: utcOffset)
    }

    /// The first stored second at or after `date`. Compared with `>=` (from) and `<` (until),
    /// it keeps the meaning of a bound that falls inside a second.
    static func bound(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.up))
    }
}
