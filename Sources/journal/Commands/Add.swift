import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Write a new entry.",
            discussion: """
                The text comes from the arguments; else from standard input when it is not a \
                terminal (echo "…" | journal add); else your editor opens ($VISUAL, else $EDITOR, \
                else vi). Words like #family in the text count as tags. Text that starts with - \
                goes after --, or it is read as an option: journal add -- "-5 degrees…".

                Examples:
                  journal add --mood 3 --feeling anxious "Argued with Sam about money. #family"
                  journal add --flag --date "yesterday 9pm" "Panic on the train home"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The text of the entry. Without it, standard input or your editor.")
        var text: [String] = []

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp(
                "How you feel, a whole number from 0 (the worst) to 10 (the best).",
                discussion: "Written 7, 7/10 or 7.0; 7.5 is refused.", valueName: "0-10"),
            transform: Arguments.mood)
        var mood: Parsed<Int>?

        @Option(
            name: .customLong("feeling"),
            help: ArgumentHelp(
                "A feeling, like anxious or hopeful. For more, repeat it or separate them with commas: \"anxious, tired\".",
                valueName: "word"))
        var feelings: [String] = []

        @Option(
            name: .customLong("tag"),
            help: ArgumentHelp(
                "A tag, like family. For more, repeat it or separate them with commas: \"family, work\".",
                valueName: "tag"))
        var tags: [String] = []

        @Option(
            help: ArgumentHelp(
                "When it happened, if not now: yesterday 9pm, last night, monday, Nov 3, 3 days ago.",
                discussion: DateHelp.forms + " " + DateHelp.dayWithoutATime + " A date in the future is refused.",
                valueName: "when"),
            transform: Arguments.when)
        var date: Parsed<ResolvedDate>?

        @Flag(help: "Mark the entry to discuss in your next session.")
        var flag = false

        @Flag(name: .customLong("private"), help: "Keep the entry out of digests and exports.")
        var isPrivate = false

        func validate() throws {
            try mood?.validate()
            try date?.validate()
        }

        func run() throws {
            let now = Arguments.now
            var newEntry = NewEntry(
                text: text.joined(separator: " "),
                mood: try mood?.value(),
                feelings: feelings,
                tags: tags,
                moment: try Arguments.moment(date),
                isFlagged: flag,
                isPrivate: isPrivate)
            let store: JournalStore
            let entry: Entry
            if text.isEmpty, Terminal.standardInputIsTerminal {
                // Everything but the text is checked, and the journal opened (or found creatable),
                // before the editor opens: a mistake found after it closed would throw away what
                // was written in it.
                try newEntry.checkDetails(now: now)
                let access = try JournalStore.checkCanOpen(options.access(.createIfMissing))
                newEntry.text = try Editor.edit("")
                let validated = try newEntry.validated(now: now)
                do {
                    store = try JournalStore.open(access)
                    entry = try store.add(validated)
                } catch let failure as JournalFailure {
                    throw UnstoredWriting(newEntry, now: now, failure: failure, options: options)
                }
            } else {
                if text.isEmpty { newEntry.text = try Terminal.readStandardInput() }
                // Checked before the file is opened, so that a mistake leaves no trace.
                let validated = try newEntry.validated(now: now)
                store = try options.open(.createIfMissing)
                entry = try store.add(validated)
            }
            Terminal.write("Added entry \(entry.id) · \(entry.localTime.readableMoment)\n")
            options.noteIfNew(store)
            if entry.callsForThePlan { PlanReminder.show(from: store) }
        }
    }
}
