import Foundation
import Testing
@testable import JournalCore

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
    guard case .empty = error else { Issue.record("\(error)"); return }
    #expect(error.problem == "no date was given")
    #expect(error.advice == "use a form like 2026-11-17, yesterday 9pm, monday or 3 days ago")
}

/// The input an unrecognised date was refused with, and the word it did not know.
private func unrecognised(_ error: DateExpressionError?) -> (input: String, word: String?)? {
    guard case .unrecognised(let input, let word, _)? = error else { return nil }
    return (input, word)
}

@Test(arguments: [
    "next blursday", "blursday", "garbage", "next", "last", "last weekk", "this monday",
    "yesterday 9pm banana", "today tomorrow", "2026-11-20 14:30 banana", "now 9pm", "9pm banana",
    "9", "9 o'clock", "yesterday at", "at 9pm", "yesterday at at 9pm", "yesterday at evening",
    "3 days", "3.5 days ago", "+3 days ago", "days ago", "in", "3 hours ago 9pm", "evening",
    "yesterday 14:30Z", "14:30+01:00", "2026-11-20T9pm", "2026-11-20T", "20-11-2026", "Nov 3 14:30Z",
    "26-11-20", "2026-11-20T14:30:00.5Z", "mo", "mondays", "9:5", "٣ days ago", "the", "the 3rd",
    "3 Nov 26", "Nov 32", "32 Nov", "2026-11-20T14:30 9pm", "9pm 21:30",
])
func unrecognisedInputIsRefused(input: String) throws {
    let error = try refusal(input)
    #expect(unrecognised(error)?.input == input, "\(String(describing: error))")
}

@Test(arguments: [
    ("next blursday", "blursday"), ("garbage", "garbage"), ("yesterday 9pm banana", "banana"),
    ("Novmber 3", "Novmber"), ("3 Novembr 2026", "Novembr"), ("tusday 9pm", "tusday"), ("yesterdy", "yesterdy"),
    ("3.5 days ago", "3.5"), ("9 o'clock", "o'clock"), ("this evenin", "evenin"), ("last weekk", "weekk"),
])
func theWordNotUnderstoodIsNamedAsTyped(input: String, word: String) throws {
    let error = try refusal(input)
    #expect(unrecognised(error)?.word == word, "\(String(describing: error))")
    #expect(error?.problem == "\"\(input)\" is not a date I understand: I do not know the word \"\(word)\"")
}

@Test func wordsThatAreEachKnownButDoNotGoTogetherAreRefusedWithoutNamingOne() throws {
    let error = try refusal("today tomorrow")
    #expect(unrecognised(error)?.word == nil)
    #expect(error?.problem == "\"today tomorrow\" is not a date I understand")
    #expect(error?.advice == "name a day like today, yesterday or yesterday 9pm")
}

@Test func unrecognisedInputGetsExamplesOfWhatWorks() throws {
    // Wednesday 18 November 2026, 15:45 in Berlin: the examples are made from the day before.
    let error = try #require(try refusal("garbage"))
    #expect(error.advice == "use a form like 2026-11-17, yesterday 9pm, monday or 3 days ago")
}

@Test(arguments: [
    ("Novmber 3", "write a day of a month like Nov 17, 17 November or November 17th, 2026"),
    ("3 Noveber", "write a day of a month like Nov 17, 17 November or November 17th, 2026"),
    ("Septmber 3", "write a day of a month like Nov 17, 17 November or November 17th, 2026"),
    ("tusday", "name a weekday like tuesday, last monday or tuesday 9pm"),
    ("thursdy 9pm", "name a weekday like tuesday, last monday or tuesday 9pm"),
    ("yesterdy", "name a day like today, yesterday or yesterday 9pm"),
    ("tomorow", "name a day like today, yesterday or yesterday 9pm"),
    ("3 dys ago", "count in minutes, hours, days, weeks, months or years, like 3 days ago, 2 weeks ago or 1 month ago"),
    ("this evenin", "name a part of the day like this morning, this afternoon or last night"),
    ("yesterday evning", "name a part of the day like this morning, this afternoon or last night"),
    ("9 oclock pm", "write a time like 9am, noon or yesterday 21:30"),
    ("9pm banana", "write a time like 9am, noon or yesterday 21:30"),
    ("2026.11.3", "write a date in digits like 2026-11-17, 17/11/2026 or 17.11.2026"),
])
func aMisspeltWordGetsFormsOfItsKind(input: String, advice: String) throws {
    #expect(try refusal(input)?.advice == advice)
}

