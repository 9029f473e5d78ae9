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
                Your editor opens ($VISUAL, else $EDITOR, else vi) with your plan, or the first \
                time with headings to fill in; standard input is read instead when it is not a \
                terminal. Every version is kept. A plan saved empty keeps the one you had.
                """)

        @OptionGroup var options: JournalOptions

        func run() throws {
            // Looked at without creating the journal, so that an editor that fails leaves no trace.
            let current = try options.open(.existingOrEmpty).currentPlan()
            let inEditor = Terminal.standardInputIsTerminal
            let text =
                inEditor
                ? try Editor.edit(current.map { $0.text + "\n" } ?? SupportPlan.template)
                : try Terminal.readStandardInput()
            // Checked before the file is opened, so that a plan saved empty leaves no trace.
            try SupportPlan.check(text, replacing: current)
            let now = Date()
            let saving: PlanSaving
            do {
                saving = try options.open(.createIfMissing).savePlan(
                    text, at: Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)))
            } catch let failure as JournalFailure where inEditor {
                // Once the editor has closed, the plan exists nowhere else.
                throw UnstoredWriting(plan: text, failure: failure, options: options)
            }
            switch saving {
            case .saved(let version): Terminal.write("Saved your plan · \(version.localTime.readableMoment)\n")
            case .unchanged: Terminal.write("No change to your plan.\n")
            }
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
