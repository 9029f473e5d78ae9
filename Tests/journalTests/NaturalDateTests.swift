import Foundation
import Testing

/// Dates as people type them, through the binary. Each runs at a known time of day (a time
/// zone chosen so that it is then that hour) and works out what to expect from today.
@Suite("Dates as people type them")
struct NaturalDateTests {
    /// 22:00 to 22:59: everything of today named below has passed, and the hour cannot turn
    /// into tomorrow while the test runs.
    static let lateEvening = FixedClock(localHour: 22)

    /// Adds one entry per date, the date as its text, and returns each entry's stored date.
    func datesStored(_ dates: [String], clock: FixedClock) throws -> [String: String] {
        let sandbox = try Sandbox()
        for date in dates {
            let added = try sandbox.run(["add", "--date", date, date], environment: clock.environment)
            #expect(added.succeeded, "\(date): \(added.errors)")
        }
        return try sandbox.entryDates(environment: clock.environment)
    }

    @Test func daysOfAMonthByName() throws {
        let clock = Self.lateEvening
        let third = clock.mostRecent(month: 11, day: 3)
        let expected = [
            // The issue's examples.
            "Nov 3": clock.moment(third, "12:00:00"),
            "3 November": clock.moment(third, "12:00:00"),
            "3 Nov 2026": clock.moment("2026-11-03", "12:00:00"),
            "November 3rd": clock.moment(third, "12:00:00"),
            // More of the kind.
            "the 3rd of November": clock.moment(third, "12:00:00"),
            "Dec 25": clock.moment(clock.mostRecent(month: 12, day: 25), "12:00:00"),
            "November 3rd, 2025 9pm": clock.moment("2025-11-03", "21:00:00"),
            "sept 1": clock.moment(clock.mostRecent(month: 9, day: 1), "12:00:00"),
        ]
        #expect(try datesStored(Array(expected.keys), clock: clock) == expected)
    }

    @Test func daysInDigits() throws {
        let clock = Self.lateEvening
        let expected = [
            "2026/11/03": clock.moment("2026-11-03", "12:00:00"),
            "13/11/2026": clock.moment("2026-11-13", "12:00:00"),
            "11/13/2026": clock.moment("2026-11-13", "12:00:00"),
            "3.11.2026": clock.moment("2026-11-03", "12:00:00"),
            "25/12": clock.moment(clock.mostRecent(month: 12, day: 25), "12:00:00"),
        ]
        #expect(try datesStored(Array(expected.keys), clock: clock) == expected)
    }

    @Test func partsOfTheDayHaveTheirHours() throws {
        let clock = Self.lateEvening
        let (today, yesterday) = (clock.day(), clock.day(-1))
        let expected = [
            "this morning": clock.moment(today, "09:00:00"),
            "this afternoon": clock.moment(today, "15:00:00"),
            "this evening": clock.moment(today, "19:00:00"),
            "tonight": clock.moment(today, "22:00:00"),
            "last night": clock.moment(yesterday, "22:00:00"),
            "yesterday evening": clock.moment(yesterday, "19:00:00"),
            "noon": clock.moment(today, "12:00:00"),
            "midnight": clock.moment(today, "00:00:00"),
            "9pm yesterday": clock.moment(yesterday, "21:00:00"),
            // More of the kind.
            "yesterday morning": clock.moment(yesterday, "09:00:00"),
            "yesterday at noon": clock.moment(yesterday, "12:00:00"),
            "9:30 p.m. yesterday": clock.moment(yesterday, "21:30:00"),
        ]
        #expect(try datesStored(Array(expected.keys), clock: clock) == expected)
    }

    @Test func aPartOfTheDayThatHasBegunBeforeItsHourIsNow() throws {
        // 07:00 to 07:59: the morning has begun, its 09:00 has not come; the afternoon has not
        // begun at all.
        let clock = FixedClock(localHour: 7)
        let sandbox = try Sandbox()
        let added = try sandbox.run(["add", "--date", "this morning", "Woke early"], environment: clock.environment)
        #expect(added.succeeded, "\(added.errors)")
        let stored = try #require(try sandbox.entryDates(environment: clock.environment)["Woke early"])
        #expect(stored.hasPrefix("\(clock.day())T07:"), "\(stored)")
        let today = try sandbox.run(["add", "--date", "today", "Today"], environment: clock.environment)
        #expect(today.succeeded)
        #expect(try sandbox.entryDates(environment: clock.environment)["Today"]?.hasPrefix("\(clock.day())T07:") == true)
        for future in ["this afternoon", "this evening", "tonight", "noon", "tomorrow"] {
            try sandbox.expectRefusal(["add", "--date", future, "x"], containing: "that date is in the future", environment: clock.environment)
        }
    }

