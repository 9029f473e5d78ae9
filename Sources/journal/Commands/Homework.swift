import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Homework: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "homework",
            abstract: "Keep the homework agreed at a session, and say how it went.",
            discussion: """
                Homework is due at your next planned session unless you say when. Homework that \
                asks for worksheets (--kind thought-record --times 3) counts, by itself, the \
                worksheets of that kind you write after it was set: you mark nothing. The next \
                digest (journal prep) shows each item with how it went; open items from before \
                are carried over.

                Examples:
                  journal homework add "Walk after lunch, three times"
                  journal homework add "Thought records when anxious" --kind thought-record --times 3
                  journal homework list
                  journal homework review 2 --partly --note "work got busy"
                """,
            subcommands: [Add.self, List.self, Edit.self, Review.self, Delete.self])
    }
}

extension Journal.Homework {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Keep homework agreed at a session.",
            discussion: "Example: journal homework add \"Sleep diary every morning\" --kind sleep --times 7")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("What was agreed.", valueName: "text"))
        var text: [String]

        @Option(
            help: ArgumentHelp(
                "A kind of worksheet it asks for, counted as you write them: thought-record, activity, sleep, exposure or diary-card.",
                valueName: "kind"),
            completion: Arguments.worksheetKinds, transform: Arguments.worksheetKind)
        var kind: Parsed<WorksheetKind>?

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("How many worksheets of that kind, from 1 to \(WorksheetTarget.maximumTimes) (1 if not given).", valueName: "n"))
        var times: Int?

        @Option(
            help: ArgumentHelp("When it is due, if not at your next planned session: \"next thursday 17:00\".", valueName: "when"),
            transform: Arguments.whenAhead)
        var due: Parsed<ResolvedDate>?

        func validate() throws {
            try kind?.validate()
            try due?.validate()
            try Arguments.validating {
                _ = try JournalCore.Homework.checkedText(text.joined(separator: " "))
                if let times {
                    guard kind != nil else { throw HomeworkError.timesWithoutKind }
                    try JournalCore.Homework.checkTimes(times)
                }
            }
        }

        func run() throws {
            let now = Arguments.now
            let set = try Arguments.moment(nil)
            let given = due == nil ? nil : try Arguments.moment(due)
            if let given { try JournalCore.Homework.checkDue(given, set: set) }
            let store = try options.open(.createIfMissing)
            let planned = given == nil ? try store.nextSession(after: now) : nil
            let homework = try store.addHomework(
                NewHomework(
                    text: text.joined(separator: " "), worksheets: try kind.map { WorksheetTarget(kind: try $0.value(), times: times ?? 1) },
                    set: set, due: given ?? planned?.moment))
            Terminal.write(HomeworkRendering.added(homework, dueAtPlannedSession: planned != nil) + "\n")
            options.noteIfNew(store)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Show the open homework, oldest first, with the worksheets written for it.")

        @OptionGroup var options: JournalOptions

        @Flag(help: "Show reviewed homework too.")
        var all = false

        @Option(help: ArgumentHelp("How to print it.", valueName: "format"))
        var format: OutputFormat = .text

        func run() throws {
            let items = try options.open(.readOnlyOrEmpty).homework(includingReviewed: all)
            if items.isEmpty, format == .text {
                return Terminal.write(
                    all ? "No homework yet. Keep what was agreed with: journal homework add \"…\"\n"
                        : "No open homework. journal homework list --all shows the reviewed too.\n")
            }
            let offset = LocalClock.utcOffset(at: Arguments.now)
            let listing = HomeworkRendering.list(items, format: format, style: Terminal.outputStyle, utcOffsetSeconds: offset)
            format == .markdown ? Terminal.writeDocument(listing) : Terminal.write(listing)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a homework's text, worksheets or due time.",
            discussion: """
                Examples:
                  journal homework edit 2 --text "Walk after lunch"
                  journal homework edit 2 --times 5
                  journal homework edit 2 --no-worksheets
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The homework's id, as journal homework list shows it: 2 or #2.", valueName: "id"))
        var id: RecordID

        @Option(help: ArgumentHelp("The new text.", valueName: "text"))
        var text: String?

        @Option(
            help: ArgumentHelp("The kind of worksheet it asks for: thought-record, activity, sleep, exposure or diary-card.", valueName: "kind"),
            completion: Arguments.worksheetKinds, transform: Arguments.worksheetKind)
        var kind: Parsed<WorksheetKind>?

        @Option(parsing: .unconditional, help: ArgumentHelp("How many worksheets it asks for.", valueName: "n"))
        var times: Int?

        @Flag(help: "It no longer asks for worksheets.")
        var noWorksheets = false

        @Option(help: ArgumentHelp("When it is due, like \"next thursday 17:00\".", valueName: "when"), transform: Arguments.whenAhead)
        var due: Parsed<ResolvedDate>?

        func validate() throws {
            try kind?.validate()
            try due?.validate()
            if noWorksheets, kind != nil || times != nil {
                throw ValidationError("--no-worksheets and --kind or --times contradict each other — give one of them")
            }
            if text == nil, kind == nil, times == nil, !noWorksheets, due == nil {
                throw ValidationError("say what to change — --text, --kind, --times, --no-worksheets or --due")
            }
            try Arguments.validating {
                if let text { _ = try JournalCore.Homework.checkedText(text) }
                if let times { try JournalCore.Homework.checkTimes(times) }
            }
        }

        func run() throws {
            let change = HomeworkChange(
                text: text, kind: try kind?.value(), times: times, clearsWorksheets: noWorksheets, due: due == nil ? nil : try Arguments.moment(due))
            let (before, after) = try options.open(.existingOrEmpty).updateHomework(id: id.value, change)
            Terminal.write(HomeworkRendering.changes(from: before, to: after) + "\n")
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review", abstract: "Say how a homework went: done, partly or not done.",
            discussion: """
                A new review replaces the one before.

                Examples:
                  journal homework review 2 --done
                  journal homework review 3 --not-done --note "I was too tired after work"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The homework's id, as journal homework list shows it: 2 or #2.", valueName: "id"))
        var id: RecordID

        @Flag(help: "It is done.")
        var done = false

        @Flag(help: "Some of it is done.")
        var partly = false

        @Flag(help: "It is not done.")
        var notDone = false

        @Option(help: ArgumentHelp("What got in the way, or how it went, in your words.", valueName: "text"))
        var note: String?

        /// One of the three, as the flags given say; nil when not exactly one was given.
        private var status: HomeworkStatus? {
            let given = [(done, HomeworkStatus.done), (partly, .partly), (notDone, .notDone)].filter(\.0)
            return given.count == 1 ? given[0].1 : nil
        }

        func validate() throws {
            guard status != nil else {
                throw ValidationError("say how it went with one of --done, --partly or --not-done — for example: journal homework review \(id) --partly")
            }
        }

        func run() throws {
            guard let status else { return }
            let item = try options.open(.existingOrEmpty).reviewHomework(id: id.value, status: status, note: note, now: Arguments.now)
            Terminal.write(HomeworkRendering.reviewed(item) + "\n")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Remove a homework kept by mistake.",
            discussion: "On a terminal you are asked to confirm; in a script, add --yes.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The homework's id, as journal homework list shows it: 2 or #2.", valueName: "id"))
        var id: RecordID

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let item = try store.homework(id: id.value)
            guard
                try Confirmation.confirmDeleting(
                    "homework \(id)", showing: [HomeworkRendering.oneLine(item.homework, style: Terminal.errorStyle)],
                    question: "Delete this homework for good?", yes: yes, deleteCommand: "journal homework delete \(id)")
            else { return }
            try store.deleteHomework(id: id.value)
            Terminal.write("Deleted homework \(id).\n")
        }
    }
}
