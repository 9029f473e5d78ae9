import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change an entry: its text in your editor, or its details with options.",
            discussion: """
                With no option, the text opens in your editor (or is read from standard input \
                when that is not a terminal). With options, only those details change.

                Examples:
                  journal edit 12
                  journal edit 12 --mood 4 --flag
                  journal edit 12 --date "yesterday 21:30"
                """)

        enum FlagChange: String, EnumerableFlag {
            case flag, unflag

            static func help(for value: Self) -> ArgumentHelp? {
                switch value {
                case .flag: "Mark the entry to discuss in your next session."
                case .unflag: "Remove that mark."
                }
            }
        }

        enum Visibility: String, EnumerableFlag {
            case `private`, `public`

            static func help(for value: Self) -> ArgumentHelp? {
                switch value {
                case .private: "Keep the entry out of digests and exports."
                case .public: "Let the entry into digests and exports again."
                }
            }
        }

        @OptionGroup var options: JournalOptions

        @Argument(help: "The entry's id, as journal list shows it.")
        var id: Int64

        @Option(
            parsing: .unconditional, help: ArgumentHelp("A new mood, from 0 (the worst) to 10 (the best).", valueName: "0-10"),
            transform: Arguments.mood)
        var mood: Parsed<Int>?

        @Flag(help: "Remove the mood rating.")
        var clearMood = false

        @Flag var flagChange: FlagChange?

        @Flag var visibility: Visibility?

        @Option(help: ArgumentHelp("A new date and time, like yesterday 21:30.", valueName: "when"), transform: Arguments.when)
        var date: Parsed<ResolvedDate>?

        func validate() throws {
            try mood?.validate()
            if mood != nil, clearMood {
                throw ValidationError("--mood and --clear-mood contradict each other — give one of them")
            }
            try date?.validate()
        }

        func run() throws {
            let now = Arguments.now
            var change = EntryChange(
                isFlagged: flagChange.map { $0 == .flag },
                isPrivate: visibility.map { $0 == .private })
            if let mood { change.mood = .set(try mood.value()) }
            if clearMood { change.mood = .clear }
            if date != nil { change.moment = try Arguments.moment(date) }

            let store = try options.open(.existingOrEmpty)
            var writtenInEditor: String?
            if change.isEmpty {
                let current = try store.entry(id: id)
                let inEditor = Terminal.standardInputIsTerminal
                let text = inEditor ? try Editor.edit(current.text) : try Terminal.readStandardInput()
                guard EntryText.normalized(text) != current.text else {
                    Terminal.write("No change to entry \(id).\n")
                    return
                }
                change.text = text
                if inEditor { writtenInEditor = text }
            }
            let entry: Entry
            do {
                entry = try store.update(id: id, change, now: now)
            } catch let failure as JournalFailure {
                // Only what was written in the editor exists nowhere else once it has closed.
                guard let writtenInEditor, !writtenInEditor.isBlank else { throw failure }
                throw UnstoredWriting(text: writtenInEditor, ofEntry: id, failure: failure, options: options)
            }
            Terminal.write("Changed entry \(entry.id) · \(entry.localTime.readableMoment)\n")
        }
    }
}
