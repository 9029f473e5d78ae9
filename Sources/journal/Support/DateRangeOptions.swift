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

    func validate() throws {
        _ = try resolved(now: Date())
    }

    /// The first instant of `--since` and the first instant after `--until`, so that
    /// `--until yesterday` includes all of yesterday.
    func resolved(now: Date) throws -> (since: Date?, until: Date?) {
        (try since.map { try Arguments.when($0, now: now).date }, try until.map { try Arguments.when($0, now: now).end })
    }
}
