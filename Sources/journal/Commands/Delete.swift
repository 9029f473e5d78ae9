import ArgumentParser
import JournalCore

extension Journal {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete entries, or messages (--message), for good.",
            discussion: """
                Each entry is shown by its date and first line before you are asked to confirm; \
                all of them are deleted, or none. In a script, add --yes.

                Examples:
                  journal delete 12
                  journal delete 3 4 7
                  journal delete 12 --yes
                  journal delete --message 4
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The entries' ids, as journal list shows them: 12 or #12.", valueName: "id"))
        var ids: [RecordID]

        @Flag(help: "Delete without asking.")
        var yes = false

        @Flag(help: "Delete the messages with these ids (journal list --messages shows them) rather than entries.")
        var message = false

        func run() throws {
            var unique: [Int64] = []
            for id in ids.map(\.value) where !unique.contains(id) { unique.append(id) }
            let store = try options.open(.existingOrEmpty)
            if message { return try deleteMessages(unique, from: store) }
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

        private func deleteMessages(_ ids: [Int64], from store: JournalStore) throws {
            let messages = try store.messages(ids: ids)
            let what = ids.count == 1 ? "message \(ids[0])" : "messages " + Wording.list(ids.map(String.init))
            let question = ids.count == 1 ? "Delete this message for good?" : "Delete these \(ids.count) messages for good?"
            guard
                try Confirmation.confirmDeleting(
                    what, showing: messages.map { MessageRendering.oneLine($0, style: Terminal.errorStyle) }, question: question,
                    yes: yes, deleteCommand: "journal delete --message " + ids.map(String.init).joined(separator: " "))
            else { return }
            try store.deleteMessages(ids: ids)
            Terminal.write("Deleted \(what).\n")
        }
    }
}
