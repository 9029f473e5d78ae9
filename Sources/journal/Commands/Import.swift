import ArgumentParser
import Foundation
import JournalCore

extension ImportFormat: ExpressibleByArgument {}

extension Journal {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Bring entries in from a file: this tool's exports, jrnl, Daylio or Day One.",
            discussion: """
                All or nothing: if one record of the file is malformed, nothing is stored and \
                the message names its place (FILE:LINE, or the entry's number). Entries already \
                in the journal (same date and text) are skipped, so importing a file twice adds \
                nothing the second time. Entries that hold nothing (a Day One photo alone) are \
                skipped and counted, and so are the photos, recordings and documents journal \
                cannot hold yet.

                Without --from, the kind of file is told from what it holds, and said.

                Formats:
                  json       journal export's own file, with everything
                  csv        journal export --format csv
                  markdown   journal export --format markdown
                  jrnl       jrnl's plain-text journal file, in any of jrnl's time formats
                  jrnl-json  the output of jrnl --format json
                  daylio     Daylio's CSV export; moods rad=10 good=8 meh=5 bad=3 awful=1
                  dayone     Day One's export: its zip, or a journal's JSON file from it

                Examples:
                  journal import journal.json
                  journal import ~/journal.txt --from jrnl --dry-run
                  journal import journal.txt --jrnl-timeformat "%d.%m.%Y %H:%M"
                  jrnl --format json | journal import - --from jrnl-json
                  journal import daylio_export.csv --mood-map "tired=4,great=9"
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("The file to import; - for standard input.", valueName: "file"), completion: .file(),
            transform: Arguments.path)
        var file: String

        @Option(
            name: .customLong("from"),
            help: ArgumentHelp("The kind of file; told from what it holds when left out.", valueName: "format"))
        var format: ImportFormat?

        @Option(
            help: ArgumentHelp("Daylio mood labels beyond the default five, like \"tired=4,great=9\".", valueName: "label=N,…"),
            transform: { try Parsed($0, reading: ImportReading.parseMoodMap) })
        var moodMap: Parsed<[String: Int]>?

        @Option(
            help: ArgumentHelp(
                "jrnl's timeformat setting from its config file, like \"%d.%m.%Y %H:%M\"; told from the file when left out.",
                valueName: "format"),
            transform: { try Parsed($0, reading: JrnlTimeFormat.init(notation:)) })
        var jrnlTimeformat: Parsed<JrnlTimeFormat>?

        @Flag(help: "Report what would be imported without storing anything.")
        var dryRun = false

        func validate() throws {
            try moodMap?.validate()
            try jrnlTimeformat?.validate()
            if jrnlTimeformat != nil, let format, format != .jrnl {
                throw ValidationError("--jrnl-timeformat is for jrnl's plain-text journals — leave out --from \(format.rawValue), or give --from jrnl")
            }
        }

        func run() throws {
            // "-" is standard input, as for most tools that read files.
            let isStandardInput = file == "-"
            if isStandardInput, Terminal.standardInputIsTerminal { throw ImportFileError.standardInputIsATerminal }
            let path = isStandardInput ? "/dev/stdin" : file
            let name = isStandardInput ? "standard input" : file
            guard FileManager.default.isReadableFile(atPath: path) else { throw ImportFileError.unreadable(file) }
            let readingOptions = ImportOptions(
                moodMap: try moodMap?.value() ?? [:], timeZone: LocalClock.timeZone(at: Arguments.now),
                jrnlTimeFormat: try jrnlTimeformat?.value())
            // A dry run looks only: it creates no journal where there is none.
            let store = dryRun ? try options.open(.existingOrEmpty) : try options.open(.createIfMissing)
            let summary = try store.importRecords(file: name, dryRun: dryRun, pictures: Pictures.FoundOnFirstUse()) { keep in
                try ImportReading.read(
                    path: path, name: name, format: format, options: readingOptions,
                    recognised: { Terminal.printNote("Reading \(name) as \($0) (--from \($0.rawValue)).") }, keep)
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
        case .standardInputIsATerminal: "give the file's name, or pipe the file in: … | journal import -"
        }
    }
}
