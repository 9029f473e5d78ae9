import ArgumentParser
import JournalCore

extension Journal {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete entries for good.",
            discussion: """
                Each entry is shown by its date and first line before you are asked to confirm; \
                all of them are deleted, or none. In a script, add --yes.

                Examples:
                  journal delete 12
                  journal delete 3 4 7
                  journal delete 12 --yes
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The entries' ids, as journal list shows them: 12 or #12.", valueName: "id"))
        var ids: [RecordID]

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            var unique: [Int64] = []
            for id in ids.map(\.value) where !unique.contains(id) { unique.append(id) }
            let store = try options.open(.existingOrEmpty)
            let entries = try store.entries(ids: unique)
            let what = unique.count == 1 ? "entry \(unique[0])" : "entries " + Wording.list(unique.map(String.init))
            let question = unique.count == 1 ? "Delete this entry for good?" : "Delete these \(unique.count) entries for good?"
            let style = Terminal.errorStyle
            guard
                try Confirmation.confirmDeleting(
                    what, showing: entries.map { EntryRendering.oneLine($0, style: style) }, question: question, yes: yes,
                    deleteCommand: "journal delete " + unique.map(String.init).joined(separator: " "))
            else { return }
            try store.delete(ids: unique)
            Terminal.write("Deleted \(what).\n")
        }
    }
}
