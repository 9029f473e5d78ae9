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
                else sensible-editor, editor, nano or vi). Words like #family in the text count as \
                tags. With --attach, an entry may be pictures alone: the text is then a caption, \
                and may be empty. Text that starts with - goes after --, or it is read as an \
                option: journal add -- "-5 degrees…". What you wrote in the editor is never lost: \
                when it cannot be stored, it is kept as a draft, and --from-draft stores it \
                (journal drafts lists them).

                Examples:
                  journal add --mood 3 --feeling anxious "Argued with Sam about money. #family"
                  journal add --flag --date "yesterday 9pm" "Panic on the train home"
                  journal add --attach storm.jpg "What the evening felt like"
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

        @Option(
            name: .customLong("attach"),
            help: ArgumentHelp(
                "A drawing, photo or scan to keep with the entry: JPEG, PNG, GIF, WebP, HEIC, SVG or PDF. Repeat for more.",
                valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var attachments: [String] = []

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Store a kept draft (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        func validate() throws {
            try mood?.validate()
            try date?.validate()
            if draft != nil,
                !text.isEmpty || mood != nil || !feelings.isEmpty || !tags.isEmpty || date != nil || flag || isPrivate
                    || !attachments.isEmpty
            {
                throw ValidationError(
                    "--from-draft stores the draft as it was kept, with its text and details — give it alone, then change the entry with journal edit")
            }
        }

        func run() throws {
            let now = Arguments.now
            if let draft { return try add(fromDraft: draft, now: now) }
            var newEntry = NewEntry(
                text: text.joined(separator: " "),
                mood: try mood?.value(),
                feelings: feelings,
                tags: tags,
                moment: try Arguments.moment(date),
                isFlagged: flag,
                isPrivate: isPrivate)
            if !attachments.isEmpty {
                // Before the editor opens and before the journal is opened: a picture that
                // cannot be kept is refused before anything is written or changed.
                try newEntry.checkDetails(now: now)
                newEntry.pictures = try Pictures.prepare(attachments, attachedAt: now)
            }
            let store: JournalStore
            let entry: Entry
            let repeatedPictures: [String]
            if text.isEmpty, Terminal.standardInputIsTerminal {
                // Everything but the text is checked, and the journal opened (or found creatable),
                // before the editor opens: a mistake found after it closed would throw away what
                // was written in it.
                try newEntry.checkDetails(now: now)
                let access = try JournalStore.checkCanOpen(options.access(.createIfMissing))
                let details = newEntry
                do {
                    (store, entry, repeatedPictures) = try EditorWriting.write(
                        startingFrom: "", toStore: "the entry", options: options,
                        draft: { text in
                            var drafted = details
                            drafted.text = text
                            return .newEntry(drafted)
                        }
                    ) { text in
                        var written = details
                        written.text = text
                        let validated = try written.validated(now: now)
                        let store = try JournalStore.open(access)
                        return (store, try store.add(validated), validated.repeatedPictures)
                    }
                } catch let unstored as UnstoredWriting where !details.pictures.isEmpty && unstored.keptAt == nil {
                    // A kept draft keeps the pictures too; only the terminal could not show them.
                    Terminal.printNote("The pictures were not stored either: attach them again with journal attach once the entry is back.")
                    throw unstored
                }
            } else {
                if text.isEmpty { newEntry.text = try Terminal.readStandardInput() }
                // Checked before the file is opened, so that a mistake leaves no trace.
                let validated = try newEntry.validated(now: now)
                do {
                    store = try options.open(.createIfMissing)
                    entry = try store.add(validated)
                } catch let failure as StoreError where failure.passesWithTime {
                    // Text from standard input cannot be read again, and text typed on the command
                    // line is lost as soon as the terminal closes: kept, as the editor's would be.
                    throw UnstoredWriting(.newEntry(newEntry), failure: failure, options: options)
                }
                repeatedPictures = validated.repeatedPictures
            }
            Pictures.noteRepeated(repeatedPictures)
            Terminal.write("Added entry \(entry.id) · \(entry.localTime.readableMoment)\(Self.pictures(of: entry))\n")
            options.noteIfNew(store)
            if entry.callsForThePlan { PlanReminder.show(from: store) }
            SessionReminder.show(from: store)
        }

        /// ` · 2 pictures`, for the line that says the entry was added; nothing without pictures.
        private static func pictures(of entry: Entry) -> String {
            entry.attachments.isEmpty ? "" : " · " + AttachmentWording.count(entry.attachments)
        }

        private func add(fromDraft path: String, now: Date) throws {
            let (kept, newEntry) = try KeptDraft.read(path, options: options) { draft -> NewEntry? in
                guard case .newEntry(let entry) = draft else { return nil }
                return entry
            }
            let validated = try newEntry.validated(now: now)
            let store = try options.open(.createIfMissing)
            let entry = try store.add(validated)
            kept.remove()
            Terminal.write("Added entry \(entry.id) · \(entry.localTime.readableMoment) · from the draft, whose file is removed\n")
            options.noteIfNew(store)
            if entry.callsForThePlan { PlanReminder.show(from: store) }
        }
    }
}
