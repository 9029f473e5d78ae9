import ArgumentParser
import Foundation
import JournalCore

/// `--since` and `--until`, as the commands that look back over a stretch of time take them.
struct DateRangeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only entries from this day or moment on: yesterday, monday, last week, Nov 3, 3 days ago.",
            discussion: DateHelp.ranges + " " + DateHelp.forms, valueName: "when"),
        transform: Arguments.when)
    var since: Parsed<ResolvedDate>?

    @Option(
        help: ArgumentHelp(
            "Only entries up to this day or moment (the whole day when no time is given).",
            discussion: "Takes the same forms as --since.", valueName: "when"),
        transform: Arguments.when)
    var until: Parsed<ResolvedDate>?

    var isSet: Bool { since != nil || until != nil }

    /// A range no entry can fall in is a mistake: saying "No entries match" would hide it.
    func validate() throws {
        try since?.validate()
        try until?.validate()
        if let since { try Self.checkHasPassed(since) }
        if let since, let until, try since.value().start.date >= until.value().end {
            throw ValidationError(
                "--since \"\(since.text)\" comes after --until \"\(until.text)\", so no entry could match — swap them, or check the dates")
        }
    }

    /// Entries are never in the future, so neither can be the start of what is looked at.
    static func checkHasPassed(_ since: Parsed<ResolvedDate>) throws {
        guard try since.value().start.date <= Arguments.now else {
            throw ValidationError("--since \"\(since.text)\" is in the future, so no entry could match — give a day or time that has passed")
        }
    }

    /// The first instant of `--since`, and the first instant after `--until`, so that
    /// `--until yesterday` includes all of yesterday.
    var start: Date? { get throws { try since?.value().start.date } }
    var end: Date? { get throws { try until?.value().end } }
}
