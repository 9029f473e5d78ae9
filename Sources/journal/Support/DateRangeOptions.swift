import ArgumentParser
import Foundation
import JournalCore

/// `--since` and `--until`, as the commands that look back over a stretch of time take them.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only entries from this day or moment on.", valueName: "when"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries up to this day or moment (the whole day when no time is given).", valueName: "when"))
    var until: String?

    var isSet: Bool { since != nil || until != nil }

    /// A range no entry can fall in is a mistake: saying "No entries match" would hide it.
    func validate() throws {
        let now = Date()
        let (start, end) = try resolved(now: now)
        if let since, let start { try Self.checkHasPassed(since, start, now: now) }
        if let since, let until, let start, let end, start >= end {
            throw ValidationError(
                "--since \"\(since)\" comes after --until \"\(until)\", so no entry could match — swap them, or check the dates")
        }
    }

    /// Entries are never in the future, so neither can be the start of what is looked at.
    static func checkHasPassed(_ since: String, _ start: Date, now: Date) throws {
        guard start <= now else {
            throw ValidationError("--since \"\(since)\" is in the future, so no entry could match — give a day or time that has passed")
        }
    }

    /// The first instant of `--since` and the first instant after `--until`, so that
    /// `--until yesterday` includes all of yesterday.
    func resolved(now: Date) throws -> (since: Date?, until: Date?) {
        (try since.map { try Arguments.when($0, now: now).date }, try until.map { try Arguments.when($0, now: now).end })
    }
}
