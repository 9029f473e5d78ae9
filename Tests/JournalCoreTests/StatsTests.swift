import Foundation
import Testing

@testable import JournalCore

@Suite("Statistics over the journal")
struct StatsTests {
    let store: JournalStore
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Sunday 29 November 2026, 12:00 in Berlin.
    let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func add(_ day: String, at time: String = "20:00", mood: Int?, tags: [String] = [], feelings: [String] = []) throws {
        let date = ISO8601DateFormatter().date(from: "\(day)T\(time):00+01:00")!
        _ = try store.add(
            NewEntry(text: "entry", mood: mood, feelings: feelings, tags: tags, moment: Moment(date, utcOffsetSeconds: 3600)),
            now: now)
    }

    func stats() throws -> JournalStats {
        try store.stats(StatsRequest(now: now, timeZone: berlin))
    }

    @Test func anEmptyJournalHasNothingToCount() throws {
        let stats = try stats()
        #expect(stats.entryCount == 0)
        #expect(stats.weeks.isEmpty)
        #expect(stats.currentStreak == 0)
        #expect(StatsRendering.render(stats, format: .text, style: .plain).hasPrefix("No entries yet."))
    }

    @Test func streaksCountDaysInARowAndTodayIsNotOverYet() throws {
        for day in ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"] { try add(day, mood: 5) }
        for day in ["2026-11-26", "2026-11-27", "2026-11-28"] { try add(day, mood: 5) }
        try add("2026-11-28", at: "08:00", mood: 5)
        var stats = try stats()
        #expect(stats.longestStreak == 4)
        #expect(stats.currentStreak == 3, "nothing yet today, but the run reached yesterday")
        try add("2026-11-29", at: "09:00", mood: 5)
        stats = try self.stats()
        #expect(stats.currentStreak == 4)
        #expect(stats.longestStreak == 4)
    }

    @Test func weeksRunMondayToSundayWithGapsKept() throws {
        try add("2026-11-02", mood: 2)  // a Monday
        try add("2026-11-08", mood: 4)  // the Sunday of that week
        try add("2026-11-23", mood: 8)  // two weeks later
        let stats = try stats()
        #expect(stats.weeks.map(\.start) == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"])
        #expect(stats.weeks.map(\.entryCount) == [2, 0, 0, 1])
        #expect(stats.weeks.map(\.averageMood) == [3, nil, nil, 8])
        try #require(stats.weekdays.count == 7)
        #expect(stats.weekdays[0].entryCount == 2 && stats.weekdays[0].averageMood == 5)
        #expect(stats.weekdays[6].averageMood == 4)
        let text = StatsRendering.render(stats, format: .text, style: .plain)
        #expect(text.contains("2026-11-02 ▃··▇"))
    }

    @Test func moodWithAndWithoutATagNeedsEnoughOnBothSides() throws {
        for day in 1...4 { try add(String(format: "2026-11-%02d", day), mood: 3, tags: ["work"], feelings: ["tired"]) }
        for day in 10...13 { try add(String(format: "2026-11-%02d", day), mood: 7, feelings: ["tired"]) }
        try add("2026-11-14", mood: nil, tags: ["work"])
        let comparisons = try stats().comparisons
        let work = try #require(comparisons.first { $0.name == "work" })
        #expect(work.kind == .tag)
        #expect(work.uses == 5)
        #expect(work.averageWith == 3 && work.ratedWith == 4)
        #expect(work.averageWithout == 7 && work.ratedWithout == 4)
        #expect(work.difference == -4)
        #expect(!comparisons.contains { $0.name == "tired" }, "only 0 rated entries without it")
        let text = StatsRendering.render(try stats(), format: .text, style: .plain)
        #expect(text.contains("#work              3.0 with (4), 7.0 without (4)  −4.0"))
    }

    @Test func theRangeLimitsEverything() throws {
        try add("2026-10-01", mood: 1, tags: ["old"])
        try add("2026-11-20", mood: 9)
        let since = ISO8601DateFormatter().date(from: "2026-11-01T00:00:00+01:00")!
        let stats = try store.stats(StatsRequest(since: since, now: now, timeZone: berlin))
        #expect(stats.entryCount == 1)
        #expect(stats.firstDay == "2026-11-20")
    }

    @Test func textFitsEightyColumns() throws {
        for day in 0..<900 {
            let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86_400)
            _ = try store.add(
                NewEntry(text: "x", mood: day % 11, tags: ["averyveryverylongtagnamethatgoeson"], moment: Moment(date, utcOffsetSeconds: 3600)),
                now: now)
        }
        _ = try store.add(NewEntry(text: "x", mood: 3, moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        _ = try store.add(NewEntry(text: "x", mood: 3, moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        _ = try store.add(NewEntry(text: "x", mood: 3, moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        let text = StatsRendering.render(try stats(), format: .text, style: .plain)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(text.contains("The last 128 weeks"))
    }
}

@Suite("Statistics and private entries")
struct StatsPrivacyTests {
    @Test func privateEntriesCountOnlyWhenAskedFor() throws {
        let store = try JournalStore.makeEmpty()
        let now = Date(timeIntervalSince1970: 1_795_205_100)
        for day in 0..<4 {
            for isPrivate in [true, false] {
                _ = try store.add(
                    NewEntry(
                        text: "x", mood: isPrivate ? 1 : 8, tags: isPrivate ? ["relapse"] : [],
                        moment: Moment(now.addingTimeInterval(Double(-day) * 86_400), utcOffsetSeconds: 0), isPrivate: isPrivate),
                    now: now)
            }
        }
        let zone = TimeZone(identifier: "UTC")!
        let shown = try store.stats(StatsRequest(now: now, timeZone: zone))
        #expect(shown.entryCount == 4)
        #expect(!shown.comparisons.contains { $0.name == "relapse" }, "a tag used only in private entries stays out")
        let all = try store.stats(StatsRequest(includesPrivate: true, now: now, timeZone: zone))
        #expect(all.entryCount == 8)
        #expect(all.comparisons.contains { $0.name == "relapse" })
    }
}
