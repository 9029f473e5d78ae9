import ArgumentParser
import Foundation
import JournalCore

/// Checks of argument values shared by several commands, for use in `validate()`.
enum Arguments {
    /// A mood as typed: a whole number from 0 to 10.
    static func mood(_ text: String) throws -> Int {
        try validating { try Mood.parse(text) }
    }

    /// A date expression (`yesterday 9pm`, `2026-11-20`, …) in the local time zone; looking
    /// ahead, `thursday` and `17:00` name the next ones.
    static func when(_ text: String, now: Date, looksAhead: Bool = false) throws -> ResolvedDate {
        try validating {
            try DateExpressionParser(now: now, timeZone: LocalClock.timeZone(at: now), looksAhead: looksAhead)
                .parse(text)
        }
    }

    /// The moment an entry or session is about: now when `when` is nil.
    static func moment(_ when: String?, now: Date, looksAhead: Bool = false) throws -> Moment {
        guard let when else { return Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)) }
        return try Self.when(when, now: now, looksAhead: looksAhead)
            .entryMoment(now: now, timeZone: LocalClock.timeZone(at: now))
    }

    /// A file's path as typed, with a leading `~` as the home folder, as for `--db`: the shell
    /// leaves it in `--output=~/prep.md`.
    static func path(_ text: String) -> String {
        JournalLocation.expandingTilde(in: text, home: Environment.homeFolders)
    }

    /// Runs `body`, presenting a journal failure the way ArgumentParser presents its own
    /// validation errors: with the usage of the command.
    static func validating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as JournalFailure {
            throw ValidationError("\(failure.problem) — \(failure.advice)")
        }
    }
}
