import ArgumentParser
import JournalCore

extension Journal {
    struct Detach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "detach",
            abstract: "Remove a picture from an entry for good.",
            discussion: """
                The pictures after it move up a number. On a terminal you are asked to confirm; \\
                in a script, add --yes. An entry that is only this picture keeps it: delete the \\
                entry instead, or give it some text first.

                Example: journal detach 12 2
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The entry's id, as journal list shows it.")
        var id: Int64

        @Argument(help: ArgumentHelp("The picture's number, as journal show lists it.", valueName: "n"))
        var number: Int

        @Flag(help: "Remove it without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let attachment = try store.attachment(number: number, ofEntry: id)
            let name = Terminal.errorStyle.safe(attachment.name)
            if !yes {
                guard Terminal.standardInputIsTerminal else { throw DetachError.notConfirmed(entry: id, number: number) }
                guard Terminal.confirm("Remove picture \(number) (\(name)) from entry \(id) for good?") else {
                    Terminal.printNote("Nothing was removed.")
                    return
                }
            }
            _ = try store.detach(number: number, fromEntry: id)
            Terminal.write("Removed picture \(number) (\(Terminal.outputStyle.safe(attachment.name))) from entry \(id).\n")
        }
    }
}

enum DetachError: JournalFailure {
    case notConfirmed(entry: Int64, number: Int)

    var problem: String {
        switch self {
        case .notConfirmed(let entry, let number):
            "picture \(number) of entry \(entry) was not removed: there is no terminal to confirm on"
        }
    }

    var advice: String {
        switch self {
        case .notConfirmed(let entry, let number): "to remove it from a script, run journal detach \(entry) \(number) --yes"
        }
    }
}
