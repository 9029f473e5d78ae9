import Foundation

extension ResolvedDate {
    /// The moment an entry dated with this expression is about. A whole day names no moment in
    /// it, so an entry dated "yesterday" is placed at noon of that day; dated "today", at the
    /// present moment.
    public func entryMoment(now: Date, timeZone: TimeZone) -> Moment {
        guard isWholeDay else { return moment }
        if date <= now, now < end { return Moment(now, in: timeZone) }
        let clock = WallClock(timeZone: timeZone)
        let midnight = (clock.reading(at: date) / 86_400).rounded(.down) * 86_400
        return Moment(clock.earliestInstant(showingOrAfter: midnight + 12 * 3600), in: timeZone)
    }
}
