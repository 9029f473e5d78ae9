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
        #expect(throws: EntryError.moodNotANumber("6.5")) { try Mood.parse("6.5") }
        #expect(throws: EntryError.moodOutOfRange(11)) { try Mood.parse("11") }
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
