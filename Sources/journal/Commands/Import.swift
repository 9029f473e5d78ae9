import ArgumentParser
import Foundation
import JournalCore

extension ImportFormat: ExpressibleByArgument {}

extension Journal {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Bring entries in from a file: this tool's export, jrnl, Daylio or Day One.",
            discussion: """
                All or nothing: if one record of the file is malformed, nothing is stored and \
                the message names its place (FILE:LINE, or the entry's number). Entries already \
                in the journal (same date and text) are skipped, so importing a file twice adds \
                nothing the second time.

                Formats:
                  json       journal export's own file (entries with their pictures, sessions, topics)
                  jrnl       jrnl's plain-text journal file
                  jrnl-json  the output of jrnl --format json
                  daylio     Daylio's CSV export; moods rad=10 good=8 meh=5 bad=3 awful=1
                  dayone     Day One's JSON export

                Examples:
                  journal import journal.json --from json
                  journal import ~/journal.txt --from jrnl --dry-run
                  jrnl --format json | journal import - --from jrnl-json
                  journal import daylio_export.csv --from daylio --mood-map "tired=4,great=9"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("The file to import; - for standard input.", valueName: "file"), completion: .file(),
            transform: Arguments.path)
        var file: String

        @Option(name: .customLong("from"), help: ArgumentHelp("json, jrnl, jrnl-json, daylio or dayone.", valueName: "format"))
        var format: ImportFormat

        @Option(
            help: ArgumentHelp("Daylio mood labels beyond the default five, like \"tired=4,great=9\".", valueName: "label=N,…"),
            transform: { try Parsed($0, reading: ImportReading.parseMoodMap) })
        var moodMap: Parsed<[String: Int]>?

        @Flag(help: "Report what would be imported without storing anything.")
        var dryRun = false

        func validate() throws {
            try moodMap?.validate()
        }

        func run() throws {
            // "-" is standard input, as for most tools that read files.
            let isStandardInput = file == "-"
            if isStandardInput, Terminal.standardInputIsTerminal { throw ImportFileError.standardInputIsATerminal }
            let path = isStandardInput ? "/dev/stdin" : file
            let name = isStandardInput ? "standard input" : file
            guard FileManager.default.isReadableFile(atPath: path) else { throw ImportFileError.unreadable(file) }
            let readingOptions = ImportOptions(
                moodMap: try moodMap?.value() ?? [:], timeZone: LocalClock.timeZone(at: Arguments.now))
            // A dry run looks only: it creates no journal where there is none.
            let store = dryRun ? try options.open(.existingOrEmpty) : try options.open(.createIfMissing)
            let summary = try store.importRecords(file: name, dryRun: dryRun, pictures: Pictures.FoundOnFirstUse()) { keep in
                try ImportReading.read(path: path, name: name, format: format, options: readingOptions, keep)
            }
            Terminal.write(ImportRendering.summary(summary, dryRun: dryRun))
        }
    }
}

enum ImportFileError: JournalFailure {
    case unreadable(String)
    case standardInputIsATerminal

    var problem: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .standardInputIsATerminal: "journal import - reads standard input, and here that is the terminal"
        }
    }

    var advice: String {
        switch self {
        case .unreadable: "check the file's name and that you may read it"
        case .standardInputIsATerminal: "give the file's name, or pipe the file in: … | journal import - --from FORMAT"
        }
    }
}
