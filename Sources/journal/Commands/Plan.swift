import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Write and read your plan for between sessions, and for when things get worse.",
            discussion: """
                Write down what contact you and your therapist agreed between sessions, what to do \
                when things get worse, people you can reach, what helps you cope and emergency \
                numbers. The plan is shown by itself when you add an entry with a mood of 0 or 1, \
                and after a PHQ-9 check-in that answers its last item above 0. It stays on this \
                computer: nothing is ever sent anywhere or to anyone.

                Examples:
                  journal plan edit                      # in your editor
                  journal plan edit < my-plan.md         # from a file
                  journal plan show
                  journal plan show --history            # when it changed
                """,
            subcommands: [Edit.self, Show.self])
    }
}

extension Journal.Plan {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Write or change your plan.",
            discussion: """
                Your editor opens ($VISUAL, else $EDITOR, else sensible-editor, editor, nano or vi) \
                with your plan, or the first time with headings to fill in; standard input is read \
                instead when it is not a terminal. Every version is kept. A plan saved empty keeps \
                the one you had. A plan that cannot be stored once your editor has closed is kept \
                as a draft, which --from-draft stores.
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Store a kept draft of your plan (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        func run() throws {
            let saving: PlanSaving
            if let draft {
                let (kept, text) = try KeptDraft.read(draft, options: options) { draft -> String? in
                    guard case .plan(let text) = draft else { return nil }
                    return text
                }
                saving = try save(text)
                kept.remove()
            } else if Terminal.standardInputIsTerminal {
                // Looked at without creating the journal, so that an editor that fails leaves no trace.
                let current = try options.open(.existingOrEmpty).currentPlan()
                let initialText = current.map { $0.text + "\n" } ?? SupportPlan.template
                saving = try EditorWriting.write(
                    startingFrom: initialText, toStore: "your plan", options: options, draft: { .plan($0) }
                ) { text in
                    // Checked before the file is opened, so that a plan saved empty leaves no trace.
                    try SupportPlan.check(text, replacing: current)
                    return try save(text)
                }
            } else {
                let text = try Terminal.readStandardInput()
                try SupportPlan.check(text, replacing: try options.open(.existingOrEmpty).currentPlan())
                saving = try save(text)
            }
            switch saving {
            case .saved(let version): Terminal.write("Saved your plan · \(version.localTime.readableMoment)\n")
            case .unchanged: Terminal.write("No change to your plan.\n")
            }
        }

        private func save(_ text: String) throws -> PlanSaving {
            let now = Date()
            return try options.open(.createIfMissing).savePlan(text, at: Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print your plan.")

        @OptionGroup var options: JournalOptions

        @Flag(help: "List the dates your plan was written and changed instead.")
        var history = false

        func run() throws {
            let store = try options.open(.readOnlyOrEmpty)
            let style = Terminal.outputStyle
            Terminal.write(
                history
                    ? PlanRendering.history(try store.planHistory(), style: style)
                    : PlanRendering.plan(try store.currentPlan(), style: style))
        }
    }
}
