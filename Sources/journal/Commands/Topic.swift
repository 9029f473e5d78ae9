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
                """,
            subcommands: [Add.self, List.self, Done.self])
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

        @Flag(help: "Show the done topics too.")
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
            abstract: "Mark a topic as talked about.")

        @OptionGroup var options: JournalOptions

        @Argument(help: "The topic's id, as journal topic list shows it.")
        var id: Int64

        func run() throws {
            let topic = try options.open(.existingOrEmpty).completeTopic(id: id)
            Terminal.write("Topic \(topic.id) is done.\n")
        }
    }
}
