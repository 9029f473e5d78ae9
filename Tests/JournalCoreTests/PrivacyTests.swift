import Foundation
import Testing

@testable import JournalCore

/// The one rule for private entries, in Swift and in SQL, as each command applies it.
@Suite("Private entries")
struct PrivacyTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
        for (index, isPrivate) in [false, true, false, true].enumerated() {
            _ = try store.add(
                NewEntry(
                    text: "walk number \(index) #walks", mood: 5 + index, moment: Moment(now.addingTimeInterval(Double(index - 4) * 3600), utcOffsetSeconds: 3600), isPrivate: isPrivate),
                now: now)
        }
    }

    @Test func theRuleInSwiftAndInSQLAgree() throws {
        let all = try store.entries(EntryFilter())
        #expect(all.count == 4, "list shows private entries too")
        for privacy in [Privacy.includesPrivate, .leavesOutPrivate] {
            let inSQL = try store.entries(EntryFilter(privacy: privacy))
            #expect(inSQL == all.filter(privacy.shows), "\(privacy)")
        }
        #expect(try store.entries(EntryFilter(privacy: .leavesOutPrivate)).allSatisfy { !$0.isPrivate })
    }

    @Test func searchFindsPrivateEntriesUnlessToldOtherwise() throws {
        let query = try SearchQuery(parsing: "walk")
        #expect(try store.search(SearchRequest(query: query)).count == 4)
        let public_ = try store.search(SearchRequest(query: query, privacy: .leavesOutPrivate))
        #expect(public_.map(\.entry.isPrivate) == [false, false])
    }

    @Test func exportAndStatsLeaveThemOutAndCountThem() throws {
        var exported = ""
        let summary = try store.export(ExportRequest(format: .csv)) { exported += $0 }
        #expect(summary.entriesWritten == 2)
        #expect(summary.privateLeftOut == 2)
        #expect(!exported.contains("true,walk"), "no private row")
        let stats = try store.stats(StatsRequest(now: now, timeZone: TimeZone(secondsFromGMT: 3600)!))
        #expect(stats.entryCount == 2)
        let all = try store.stats(StatsRequest(includesPrivate: true, now: now, timeZone: TimeZone(secondsFromGMT: 3600)!))
        #expect(all.entryCount == 4)
    }
}
