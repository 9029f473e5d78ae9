import ArgumentParser
import JournalCore

extension Journal {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete one entry for good.",
            discussion: """
                On a terminal you are asked to confirm; in a script, add --yes.

                Example: journal delete 12
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The entry's id, as journal list shows it.")
        var id: Int64

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let entry = try store.entry(id: id)
            if !yes {
                guard Terminal.standardInputIsTerminal else { throw DeleteError.notConfirmed(id) }
                guard Terminal.confirm("Delete entry \(id) of \(entry.localTime.readableMoment) for good?") else {
                    Terminal.printNote("Nothing was deleted.")
                    return
                }
            }
            try store.delete(id: id)
            Terminal.write("Deleted entry \(id).\n")
        }
    }
}

enum DeleteError: JournalFailure {
    case notConfirmed(Int64)

    var problem: String {
        switch self {
        case .notConfirmed(let id): "entry \(id) was not deleted: there is no terminal to confirm on"
        }
    }

    var advice: String {
        switch self {
        case .notConfirmed(let id): "to delete it from a script, run journal delete \(id) --yes"
        }
    }
}
