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
                else vi). Words like #family in the text count as tags. With --attach, an entry \
                may be pictures alone: the text is then a caption, and may be empty.

                Examples:
                  journal add --mood 3 --feeling anxious "Argued with Sam about money. #family"
                  journal add --flag --date "yesterday 9pm" "Panic on the train home"
                  journal add --attach storm.jpg "What the evening felt like"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The text of the entry. Without it, standard input or your editor.")
        var text: [String] = []

        @Option(
            parsing: .unconditional, help: ArgumentHelp("How you feel, from 0 (the worst) to 10 (the best).", valueName: "0-10"),
            transform: Arguments.mood)
        var mood: Parsed<Int>?

        @Option(name: .customLong("feeling"), help: ArgumentHelp("A feeling, like anxious or hopeful. Repeat for more.", valueName: "word"))
        var feelings: [String] = []

        @Option(name: .customLong("tag"), help: ArgumentHelp("A tag, like family. Repeat for more.", valueName: "tag"))
        var tags: [String] = []

        @Option(
            help: ArgumentHelp(
                "When it happened, if not now: 2026-11-20 14:30, yesterday 9pm, monday, 3 days ago.",
                discussion: "A day without a time means noon of that day (today means now).",
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
            if !attachments.isEmpty {
                // Before the editor opens and before the journal is opened: a picture that
                // cannot be kept is refused before anything is written or changed.
                try newEntry.checkDetails(now: now)
                newEntry.pictures = try Pictures.prepare(attachments, attachedAt: now)
            }
            let store: JournalStore
            let entry: Entry
            let validated: ValidatedEntry
            if text.isEmpty, Terminal.standardInputIsTerminal {
                // Everything but the text is checked, and the journal opened (or found creatable),
                // before the editor opens: a mistake found after it closed would throw away what
                // was written in it.
                try newEntry.checkDetails(now: now)
                try JournalStore.checkCanOpen(options.access(.createIfMissing))
                newEntry.text = try Editor.edit("")
                validated = try newEntry.validated(now: now)
                do {
                    store = try options.open(.createIfMissing)
                    entry = try store.add(validated)
                } catch let failure as JournalFailure {
                    // A caption left empty is nothing to keep; the pictures are still in their files.
                    guard !newEntry.text.isBlank else { throw failure }
                    if !newEntry.pictures.isEmpty {
                        Terminal.printNote("The pictures were not stored either: attach them again with journal attach once the entry is back.")
                    }
                    throw UnstoredWriting(newEntry, now: now, failure: failure, options: options)
                }
            } else {
                if text.isEmpty { newEntry.text = try Terminal.readStandardInput() }
                // Checked before the file is opened, so that a mistake leaves no trace.
                validated = try newEntry.validated(now: now)
                store = try options.open(.createIfMissing)
                entry = try store.add(validated)
            }
            Pictures.noteRepeated(validated.repeatedPictures)
            let pictures = entry.attachments.isEmpty ? "" : " · " + AttachmentWording.count(entry.attachments)
            Terminal.write("Added entry \(entry.id) · \(entry.localTime.readableMoment)\(pictures)\n")
            if entry.callsForThePlan { PlanReminder.show(from: store) }
        }
    }
}
