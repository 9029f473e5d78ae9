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
                  journal session add                       # a session just now, or as planned
                  journal session add "yesterday 17:00" --note "talked about work"
                  journal session add --takeaway "I can notice the thought without obeying it"
                  journal session next "thursday 17:00"
                  journal session edit 4 --date "yesterday 18:00" --note "moved to 18:00"
                  journal session delete 4
                """,
            subcommands: [Add.self, List.self, Next.self, Edit.self, Delete.self])
    }
}

extension Journal.Session {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a session that was held (now, unless you say when).",
            discussion: """
                Without WHEN, a planned session whose time has passed with no session recorded \
                near it is recorded at the time it was planned for, and the line printed says so; \
                otherwise the session is recorded now. On a terminal you are then asked what \
                stayed with you (unless --takeaway gave it) and what homework was agreed: Enter \
                skips either. The next digest opens with what stayed with you and the note.
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp(
                "When it was: if not given, as planned or now; like \"yesterday 17:00\" or monday.", valueName: "when"),
            transform: Arguments.when)
        var when: Parsed<ResolvedDate>?

        @Option(help: ArgumentHelp("A short note about the session.", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("What stayed with you from the session, in your words.", valueName: "text"))
        var takeaway: String?

        func validate() throws {
            try when?.validate()
            let moment = try Arguments.moment(when)
            try Arguments.validating { try JournalCore.Session.checkHeld(at: moment.date, now: Arguments.now) }
        }

        func run() throws {
            let store = try options.open(.createIfMissing)
            if when == nil, let session = try store.recordPassedPlannedSession(note: note, takeaway: takeaway, now: Arguments.now) {
                Terminal.write(SessionRendering.recorded(session, atThePlannedTime: true) + "\n")
                return try askAfterwards(about: session, in: store)
            }
            let session = try store.addSession(at: try Arguments.moment(when), note: note, takeaway: takeaway, now: Arguments.now)
            Terminal.write(SessionRendering.recorded(session, atThePlannedTime: false) + "\n")
            try askAfterwards(about: session, in: store)
            SessionReminder.show(from: store)
        }

        /// On a terminal, once the session is recorded: what stayed with the writer (unless
        /// given), then the homework agreed. One question each; Enter skips.
        private func askAfterwards(about session: JournalCore.Session, in store: JournalStore) throws {
            guard Terminal.standardInputIsTerminal else { return }
            if takeaway == nil, let answer = Terminal.ask("What stayed with you from the session? (Enter skips)") {
                let (_, after) = try store.updateSession(id: session.id, note: nil, takeaway: answer, moment: nil, now: Arguments.now)
                if after.takeaway != nil { Terminal.write("Kept what stayed with you, for the next digest.\n") }
            }
            guard let text = Terminal.ask("Homework agreed at the session? (Enter skips)") else { return }
            let now = Arguments.now
            let planned = try store.nextSession(after: now)
            let homework = try store.addHomework(NewHomework(text: text, set: try Arguments.moment(nil), due: planned?.moment))
            Terminal.write(
                HomeworkRendering.added(homework, dueAtPlannedSession: planned != nil)
                    + " More: journal homework add \"…\" (--kind and --times for worksheets).\n")
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
            let overview = try options.open(.readOnlyOrEmpty).sessionOverview(now: Arguments.now)
            Terminal.write(SessionRendering.overview(overview, style: Terminal.outputStyle))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a session's note, what stayed with you, or its date.",
            discussion: """
                Examples:
                  journal session edit 4 --note "talked about the move"
                  journal session edit 4 --takeaway "I am allowed to rest"
                  journal session edit 4 --date "yesterday 18:00"
                  journal session edit 4 --note ""          # removes the note
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The session's id, as journal session list shows it: 4 or #4.", valueName: "id"))
        var id: RecordID

        @Option(help: ArgumentHelp("A new note; an empty one removes it.", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("What stayed with you from the session; an empty one removes it.", valueName: "text"))
        var takeaway: String?

        @Option(
            help: ArgumentHelp(
                "When it was, like \"yesterday 17:00\" (to move the planned one: journal session next WHEN).",
                valueName: "when"),
            transform: Arguments.when)
        var date: Parsed<ResolvedDate>?

        func validate() throws {
            try date?.validate()
            if note == nil, takeaway == nil, date == nil {
                throw ValidationError("say what to change — --note TEXT, --takeaway TEXT, --date WHEN, or more of them")
            }
        }

        func run() throws {
            let (before, after) = try options.open(.existingOrEmpty).updateSession(
                id: id.value, note: note, takeaway: takeaway, moment: date == nil ? nil : try Arguments.moment(date), now: Arguments.now)
            Terminal.write(SessionRendering.changes(from: before, to: after) + "\n")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Remove a session recorded by mistake, or a plan that did not take place.",
            discussion: "On a terminal you are asked to confirm; in a script, add --yes.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The session's id, as journal session list shows it: 4 or #4.", valueName: "id"))
        var id: RecordID

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let session = try store.session(id: id.value)
            guard
                try Confirmation.confirmDeleting(
                    "session \(id)", showing: [SessionRendering.oneLine(session, style: Terminal.errorStyle)],
                    question: "Delete this session for good?", yes: yes, deleteCommand: "journal session delete \(id)")
            else { return }
            try store.deleteSession(id: id.value)
            Terminal.write("Deleted session \(id).\n")
        }
    }
}
