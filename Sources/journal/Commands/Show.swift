import ArgumentParser
import JournalCore

extension Journal {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one entry, or one message (--message), in full.",
            discussion: """
                Examples:
                  journal show 12
                  journal show --message 4
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("The entry's id, as journal list shows it: 12 or #12 (with --message, the message's).", valueName: "id"))
        var id: RecordID

        @Flag(help: "Show the message with this id (journal list --messages shows them) rather than an entry.")
        var message = false

        @Option(help: ArgumentHelp("How to print it.", valueName: "format"))
        var format: OutputFormat = .text

        func run() throws {
            if message {
                let message = try options.open(.readOnlyOrEmpty).message(id: id.value)
                let detail = MessageRendering.detail(message, format: format, style: Terminal.outputStyle)
                return format == .markdown ? Terminal.writeDocument(detail) : Terminal.write(detail)
            }
            let entry = try options.open(.readOnlyOrEmpty).entry(id: id.value)
            let detail = EntryRendering.detail(entry, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(detail) : Terminal.write(detail)
        }
    }
}
