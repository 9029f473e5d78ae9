import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// This computer's local time: what the command passes to JournalCore, which never asks the
/// system itself.
enum LocalClock {
    /// The offset from UTC of this computer's local time at `date`: that of `TZ`, else of
    /// /etc/localtime.
    ///
    /// Asked of the C library: Foundation's `TimeZone.current` first loads ICU's time zone
    /// tables, slow next to the rest of `journal add`, which only needs the offset of now.
    static func utcOffset(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return TimeZone.current.secondsFromGMT(for: date) }
        return Int(parts.tm_gmtoff)
    }

    /// This computer's time zone, for the dates people type and the days of digests and stats,
    /// agreeing with `utcOffset(at:)` about now.
    ///
    /// Foundation reads some forms of `TZ` otherwise than the C library: `UTC-14` as fourteen
    /// hours behind UTC instead of ahead, `:Europe/Berlin` and `CET-1CEST,M3.5.0,M10.5.0/3` as
    /// UTC. Where the two disagree, the zone named after a leading colon is taken if it agrees,
    /// else the C library's offset of now, fixed.
    static func timeZone(at now: Date) -> TimeZone {
        let offset = utcOffset(at: now)
        if TimeZone.current.secondsFromGMT(for: now) == offset { return TimeZone.current }
        if let setting = Environment["TZ"], setting.hasPrefix(":"),
            let named = TimeZone(identifier: String(setting.dropFirst())), named.secondsFromGMT(for: now) == offset
        {
            return named
        }
        return TimeZone(secondsFromGMT: offset) ?? TimeZone.current
    }
}
