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
                json (the default) holds everything: entries with their pictures, sessions, \
                topics, your plan and check-ins. markdown is one document to read; with \
                --output, its pictures go into a folder beside it (for 2026.md, 2026-pictures). \
                jrnl is jrnl's plain-text journal; csv opens in a spreadsheet. Each comes back in \
                with journal import: into the same journal it adds nothing. Private entries are \
                left out unless you ask for them.

                Examples:
                  journal export --output journal.json
                  journal export --format markdown --since "2026-01-01" > 2026.md
                  journal export --include-private --output journal.txt      # jrnl's format
                  journal export --output journal.csv
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            help: ArgumentHelp(
                "How to write it; only json holds sessions, topics, the plan and check-ins.",
                discussion: "json unless --output's name says otherwise: .json, .md, .csv, .jrnl or .txt (jrnl).",
                valueName: "format"))
        var format: ExportFormat?

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp(
                "Write to this file (readable only by you) instead of the screen, in the format its name says.",
                valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var output: String?

        @OptionGroup var range: DateRangeOptions

        @Flag(help: "Include private entries.")
        var includePrivate = false

        func validate() throws {
            if let output { try Arguments.validating { try options.checkOutput(output) } }
            _ = try OutputFileFormat.export.choose(given: format, output: output)
        }

        func run() throws {
            let format = try OutputFileFormat.export.choose(given: format, output: output)
            let request = ExportRequest(
                format: format,
                since: try range.start,
                until: try range.end,
                includesPrivate: includePrivate,
                picturesFolder: format == .markdown ? output.flatMap(Self.picturesFolder(beside:)) : nil)
            let store = try options.open(.mustExist(readOnly: true))
            let summary: ExportSummary
            if let output {
                summary = try Interruption.removing(PrivateFile.temporaryPath(beside: output)) {
                    try PrivateFile.write(toPath: output) { file in try store.export(request, to: file.write) }
                }
                Terminal.printNote("Wrote \(Wording.count(summary.entriesWritten, "entry", "entries")) to \(output).")
                if format == .markdown, summary.picturesWritten > 0, let folder = request.picturesFolder {
                    Terminal.printNote("Wrote \(Wording.count(summary.picturesWritten, "picture", "pictures")) into \(folder).")
                }
            } else {
                let standardOutput = BufferedOutput(FileHandle.standardOutput)
                do {
                    summary = try store.export(request, to: standardOutput.write)
                    try standardOutput.flush()
                } catch let failure as JournalFailure {
                    throw failure
                } catch {
                    throw OutputError.cannotWrite
                }
            }
            if summary.picturesNotWritten > 0 {
                let what = Wording.count(summary.picturesNotWritten, "picture", "pictures")
                Terminal.printNote(
                    format == .markdown
                        ? "Named \(what) without writing them: with --output FILE they go into a folder beside the file."
                        : "Left out \(what): \(format.rawValue) holds only text; json and markdown carry pictures.")
            }
            if summary.privateLeftOut > 0 {
                Terminal.printNote(
                    "Left out \(Wording.count(summary.privateLeftOut, "private entry", "private entries")); --include-private adds them.")
            }
            if summary.privateWorksheetsLeftOut > 0 {
                Terminal.printNote(
                    "Left out \(Wording.count(summary.privateWorksheetsLeftOut, "private worksheet", "private worksheets")); --include-private adds them.")
            }
            if summary.privateMessagesLeftOut > 0 {
                Terminal.printNote(
                    "Left out \(Wording.count(summary.privateMessagesLeftOut, "private message", "private messages")); --include-private adds them.")
            }
        }

        /// The folder beside `output` that a Markdown export's pictures go into: `2026.md` →
        /// `2026-pictures`; none beside a device or a pipe (`/dev/stdout`), which has no folder of
        /// its own.
        static func picturesFolder(beside output: String) -> String? {
            if FileManager.default.fileExists(atPath: output),
                (try? FileManager.default.attributesOfItem(atPath: output)[.type] as? FileAttributeType) != .typeRegular
            {
                return nil
            }
            let url = URL(fileURLWithPath: output)
            return url.deletingLastPathComponent().appendingPathComponent(
                url.deletingPathExtension().lastPathComponent + "-pictures").path
        }
    }
}
