import Foundation
import Testing
@testable import JournalCore

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
    // On a Wednesday, "wednesday" is today: its start is not in the future.
    ExpectedDate("wednesday", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("wed", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
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
    ExpectedDate(
        "monday", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00",
        standingFor: "2026-11-16T10:00:00+01:00"),
    ExpectedDate("mon", "2026-11-16T00:00:00+01:00", wholeDayUntil: "2026-11-17T00:00:00+01:00"),
    ExpectedDate("last monday", "2026-11-09T00:00:00+01:00", wholeDayUntil: "2026-11-10T00:00:00+01:00"),
    ExpectedDate("sunday", "2026-11-15T00:00:00+01:00", wholeDayUntil: "2026-11-16T00:00:00+01:00"),
    ExpectedDate("tuesday", "2026-11-10T00:00:00+01:00", wholeDayUntil: "2026-11-11T00:00:00+01:00"),
    ExpectedDate("next monday", "2026-11-23T00:00:00+01:00", wholeDayUntil: "2026-11-24T00:00:00+01:00"),
    ExpectedDate("next tuesday", "2026-11-17T00:00:00+01:00", wholeDayUntil: "2026-11-18T00:00:00+01:00"),
    // jrnl's rule: today when the time is not in the future, else a week before.
    ExpectedDate("monday 9am", "2026-11-16T09:00:00+01:00"),
    ExpectedDate("monday 10:00", "2026-11-16T10:00:00+01:00"),
    ExpectedDate("monday 11am", "2026-11-09T11:00:00+01:00"),
    ExpectedDate("monday evening", "2026-11-09T17:00:00+01:00", until: "2026-11-09T21:00:00+01:00", extent: .partOfDay),
    ExpectedDate("monday morning", "2026-11-16T05:00:00+01:00", until: "2026-11-16T12:00:00+01:00", extent: .partOfDay),
])
func aWeekdayOnItsOwnDayIsTodayUnlessThatIsInTheFuture(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinMonday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("yesterday", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("wednesday", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("thursday", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("9pm", "2026-11-19T21:00:00+01:00"),
    ExpectedDate("an hour ago", "2026-11-18T23:10:00+01:00"),
    ExpectedDate("30 minutes ago", "2026-11-18T23:40:00+01:00"),
    ExpectedDate("1 day ago", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
])
func justAfterMidnightTheDayHasAlreadyChanged(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinJustAfterMidnight, in: berlin)
}

@Test(arguments: [
    ExpectedDate("today", "2026-11-19T00:00:00+05:30", wholeDayUntil: "2026-11-20T00:00:00+05:30"),
    ExpectedDate("yesterday", "2026-11-18T00:00:00+05:30", wholeDayUntil: "2026-11-19T00:00:00+05:30"),
    ExpectedDate("thu", "2026-11-19T00:00:00+05:30", wholeDayUntil: "2026-11-20T00:00:00+05:30"),
    ExpectedDate("wed", "2026-11-18T00:00:00+05:30", wholeDayUntil: "2026-11-19T00:00:00+05:30"),
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
    try expect(
        ExpectedDate("in 1 day", "2024-03-01T00:00:00+01:00", wholeDayUntil: "2024-03-02T00:00:00+01:00"),
        now: "2024-02-29T12:00:00+01:00", in: berlin)
    try expect(
        ExpectedDate("3 days ago", "2024-02-27T00:00:00+01:00", wholeDayUntil: "2024-02-28T00:00:00+01:00"),
        now: "2024-03-01T12:00:00+01:00", in: berlin)
    try expect(
        ExpectedDate("1 month ago", "2024-02-29T00:00:00+01:00", wholeDayUntil: "2024-03-01T00:00:00+01:00"),
        now: "2024-03-29T12:00:00+01:00", in: berlin)
}

@Test(arguments: [
    ExpectedDate("yesterday", "2025-12-31T00:00:00+01:00", wholeDayUntil: "2026-01-01T00:00:00+01:00"),
    ExpectedDate("wednesday", "2025-12-31T00:00:00+01:00", wholeDayUntil: "2026-01-01T00:00:00+01:00"),
    ExpectedDate("thursday", "2026-01-01T00:00:00+01:00", wholeDayUntil: "2026-01-02T00:00:00+01:00"),
    ExpectedDate("last thursday", "2025-12-25T00:00:00+01:00", wholeDayUntil: "2025-12-26T00:00:00+01:00"),
    ExpectedDate("last friday", "2025-12-26T00:00:00+01:00", wholeDayUntil: "2025-12-27T00:00:00+01:00"),
    ExpectedDate("a week ago", "2025-12-25T00:00:00+01:00", wholeDayUntil: "2025-12-26T00:00:00+01:00"),
    ExpectedDate("1 month ago", "2025-12-01T00:00:00+01:00", wholeDayUntil: "2025-12-02T00:00:00+01:00"),
    ExpectedDate("Dec 31", "2025-12-31T00:00:00+01:00", wholeDayUntil: "2026-01-01T00:00:00+01:00"),
    ExpectedDate("Jan 1", "2026-01-01T00:00:00+01:00", wholeDayUntil: "2026-01-02T00:00:00+01:00"),
    ExpectedDate("Jan 2", "2025-01-02T00:00:00+01:00", wholeDayUntil: "2025-01-03T00:00:00+01:00"),
    ExpectedDate("last month", "2025-12-01T00:00:00+01:00", until: "2026-01-01T00:00:00+01:00", extent: .month),
    ExpectedDate("last year", "2025-01-01T00:00:00+01:00", until: "2026-01-01T00:00:00+01:00", extent: .year),
    ExpectedDate("yesterday 9pm", "2025-12-31T21:00:00+01:00"),
    ExpectedDate("10 hours ago", "2025-12-31T22:00:00+01:00"),
])
func theYearBoundaryOnNewYearsDay(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: "2026-01-01T08:00:00+01:00", in: berlin)
}

@Test(arguments: [
    ExpectedDate("tomorrow", "2027-01-01T00:00:00-05:00", wholeDayUntil: "2027-01-02T00:00:00-05:00"),
    ExpectedDate("in 3 days", "2027-01-03T00:00:00-05:00", wholeDayUntil: "2027-01-04T00:00:00-05:00"),
    ExpectedDate("next month", "2027-01-01T00:00:00-05:00", until: "2027-02-01T00:00:00-05:00", extent: .month),
    ExpectedDate("next friday", "2027-01-01T00:00:00-05:00", wholeDayUntil: "2027-01-02T00:00:00-05:00"),
])
func theYearBoundaryOnNewYearsEve(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: "2026-12-31T20:00:00-05:00", in: newYork)
}

// MARK: - Relative to now

/// A whole day in Berlin in November, standing for its noon.
private func novemberDay(_ input: String, _ day: Int) -> ExpectedDate {
    let (start, end) = (pad(day), pad(day + 1))
    return ExpectedDate(
        input, "2026-11-\(start)T00:00:00+01:00", wholeDayUntil: "2026-11-\(end)T00:00:00+01:00",
        standingFor: "2026-11-\(start)T12:00:00+01:00")
}

@Test(arguments: [
    // A count of days, weeks, months or years names a day, as "yesterday" does.
    novemberDay("3 days ago", 15),
    novemberDay("1 day ago", 17),
    novemberDay("a day ago", 17),
    novemberDay("2 weeks ago", 4),
    novemberDay("a week ago", 11),
    novemberDay("1 week ago", 11),
    novemberDay("two weeks ago", 4),
    novemberDay("three days ago", 15),
    novemberDay("in 3 days", 21),
    ExpectedDate(
        "0 days ago", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00",
        standingFor: "2026-11-18T12:00:00+01:00"),
    ExpectedDate(
        "1 month ago", "2026-10-18T00:00:00+02:00", wholeDayUntil: "2026-10-19T00:00:00+02:00",
        standingFor: "2026-10-18T12:00:00+02:00"),
    ExpectedDate("a month ago", "2026-10-18T00:00:00+02:00", wholeDayUntil: "2026-10-19T00:00:00+02:00"),
    ExpectedDate("2 months ago", "2026-09-18T00:00:00+02:00", wholeDayUntil: "2026-09-19T00:00:00+02:00"),
    ExpectedDate("12 months ago", "2025-11-18T00:00:00+01:00", wholeDayUntil: "2025-11-19T00:00:00+01:00"),
    ExpectedDate("1 year ago", "2025-11-18T00:00:00+01:00", wholeDayUntil: "2025-11-19T00:00:00+01:00"),
    ExpectedDate("in 2 months", "2027-01-18T00:00:00+01:00", wholeDayUntil: "2027-01-19T00:00:00+01:00"),
    ExpectedDate("in 2 weeks", "2026-12-02T00:00:00+01:00", wholeDayUntil: "2026-12-03T00:00:00+01:00"),
    ExpectedDate("3   DAYS\tago", "2026-11-15T00:00:00+01:00", wholeDayUntil: "2026-11-16T00:00:00+01:00"),
    // Minutes and hours are time that passed: a moment.
    ExpectedDate("an hour ago", "2026-11-18T14:45:30+01:00"),
    ExpectedDate("1 hour ago", "2026-11-18T14:45:30+01:00"),
    ExpectedDate("30 minutes ago", "2026-11-18T15:15:30+01:00"),
    ExpectedDate("45 mins ago", "2026-11-18T15:00:30+01:00"),
    ExpectedDate("two hours ago", "2026-11-18T13:45:30+01:00"),
    ExpectedDate("3 hrs ago", "2026-11-18T12:45:30+01:00"),
    ExpectedDate("in 90 minutes", "2026-11-18T17:15:30+01:00"),
    ExpectedDate("in an hour", "2026-11-18T16:45:30+01:00"),
])
func countsFromNowInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate("3 days ago", "2026-11-15T00:00:00-05:00", wholeDayUntil: "2026-11-16T00:00:00-05:00"),
    ExpectedDate("2 hours ago", "2026-11-18T13:45:30-05:00"),
    ExpectedDate("in 2 weeks", "2026-12-02T00:00:00-05:00", wholeDayUntil: "2026-12-03T00:00:00-05:00"),
    // Daylight saving time ended on 2026-11-01, so three weeks back the day and its noon are
    // under a different offset.
    ExpectedDate(
        "3 weeks ago", "2026-10-28T00:00:00-04:00", wholeDayUntil: "2026-10-29T00:00:00-04:00",
        standingFor: "2026-10-28T12:00:00-04:00"),
    ExpectedDate(
        "1 month ago", "2026-10-18T00:00:00-04:00", wholeDayUntil: "2026-10-19T00:00:00-04:00",
        standingFor: "2026-10-18T12:00:00-04:00"),
])
func countsFromNowInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    ExpectedDate("2 hours ago", "2026-11-18T13:45:30+05:30"),
    ExpectedDate(
        "a week ago", "2026-11-11T00:00:00+05:30", wholeDayUntil: "2026-11-12T00:00:00+05:30",
        standingFor: "2026-11-11T12:00:00+05:30"),
    ExpectedDate("2 months ago", "2026-09-18T00:00:00+05:30", wholeDayUntil: "2026-09-19T00:00:00+05:30"),
    ExpectedDate("in 30 minutes", "2026-11-18T16:15:30+05:30"),
])
func countsFromNowInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test func fractionsOfASecondInNowAreKept() throws {
    let now = try instant("2026-11-18T15:45:30+01:00").addingTimeInterval(0.25)
    let parser = DateExpressionParser(now: now, timeZone: try #require(TimeZone(identifier: berlin)))
    #expect(try parser.parse("now").start.date == now)
    #expect(try parser.parse("now").moment?.date == now)
    #expect(try parser.parse("3 hours ago").start.date == now.addingTimeInterval(-3 * 3600))
    #expect(try parser.parse("an hour ago").start.date == now.addingTimeInterval(-3600))
    let morning = try instant("2026-11-18T10:00:00+01:00").addingTimeInterval(0.25)
    let inTheMorning = DateExpressionParser(now: morning, timeZone: try #require(TimeZone(identifier: berlin)))
    #expect(try inTheMorning.parse("today").moment?.date == morning, "before noon, today stands for now")
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
    ExpectedDate("wednesday 15:00", "2026-11-18T15:00:00+01:00"),
    ExpectedDate("3 days ago 19:45", "2026-11-15T19:45:00+01:00"),
    ExpectedDate("2 months ago at 9am", "2026-09-18T09:00:00+02:00"),
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

@Test(arguments: [
    ExpectedDate("thursday 17:00", "2026-11-19T17:00:00+01:00"),
    ExpectedDate("wednesday 17:00", "2026-11-25T17:00:00+01:00"),
    ExpectedDate("wednesday 18:00", "2026-11-18T18:00:00+01:00"),
    ExpectedDate("next wednesday 18:00", "2026-11-25T18:00:00+01:00"),
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
    #expect(resolved.start.date == ISO8601DateFormatter().date(from: resolution.date))
}
