import Foundation
import Testing

@testable import JournalCore

@Suite("Checking an entry before it is stored")
struct EntryValidationTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func entry(_ text: String, mood: Int? = nil, feelings: [String] = [], date: Date? = nil) -> NewEntry {
        NewEntry(text: text, mood: mood, feelings: feelings, moment: Moment(date ?? now, utcOffsetSeconds: 3600))
    }

    @Test(arguments: [0, 5, 10])
    func moodsFromZeroToTenAreKept(mood: Int) throws {
        #expect(try entry("x", mood: mood).validated(now: now).mood == mood)
    }

    @Test(arguments: [-1, 11, 100])
    func moodsOutsideZeroToTenAreRefused(mood: Int) {
        #expect(throws: EntryError.moodOutOfRange(mood)) { try entry("x", mood: mood).validated(now: now) }
    }

    @Test func moodTextIsParsedOrRefusedNamingIt() throws {
        #expect(try Mood.parse(" 7 ") == 7)
        #expect(throws: EntryError.moodNotANumber("high")) { try Mood.parse("high") }
        #expect(throws: EntryError.moodOutOfRange(11)) { try Mood.parse("11") }
    }

    @Test(arguments: [
        ("7/10", 7), (" 7 / 10 ", 7), ("10/10", 10), ("0/10", 0), ("5.0", 5), ("5.", 5), ("5,00", 5), ("07", 7),
        ("+3", 3), ("0.0", 0),
    ])
    func moodsWrittenOutOfTenOrWithADecimalPointAreWholeNumbers(text: String, mood: Int) throws {
        #expect(try Mood.parse(text) == mood)
    }

    @Test(arguments: ["7.5", "6,5", "0.1", "9.99"])
    func moodsBetweenWholeNumbersAreRefusedAsNotWhole(text: String) throws {
        #expect(throws: EntryError.moodNotWhole(text)) { try Mood.parse(text) }
        #expect(EntryError.moodNotWhole(text).problem.contains("is not a whole number; moods are whole numbers from 0"))
    }

    @Test func aMoodBetweenTwoIsToldBothToRoundTo() {
        #expect(EntryError.moodNotWhole("7.5").advice == "round it to a whole number: --mood 7 or --mood 8")
        #expect(EntryError.moodNotWhole("6,5").advice == "round it to a whole number: --mood 6 or --mood 7")
    }

    @Test(arguments: [("7/5", EntryError.moodNotOutOfTen("7/5")), ("11/10", .moodOutOfRange(11)), ("7.5/10", .moodNotWhole("7.5")),
        ("-1/10", .moodOutOfRange(-1)), ("10.5", .moodNotWhole("10.5")), ("7/", .moodNotOutOfTen("7/")), ("1e1", .moodNotANumber("1e1")),
    ])
    func otherMoodsAreRefusedSayingWhy(text: String, error: EntryError) {
        #expect(throws: error) { try Mood.parse(text) }
    }

    @Test func feelingsTypedWithCommasAreSeveral() throws {
        let validated = try entry("x", feelings: ["anxious, tired", "hopeful,Calm"]).validated(now: now)
        #expect(validated.feelings == ["anxious", "calm", "hopeful", "tired"])
        #expect(Feelings.splitting(["let down, tired", "  "]) == ["let down", "tired", "  "])
        #expect(throws: EntryError.self) { try entry("x", feelings: [" , "]).validated(now: now) }
    }

    @Test func tagsTypedWithCommasOrSpacesAreSeveral() throws {
        let validated = try NewEntry(text: "x #home", tags: ["work, family", "#sleep,rest"], moment: Moment(now, utcOffsetSeconds: 0))
            .validated(now: now)
        #expect(validated.tags == ["family", "home", "rest", "sleep", "work"])
        #expect(throws: EntryError.invalidTag("two words")) {
            try NewEntry(text: "x", tags: ["family, two words"], moment: Moment(now, utcOffsetSeconds: 0)).validated(now: now)
        }
        #expect(throws: EntryError.invalidTag(",")) {
            try NewEntry(text: "x", tags: [","], moment: Moment(now, utcOffsetSeconds: 0)).validated(now: now)
        }
    }

    @Test(arguments: ["", "   ", "\n\n\t", "\u{0}"])
    func blankTextIsRefused(text: String) {
        #expect(throws: EntryError.emptyText) { try entry(text).validated(now: now) }
    }

    @Test func aDateInTheFutureIsRefusedButAMomentAheadIsNow() throws {
        #expect(throws: EntryError.dateInFuture) {
            try entry("x", date: now.addingTimeInterval(3600)).validated(now: now)
        }
        #expect(try entry("x", date: now.addingTimeInterval(30)).validated(now: now).moment.date > now)
    }

    @Test func feelingsAreLowerCasedTrimmedAndKeptOnce() throws {
        let validated = try entry("x", feelings: ["Anxious", " tired ", "anxious", "let down"]).validated(now: now)
        #expect(validated.feelings == ["anxious", "let down", "tired"])
    }

    @Test(arguments: ["", "  ", "two\nlines", String(repeating: "a", count: 41)])
    func malformedFeelingsAreRefused(feeling: String) {
        #expect(throws: EntryError.self) { try entry("x", feelings: [feeling]).validated(now: now) }
    }

    @Test func textLosesOnlyLeadingBlankLinesAndTrailingSpace() {
        #expect(EntryText.normalized("\n\n  indented first line\nsecond  \n\n") == "  indented first line\nsecond")
        #expect(EntryText.normalized("exact\u{0}text\u{1B}[31m") == "exact\u{0}text\u{1B}[31m")
    }
}
