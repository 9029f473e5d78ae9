import Foundation

/// A time zone of a whole-hour offset in which it is now `localHour` o'clock: the binary runs
/// in it (through `TZ`) at a known time of day, whatever the time the tests run, and the tests
/// work out in it what the binary should answer.
struct FixedClock {
    /// Hours east of UTC, from -12 to 14.
    let offsetHours: Int
    /// The moment the expectations are worked out from.
    let now: Date

    init(localHour: Int, now: Date = Date()) {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        var offset = localHour - utc.component(.hour, from: now)
        if offset > 14 { offset -= 24 }
        if offset < -12 { offset += 24 }
        offsetHours = offset
        self.now = now
    }

    /// `TZ` as POSIX writes it, the sign reversed: `<+05>-5` is five hours east of UTC.
    var environment: [String: String] {
        let name = (offsetHours < 0 ? "-" : "+") + pad(abs(offsetHours))
        return ["TZ": "<\(name)>\(-offsetHours)"]
    }

    /// `+05:00`
    var offsetText: String { (offsetHours < 0 ? "-" : "+") + pad(abs(offsetHours)) + ":00" }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetHours * 3600)!
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }

    /// The local day `days` from today, as `2026-11-20`.
    func day(_ days: Int = 0) -> String {
        isoDay(calendar.date(byAdding: .day, value: days, to: now)!)
    }

    /// The local day of `date`, as `2026-11-20`.
    func isoDay(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(pad(parts.year!, 4))-\(pad(parts.month!))-\(pad(parts.day!))"
    }

    /// `2026-11-20T09:00:00+05:00`, as `list --format json` writes an entry's date.
    func moment(_ day: String, _ time: String) -> String {
        "\(day)T\(time)\(offsetText)"
    }

    /// `monday`: the English name of the weekday `days` from today.
    func weekdayName(_ days: Int = 0) -> String {
        let weekday = calendar.component(.weekday, from: calendar.date(byAdding: .day, value: days, to: now)!)
        return ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][weekday - 1]
    }

    /// The most recent day of `month` and `day` that is not after today, as `2026-11-03`.
    func mostRecent(month: Int, day: Int) -> String {
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        let year = (month, day) <= (today.month!, today.day!) ? today.year! : today.year! - 1
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    /// The local day `months` calendar months from today (the month's last day when it is
    /// shorter), as `2026-10-31`.
    func day(months: Int) -> String {
        isoDay(calendar.date(byAdding: .month, value: months, to: now)!)
    }

    /// Days from today back to this week's Monday: 0 on a Monday.
    var daysSinceMonday: Int {
        (calendar.component(.weekday, from: now) + 5) % 7
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Sandbox {
    /// Every entry, as `list --all --format json` prints them, by their text.
    func entryDates(environment: [String: String] = [:]) throws -> [String: String] {
        let listed = try run(["list", "--all", "--format", "json"], environment: environment)
        guard let entries = try listed.json() as? [[String: Any]] else { return [:] }
        return Dictionary(
            entries.compactMap { entry in (entry["text"] as? String).map { ($0, entry["date"] as? String ?? "") } },
            uniquingKeysWith: { first, _ in first })
    }
}
