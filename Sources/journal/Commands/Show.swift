import ArgumentParser
import JournalCore

extension Journal {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one entry in full.",
            discussion: "Example: journal show 12")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The entry's id, as journal list shows it: 12 or #12.", valueName: "id"))
        var id: RecordID

        @Option(help: ArgumentHelp("How to print it.", valueName: "format"))
        var format: OutputFormat = .text

        func run() throws {
            let entry = try options.open(.readOnlyOrEmpty).entry(id: id.value)
            let detail = EntryRendering.detail(entry, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(detail) : Terminal.write(detail)
        }
    }
}
