import ArgumentParser
import Foundation
import JournalCore

/// How the commands read the values typed after their options.
enum Arguments {
    /// The moment the command started: every date typed is read against it, and the command
    /// works with the same moment.
    static let now = Date()

    /// A mood as typed: a whole number from 0 to 10.
    static func mood(_ text: String) throws -> Parsed<Int> {
        try Parsed(text) { try Mood.parse($0) }
    }

    /// A date expression (`yesterday 9pm`, `2026-11-20`, …) in the local time zone.
    static func when(_ text: String) throws -> Parsed<ResolvedDate> {
        try Parsed(text) { try DateExpressionParser(now: now, timeZone: LocalClock.timeZone(at: now)).parse($0) }
    }

    /// A date expression looking ahead: `thursday` and `17:00` name the next ones.
    static func whenAhead(_ text: String) throws -> Parsed<ResolvedDate> {
        try Parsed(text) {
            try DateExpressionParser(now: now, timeZone: LocalClock.timeZone(at: now), looksAhead: true).parse($0)
        }
    }

    /// The moment an entry, a session or a check-in is about: now when no date was typed; the
    /// one the words stand for (`ResolvedDate.moment`) when they were; refused for a week, a
    /// month or a year, which stand for no one moment.
    static func moment(_ when: Parsed<ResolvedDate>?) throws -> Moment {
        guard let when else { return Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)) }
        let resolved = try when.value()
        guard let moment = resolved.moment else {
            throw DateExpressionError.noOneMoment(when.text, extent: resolved.extent)
        }
        return moment
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

/// A value typed on the command line, read once, when the arguments are parsed (through an
/// option's `transform:`): `validate()` refuses it with the journal's own message and the
/// command's usage, and `run()` takes what was read.
struct Parsed<Value: Sendable>: Sendable {
    /// As typed, for messages that quote it.
    let text: String
    private let reading: Reading

    private enum Reading: Sendable {
        case value(Value)
        case failure(any JournalFailure)
    }

    init(_ text: String, reading read: (String) throws -> Value) throws {
        self.text = text
        do {
            reading = .value(try read(text))
        } catch let failure as JournalFailure {
            reading = .failure(failure)
        }
    }

    /// Throws what was wrong with the value, as ArgumentParser presents its own validation
    /// errors.
    func validate() throws {
        if case .failure(let failure) = reading { throw ValidationError("\(failure.problem) — \(failure.advice)") }
    }

    /// What was read; it is there once `validate()` has passed.
    func value() throws -> Value {
        switch reading {
        case .value(let value): return value
        case .failure(let failure): throw failure
        }
    }
}
