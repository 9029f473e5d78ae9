import ArgumentParser
import Foundation
import JournalCore

extension ExportFormat: ExpressibleByArgument {}

extension Journal {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write your journal out: to keep, to read, or to move to another tool.",
            discussion: """
                json (the default) holds everything, entries, sessions and topics, and comes \
                back in whole with journal import --from json. markdown is one document to \
                read; jrnl is jrnl's plain-text journal; csv opens in a spreadsheet. Private \
                entries are left out unless you ask for them.

                Examples:
                  journal export --output journal.json
                  journal export --format markdown --since "2026-01-01" > 2026.md
                  journal export --format jrnl --include-private --output journal.txt
                """)

        @OptionGroup var options: JournalOptions

        @Option(help: ArgumentHelp("json, markdown, jrnl or csv.", valueName: "format"))
        var format: ExportFormat = .json

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file (readable only by you) instead of the screen.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Only entries from this day or moment on.", valueName: "when"))
        var since: String?

        @Option(help: ArgumentHelp("Only entries up to this day or moment (the whole day when no time is given).", valueName: "when"))
        var until: String?

        @Flag(help: "Include private entries.")
        var includePrivate = false

        func validate() throws {
            let now = Date()
            if let since { _ = try Arguments.when(since, now: now) }
            if let until { _ = try Arguments.when(until, now: now) }
        }

        func run() throws {
            let now = Date()
            let request = ExportRequest(
                format: format,
                since: try since.map { try Arguments.when($0, now: now).date },
                until: try until.map { try Arguments.when($0, now: now).end },
                includesPrivate: includePrivate)
            let store = try options.openExistingStore()
            let summary: ExportSummary
            if let output {
                summary = try PrivateFile.write(toPath: output) { file in try store.export(request, to: file.write) }
                Terminal.printNote("Wrote \(plural(summary.entriesWritten, "entry", "entries")) to \(output).")
            } else {
                let standardOutput = BufferedOutput(FileHandle.standardOutput)
                summary = try store.export(request, to: standardOutput.write)
                try standardOutput.flush()
            }
            if summary.privateLeftOut > 0 {
                Terminal.printNote(
                    "Left out \(plural(summary.privateLeftOut, "private entry", "private entries")); --include-private adds them.")
            }
        }
    }
}

func plural(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}
