import Foundation
import Testing

@testable import JournalCore

@Suite("Local time of a stored instant")
struct LocalTimeTests {
    func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    @Test func anEntryIsShownInTheOffsetItWasWrittenIn() throws {
        let time = LocalTime(try instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600)
        #expect(time.iso8601 == "2026-11-20T21:05:00+01:00")
        #expect(time.readableDay == "Fri 20 Nov 2026")
        #expect(time.clockTime == "21:05")
    }

    @Test func negativeAndHalfHourOffsetsCrossMidnight() throws {
        let newYork = LocalTime(try instant("2026-01-01T02:30:00Z"), utcOffsetSeconds: -5 * 3600)
        #expect(newYork.iso8601 == "2025-12-31T21:30:00-05:00")
        #expect(newYork.readableDay == "Wed 31 Dec 2025")
        let kolkata = LocalTime(try instant("2026-11-20T20:00:00Z"), utcOffsetSeconds: 19_800)
        #expect(kolkata.iso8601 == "2026-11-21T01:30:00+05:30")
    }

    @Test func leapDaysAndCenturies() throws {
        #expect(LocalTime(try instant("2024-02-29T12:00:00Z"), utcOffsetSeconds: 0).isoDay == "2024-02-29")
        #expect(LocalTime(try instant("2000-02-29T12:00:00Z"), utcOffsetSeconds: 0).readableDay == "Tue 29 Feb 2000")
        #expect(LocalTime(try instant("1900-03-01T00:00:00Z"), utcOffsetSeconds: 0).readableDay == "Thu 1 Mar 1900")
    }

    @Test func agreesWithFoundationOverManyDays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: -12_600))
        var date = try instant("1969-06-01T00:00:00Z")
        for _ in 0..<2000 {
            let local = LocalTime(date, utcOffsetSeconds: -12_600)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
            #expect([local.year, local.month, local.day, local.hour, local.minute] == [parts.year, parts.month, parts.day, parts.hour, parts.minute])
            // Foundation counts Sunday as 1, ISO as 7.
            #expect(local.weekday == (parts.weekday! + 5) % 7 + 1)
            date.addTimeInterval(86_400 * 7 + 3_777)
        }
    }
}
