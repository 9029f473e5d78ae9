import Foundation
import Testing
@testable import JournalCore

// The forms of issue 15: month names, numbers day first or month first, parts of the day,
// weeks and months, and the one moment each stands for.

/// A whole day of `date` (`2026-11-03`) with its offset, standing for its noon.
private func day(_ input: String, _ date: String, _ offset: String = "+01:00", next: String, nextOffset: String? = nil) -> ExpectedDate {
    ExpectedDate(
        input, "\(date)T00:00:00\(offset)", wholeDayUntil: "\(next)T00:00:00\(nextOffset ?? offset)",
        standingFor: "\(date)T12:00:00\(offset)")
}

// MARK: - Month names

@Test(arguments: [
    day("Nov 3", "2026-11-03", next: "2026-11-04"),
    day("3 Nov", "2026-11-03", next: "2026-11-04"),
    day("3 November", "2026-11-03", next: "2026-11-04"),
    day("November 3rd", "2026-11-03", next: "2026-11-04"),
    day("NOV. 3", "2026-11-03", next: "2026-11-04"),
    day("3rd of November", "2026-11-03", next: "2026-11-04"),
    day("the 3rd of November", "2026-11-03", next: "2026-11-04"),
    day("3 Nov 2026", "2026-11-03", next: "2026-11-04"),
    day("Nov 3, 2026", "2026-11-03", next: "2026-11-04"),
    day("November 3rd, 2026", "2026-11-03", next: "2026-11-04"),
    day("3 November 2025", "2025-11-03", next: "2025-11-04"),
    day("November 1st", "2026-11-01", next: "2026-11-02"),
    day("sept 3", "2026-09-03", "+02:00", next: "2026-09-04"),
    day("July 4th", "2026-07-04", "+02:00", next: "2026-07-05"),
    day("jan 5", "2026-01-05", next: "2026-01-06"),
    // Without a year: the most recent such day that is not in the future.
    day("Nov 18", "2026-11-18", next: "2026-11-19"),
    day("Nov 19", "2025-11-19", next: "2025-11-20"),
    day("25 December", "2025-12-25", next: "2025-12-26"),
    day("Feb 29", "2024-02-29", next: "2024-03-01"),
    day("Dec 25 2026", "2026-12-25", next: "2026-12-26"),
    ExpectedDate("Nov 3 9pm", "2026-11-03T21:00:00+01:00"),
    ExpectedDate("3 November at 21:30", "2026-11-03T21:30:00+01:00"),
    ExpectedDate("November 3rd 2026 14:30", "2026-11-03T14:30:00+01:00"),
    ExpectedDate("9pm Nov 3", "2026-11-03T21:00:00+01:00"),
    ExpectedDate("Nov 3 2026 14:30Z", "2026-11-03T14:30:00Z"),
    ExpectedDate(
        "Nov 3 evening", "2026-11-03T17:00:00+01:00", until: "2026-11-03T21:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-03T19:00:00+01:00"),
])
func monthNamesInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    day("Nov 3", "2026-11-03", "-05:00", next: "2026-11-04"),
    day("July 4", "2026-07-04", "-04:00", next: "2026-07-05"),
    day("Nov 19", "2025-11-19", "-05:00", next: "2025-11-20"),
    ExpectedDate("Nov 3 9pm", "2026-11-03T21:00:00-05:00"),
])
func monthNamesInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    day("Nov 3", "2026-11-03", "+05:30", next: "2026-11-04"),
    day("3 November 2026", "2026-11-03", "+05:30", next: "2026-11-04"),
    day("Nov 19", "2025-11-19", "+05:30", next: "2025-11-20"),
])
func monthNamesInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test(arguments: [
    ExpectedDate("Nov 19", "2026-11-19T00:00:00+01:00", wholeDayUntil: "2026-11-20T00:00:00+01:00"),
    ExpectedDate("Nov 18", "2026-11-18T00:00:00+01:00", wholeDayUntil: "2026-11-19T00:00:00+01:00"),
    ExpectedDate("Nov 3", "2027-11-03T00:00:00+01:00", wholeDayUntil: "2027-11-04T00:00:00+01:00"),
    ExpectedDate("Dec 3 17:00", "2026-12-03T17:00:00+01:00"),
    ExpectedDate("13/12", "2026-12-13T00:00:00+01:00", wholeDayUntil: "2026-12-14T00:00:00+01:00"),
    ExpectedDate("12/13", "2026-12-13T00:00:00+01:00", wholeDayUntil: "2026-12-14T00:00:00+01:00"),
])
func lookingAheadADayWithoutAYearIsTheNextOne(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin, looksAhead: true)
}

