import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock",
            abstract: "Keep your encrypted journal open for a while, without typing the passphrase each time.",
            discussion: """
                Asks for the passphrase once and keeps the key made from it in the kernel's keyring \
                of your login session, never on the disk: until the time runs out, or journal lock, \
                commands of this session open the journal without asking. Anyone using your login \
                meanwhile can read it too. Where the system has no kernel keyring (some containers), \
                journal says so and asks each time.

                Examples:
                  journal unlock
                  journal unlock --for 1h
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            name: .customLong("for"),
            help: ArgumentHelp(
                "How long to keep it unlocked: 15m, 90s, 2h, 1h30m (at most 24 hours).", valueName: "time"),
            transform: { text in try Parsed(text) { try UnlockTime.parse($0) } })
        var time: Parsed<Duration>?

        func validate() throws {
            try time?.validate()
        }

        func run() throws {
            let time = try time?.value() ?? JournalKeyring.usualTime
            let access = options.access(.mustExist(readOnly: true))
            try JournalKeyring.unlock(access, for: time)
            let now = Moment(Arguments.now, utcOffsetSeconds: LocalClock.utcOffset(at: Arguments.now)).localTime
            let endDate = Arguments.now.addingTimeInterval(TimeInterval(time.components.seconds))
            let end = Moment(endDate, utcOffsetSeconds: LocalClock.utcOffset(at: endDate)).localTime
            let until = end.calendarDay == now.calendarDay ? end.clockTime : end.readableMoment
            Terminal.write(
                "Unlocked the journal at \(access.path) for \(UnlockTime.spoken(time)), until \(until): "
                    + "commands in this login session open it without asking. journal lock locks it at once.\n")
        }
    }
}