    @Test func countsOfDaysWeeksAndMonthsNameADayAtNoon() throws {
        let clock = Self.lateEvening
        let expected = [
            "1 month ago": clock.moment(clock.day(months: -1), "12:00:00"),
            // More of the kind.
            "2 months ago": clock.moment(clock.day(months: -2), "12:00:00"),
            "two weeks ago": clock.moment(clock.day(-14), "12:00:00"),
            "a week ago": clock.moment(clock.day(-7), "12:00:00"),
            "3 days ago": clock.moment(clock.day(-3), "12:00:00"),
            "yesterday": clock.moment(clock.day(-1), "12:00:00"),
        ]
        #expect(try datesStored(Array(expected.keys), clock: clock) == expected)
    }

    @Test func aWeekdayOnItsOwnDayIsTodayWhenTheTimeHasPassed() throws {
        let clock = Self.lateEvening
        let today = clock.weekdayName()
        let expected = [
            "\(today) 9am": clock.moment(clock.day(), "09:00:00"),
            "\(today) 23:30": clock.moment(clock.day(-7), "23:30:00"),
            today: clock.moment(clock.day(), "12:00:00"),
            "last \(today)": clock.moment(clock.day(-7), "12:00:00"),
            "\(clock.weekdayName(-1)) 9am": clock.moment(clock.day(-1), "09:00:00"),
        ]
        #expect(try datesStored(Array(expected.keys), clock: clock) == expected)
    }

    /// Entries on the edges of a stretch, and which of them `list --since X --until X` shows.
    func listed(between since: String, and until: String, entries: [String: String], clock: FixedClock) throws -> Set<String> {
        let sandbox = try Sandbox()
        for (text, date) in entries {
            try #require(try sandbox.run(["add", "--date", date, text], environment: clock.environment).succeeded)
        }
        let listed = try sandbox.run(["list", "--since", since, "--until", until, "--format", "json"], environment: clock.environment)
        #expect(listed.succeeded, "\(listed.errors)")
        let found = try #require(try listed.json() as? [[String: Any]])
        return Set(found.compactMap { $0["text"] as? String })
    }

    @Test func lastWeekIsFromItsMondayToItsSunday() throws {
        let clock = Self.lateEvening
        let monday = -clock.daysSinceMonday
        let inside = try listed(
            between: "last week", and: "last week",
            entries: [
                "before": "\(clock.day(monday - 8)) 23:30", "first": "\(clock.day(monday - 7)) 00:30",
                "last": "\(clock.day(monday - 1)) 23:30", "after": "\(clock.day(monday)) 00:30",
            ],
            clock: clock)
        #expect(inside == ["first", "last"])
    }

    @Test func lastMonthAndThisWeekAreWholeToo() throws {
        let clock = Self.lateEvening
        let firstOfThisMonth = clock.calendar.date(from: clock.calendar.dateComponents([.year, .month], from: clock.now))!
        let firstOfLastMonth = clock.calendar.date(byAdding: .month, value: -1, to: firstOfThisMonth)!
        let lastOfTheMonthBefore = clock.calendar.date(byAdding: .day, value: -1, to: firstOfLastMonth)!
        let inMonth = try listed(
            between: "last month", and: "last month",
            entries: [
                "before": "\(clock.isoDay(lastOfTheMonthBefore)) 23:30", "first": "\(clock.isoDay(firstOfLastMonth)) 00:30",
                "after": "\(clock.isoDay(firstOfThisMonth)) 00:30",
            ],
            clock: clock)
        #expect(inMonth == ["first"])
        let monday = -clock.daysSinceMonday
        let inWeek = try listed(
            between: "this week", and: "today",
            entries: ["before": "\(clock.day(monday - 1)) 23:30", "monday": "\(clock.day(monday)) 00:30", "today": "today 9am"],
            clock: clock)
        #expect(inWeek == ["monday", "today"])
    }

    @Test func aDayInSinceAndUntilCountsWhole() throws {
        let clock = Self.lateEvening
        let inside = try listed(
            between: "3 days ago", and: "yesterday",
            entries: [
                "before": "\(clock.day(-4)) 23:59", "early": "\(clock.day(-3)) 00:01", "late": "yesterday 23:59",
                "today": "today 00:01",
            ],
            clock: clock)
        #expect(inside == ["early", "late"])
    }