// MARK: - Days in digits

@Test(arguments: [
    day("2026/11/03", "2026-11-03", next: "2026-11-04"),
    day("2026/11/3", "2026-11-03", next: "2026-11-04"),
    day("13/11/2026", "2026-11-13", next: "2026-11-14"),
    day("11/13/2026", "2026-11-13", next: "2026-11-14"),
    day("3.11.2026", "2026-11-03", next: "2026-11-04"),
    day("03.11.2026", "2026-11-03", next: "2026-11-04"),
    // Both readings are the same day.
    day("3/3/2026", "2026-03-03", next: "2026-03-04"),
    day("25/12", "2025-12-25", next: "2025-12-26"),
    day("12/25", "2025-12-25", next: "2025-12-26"),
    day("13/11", "2026-11-13", next: "2026-11-14"),
    ExpectedDate("2026/11/03 9pm", "2026-11-03T21:00:00+01:00"),
    ExpectedDate("13/11/2026 at 21:30", "2026-11-13T21:30:00+01:00"),
])
func daysInDigitsInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    day("13/11/2026", "2026-11-13", "+05:30", next: "2026-11-14"),
    day("11/13/2026", "2026-11-13", "+05:30", next: "2026-11-14"),
])
func daysInDigitsInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test(arguments: [
    day("13/11/2026", "2026-11-13", "-05:00", next: "2026-11-14"),
    day("7/13/2026", "2026-07-13", "-04:00", next: "2026-07-14"),
])
func daysInDigitsInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test func aDayReadableBothWaysIsRefusedNamingBoth() throws {
    let error = try #require(try refusal("3/11/2026"))
    #expect(error.problem == "\"3/11/2026\" could be 3 November 2026 (day first) or 11 March 2026 (month first)")
    #expect(error.advice == "write it year-month-day: 2026-11-03 or 2026-03-11")
    let withoutYear = try #require(try refusal("3/11"))
    #expect(withoutYear.problem == "\"3/11\" could be 3 November 2026 (day first) or 11 March 2026 (month first)")
}

@Test func aReadingInTheFutureIsNotSuggestedForAnEntry() throws {
    // On 18 November 2026, 1 December is still to come; looking ahead, 12 January is past.
    let error = try #require(try refusal("12/1/2026"))
    #expect(error.problem == "\"12/1/2026\" could be 12 January 2026 (day first) or 1 December 2026 (month first)")
    #expect(error.advice == "write it year-month-day: 2026-01-12")
    #expect(try refusal("12/1/2026", looksAhead: true)?.advice == "write it year-month-day: 2026-12-01")
}

@Test(arguments: [
    ("31/11/2026", "November 2026 has 30 days"),
    ("11/31/2026", "November 2026 has 30 days"),
    ("13/13/2026", "there is no month 13; months go from 01 to 12"),
    ("2026/02/30", "February 2026 has 28 days"),
    ("30.2.2026", "February 2026 has 28 days"),
    ("Feb 30", "February 2026 has 28 days"),
    ("31 April 2026", "April 2026 has 30 days"),
])
func daysThatDoNotExistAreRefused(input: String, reason: String) throws {
    #expect(try refusal(input)?.problem == "\"\(input)\" is not a real date (\(reason))")
}

@Test(arguments: ["3/11/26", "13/11/26", "3.11.26"])
func twoDigitYearsAreRefused(input: String) throws {
    #expect(try refusal(input) == .twoDigitYear(input))
}

// MARK: - Parts of the day

