import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change an entry: its text, date, mood, feelings, tags, flag or privacy; or a message (--message).",
            discussion: """
                With no option, the text opens in your editor (or is read from standard input \
                when that is not a terminal). With options, only what they name changes. As at \
                journal add, #tags in the text count as tags, and follow the text when it changes. \
                It prints what changed. With --message, the id is a message's (journal list \
                --messages), and its text, mood or privacy change.

                Examples:
                  journal edit 12
                  journal edit 12 --mood 4 --flag
                  journal edit 12 --feeling proud --tag swim
                  journal edit 12 --remove-feeling angry --clear-tags
                  journal edit 12 --date "yesterday 21:30"
                  journal edit 12 --text "What really happened"
                  journal edit --message 4 --mood 5
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

        @Argument(help: ArgumentHelp("The entry's id, as journal list shows it: 12 or #12.", valueName: "id"))
        var id: RecordID

        @Option(help: ArgumentHelp("The new text, instead of your editor.", valueName: "text"))
        var text: String?

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Take the new text from a kept draft (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        @Option(
            parsing: .unconditional, help: ArgumentHelp("A new mood, from 0 (the worst) to 10 (the best).", valueName: "0-10"),
            transform: Arguments.mood)
        var mood: Parsed<Int>?

        @Flag(help: "Remove the mood rating.")
        var clearMood = false

        @Flag var flagChange: FlagChange?

        @Flag var visibility: Visibility?

        @Option(
            help: ArgumentHelp("A new date and time, like yesterday 21:30.", valueName: "when"), transform: Arguments.when)
        var date: Parsed<ResolvedDate>?

        @Option(name: .customLong("feeling"), help: ArgumentHelp("Add a feeling. Repeat for more.", valueName: "word"))
        var addedFeelings: [String] = []

        @Option(help: ArgumentHelp("Remove a feeling. Repeat for more.", valueName: "word"))
        var removeFeeling: [String] = []

        @Flag(help: "Remove every feeling (with --feeling: replace them).")
        var clearFeelings = false

        @Option(name: .customLong("tag"), help: ArgumentHelp("Add a tag. Repeat for more.", valueName: "tag"))
        var addedTags: [String] = []

        @Option(help: ArgumentHelp("Remove a tag (one written as #tag in the text goes with the text).", valueName: "tag"))
        var removeTag: [String] = []

        @Flag(help: "Remove every tag but those written in the text (with --tag: replace them).")
        var clearTags = false

        @Flag(help: "Change the message with this id (journal list --messages shows them) rather than an entry.")
        var message = false

        func validate() throws {
            try mood?.validate()
            if mood != nil, clearMood {
                throw ValidationError("--mood and --clear-mood contradict each other — give one of them")
            }
            try date?.validate()
            if text != nil, draft != nil {
                throw ValidationError("--text and --from-draft both give the new text — give one of them")
            }
            if message, flagChange != nil || date != nil || !addedFeelings.isEmpty || !removeFeeling.isEmpty || clearFeelings
                || !addedTags.isEmpty || !removeTag.isEmpty || clearTags
            {
                throw ValidationError(
                    "a message keeps the time it was written and has no feelings, tags or flag — with --message, change --text, --mood or --private")
            }
        }

        func run() throws {
            if message { return try editMessage() }
            let now = Arguments.now
            var change = EntryChange(
                isFlagged: flagChange.map { $0 == .flag },
                isPrivate: visibility.map { $0 == .private },
                feelings: LabelChange(added: addedFeelings, removed: removeFeeling, clearsAll: clearFeelings),
                tags: LabelChange(added: addedTags, removed: removeTag, clearsAll: clearTags))
            if let mood { change.mood = .set(try mood.value()) }
            if clearMood { change.mood = .clear }
            if date != nil { change.moment = try Arguments.moment(date) }
            change.text = text

            let store = try options.open(.existingOrEmpty)
            let update: EntryUpdate
            if let draft {
                let (kept, newText) = try KeptDraft.read(draft, options: options) { draft -> String? in
                    guard case .newText(let text, let entryID) = draft, entryID == id.value else { return nil }
                    return text
                }
                change.text = newText
                update = try store.update(id: id.value, change, now: now)
                kept.remove()
            } else if change.isEmpty, Terminal.standardInputIsTerminal {
                let current = try store.entry(id: id.value)
                let edited = try EditorWriting.write(
                    startingFrom: current.text, toStore: "the new text of entry \(id)", options: options,
                    draft: { .newText($0, ofEntry: id.value) }
                ) { text -> EntryUpdate? in
                    guard EntryText.normalized(text) != current.text else { return nil }
                    return try store.update(id: id.value, EntryChange(text: text), now: now)
                }
                guard let edited else {
                    Terminal.write("No change to entry \(id).\n")
                    return
                }
                update = edited
            } else {
                if change.isEmpty { change.text = try Terminal.readStandardInput() }
                update = try store.update(id: id.value, change, now: now)
            }
            var line = EntryRendering.changes(update)
            let added = Set(addedTags.map(Tags.name(typed:)))
            let inText = update.after.tags.filter { !added.contains($0) }
            if clearTags, !inText.isEmpty {
                line += " " + inText.map { "#" + $0 }.joined(separator: " ") + (inText.count == 1 ? " stays" : " stay")
                    + ", as written in the text."
            }
            Terminal.write(line + "\n")
        }

        private func editMessage() throws {
            var change = MessageChange(text: text, isPrivate: visibility.map { $0 == .private })
            if let mood { change.mood = .set(try mood.value()) }
            if clearMood { change.mood = .clear }
            let store = try options.open(.existingOrEmpty)
            let update: (before: JournalCore.Message, after: JournalCore.Message)
            if let draft {
                let (kept, newText) = try KeptDraft.read(draft, options: options) { draft -> String? in
                    guard case .messageText(let text, let messageID) = draft, messageID == id.value else { return nil }
                    return text
                }
                change.text = newText
                update = try store.updateMessage(id: id.value, change)
                kept.remove()
            } else if change.isEmpty, Terminal.standardInputIsTerminal {
                let current = try store.message(id: id.value)
                let edited = try EditorWriting.write(
                    startingFrom: current.text, toStore: "the new text of message \(id)", options: options,
                    draft: { .messageText($0, ofMessage: id.value) }
                ) { text -> (before: JournalCore.Message, after: JournalCore.Message)? in
                    guard EntryText.normalized(text) != current.text else { return nil }
                    return try store.updateMessage(id: id.value, MessageChange(text: text))
                }
                guard let edited else { return Terminal.write("No change to message \(id).\n") }
                update = edited
            } else {
                if change.isEmpty { change.text = try Terminal.readStandardInput() }
                update = try store.updateMessage(id: id.value, change)
            }
            Terminal.write(MessageRendering.changes(from: update.before, to: update.after) + "\n")
        }
    }
}
