import Foundation
import GRDB

/// The long view of `journal stats`: how often the writer writes, and how the mood moves with
/// the weeks, the weekdays, and each tag and feeling.
public struct JournalStats: Equatable, Sendable {
    /// The first and last local day with an entry in the range, nil without entries.
    public var firstDay: String?
    public var lastDay: String?
    public var entryCount: Int
    public var ratedCount: Int
    /// Every week (Monday to Sunday) from the first entry's to the last's, in order.
    public var weeks: [WeekStats]
    /// Days in a row with an entry, up to today (or yesterday: today is not over yet).
    public var currentStreak: Int
    public var longestStreak: Int
    /// Monday first.
    public var weekdays: [WeekdayStats]
    /// Tags and feelings used at least `LabelComparison.minimumUses` times whose mood can be
    /// compared: at least `minimumRated` rated entries with them and as many without. Those
    /// with the largest difference first.
    public var comparisons: [LabelComparison]
    /// Messages written in the range instead of sent to the therapist (`journal message`),
    /// through the same privacy as the entries.
    public var messageCount = 0
}

public struct WeekStats: Equatable, Sendable {
    /// The Monday that starts the week, `2026-11-16`.
    public var start: String
    public var entryCount: Int
    public var averageMood: Double?
}

public struct WeekdayStats: Equatable, Sendable {
    /// 1 is Monday, 7 is Sunday.
    public var weekday: Int
    public var entryCount: Int
    public var averageMood: Double?

    public var name: String { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1] }
}

public struct LabelComparison: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case tag, feeling
    }

    public static let minimumUses = 3
    public static let minimumRated = 3

    public var kind: Kind
    public var name: String
    public var uses: Int
    public var averageWith: Double
    public var ratedWith: Int
    public var averageWithout: Double
    public var ratedWithout: Int

    public var difference: Double { averageWith - averageWithout }
}

/// What `journal stats` is asked for.
public struct StatsRequest: Sendable {
    public var since: Date?
    public var until: Date?
    /// Private entries count only when asked for: a tag used on them alone would show its name.
    public var includesPrivate: Bool
    public var now: Date
    /// The reader's time zone, for "today" in the streak.
    public var timeZone: TimeZone

    public init(
        since: Date? = nil, until: Date? = nil, includesPrivate: Bool = false, now: Date = Date(), timeZone: TimeZone
    ) {
        self.since = since
        self.until = until
        self.includesPrivate = includesPrivate
        self.now = now
        self.timeZone = timeZone
    }
}

extension JournalStore {
    /// Statistics over the entries in the range. Reads dates, moods and labels only, never the
    /// text, so that years of entries take little memory.
    public func stats(_ request: StatsRequest) throws -> JournalStats {
        try read { db in
            let filter = EntryFilter(
                since: request.since, until: request.until, privacy: Privacy(includingPrivate: request.includesPrivate))
            let entries = Entry.all().matching(filter)
            let rows = try Row.fetchAll(
                db, entries.reversed().select(Entry.Columns.date, Entry.Columns.utcOffset, Entry.Columns.mood))
            let moments = rows.map { row in
                (day: StoredTime.moment(row[0], utcOffset: row[1]).localTime.calendarDay,
                 mood: row[2] as Int?)
            }
            let today = Moment(request.now, in: request.timeZone).localTime.calendarDay
            let streaks = Streaks(days: Set(moments.map(\.day.number)), today: today.number)
            return JournalStats(
                firstDay: moments.first?.day.isoDay,
                lastDay: moments.last?.day.isoDay,
                entryCount: moments.count,
                ratedCount: moments.filter { $0.mood != nil }.count,
                weeks: Self.weeks(of: moments),
                currentStreak: streaks.current,
                longestStreak: streaks.longest,
                weekdays: (1...7).map { weekday in
                    let those = moments.filter { $0.day.weekday == weekday }
                    return WeekdayStats(
                        weekday: weekday, entryCount: those.count, averageMood: average(those.compactMap(\.mood)))
                },
                comparisons: try comparisons(filter, moods: moments.compactMap(\.mood), db),
                messageCount: try Message.all().matching(
                    MessageFilter(since: request.since, until: request.until, privacy: filter.privacy)
                ).fetchCount(db))
        }
    }

    private static func weeks(of moments: [(day: Day, mood: Int?)]) -> [WeekStats] {
        guard let first = moments.first, let last = moments.last else { return [] }
        let grouped = Dictionary(grouping: moments) { $0.day.number - ($0.day.weekday - 1) }
        let firstMonday = first.day.number - (first.day.weekday - 1)
        return stride(from: firstMonday, through: last.day.number, by: 7).map { monday in
            let those = grouped[monday] ?? []
            return WeekStats(
                start: Day(number: monday).isoDay, entryCount: those.count,
                averageMood: average(those.compactMap(\.mood)))
        }
    }

    /// Mood with and without each tag and feeling, summed in SQL over the rated entries.
    private func comparisons(
        _ filter: EntryFilter, moods: [Int], _ db: Database
    ) throws -> [LabelComparison] {
        let totalSum = moods.reduce(0, +)
        let totalRated = moods.count
        let since = filter.since.map { StoredTime.bound($0) } ?? Int64.min
        let until = filter.until.map { StoredTime.bound($0) } ?? Int64.max
        var result: [LabelComparison] = []
        for (kind, table) in [(LabelComparison.Kind.tag, "entryTag"), (.feeling, "entryFeeling")] {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT label.name, count(*), count(entry.mood), total(entry.mood)
                    FROM \(table) AS label JOIN entry ON entry.id = label.entryId
                    WHERE entry.date >= ? AND entry.date < ? AND \(filter.privacy.sqlCondition ?? "1")
                    GROUP BY label.name HAVING count(*) >= ?
                    """,
                arguments: [since, until, LabelComparison.minimumUses])
            for row in rows {
                let ratedWith: Int = row[2]
                let sumWith = Int((row[3] as Double).rounded())
                let ratedWithout = totalRated - ratedWith
                guard ratedWith >= LabelComparison.minimumRated, ratedWithout >= LabelComparison.minimumRated else {
                    continue
                }
                result.append(
                    LabelComparison(
                        kind: kind, name: row[0], uses: row[1],
                        averageWith: Double(sumWith) / Double(ratedWith), ratedWith: ratedWith,
                        averageWithout: Double(totalSum - sumWith) / Double(ratedWithout), ratedWithout: ratedWithout))
            }
        }
        return result.sorted { (abs($0.difference), $1.name) > (abs($1.difference), $0.name) }
    }
}

/// Runs of consecutive days with an entry.
private struct Streaks {
    var current = 0
    var longest = 0

    init(days: Set<Int>, today: Int) {
        var run = 0
        var previous: Int?
        for day in days.sorted() {
            run = previous == day - 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        // Today is not over: a streak that reached yesterday still counts.
        var day = days.contains(today) ? today : today - 1
        while days.contains(day) {
            current += 1
            day -= 1
        }
    }
}

private func average(_ values: [Int]) -> Double? {
    values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
}