@Test(arguments: [
    ExpectedDate(
        "this morning", "2026-11-18T05:00:00+01:00", until: "2026-11-18T12:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T09:00:00+01:00"),
    ExpectedDate(
        "this afternoon", "2026-11-18T12:00:00+01:00", until: "2026-11-18T17:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T15:00:00+01:00"),
    ExpectedDate(
        "this evening", "2026-11-18T17:00:00+01:00", until: "2026-11-18T21:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T19:00:00+01:00"),
    ExpectedDate(
        "tonight", "2026-11-18T21:00:00+01:00", until: "2026-11-19T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T22:00:00+01:00"),
    ExpectedDate(
        "last night", "2026-11-17T21:00:00+01:00", until: "2026-11-18T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-17T22:00:00+01:00"),
    ExpectedDate(
        "yesterday evening", "2026-11-17T17:00:00+01:00", until: "2026-11-17T21:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-17T19:00:00+01:00"),
    ExpectedDate(
        "yesterday morning", "2026-11-17T05:00:00+01:00", until: "2026-11-17T12:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-17T09:00:00+01:00"),
    ExpectedDate(
        "monday night", "2026-11-16T21:00:00+01:00", until: "2026-11-17T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-16T22:00:00+01:00"),
    ExpectedDate(
        "monday afternoon", "2026-11-16T12:00:00+01:00", until: "2026-11-16T17:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-16T15:00:00+01:00"),
    ExpectedDate("noon", "2026-11-18T12:00:00+01:00"),
    ExpectedDate("midday", "2026-11-18T12:00:00+01:00"),
    ExpectedDate("midnight", "2026-11-18T00:00:00+01:00"),
    ExpectedDate("yesterday at noon", "2026-11-17T12:00:00+01:00"),
    ExpectedDate("noon yesterday", "2026-11-17T12:00:00+01:00"),
    ExpectedDate("yesterday midnight", "2026-11-17T00:00:00+01:00"),
    ExpectedDate("9pm yesterday", "2026-11-17T21:00:00+01:00"),
    ExpectedDate("9 p.m. yesterday", "2026-11-17T21:00:00+01:00"),
    ExpectedDate("21:30 on monday", "2026-11-16T21:30:00+01:00"),
])
func partsOfTheDayInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
}

@Test(arguments: [
    ExpectedDate(
        "this morning", "2026-11-18T05:00:00-05:00", until: "2026-11-18T12:00:00-05:00", extent: .partOfDay,
        standingFor: "2026-11-18T09:00:00-05:00"),
    ExpectedDate(
        "last night", "2026-11-17T21:00:00-05:00", until: "2026-11-18T05:00:00-05:00", extent: .partOfDay,
        standingFor: "2026-11-17T22:00:00-05:00"),
    ExpectedDate("9pm yesterday", "2026-11-17T21:00:00-05:00"),
])
func partsOfTheDayInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    ExpectedDate(
        "tonight", "2026-11-18T21:00:00+05:30", until: "2026-11-19T05:00:00+05:30", extent: .partOfDay,
        standingFor: "2026-11-18T22:00:00+05:30"),
    ExpectedDate(
        "yesterday evening", "2026-11-17T17:00:00+05:30", until: "2026-11-17T21:00:00+05:30", extent: .partOfDay,
        standingFor: "2026-11-17T19:00:00+05:30"),
    ExpectedDate("noon", "2026-11-18T12:00:00+05:30"),
])
func partsOfTheDayInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test(arguments: [
    // After midnight, last night and tonight are both the night just gone.
    ExpectedDate(
        "last night", "2026-11-18T21:00:00+01:00", until: "2026-11-19T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T22:00:00+01:00"),
    ExpectedDate(
        "tonight", "2026-11-18T21:00:00+01:00", until: "2026-11-19T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T22:00:00+01:00"),
    ExpectedDate(
        "yesterday evening", "2026-11-18T17:00:00+01:00", until: "2026-11-18T21:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-18T19:00:00+01:00"),
])
func afterMidnightLastNightIsTheNightJustGone(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinJustAfterMidnight, in: berlin)
}

// MARK: - The one moment a day or a part of one stands for

