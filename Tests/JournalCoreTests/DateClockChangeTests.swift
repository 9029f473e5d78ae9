import Foundation
import Testing
@testable import JournalCore

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
    #expect(day.end.timeIntervalSince(day.start.date) == TimeInterval(hours * 3600))
}

@Test func untilYesterdayIncludesAllOfAShortDay() throws {
    let yesterday = try parser(now: "2026-03-30T09:00:00+02:00", in: berlin).parse("yesterday")
    #expect(yesterday.start.date == (try instant("2026-03-29T00:00:00+01:00")))
    #expect(yesterday.end == (try instant("2026-03-30T00:00:00+02:00")))
    #expect(yesterday.start.utcOffsetSeconds == 3600)
    #expect(yesterday.moment == (try moment("2026-03-29T12:00:00+02:00")), "its noon is after the change")
    let today = try parser(now: "2026-03-30T09:00:00+02:00", in: berlin).parse("today")
    #expect(yesterday.end == today.start.date)
}

@Test(arguments: [
    // Days are days of the calendar: two days before is the whole day, 23 hours long here.
    (ExpectedDate(
        "2 days ago", "2026-03-28T00:00:00+01:00", wholeDayUntil: "2026-03-29T00:00:00+01:00",
        standingFor: "2026-03-28T12:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    (ExpectedDate(
        "1 day ago", "2026-03-29T00:00:00+01:00", wholeDayUntil: "2026-03-30T00:00:00+02:00",
        standingFor: "2026-03-29T12:00:00+02:00"), "2026-03-30T02:30:00+02:00"),
    (ExpectedDate(
        "1 day ago", "2026-10-25T00:00:00+02:00", wholeDayUntil: "2026-10-26T00:00:00+01:00",
        standingFor: "2026-10-25T12:00:00+01:00"), "2026-10-26T02:30:00+01:00"),
    (ExpectedDate("in 1 day", "2026-03-29T00:00:00+01:00", wholeDayUntil: "2026-03-30T00:00:00+02:00"), "2026-03-28T09:00:00+01:00"),
    (ExpectedDate("a week ago", "2026-03-23T00:00:00+01:00", wholeDayUntil: "2026-03-24T00:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    (ExpectedDate(
        "1 month ago", "2026-02-28T00:00:00+01:00", wholeDayUntil: "2026-03-01T00:00:00+01:00",
        standingFor: "2026-02-28T12:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    // Hours are elapsed time.
    (ExpectedDate("48 hours ago", "2026-03-28T08:00:00+01:00"), "2026-03-30T09:00:00+02:00"),
    (ExpectedDate("in 24 hours", "2026-03-29T10:00:00+02:00"), "2026-03-28T09:00:00+01:00"),
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

// MARK: - Parts of the day, weeks and months across clock changes

@Test(arguments: [
    // The night of 28 to 29 March loses the hour from 02:00 to 03:00.
    (ExpectedDate(
        "last night", "2026-03-28T21:00:00+01:00", until: "2026-03-29T05:00:00+02:00", extent: .partOfDay,
        standingFor: "2026-03-28T22:00:00+01:00"), "2026-03-29T10:00:00+02:00"),
    (ExpectedDate(
        "this morning", "2026-03-29T05:00:00+02:00", until: "2026-03-29T12:00:00+02:00", extent: .partOfDay,
        standingFor: "2026-03-29T09:00:00+02:00"), "2026-03-29T10:00:00+02:00"),
    // At 02:30 on the night the clocks go back, "tonight" is the night going on, and stands
    // for its 22:00, before the change.
    (ExpectedDate(
        "tonight", "2026-10-24T21:00:00+02:00", until: "2026-10-25T05:00:00+01:00", extent: .partOfDay,
        standingFor: "2026-10-24T22:00:00+02:00"), "2026-10-25T02:30:00+01:00"),
    (ExpectedDate(
        "yesterday evening", "2026-10-24T17:00:00+02:00", until: "2026-10-24T21:00:00+02:00", extent: .partOfDay,
        standingFor: "2026-10-24T19:00:00+02:00"), "2026-10-25T12:00:00+01:00"),
    // The week of the change has 167 hours.
    (ExpectedDate("this week", "2026-03-23T00:00:00+01:00", until: "2026-03-30T00:00:00+02:00", extent: .week), "2026-03-29T10:00:00+02:00"),
    (ExpectedDate("last week", "2026-03-23T00:00:00+01:00", until: "2026-03-30T00:00:00+02:00", extent: .week), "2026-04-01T10:00:00+02:00"),
    (ExpectedDate("last month", "2026-10-01T00:00:00+02:00", until: "2026-11-01T00:00:00+01:00", extent: .month), "2026-11-18T10:00:00+01:00"),
    (ExpectedDate("March", "2026-03-01T00:00:00+01:00", until: "2026-04-01T00:00:00+02:00", extent: .month), "2026-11-18T10:00:00+01:00"),
])
func stretchesAcrossClockChangesInBerlin(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: berlin)
}

@Test(arguments: [
    // New York springs forward on 8 March 2026 and falls back on 1 November.
    (ExpectedDate(
        "last night", "2026-03-07T21:00:00-05:00", until: "2026-03-08T05:00:00-04:00", extent: .partOfDay,
        standingFor: "2026-03-07T22:00:00-05:00"), "2026-03-08T09:00:00-04:00"),
    (ExpectedDate(
        "yesterday", "2026-11-01T00:00:00-04:00", wholeDayUntil: "2026-11-02T00:00:00-05:00",
        standingFor: "2026-11-01T12:00:00-05:00"), "2026-11-02T09:00:00-05:00"),
    (ExpectedDate("Mar 8", "2026-03-08T00:00:00-05:00", wholeDayUntil: "2026-03-09T00:00:00-04:00"), "2026-11-18T09:00:00-05:00"),
    (ExpectedDate("sunday 2:30am", "2026-11-01T02:30:00-05:00"), "2026-11-03T09:00:00-05:00"),
    (ExpectedDate("sunday 1:30am", "2026-11-01T01:30:00-04:00"), "2026-11-03T09:00:00-05:00"),
])
func stretchesAcrossClockChangesInNewYork(_ resolution: ExpectedDate, now: String) throws {
    try expect(resolution, now: now, in: newYork)
}

@Test func aSkippedTimeOfANamedDayIsRefused() throws {
    let error = try refusal("sunday 2:30am", now: "2026-03-31T09:00:00+02:00")
    #expect(error == .nonexistentLocalTime("sunday 2:30am", timeZoneIdentifier: berlin, skippedFrom: "02:00", skippedTo: "03:00"))
    #expect(
        try refusal("Mar 29 2:30am", now: "2026-11-18T09:00:00+01:00")
            == .nonexistentLocalTime("Mar 29 2:30am", timeZoneIdentifier: berlin, skippedFrom: "02:00", skippedTo: "03:00"))
}
