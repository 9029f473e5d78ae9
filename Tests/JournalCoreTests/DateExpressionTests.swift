import Foundation
import Testing
@testable import JournalCore

// Expected values are written as ISO 8601 text with explicit offsets and read by Foundation's
// own ISO 8601 parser, so they do not depend on the code under test.

/// What an input should resolve to.
struct ExpectedDate: Sendable, CustomTestStringConvertible {
    let input: String
    /// The expected instant; its written offset is the expected `utcOffsetSeconds`.
    let date: String
    /// For an input naming a whole day, the expected start of the next day; nil for a moment.
    let wholeDayEnd: String?

    init(_ input: String, _ date: String, wholeDayUntil wholeDayEnd: String? = nil) {
        self.input = input
        self.date = date
        self.wholeDayEnd = wholeDayEnd
    }

    var testDescription: String { "\"\(input)\" → \(date)" }
}

private func instant(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text), "fixture \(text) is not ISO 8601")
}

/// The offset written at the end of an ISO 8601 fixture: `Z`, `+01:00` or `-05:00`.
private func writtenOffset(_ text: String) throws -> Int {
    if text.hasSuffix("Z") {
        return 0
    }
    let suffix = text.suffix(6)
    let sign = suffix.first == "-" ? -1 : 1
    let hours = try #require(Int(suffix.dropFirst().prefix(2)))
    let minutes = try #require(Int(suffix.suffix(2)))
    return sign * (hours * 3600 + minutes * 60)
}

