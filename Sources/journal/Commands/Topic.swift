import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Topic: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "topic",
            abstract: "Keep a list of things to bring up in your next session.",
            discussion: """
                Open topics appear in every digest (journal prep) until you mark them done.

                Examples:
                  journal topic add "ask about sleep medication"
                  journal topic list
                  journal topic done 3
                  journal topic reopen 3
                  journal topic edit 3 "ask about the new sleep medication"
                  journal topic delete 3
                """,
            subcommands: [Add.self, List.self, Done.self, Reopen.self, Edit.self, Delete.self])
    }
}

extension Journal.Topic {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a topic to bring up.")

        @OptionGroup var options: JournalOptions

        @Argument(help: "What you want to bring up.")
        var text: [String]

        func validate() throws {
            _ = try Arguments.validating { try JournalCore.Topic.checkedText(text.joined(separator: " ")) }
        }

        func run() throws {
            let topic = try options.open(.createIfMissing).addTopic(text.joined(separator: " "))
            Terminal.write("Added topic \(topic.id).\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show the open topics.")

        @OptionGroup var options: JournalOptions

        @Flag(help: "Show the done topics too, with the day each was done.")
        var all = false

        func run() throws {
            let topics = try options.open(.readOnlyOrEmpty).topics(includingDone: all)
            Terminal.write(
                SessionRendering.topics(
                    topics, utcOffsetSeconds: LocalClock.utcOffset(at: Date()), style: Terminal.outputStyle))
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark a topic as talked about: it leaves the digest.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The topic's id, as journal topic list shows it: 3 or #3.", valueName: "id"))
        var id: RecordID

        func run() throws {
            let topic = try options.open(.existingOrEmpty).completeTopic(id: id.value)
            Terminal.write("Topic \(topic.id) is done.\n")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: "Open a done topic again: it comes back into the digest.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The topic's id, as journal topic list --all shows it: 3 or #3.", valueName: "id"))
        var id: RecordID

        func run() throws {
            let topic = try options.open(.existingOrEmpty).reopenTopic(id: id.value)
            Terminal.write("Topic \(topic.id) is open again.\n")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change what a topic says.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The topic's id, as journal topic list shows it: 3 or #3.", valueName: "id"))
        var id: RecordID

        @Argument(help: "What you want to bring up, in its new words.")
        var text: [String]

        func validate() throws {
            _ = try Arguments.validating { try JournalCore.Topic.checkedText(text.joined(separator: " ")) }
        }

        func run() throws {
            let (before, after) = try options.open(.existingOrEmpty).editTopic(id: id.value, text: text.joined(separator: " "))
            Terminal.write(
                before.text == after.text
                    ? "No change to topic \(after.id).\n"
                    : "Changed topic \(after.id): \(Terminal.outputStyle.safe(after.text))\n")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a topic for good (to keep it out of the digest, mark it done instead).",
            discussion: "On a terminal you are asked to confirm; in a script, add --yes.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The topic's id, as journal topic list shows it: 3 or #3.", valueName: "id"))
        var id: RecordID

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let topic = try store.topic(id: id.value)
            guard
                try Confirmation.confirmDeleting(
                    "topic \(id)", showing: [SessionRendering.oneLine(topic, style: Terminal.errorStyle)],
                    question: "Delete this topic for good?", yes: yes, deleteCommand: "journal topic delete \(id)")
            else { return }
            try store.deleteTopic(id: id.value)
            Terminal.write("Deleted topic \(id).\n")
        }
    }
}