    @Test func aWeekOrAMonthIsNoDateForAnEntry() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "First").succeeded)
        try sandbox.expectRefusal(["add", "--date", "last week", "x"], containing: "\"last week\" is a whole week, not a day or a time")
        try sandbox.expectRefusal(["add", "--date", "last month", "x"], containing: "is a whole month")
        try sandbox.expectRefusal(["session", "add", "last year"], containing: "is a whole year")
    }

    // MARK: - Refusals

    @Test(arguments: [
        // The issue's kind: a misspelt month gets month forms.
        (["Novmber 3"], "I do not know the word \"Novmber\"", "write a day of a month like"),
        (["3 Noveber 2026"], "I do not know the word \"Noveber\"", "write a day of a month like"),
        (["tusday 9pm"], "I do not know the word \"tusday\"", "name a weekday like"),
        (["yesterdy"], "I do not know the word \"yesterdy\"", "name a day like"),
        (["3 fortnights ago"], "counts in \"fortnights\"", "count in minutes, hours, days, weeks, months or years"),
        (["this evenin"], "I do not know the word \"evenin\"", "name a part of the day like"),
    ])
    func anUnknownWordIsNamedWithFormsOfItsKind(date: [String], problem: String, advice: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "First").succeeded)
        try sandbox.expectRefusal(["add", "--date", date[0], "x"], containing: problem)
        try sandbox.expectRefusal(["add", "--date", date[0], "x"], containing: advice)
    }

    @Test func aDateReadableBothWaysIsRefusedNamingBoth() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "First").succeeded)
        try sandbox.expectRefusal(
            ["add", "--date", "3/11/2026", "x"],
            containing: "\"3/11/2026\" could be 3 November 2026 (day first) or 11 March 2026 (month first) — write it year-month-day: 2026-11-03 or 2026-03-11")
        try sandbox.expectRefusal(["add", "--date", "4/5/2025", "x"], containing: "4 May 2025 (day first) or 5 April 2025 (month first)")
        try sandbox.expectRefusal(["list", "--since", "1/2/2026"], containing: "1 February 2026 (day first) or 2 January 2026")
        try sandbox.expectRefusal(["add", "--date", "31/11/2026", "x"], containing: "November 2026 has 30 days")
    }

    /// The forms a refusal offers, as its advice lists them: `like a, b or c`; a year after a
    /// comma (`November 17th, 2026`) belongs to the form before it.
    static func offeredForms(in message: String) -> [String] {
        guard let like = message.range(of: " like ") else { return [] }
        let list = message[like.upperBound...].prefix { $0 != "\n" }
        var forms: [String] = []
        for piece in list.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ") {
            if piece.count == 4, Int(piece) != nil, !forms.isEmpty {
                forms[forms.count - 1] += ", " + piece
            } else {
                forms.append(piece)
            }
        }
        return forms
    }

    @Test(arguments: ["this evenin", "garbage", "tusday", "Novmber 3", "3 fortnights ago", "9 oclock", "yesterdy"])
    func everyFormOfferedForAnEntryIsAcceptedByAdd(date: String) throws {
        // Just after midnight, when most of today is still to come.
        let clock = FixedClock(localHour: 0)
        let sandbox = try Sandbox()
        let refused = try sandbox.run(["add", "--date", date, "x"], environment: clock.environment)
        #expect(!refused.succeeded)
        let forms = Self.offeredForms(in: refused.errors)
        #expect(!forms.isEmpty, "\(refused.errors)")
        for form in forms {
            let added = try sandbox.run(["add", "--date", form, "x"], environment: clock.environment)
            #expect(added.succeeded, "\(form) was offered but refused: \(added.errors)")
        }
    }

    @Test func helpSaysWhatADateCanBe() throws {
        let help = try Sandbox().run("add", "--help").output.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        for form in ["last night", "Nov 3", "3 November 2025", "13/11/2026", "this morning (09:00)", "noon", "3 days ago"] {
            #expect(help.contains(form), "\(form)")
        }
        #expect(help.contains("A day without a time means noon of that day"))
        let since = try Sandbox().run("list", "--help").output
        #expect(since.contains("last week"))
    }
}

extension Sandbox {
    /// `expectRefusal` in a given environment (a time zone).
    func expectRefusal(
        _ arguments: [String], containing message: String, environment: [String: String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = databaseSnapshot()
        let outcome = try run(arguments, environment: environment)
        #expect(!outcome.succeeded, sourceLocation: sourceLocation)
        #expect(outcome.errors.hasPrefix("journal: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.contains(message), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(databaseSnapshot() == before, "the journal changed", sourceLocation: sourceLocation)
    }
}