@Test(arguments: [
    // A day, or a part of one, that has begun stands for now until its hour has come.
    ("today", "2026-11-18T10:00:00+01:00", "2026-11-18T10:00:00+01:00"),
    ("wednesday", "2026-11-18T10:00:00+01:00", "2026-11-18T10:00:00+01:00"),
    ("Nov 18", "2026-11-18T10:00:00+01:00", "2026-11-18T10:00:00+01:00"),
    ("18/11/2026", "2026-11-18T10:00:00+01:00", "2026-11-18T10:00:00+01:00"),
    ("0 days ago", "2026-11-18T10:00:00+01:00", "2026-11-18T10:00:00+01:00"),
    ("this morning", "2026-11-18T07:30:00+01:00", "2026-11-18T07:30:00+01:00"),
    ("this evening", "2026-11-18T18:00:00+01:00", "2026-11-18T18:00:00+01:00"),
    ("tonight", "2026-11-18T21:30:00+01:00", "2026-11-18T21:30:00+01:00"),
    // Once its hour has come, that hour.
    ("today", "2026-11-18T15:45:30+01:00", "2026-11-18T12:00:00+01:00"),
    ("this evening", "2026-11-18T20:00:00+01:00", "2026-11-18T19:00:00+01:00"),
    // Days before today: their noon, however they are named.
    ("yesterday", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("1 day ago", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("tuesday", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("Nov 17", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("17.11.2026", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("2026-11-17", "2026-11-18T10:00:00+01:00", "2026-11-17T12:00:00+01:00"),
    ("a week ago", "2026-11-18T23:00:00+01:00", "2026-11-11T12:00:00+01:00"),
])
func aDayWithoutATimeStandsForNoonOrNowIfNoonIsStillToCome(input: String, now: String, standsFor: String) throws {
    let resolved = try parser(now: now, in: berlin).parse(input)
    #expect(resolved.moment == (try moment(standsFor)))
}

@Test func lookingAheadADayStandsForItsNoonEvenToday() throws {
    let parser = DateExpressionParser(
        now: try instant("2026-11-18T10:00:00+01:00"), timeZone: try #require(TimeZone(identifier: berlin)),
        looksAhead: true)
    #expect(try parser.parse("today").moment == (try moment("2026-11-18T12:00:00+01:00")))
    #expect(try parser.parse("wednesday").moment == (try moment("2026-11-18T12:00:00+01:00")))
    #expect(try parser.parse("thursday").moment == (try moment("2026-11-19T12:00:00+01:00")))
    #expect(try parser.parse("tonight").moment == (try moment("2026-11-18T22:00:00+01:00")))
}

// MARK: - A weekday on its own day

@Test(arguments: [
    // Sunday 22 November 2026 at 22:00: jrnl's example.
    (ExpectedDate("sunday 9am", "2026-11-22T09:00:00+01:00"), "2026-11-22T22:00:00+01:00"),
    (ExpectedDate("sunday 22:00", "2026-11-22T22:00:00+01:00"), "2026-11-22T22:00:00+01:00"),
    (ExpectedDate("sunday 23:00", "2026-11-15T23:00:00+01:00"), "2026-11-22T22:00:00+01:00"),
    (ExpectedDate(
        "sunday", "2026-11-22T00:00:00+01:00", wholeDayUntil: "2026-11-23T00:00:00+01:00",
        standingFor: "2026-11-22T12:00:00+01:00"), "2026-11-22T22:00:00+01:00"),
    (ExpectedDate(
        "last sunday", "2026-11-15T00:00:00+01:00", wholeDayUntil: "2026-11-16T00:00:00+01:00"), "2026-11-22T22:00:00+01:00"),
    // The same Sunday at 08:00.
    (ExpectedDate("sunday 9am", "2026-11-15T09:00:00+01:00"), "2026-11-22T08:00:00+01:00"),
    (ExpectedDate(
        "sunday", "2026-11-22T00:00:00+01:00", wholeDayUntil: "2026-11-23T00:00:00+01:00",
        standingFor: "2026-11-22T08:00:00+01:00"), "2026-11-22T08:00:00+01:00"),
    (ExpectedDate(
        "sunday evening", "2026-11-15T17:00:00+01:00", until: "2026-11-15T21:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-11-15T19:00:00+01:00"), "2026-11-22T08:00:00+01:00"),
])
func aWeekdayOnThatWeekdayIsTodayWhenTheTimeIsNotInTheFuture(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: berlin)
}

@Test(arguments: [
    (ExpectedDate("sunday 9am", "2026-11-22T09:00:00-05:00"), "2026-11-22T22:00:00-05:00"),
    (ExpectedDate("sunday 23:00", "2026-11-15T23:00:00-05:00"), "2026-11-22T22:00:00-05:00"),
])
func theWeekdayRuleInNewYork(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: newYork)
}

@Test(arguments: [
    (ExpectedDate("sunday 9am", "2026-11-22T09:00:00+05:30"), "2026-11-22T22:00:00+05:30"),
    (ExpectedDate("sunday 23:00", "2026-11-15T23:00:00+05:30"), "2026-11-22T22:00:00+05:30"),
])
func theWeekdayRuleInKolkata(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: kolkata)
}

// MARK: - Weeks, months and years

@Test(arguments: [
    ExpectedDate("last week", "2026-11-09T00:00:00+01:00", until: "2026-11-16T00:00:00+01:00", extent: .week),
    ExpectedDate("this week", "2026-11-16T00:00:00+01:00", until: "2026-11-23T00:00:00+01:00", extent: .week),
    ExpectedDate("next week", "2026-11-23T00:00:00+01:00", until: "2026-11-30T00:00:00+01:00", extent: .week),
    ExpectedDate("last month", "2026-10-01T00:00:00+02:00", until: "2026-11-01T00:00:00+01:00", extent: .month),
    ExpectedDate("this month", "2026-11-01T00:00:00+01:00", until: "2026-12-01T00:00:00+01:00", extent: .month),
    ExpectedDate("November", "2026-11-01T00:00:00+01:00", until: "2026-12-01T00:00:00+01:00", extent: .month),
    ExpectedDate("nov", "2026-11-01T00:00:00+01:00", until: "2026-12-01T00:00:00+01:00", extent: .month),
    ExpectedDate("December", "2025-12-01T00:00:00+01:00", until: "2026-01-01T00:00:00+01:00", extent: .month),
    ExpectedDate("December 2026", "2026-12-01T00:00:00+01:00", until: "2027-01-01T00:00:00+01:00", extent: .month),
    ExpectedDate("last year", "2025-01-01T00:00:00+01:00", until: "2026-01-01T00:00:00+01:00", extent: .year),
    ExpectedDate("this year", "2026-01-01T00:00:00+01:00", until: "2027-01-01T00:00:00+01:00", extent: .year),
])
func weeksMonthsAndYearsInBerlin(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: berlinWednesday, in: berlin)
    #expect(try parser(now: berlinWednesday, in: berlin).parse(resolution.input).moment == nil)
}

@Test(arguments: [
    ExpectedDate("last week", "2026-11-09T00:00:00-05:00", until: "2026-11-16T00:00:00-05:00", extent: .week),
    ExpectedDate("last month", "2026-10-01T00:00:00-04:00", until: "2026-11-01T00:00:00-04:00", extent: .month),
])
func weeksAndMonthsInNewYork(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: newYorkWednesday, in: newYork)
}

@Test(arguments: [
    ExpectedDate("last week", "2026-11-09T00:00:00+05:30", until: "2026-11-16T00:00:00+05:30", extent: .week),
    ExpectedDate("last month", "2026-10-01T00:00:00+05:30", until: "2026-11-01T00:00:00+05:30", extent: .month),
])
func weeksAndMonthsInKolkata(_ resolution: ExpectedDate) throws {
    try expect(resolution, now: kolkataWednesday, in: kolkata)
}

@Test func onAMondayLastWeekIsTheWeekBefore() throws {
    try expect(
        ExpectedDate("last week", "2026-11-09T00:00:00+01:00", until: "2026-11-16T00:00:00+01:00", extent: .week),
        now: berlinMonday, in: berlin)
    try expect(
        ExpectedDate("last week", "2026-11-09T00:00:00+01:00", until: "2026-11-16T00:00:00+01:00", extent: .week),
        now: "2026-11-22T23:59:00+01:00", in: berlin)
}