@Test func formsForAnEntryAreNeverInTheFuture() throws {
    // At 00:10 on a Thursday nothing of today but its first ten minutes has passed.
    let justAfterMidnight = "2026-11-19T00:10:00+01:00"
    #expect(
        try refusal("this evenin", now: justAfterMidnight)?.advice
            == "name a part of the day like last night, tonight or yesterday evening")
    #expect(
        try refusal("9 oclock", now: justAfterMidnight)?.advice
            == "write a time like yesterday 21:30 or yesterday 9pm")
    let parser = try parser(now: justAfterMidnight, in: berlin)
    for kind: DateForms.Kind in [.general, .month, .weekday, .day, .count, .partOfDay, .time, .numericDate] {
        let forms = parser.forms(of: kind)
        #expect(!forms.examples.isEmpty, "\(kind)")
        for example in forms.examples {
            let resolved = try parser.parse(example)
            #expect(resolved.start.date <= (try instant(justAfterMidnight)), "\(example)")
            #expect(try #require(resolved.moment).date <= (try instant(justAfterMidnight)), "\(example)")
        }
    }
}

@Test func formsForASessionBeingPlannedAreNeverPast() throws {
    let now = "2026-11-18T23:30:00+01:00"
    let parser = DateExpressionParser(
        now: try instant(now), timeZone: try #require(TimeZone(identifier: berlin)), looksAhead: true)
    #expect(try refusal("thursdy 17:00", now: now, looksAhead: true)?.advice == "name a weekday like thursday, next friday or thursday 17:00")
    #expect(
        try refusal("3 fortnights ago", now: now, looksAhead: true)?.advice
            == "count in minutes, hours, days, weeks, months or years, like in 3 days, in 2 weeks or in an hour")
    for kind: DateForms.Kind in [.general, .month, .weekday, .day, .count, .partOfDay, .time, .numericDate] {
        for example in parser.forms(of: kind).examples {
            let resolved = try parser.parse(example)
            #expect((resolved.moment ?? resolved.start).date >= (try instant(now)), "\(example)")
        }
    }
}

@Test func unknownUnitsAreNamed() throws {
    let error = try #require(try refusal("3 fortnights ago"))
    guard case .unknownUnit("3 fortnights ago", "fortnights", _) = error else { Issue.record("\(error)"); return }
    #expect(error.problem == "\"3 fortnights ago\" counts in \"fortnights\", which is not a unit I know")
    #expect(error.advice == "count in minutes, hours, days, weeks, months or years, like 3 days ago, 2 weeks ago or 1 month ago")
    guard case .unknownUnit("in 2 fortnights", "fortnights", _)? = try refusal("in 2 fortnights") else {
        Issue.record("in 2 fortnights")
        return
    }
}

@Test(arguments: ["-3 days ago", "in -2 weeks", "-1 hour ago", "-3 days ago 9pm"])
func negativeCountsAreRefused(input: String) throws {
    let error = try refusal(input)
    guard case .negativeCount(input, _)? = error else { Issue.record("\(String(describing: error))"); return }
    #expect(error?.advice == "leave out the minus sign, like 3 days ago, 2 weeks ago or 1 month ago")
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
    "in 999999999 days", "2026-11-20T14:30+19:00", "3/11/2026", "3/11/26", "Novmber 3",
])
func everyProblemQuotesTheInput(input: String) throws {
    let error = try #require(try refusal(input))
    #expect(error.problem.contains("\"\(input)\""))
    #expect(!error.advice.isEmpty)
}

@Test func theQuotedInputIsTrimmedAndHasSingleSpaces() throws {
    let error = try #require(try refusal("  Yesterday   9pm\tBanana "))
    #expect(unrecognised(error)?.input == "Yesterday 9pm Banana")
    #expect(unrecognised(error)?.word == "Banana")
}

