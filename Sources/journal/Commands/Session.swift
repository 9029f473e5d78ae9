import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session",
            abstract: "Record the therapy sessions you had, and plan the next one.",
            discussion: """
                The digest (journal prep) covers everything since the last session you recorded.

                Examples:
                  journal session add                       # a session just now
                  journal session add "yesterday 17:00" --note "talked about work"
                  journal session next "thursday 17:00"
                """,
            subcommands: [Add.self, List.self, Next.self, Delete.self])
    }
}

extension Journal.Session {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a session that was held (now, unless you say when).")

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("When it was: now if not given; like \"yesterday 17:00\" or monday.", valueName: "when"),
            transform: Arguments.when)
        var when: Parsed<ResolvedDate>?

        @Option(help: ArgumentHelp("A short note about the session.", valueName: "text"))
        var note: String?

        func validate() throws {
            try when?.validate()
            let moment = try Arguments.moment(when)
            try Arguments.validating { try JournalCore.Session.checkHeld(at: moment.date, now: Arguments.now) }
        }

        func run() throws {
            let session = try options.open(.createIfMissing).addSession(
                at: try Arguments.moment(when), note: note, now: Arguments.now)
            Terminal.write("Recorded session \(session.id) · \(session.localTime.readableMoment)\n")
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Plan the next session.",
            discussion: """
                A weekday or a time on its own means the next one: "thursday 17:00" is the coming \
                Thursday.

                Example: journal session next "thursday 17:00"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("When it will be, like \"thursday 17:00\" or \"2026-12-03 17:00\".", valueName: "when"),
            transform: Arguments.whenAhead)
        var when: Parsed<ResolvedDate>

        func validate() throws {
            try when.validate()
            let moment = try Arguments.moment(when)
            try Arguments.validating { try JournalCore.Session.checkPlanned(at: moment.date, now: Arguments.now) }
        }

        func run() throws {
            let session = try options.open(.createIfMissing).planNextSession(
                at: try Arguments.moment(when), now: Arguments.now)
            Terminal.write("Next session planned for \(session.localTime.readableMoment)\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show the sessions, with how many entries you wrote between them.")

        @OptionGroup var options: JournalOptions

        func run() throws {
            let overview = try options.open(.readOnlyOrEmpty).sessionOverview()
            Terminal.write(SessionRendering.overview(overview, style: Terminal.outputStyle))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Remove a session recorded by mistake.")

        @OptionGroup var options: JournalOptions

        @Argument(help: "The session's id, as journal session list shows it.")
        var id: Int64

        func run() throws {
            try options.open(.existingOrEmpty).deleteSession(id: id)
            Terminal.write("Deleted session \(id).\n")
        }
    }
}
