import Foundation
import Testing

@testable import JournalCore

@Suite("Local time of a stored instant")
struct LocalTimeTests {
    func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    @Test func anEntryIsShownInTheOffsetItWasWrittenIn() throws {
        let time = Moment(try instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600).localTime
        #expect(time.iso8601 == "2026-11-20T21:05:00+01:00")
        #expect(time.readableDay == "Fri 20 Nov 2026")
        #expect(time.clockTime == "21:05")
    }

    @Test func negativeAndHalfHourOffsetsCrossMidnight() throws {
        let newYork = Moment(try instant("2026-01-01T02:30:00Z"), utcOffsetSeconds: -5 * 3600).localTime
        #expect(newYork.iso8601 == "2025-12-31T21:30:00-05:00")
        #expect(newYork.readableDay == "Wed 31 Dec 2025")
        let kolkata = Moment(try instant("2026-11-20T20:00:00Z"), utcOffsetSeconds: 19_800).localTime
        #expect(kolkata.iso8601 == "2026-11-21T01:30:00+05:30")
    }

    @Test func leapDaysAndCenturies() throws {
        #expect(Moment(try instant("2024-02-29T12:00:00Z"), utcOffsetSeconds: 0).localTime.isoDay == "2024-02-29")
        #expect(Moment(try instant("2000-02-29T12:00:00Z"), utcOffsetSeconds: 0).localTime.readableDay == "Tue 29 Feb 2000")
        #expect(Moment(try instant("1900-03-01T00:00:00Z"), utcOffsetSeconds: 0).localTime.readableDay == "Thu 1 Mar 1900")
    }

    @Test func agreesWithFoundationOverManyDays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: -12_600))
        var date = try instant("1969-06-01T00:00:00Z")
        for _ in 0..<2000 {
            let local = Moment(date, utcOffsetSeconds: -12_600).localTime
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
            #expect([local.year, local.month, local.day, local.hour, local.minute] == [parts.year, parts.month, parts.day, parts.hour, parts.minute])
            // Foundation counts Sunday as 1, ISO as 7.
            #expect(local.weekday == (parts.weekday! + 5) % 7 + 1)
            date.addTimeInterval(86_400 * 7 + 3_777)
        }
    }

    @Test func dayNumbersAndDatesTurnIntoEachOtherOverFourHundredYears() {
        var expected = CivilCalendar.dayNumber(year: 1800, month: 1, day: 1)
        for year in 1800...2200 {
            for month in 1...12 {
                for day in 1...CivilCalendar.daysIn(month: month, year: year) {
                    #expect(CivilCalendar.dayNumber(year: year, month: month, day: day) == expected)
                    let date = CivilCalendar.date(ofDay: expected)
                    #expect(date.year == year && date.month == month && date.day == day)
                    expected += 1
                }
            }
        }
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.weekday(ofDay: 0) == 4, "1970-01-01 was a Thursday")
        #expect(!CivilCalendar.isReal(year: 2026, month: 2, day: 29))
        #expect(CivilCalendar.isReal(year: 2024, month: 2, day: 29))
        #expect(!CivilCalendar.isReal(year: 0, month: 1, day: 1))
    }

    @Test func aDayIsPrintedOnlyWhenAsked() {
        let day = Day(number: CivilCalendar.dayNumber(year: 2026, month: 11, day: 20))
        #expect(day.isoDay == "2026-11-20")
        #expect(day.readableDay == "Fri 20 Nov 2026")
        #expect(day.shortDay == "20 Nov")
        #expect(day.weekday == 5)
        #expect(day.adding(days: 11).isoDay == "2026-12-01")
        #expect(day < day.adding(days: 1))
    }

    /// The rule for times a clock change skipped or repeated, as an import and a typed
    /// `3 days ago` apply it: both ways of finding the instant agree.
    @Test(arguments: ["2026-03-29 01:59", "2026-03-29 02:00", "2026-03-29 02:30", "2026-03-29 03:00",
                      "2026-10-25 01:59", "2026-10-25 02:00", "2026-10-25 02:30", "2026-10-25 03:00", "2026-07-01 12:00"])
    func importsAndCountedDaysPlaceAClockReadingAlike(_ reading: String) throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let parts = reading.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        let civil = try #require(CivilTime(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))
        let moment = clock.moment(at: civil)
        #expect(moment.date == clock.earliestInstant(showingOrAfter: TimeInterval(civil.secondsSince1970)))
        #expect(moment.utcOffsetSeconds == clock.timeZone.secondsFromGMT(for: moment.date))
    }
}