private func parser(now: String, in identifier: String) throws -> DateExpressionParser {
    DateExpressionParser(now: try instant(now), timeZone: try #require(TimeZone(identifier: identifier)))
}

private func expect(_ resolution: ExpectedDate, now: String, in identifier: String) throws {
    let resolved = try parser(now: now, in: identifier).parse(resolution.input)
    let date = try instant(resolution.date)
    let expected = ResolvedDate(
        moment: Moment(date, utcOffsetSeconds: try writtenOffset(resolution.date)),
        isWholeDay: resolution.wholeDayEnd != nil,
        end: try resolution.wholeDayEnd.map(instant) ?? date
    )
    #expect(resolved == expected, "\"\(resolution.input)\" at \(now) in \(identifier)")
}

private func refusal(
    _ input: String, now: String = berlinWednesday, in identifier: String = berlin
) throws -> DateExpressionError? {
    let parser = try parser(now: now, in: identifier)
    do {
        let resolved = try parser.parse(input)
        Issue.record("\"\(input)\" was accepted as \(resolved)")
        return nil
    } catch {
        return error
    }
}

private let berlin = "Europe/Berlin"
private let newYork = "America/New_York"
private let kolkata = "Asia/Kolkata"

private let berlinWednesday = "2026-11-18T15:45:30+01:00"
private let berlinMonday = "2026-11-16T10:00:00+01:00"
private let berlinJustAfterMidnight = "2026-11-19T00:10:00+01:00"
private let newYorkWednesday = "2026-11-18T15:45:30-05:00"
private let kolkataWednesday = "2026-11-18T15:45:30+05:30"

// MARK: - Calendar dates

@Test(arguments: [
    ExpectedDate("2026-11-20", "2026-11-20T00:00:00+01:00", wholeDayUntil: "2026-11-21T00:00:00+01:00"),
    ExpectedDate("2026-11-20 14:30", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20 14:30:15", "2026-11-20T14:30:15+01:00"),
    ExpectedDate("2026-11-20T14:30", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20t14:30:15", "2026-11-20T14:30:15+01:00"),
    ExpectedDate("2026-11-20 9pm", "2026-11-20T21:00:00+01:00"),
    ExpectedDate("2026-11-20 9:30 PM", "2026-11-20T21:30:00+01:00"),
    ExpectedDate("2026-11-20 at 9pm", "2026-11-20T21:00:00+01:00"),
    ExpectedDate("2026-11-20 9:05", "2026-11-20T09:05:00+01:00"),
    ExpectedDate("2026-1-5", "2026-01-05T00:00:00+01:00", wholeDayUntil: "2026-01-06T00:00:00+01:00"),
    ExpectedDate("2026-07-15 12:00", "2026-07-15T12:00:00+02:00"),
    ExpectedDate("2026-07-15", "2026-07-15T00:00:00+02:00", wholeDayUntil: "2026-07-16T00:00:00+02:00"),
    ExpectedDate("2027-03-01", "2027-03-01T00:00:00+01:00", wholeDayUntil: "2027-03-02T00:00:00+01:00"),
])
func calendarDatesInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("2026-11-20T14:30:00+01:00", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20T14:30:00+0100", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20T14:30+01", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20T14:30:00Z", "2026-11-20T14:30:00Z"),
    ExpectedDate("2026-11-20T14:30:00z", "2026-11-20T14:30:00Z"),
    ExpectedDate("2026-11-20T14:30:00-05:00", "2026-11-20T14:30:00-05:00"),
    ExpectedDate("2026-11-20T14:30+05:30", "2026-11-20T14:30:00+05:30"),
    ExpectedDate("2026-11-20 14:30+01:00", "2026-11-20T14:30:00+01:00"),
    ExpectedDate("2026-11-20T23:30:00-10:00", "2026-11-20T23:30:00-10:00"),
])
func explicitOffsetsWinOverTheTimeZone(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test(arguments: [
    ExpectedDate("2024-02-29", "2024-02-29T00:00:00+01:00", wholeDayUntil: "2024-03-01T00:00:00+01:00"),
    ExpectedDate("2000-02-29 12:00", "2000-02-29T12:00:00+01:00"),
])
func leapDaysExist(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

// MARK: - Named days

@Test(arguments: [
    ExpectedDate("now", "2026-11-18T15:45:30+01:00"),
    ExpectedDate("NOW", "2026-11-18T15:45:30+01:00"),
    ExpectedDate("today", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("yesterday", "2026-11-17T00:00:00+01:00", wholeDayUntil: "2026-11-18T00:00:00+01:00"),
    ExpectedDate("Yesterday", "2026-11-17T00:00:00+01:00", wholeDayUntil: "2026-11-18T00:00:00+01:00"),
    ExpectedDate("tomorrow", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("monday", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00"),
    ExpectedDate("mon", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00"),
    ExpectedDate("last monday", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00"),
    ExpectedDate("tuesday", "2026-11-17T00:00:00+01:00", wholeDayUntil: "2026-11-18T00:00:00+01:00"),
    ExpectedDate("wednesday", "2026-11-11T00:00:00+01:00", wholeDayUntil: "2026-11-12T00:00:00+01:00"),
    ExpectedDate("wed", "2026-11-11T00:00:00+01:00", wholeDayUntil: "2026-11-12T00:00:00+01:00"),
    ExpectedDate("thursday", "2026-11-12T00:00:00+01:00", wholeDayUntil: "2026-11-13T00:00:00+01:00"),
    ExpectedDate("fri", "2026-11-13T00:00:00+01:00", wholeDayUntil: "2026-11-14T00:00:00+01:00"),
    ExpectedDate("saturday", "2026-11-14T00:00:00+01:00", wholeDayUntil: "2026-11-15T00:00:00+01:00"),
    ExpectedDate("sun", "2026-11-15T00:00:00+01:00", wholeDayUntil: "2026-11-16T00:00:00+01:00"),
    ExpectedDate("next monday", "2026-11-23T00:00:00+01:00", wholeDayUntil: "2026-11-24T00:00:00+01:00"),
    ExpectedDate("next tue", "2026-11-24T00:00:00+01:00", wholeDayUntil: "2026-11-25T00:00:00+01:00"),
    ExpectedDate("next wednesday", "2026-11-25T00:00:00+01:00", wholeDayUntil: "2026-11-26T00:00:00+01:00"),
    ExpectedDate("next thursday", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("next sunday", "2026-11-22T00:00:00+01:00", wholeDayUntil: "2026-11-23T00:00:00+01:00"),
])
func namedDaysOnAWednesdayInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00"),
    ExpectedDate("monday", "2026-11-09T00:00:00+01:00", wholeDayUntil: "2026-11-10T00:00:00+01:00"),
    ExpectedDate("mon", "2026-11-09T00:00:00+01:00", wholeDayUntil: "2026-11-10T00:00:00+01:00"),
    ExpectedDate("last monday", "2026-11-09T00:00:00+01:00", wholeDayUntil: "2026-11-10T00:00:00+01:00"),
    ExpectedDate("sunday", "2026-11-15T00:00:00+01:00", wholeDayUntil: "2026-11-16T00:00:00+01:00"),
    ExpectedDate("tuesday", "2026-11-10T00:00:00+01:00", wholeDayUntil: "2026-11-11T00:00:00+01:00"),
    ExpectedDate("next monday", "2026-11-23T00:00:00+01:00", wholeDayUntil: "2026-11-24T00:00:00+01:00"),
    ExpectedDate("next tuesday", "2026-11-17T00:00:00+01:00", wholeDayUntil: "2026-11-18T00:00:00+01:00"),
    ExpectedDate("monday 9am", "2026-11-09T09:00:00+01:00"),
])
func aWeekdayOnItsOwnDayMeansAWeekAgoOrAhead(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinMonday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("yesterday", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("wednesday", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("thursday", "2026-11-12T00:00:00+01:00", wholeDayUntil: "2026-11-13T00:00:00+01:00"),
    ExpectedDate("9pm", "2026-11-19T21:00:00+01:00"),
    ExpectedDate("an hour ago", "2026-11-18T23:10:00+01:00"),
    ExpectedDate("30 minutes ago", "2026-11-18T23:40:00+01:00"),
    ExpectedDate("1 day ago", "2026-11-18T00:10:00+01:00"),
])
func justAfterMidnightTheDayHasAlreadyChanged(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinJustAfterMidnight, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-19T00:00:00+05:30", wholeDayUntil: "2026-11-20T00:00:00+05:30"),
    ExpectedDate("yesterday", "2026-11-18T00:00:00+05:30", wholeDayUntil: "2026-11-19T00:00:00+05:30"),
    ExpectedDate("thu", "2026-11-12T00:00:00+05:30", wholeDayUntil: "2026-11-13T00:00:00+05:30"),
])
func theLocalDayDecidesWhenUTCIsStillOnTheDayBefore(_ resolution: ExpectedDate) throws {
    // 00:10 in Kolkata is 18:40 UTC on the 18th.
    try expect(resolution, now: "2026-11-19T00:10:00+05:30", in: kolkata)
}

@Test(arguments: [
    ExpectedDate("yesterday", "2026-11-18T00:00:00-05:00", wholeDayUntil: "2026-11-19T00:00:00-05:00"),
    ExpectedDate("today 23:30", "2026-11-19T23:30:00-05:00"),
])
func theLocalDayDecidesWhenUTCIsAlreadyOnTheDayAfter(_ resolution: ExpectedDate) throws {
    // 23:50 in New York on the 18th is 04:50 UTC on the 19th.
    try expect(resolution, now: "2026-11-19T23:50:00-05:00", in: newYork)
}

@Test func yesterdayAfterALeapDayIsTheLeapDay() throws {
    try expect(
        ExpectedDate("yesterday", "2024-02-29T00:00:00+01:00", wholeDayUntil: "2024-03-01T00:00:00+01:00"),
        now: "2024-03-01T12:00:00+01:00", in: berlin
    )
    try expect(ExpectedDate("in 1 day", "2024-03-01T12:00:00+01:00"), now: "2024-02-29T12:00:00+01:00", in: berlin)
    try expect(ExpectedDate("3 days ago", "2024-02-27T12:00:00+01:00"), now: "2024-03-01T12:00:00+01:00", in: berlin)
}

@Test(arguments: [
    ExpectedDate("yesterday", "2025-12-31T00:00:00+01:00", wholeDayUntil: "2026-01-01T00:00:00+01:00"),
    ExpectedDate("wednesday", "2025-12-31T00:00:00+01:00", wholeDayUntil: "2026-01-01T00:00:00+01:00"),
    ExpectedDate("thursday", "2025-12-25T00:00:00+01:00", wholeDayUntil: "2025-12-26T00:00:00+01:00"),
    ExpectedDate("last friday", "2025-12-26T00:00:00+01:00", wholeDayUntil: "2025-12-27T00:00:00+01:00"),
    ExpectedDate("a week ago", "2025-12-25T08:00:00+01:00"),
    ExpectedDate("yesterday 9pm", "2025-12-31T21:00:00+01:00"),
    ExpectedDate("10 hours ago", "2025-12-31T22:00:00+01:00"),
])
func theYearBoundaryOnNewYearsDay(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: "2026-01-01T08:00:00+01:00", in: berlin)
}

@Test(arguments: [
    ExpectedDate("tomorrow", "2027-01-01T00:00:00-05:00", wholeDayUntil: "2027-01-02T00:00:00-05:00"),
    ExpectedDate("in 3 days", "2027-01-03T20:00:00-05:00"),
    ExpectedDate("next friday", "2027-01-01T00:00:00-05:00", wholeDayUntil: "2027-01-02T00:00:00-05:00"),
])
func theYearBoundaryOnNewYearsEve(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: "2026-12-31T20:00:00-05:00", in: newYork)
}

// MARK: - Relative to now

@Test(arguments: [
    ExpectedDate("3 days ago", "2026-11-15T15:45:30+01:00"),
    ExpectedDate("1 day ago", "2026-11-17T15:45:30+01:00"),
    ExpectedDate("a day ago", "2026-11-17T15:45:30+01:00"),
    ExpectedDate("0 days ago", "2026-11-18T15:45:30+01:00"),
    ExpectedDate("2 weeks ago", "2026-11-04T15:45:30+01:00"),
    ExpectedDate("a week ago", "2026-11-11T15:45:30+01:00"),
    ExpectedDate("1 week ago", "2026-11-11T15:45:30+01:00"),
    ExpectedDate("an hour ago", "2026-11-18T14:45:30+01:00"),
    ExpectedDate("1 hour ago", "2026-11-18T14:45:30+01:00"),
    ExpectedDate("30 minutes ago", "2026-11-18T15:15:30+01:00"),
    ExpectedDate("45 mins ago", "2026-11-18T15:00:30+01:00"),
    ExpectedDate("in 3 days", "2026-11-21T15:45:30+01:00"),
    ExpectedDate("in 2 weeks", "2026-12-02T15:45:30+01:00"),
    ExpectedDate("in 90 minutes", "2026-11-18T17:15:30+01:00"),
    ExpectedDate("in an hour", "2026-11-18T16:45:30+01:00"),
    ExpectedDate("3   DAYS\tago", "2026-11-15T15:45:30+01:00"),
])
func countsFromNowInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("3 days ago", "2026-11-15T15:45:30-05:00"),
    ExpectedDate("2 hours ago", "2026-11-18T13:45:30-05:00"),
    ExpectedDate("in 2 weeks", "2026-12-02T15:45:30-05:00"),
    // Daylight saving time ended on 2026-11-01, so three weeks back is still 15:45:30 on the
    // wall clock but under a different offset.
    ExpectedDate("3 weeks ago", "2026-10-28T15:45:30-04:00"),
])
func countsFromNowInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    ExpectedDate("2 hours ago", "2026-11-18T13:45:30+05:30"),
    ExpectedDate("a week ago", "2026-11-11T15:45:30+05:30"),
    ExpectedDate("in 30 minutes", "2026-11-18T16:15:30+05:30"),
])
func countsFromNowInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test func fractionsOfASecondInNowAreKept() throws {
    let now = try instant("2026-11-18T15:45:30+01:00").addingTimeInterval(0.25)
    let parser = DateExpressionParser(now: now, timeZone: try #require(TimeZone(identifier: berlin)))
    #expect(try parser.parse("now").date == now)
    #expect(try parser.parse("3 days ago").date == now.addingTimeInterval(-3 * 86_400))
    #expect(try parser.parse("an hour ago").date == now.addingTimeInterval(-3600))
}

// MARK: - Times of day

@Test(arguments: [
    ExpectedDate("9pm", "2026-11-18T21:00:00+01:00"),
    ExpectedDate("9 pm", "2026-11-18T21:00:00+01:00"),
    ExpectedDate("9PM", "2026-11-18T21:00:00+01:00"),
    ExpectedDate("9:30pm", "2026-11-18T21:30:00+01:00"),
    ExpectedDate("9:30 pm", "2026-11-18T21:30:00+01:00"),
    ExpectedDate("9am", "2026-11-18T09:00:00+01:00"),
    ExpectedDate("11:59pm", "2026-11-18T23:59:00+01:00"),
    ExpectedDate("12am", "2026-11-18T00:00:00+01:00"),
    ExpectedDate("12:30am", "2026-11-18T00:30:00+01:00"),
    ExpectedDate("12pm", "2026-11-18T12:00:00+01:00"),
    ExpectedDate("12:45 pm", "2026-11-18T12:45:00+01:00"),
    ExpectedDate("1am", "2026-11-18T01:00:00+01:00"),
    ExpectedDate("21:30", "2026-11-18T21:30:00+01:00"),
    ExpectedDate("21:30:05", "2026-11-18T21:30:05+01:00"),
    ExpectedDate("00:00", "2026-11-18T00:00:00+01:00"),
    ExpectedDate("23:59:59", "2026-11-18T23:59:59+01:00"),
    ExpectedDate("7:05", "2026-11-18T07:05:00+01:00"),
])
func timesOfDayAreToday(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("9:30pm", "2026-11-18T21:30:00+05:30"),
    ExpectedDate("12am", "2026-11-18T00:00:00+05:30"),
    ExpectedDate("12pm", "2026-11-18T12:00:00+05:30"),
    ExpectedDate("21:30:05", "2026-11-18T21:30:05+05:30"),
])
func timesOfDayInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test(arguments: [
    ExpectedDate("yesterday 9pm", "2026-11-17T21:00:00+01:00"),
    ExpectedDate("yesterday at 9pm", "2026-11-17T21:00:00+01:00"),
    ExpectedDate("  Yesterday \t AT   9 PM ", "2026-11-17T21:00:00+01:00"),
    ExpectedDate("today 21:30", "2026-11-18T21:30:00+01:00"),
    ExpectedDate("today at 12am", "2026-11-18T00:00:00+01:00"),
    ExpectedDate("monday 9am", "2026-11-16T09:00:00+01:00"),
    ExpectedDate("last mon 9:15am", "2026-11-16T09:15:00+01:00"),
    ExpectedDate("tomorrow 17:00", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("next thursday 17:00", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("next thu at 5pm", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("wednesday 23:59:59", "2026-11-11T23:59:59+01:00"),
    ExpectedDate("3 days ago 19:45", "2026-11-15T19:45:00+01:00"),
    ExpectedDate("a week ago at 9pm", "2026-11-11T21:00:00+01:00"),
    ExpectedDate("in 2 days 17:00", "2026-11-20T17:00:00+01:00"),
    ExpectedDate("30 days ago 10am", "2026-10-19T10:00:00+02:00"),
])
func daysWithTimesInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-18T00:00:00-05:00", wholeDayUntil: "2026-11-19T00:00:00-05:00"),
    ExpectedDate("yesterday 9pm", "2026-11-17T21:00:00-05:00"),
    ExpectedDate("monday", "2026-11-16T00:00:00-05:00", wholeDayUntil: "2026-11-17T00:00:00-05:00"),
    ExpectedDate("next monday 10am", "2026-11-23T10:00:00-05:00"),
    ExpectedDate("2026-11-20 14:30", "2026-11-20T14:30:00-05:00"),
    ExpectedDate("9pm", "2026-11-18T21:00:00-05:00"),
])
func daysWithTimesInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-18T00:00:00+05:30", wholeDayUntil: "2026-11-19T00:00:00+05:30"),
    ExpectedDate("yesterday 9pm", "2026-11-17T21:00:00+05:30"),
    ExpectedDate("mon", "2026-11-16T00:00:00+05:30", wholeDayUntil: "2026-11-17T00:00:00+05:30"),
    ExpectedDate("2026-11-20 14:30", "2026-11-20T14:30:00+05:30"),
])
func daysWithTimesInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

// MARK: - Daylight saving time

@Test(arguments: [
    ("2026-03-29 02:30", berlin, "02:00", "03:00"),
    ("2026-03-29T02:00", berlin, "02:00", "03:00"),
    ("2026-03-29 2:59:59", berlin, "02:00", "03:00"),
    ("2026-03-08 02:30", newYork, "02:00", "03:00"),
    ("2026-03-08 2:15am", newYork, "02:00", "03:00"),
])
func timesSkippedBySpringingForwardAreRefused(input: String, zone: String, from: String, to: String) throws {
    let error = try refusal(input, in: zone)
    #expect(error == .nonexistentLocalTime(input, timeZoneIdentifier: zone, skippedFrom: from, skippedTo: to))
}

@Test func theSkippedTimeIsExplained() throws {
    let error = try #require(try refusal("2026-03-29 02:30"))
    #expect(error.problem == """
        "2026-03-29 02:30" is a time that was skipped in Europe/Berlin: \
        the clocks went forward from 02:00 to 03:00
        """)
    #expect(error.advice == "use a time before 02:00 or from 03:00 on")
}

@Test func aSkippedTimeOfTodayIsRefusedToo() throws {
    let error = try refusal("2:30am", now: "2026-03-29T12:00:00+02:00")
    #expect(error == .nonexistentLocalTime(
        "2:30am", timeZoneIdentifier: berlin, skippedFrom: "02:00", skippedTo: "03:00"
    ))
}

@Test(arguments: [
    ExpectedDate("2026-03-29 01:59:59", "2026-03-29T01:59:59+01:00"),
    ExpectedDate("2026-03-29 03:00", "2026-03-29T03:00:00+02:00"),
    // With an explicit offset there is nothing to look up, so the gap does not matter.
    ExpectedDate("2026-03-29T02:30+01:00", "2026-03-29T02:30:00+01:00"),
])
func timesBesideTheGapExist(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    // 02:00 to 03:00 happens twice when the clocks go back; the first, daylight-time one wins.
    (ExpectedDate("2026-10-25 02:30", "2026-10-25T02:30:00+02:00"), berlin),
    (ExpectedDate("2026-10-25 2am", "2026-10-25T02:00:00+02:00"), berlin),
    (ExpectedDate("2026-10-25 02:59:59", "2026-10-25T02:59:59+02:00"), berlin),
    (ExpectedDate("2026-10-25 03:00", "2026-10-25T03:00:00+01:00"), berlin),
    (ExpectedDate("2026-10-25T02:30+01:00", "2026-10-25T02:30:00+01:00"), berlin),
    (ExpectedDate("2026-11-01 01:30", "2026-11-01T01:30:00-04:00"), newYork),
    (ExpectedDate("2026-11-01 02:00", "2026-11-01T02:00:00-05:00"), newYork),
])
func repeatedTimesResolveToTheirFirstOccurrence(_ resolution: ExpectedDate, zone: String) throws {
    try expect(resolution, now: berlinWednesday, in: zone)
}

@Test(arguments: [
    (ExpectedDate("2026-03-29", "2026-03-29T00:00:00+01:00", wholeDayUntil: "2026-03-30T00:00:00+02:00"), berlin, 23),
    (ExpectedDate("2026-10-25", "2026-10-25T00:00:00+02:00", wholeDayUntil: "2026-10-26T00:00:00+01:00"), berlin, 25),
    (ExpectedDate("2026-03-08", "2026-03-08T00:00:00-05:00", wholeDayUntil: "2026-03-09T00:00:00-04:00"), newYork, 23),
    (ExpectedDate("2026-11-01", "2026-11-01T00:00:00-04:00", wholeDayUntil: "2026-11-02T00:00:00-05:00"), newYork, 25),
    (ExpectedDate("2026-11-18", "2026-11-18T00:00:00+05:30", wholeDayUntil: "2026-11-19T00:00:00+05:30"), kolkata, 24),
])
func wholeDaysOfClockChangesEndAfterTheirRealLength(_ resolution: ExpectedDate, zone: String, hours: Int) throws {
    try expect(resolution, now: berlinWednesday, in: zone)
    let day = try parser(now: berlinWednesday, in: zone).parse(resolution.input)
    #expect(day.end.timeIntervalSince(day.date) == TimeInterval(hours * 3600))
}

@Test func untilYesterdayIncludesAllOfAShortDay() throws {
    let yesterday = try parser(now: "2026-03-30T09:00:00+02:00", in: berlin).parse("yesterday")
    #expect(yesterday.date == (try instant("2026-03-29T00:00:00+01:00")))
    #expect(yesterday.end == (try instant("2026-03-30T00:00:00+02:00")))
    #expect(yesterday.moment.utcOffsetSeconds == 3600)
    let today = try parser(now: "2026-03-30T09:00:00+02:00", in: berlin).parse("today")
    #expect(yesterday.end == today.date)
}

@Test(arguments: [
    // Days keep the wall-clock time: two days before 09:00 is 09:00, only 47 hours earlier.
    (ExpectedDate("2 days ago", "2026-03-28T09:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    // Hours are elapsed time.
    (ExpectedDate("48 hours ago", "2026-03-28T08:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    (ExpectedDate("in 1 day", "2026-03-29T09:00:00+02:00"), "2026-03-28T09:00:00+01:00"),
    (ExpectedDate("in 24 hours", "2026-03-29T10:00:00+02:00"), "2026-03-28T09:00:00+01:00"),
    // A day before 02:30 the clock jumped from 02:00 to 03:00, so the reading moves on with it.
    (ExpectedDate("1 day ago", "2026-03-29T03:30:00+02:00"), "2026-03-30T02:30:00+02:00"),
    // A day before 02:30 that clock showed 02:30 twice; the first one wins.
    (ExpectedDate("1 day ago", "2026-10-25T02:30:00+02:00"), "2026-10-26T02:30:00+01:00"),
])
func countsAcrossClockChangesInBerlin(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: berlin)
}

@Test(arguments: [
    ExpectedDate("2026-01-15 12:00", "2026-01-15T12:00:00+01:00"),
    ExpectedDate("2026-07-15 12:00", "2026-07-15T12:00:00+02:00"),
    ExpectedDate("2026-10-25", "2026-10-25T00:00:00+02:00", wholeDayUntil: "2026-10-26T00:00:00+01:00"),
])
func theOffsetIsTheOneInForceAtThatInstant(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test func aDaySkippedByTheTimeZoneIsRefused() throws {
    // Samoa moved across the date line by skipping Friday 2011-12-30 entirely.
    let apia = "Pacific/Apia"
    let now = "2012-01-10T12:00:00+14:00"
    for input in ["2011-12-30", "2011-12-30 12:00"] {
        #expect(try refusal(input, now: now, in: apia) == .nonexistentLocalDay(input, timeZoneIdentifier: apia))
    }
    try expect(
        ExpectedDate("2011-12-29", "2011-12-29T00:00:00-10:00", wholeDayUntil: "2011-12-31T00:00:00+14:00"),
        now: now, in: apia
    )
    try expect(
        ExpectedDate("2011-12-31", "2011-12-31T00:00:00+14:00", wholeDayUntil: "2012-01-01T00:00:00+14:00"),
        now: now, in: apia
    )
}

// MARK: - Refusals

@Test(arguments: [
    ("2026-02-30", 2026, 2, 30, "February 2026 has 28 days"),
    ("2025-02-29", 2025, 2, 29, "February 2025 has 28 days"),
    ("2024-02-30", 2024, 2, 30, "February 2024 has 29 days"),
    ("1900-02-29", 1900, 2, 29, "February 1900 has 28 days"),
    ("2026-04-31", 2026, 4, 31, "April 2026 has 30 days"),
    ("2026-01-00", 2026, 1, 0, "January 2026 has 31 days"),
    ("2026-13-01", 2026, 13, 1, "there is no month 13; months go from 01 to 12"),
    ("2026-00-10", 2026, 0, 10, "there is no month 0; months go from 01 to 12"),
    ("0000-01-01", 0, 1, 1, "there is no year 0"),
    ("2026-02-30 14:30", 2026, 2, 30, "February 2026 has 28 days"),
    ("2026-02-30T14:30:00+01:00", 2026, 2, 30, "February 2026 has 28 days"),
])
func impossibleDatesAreNotRolledOver(input: String, year: Int, month: Int, day: Int, reason: String) throws {
    let error = try #require(try refusal(input))
    #expect(error == .impossibleDate(input, year: year, month: month, day: day))
    #expect(error.problem == "\"\(input)\" is not a real date (\(reason))")
}

@Test(arguments: [
    ("25:00", DateExpressionError.TimeComponent.hour),
    ("24:00", .hour),
    ("13pm", .twelveHourClockHour),
    ("0am", .twelveHourClockHour),
    ("00:30am", .twelveHourClockHour),
    ("21:30 pm", .twelveHourClockHour),
    ("9:60", .minute),
    ("9:60pm", .minute),
    ("21:30:60", .second),
    ("yesterday 25:00", .hour),
    ("2026-11-20T14:30+19:00", .utcOffset),
    ("2026-11-20T14:30+01:60", .utcOffset),
])
func impossibleTimesAreRefused(input: String, component: DateExpressionError.TimeComponent) throws {
    let error = try refusal(input)
    #expect(error == .impossibleTime(input, component: component))
}

@Test(arguments: ["", " ", "\t\n  "])
func emptyInputIsRefused(input: String) throws {
    let error = try #require(try refusal(input))
    #expect(error == .empty)
    #expect(error.problem == "no date was given")
}

@Test(arguments: [
    "next blursday", "blursday", "garbage", "last week", "next", "last",
    "yesterday 9pm banana", "today tomorrow", "2026-11-20 14:30 banana", "now 9pm", "9pm yesterday",
    "9", "9 o'clock", "yesterday at", "at 9pm", "yesterday at at 9pm",
    "3 days", "three days ago", "3.5 days ago", "+3 days ago", "days ago", "in",
    "yesterday 14:30Z", "14:30+01:00", "2026-11-20T9pm", "2026-11-20T", "2026/11/20", "20-11-2026",
    "26-11-20", "2026-11-20T14:30:00.5Z", "mo", "mondays", "9:5", "٣ days ago",
])
func unrecognisedInputIsRefused(input: String) throws {
    let error = try refusal(input)
    #expect(error == .unrecognised(input))
}

@Test func unrecognisedInputGetsExamplesOfWhatWorks() throws {
    let error = try #require(try refusal("next blursday"))
    #expect(error.problem == "\"next blursday\" is not a date I understand")
    #expect(error.advice == "use a form like 2026-11-20, 2026-11-20 14:30, yesterday 9pm, monday or 3 days ago")
}

@Test func unknownUnitsAreNamed() throws {
    let error = try #require(try refusal("3 fortnights ago"))
    #expect(error == .unknownUnit("3 fortnights ago", unit: "fortnights"))
    #expect(error.problem == "\"3 fortnights ago\" counts in \"fortnights\", which is not a unit I know")
    #expect(try refusal("in 2 months") == .unknownUnit("in 2 months", unit: "months"))
    #expect(try refusal("3 hours ago 9pm") == .unrecognised("3 hours ago 9pm"), "hours ago already has a time")
}

@Test(arguments: ["-3 days ago", "in -2 weeks", "-1 hour ago", "-3 days ago 9pm"])
func negativeCountsAreRefused(input: String) throws {
    #expect(try refusal(input) == .negativeCount(input))
}

@Test(arguments: [
    "99999999999999999999 days ago", "9999999999999 weeks ago", "in 999999999 days", "in 99999999999999 minutes",
    "9999999 days ago 9pm", "in 3000000 weeks 17:00",
])
func countsBeyondTheSupportedYearsAreRefused(input: String) throws {
    #expect(try refusal(input) == .outOfRange(input))
}

@Test(arguments: [
    "2026-02-30", "2026-13-01", "2025-02-29", "25:00", "13pm", "0am", "9:60", "next blursday",
    "3 fortnights ago", "garbage", "-3 days ago", "yesterday 9pm banana", "2026-03-29 02:30",
    "in 999999999 days", "2026-11-20T14:30+19:00",
])
func everyProblemQuotesTheInput(input: String) throws {
    let error = try #require(try refusal(input))
    #expect(error.problem.contains("\"\(input)\""))
    #expect(!error.advice.isEmpty)
}

@Test func theQuotedInputIsTrimmedAndHasSingleSpaces() throws {
    let error = try #require(try refusal("  Yesterday   9pm\tBanana "))
    #expect(error == .unrecognised("Yesterday 9pm Banana"))
}

@Test(arguments: [
    ExpectedDate("thursday 17:00", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("wednesday 17:00", "2026-11-25T17:00:00+01:00"),
    ExpectedDate("17:00", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("18:00", "2026-11-18T18:00:00+01:00"),
    ExpectedDate("last thursday 17:00", "2026-11-12T17:00:00+01:00"),
    ExpectedDate("2026-11-10 17:00", "2026-11-10T17:00:00+01:00"),
])
func lookingAheadAWeekdayOrATimeAloneIsTheNextOne(_ resolution: ExpectedDate) throws {
    // Wednesday 18 November 2026 at 17:30: 17:00 has passed today, 18:00 has not.
    let now = try #require(ISO8601DateFormatter().date(from: "2026-11-18T17:30:00+01:00"))
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    let resolved = try DateExpressionParser(now: now, timeZone: zone, looksAhead: true).parse(resolution.input)
    #expect(resolved.date == ISO8601DateFormatter().date(from: resolution.date))
}
