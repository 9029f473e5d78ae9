import ArgumentParser
import Foundation
import JournalCore

extension DigestFormat: ExpressibleByArgument {}

extension Journal {
    struct Prep: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prep",
            abstract: "Compile everything since your last session into a digest to bring along.",
            discussion: """
                The digest covers the time since the last session you recorded (journal session \
                add), or since your first entry: topics to bring up, flagged entries, how your \
                mood moved, feelings and tags, the hardest moments, and every other entry. \
                Private entries are left out unless you ask for them.

                Examples:
                  journal prep
                  journal prep --format markdown --output prep.md
                  journal prep --format html --output prep.html
                  journal prep --since "2 weeks ago" --brief
                """)

        @OptionGroup var options: JournalOptions

        @Option(help: ArgumentHelp("Start here instead of at the last session.", valueName: "when"), transform: Arguments.when)
        var since: Parsed<ResolvedDate>?

        @Option(help: ArgumentHelp("How to write it; html is a page to print.", valueName: "format"))
        var format: DigestFormat = .text

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write the digest to this file (readable only by you).", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var output: String?

        @Flag(help: "Show only the first lines of the entries that are not flagged or among the hardest.")
        var brief = false

        @Flag(help: "Include private entries.")
        var includePrivate = false

        func validate() throws {
            if let since {
                try since.validate()
                try DateRangeOptions.checkHasPassed(since)
            }
            if let output { try Arguments.validating { try options.checkOutput(output) } }
        }

        func run() throws {
            let now = Arguments.now
            let request = DigestRequest(
                since: try since?.value().date,
                includesPrivate: includePrivate, now: now, timeZone: LocalClock.timeZone(at: now),
                includesPictures: format == .html)
            let digest = try options.open(.readOnlyOrEmpty).digest(request)
            if let output {
                let text = DigestRendering.render(digest, format: format, brief: brief, style: .plain)
                try Interruption.removing(PrivateFile.temporaryPath(beside: output)) {
                    try PrivateFile.write(text, toPath: output)
                }
                Terminal.printNote("Wrote the digest to \(output).")
            } else if format == .markdown {
                Terminal.writeDocument(DigestRendering.render(digest, format: format, brief: brief, style: .plain))
            } else {
                Terminal.write(DigestRendering.render(digest, format: format, brief: brief, style: Terminal.outputStyle))
            }
        }
    }
}
