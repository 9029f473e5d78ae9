import Foundation
import Testing

/// Days to type to `journal`, worked out from the clock on the sandbox's calendar rather than
/// written out: a date written out turns one day (the future becomes the past), and the day
/// before a date read after a command ran is not the command's yesterday once midnight passed.
enum Days {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: Sandbox.timeZone)!
        return calendar
    }()

    /// The day `date` falls on, as `2026-11-28`, `days` later (earlier when negative).
    static func day(of date: Date, plus days: Int = 0) -> String {
        let shifted = calendar.date(byAdding: .day, value: days, to: date) ?? date
        let parts = calendar.dateComponents([.year, .month, .day], from: shifted)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private static var thisYear: Int { calendar.component(.year, from: Date()) }

    /// 5 January of last year: a day that has passed whenever the tests run, in winter, when
    /// Berlin is at +01:00.
    static var lastWinter: String { "\(thisYear - 1)-01-05" }

    /// 1 January of last year, a few days before `lastWinter`.
    static var lastNewYear: String { "\(thisYear - 1)-01-01" }

    /// 1 January of next year: a day to come whenever the tests run.
    static var nextNewYear: String { "\(thisYear + 1)-01-01" }
}

/// The day a test began, for a test whose expectations hold only if it ends on the same day (a
/// streak that counts today, a digest that ends today, compared with another).
struct DayOfTest {
    let start = Date()

    /// Cancels the test, saying why, when midnight has passed since it began: what it expects of
    /// "today" no longer holds, which says nothing about `journal`.
    func cancelIfMidnightPassed(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let began = Days.day(of: start)
        let now = Days.day(of: Date())
        if now != began {
            try Test.cancel(
                "midnight passed while the test ran (\(began) to \(now)), so its expectations of today no longer hold: run it again",
                sourceLocation: sourceLocation)
        }
    }
}
