import Foundation
import Testing
@testable import JournalCore

// Expected values are written as ISO 8601 text with explicit offsets and read by Foundation's
// own ISO 8601 parser, so they do not depend on the code under test.

/// What an input should resolve to.
struct ExpectedDate: Sendable, CustomTestStringConvertible {
    let input: String
    /// The expected start; its written offset is the expected `utcOffsetSeconds`.
    let date: String
    /// For an input naming more than a moment, the expected first instant after it.
    let end: String?
    let extent: ResolvedDate.Extent
    /// The moment the input stands for, when the test says; a moment stands for itself.
    let standsFor: String?

    /// A moment.
    init(_ input: String, _ date: String) {
        (self.input, self.date, end, extent, standsFor) = (input, date, nil, .moment, nil)
    }

    /// A whole day, from `date` until `end`, standing for `standsFor` when given.
    init(_ input: String, _ date: String, wholeDayUntil end: String, standingFor standsFor: String? = nil) {
        (self.input, self.date, self.end, extent, self.standsFor) = (input, date, end, .day, standsFor)
    }

    /// A stretch of time of `extent`, from `date` until `end`.
    init(_ input: String, _ date: String, until end: String, extent: ResolvedDate.Extent, standingFor standsFor: String? = nil) {
        (self.input, self.date, self.end, self.extent, self.standsFor) = (input, date, end, extent, standsFor)
    }

    var testDescription: String { "\"\(input)\" → \(date)" }
}

func instant(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text), "fixture \(text) is not ISO 8601")
}

/// The offset written at the end of an ISO 8601 fixture: `Z`, `+01:00` or `-05:00`.
func writtenOffset(_ text: String) throws -> Int {
    if text.hasSuffix("Z") {
        return 0
    }
    let suffix = text.suffix(6)
    let sign = suffix.first == "-" ? -1 : 1
    let hours = try #require(Int(suffix.dropFirst().prefix(2)))
    let minutes = try #require(Int(suffix.suffix(2)))
    return sign * (hours * 3600 + minutes * 60)
}

func parser(now: String, in identifier: String) throws -> DateExpressionParser {
    DateExpressionParser(now: try instant(now), timeZone: try #require(TimeZone(identifier: identifier)))
}

func moment(_ text: String) throws -> Moment {
    Moment(try instant(text), utcOffsetSeconds: try writtenOffset(text))
}

func expect(
    _ resolution: ExpectedDate, now: String, in identifier: String, looksAhead: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let zone = try #require(TimeZone(identifier: identifier))
    let resolved = try DateExpressionParser(now: try instant(now), timeZone: zone, looksAhead: looksAhead)
        .parse(resolution.input)
    let context = "\"\(resolution.input)\" at \(now) in \(identifier)"
    #expect(resolved.start == (try moment(resolution.date)), "start of \(context)", sourceLocation: sourceLocation)
    #expect(resolved.end == (try instant(resolution.end ?? resolution.date)), "end of \(context)", sourceLocation: sourceLocation)
    #expect(resolved.extent == resolution.extent, "extent of \(context)", sourceLocation: sourceLocation)
    if resolution.extent == .moment {
        #expect(resolved.moment == resolved.start, "moment of \(context)", sourceLocation: sourceLocation)
    } else if let standsFor = resolution.standsFor {
        #expect(resolved.moment == (try moment(standsFor)), "moment of \(context)", sourceLocation: sourceLocation)
    }
}

func refusal(
    _ input: String, now: String = berlinWednesday, in identifier: String = berlin, looksAhead: Bool = false
) throws -> DateExpressionError? {
    let parser = DateExpressionParser(
        now: try instant(now), timeZone: try #require(TimeZone(identifier: identifier)), looksAhead: looksAhead)
    do {
        let resolved = try parser.parse(input)
        Issue.record("\"\(input)\" was accepted as \(resolved)")
        return nil
    } catch {
        return error
    }
}

let berlin = "Europe/Berlin"
let newYork = "America/New_York"
let kolkata = "Asia/Kolkata"

let berlinWednesday = "2026-11-18T15:45:30+01:00"
let berlinMonday = "2026-11-16T10:00:00+01:00"
let berlinJustAfterMidnight = "2026-11-19T00:10:00+01:00"
let newYorkWednesday = "2026-11-18T15:45:30-05:00"
let kolkataWednesday = "2026-11-18T15:45:30+05:30"

