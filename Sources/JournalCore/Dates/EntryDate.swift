import Foundation

extension ResolvedDate {
    /// The moment an entry dated with this expression is about, and the UTC offset it is shown
    /// in. A whole day names no moment in it, so an entry dated "yesterday" is placed at noon
    /// of that day; dated "today", at the present moment.
    public func entryMoment(now: Date, timeZone: TimeZone) -> (date: Date, utcOffsetSeconds: Int) {
        guard isWholeDay else { return (date, utcOffsetSeconds) }
        if date <= now, now < end { return (now, timeZone.secondsFromGMT(for: now)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let noon = calendar.date(bySettingHour: 12, minute: 0, second: 0, of: date) ?? date
        return (noon, timeZone.secondsFromGMT(for: noon))
    }
}
