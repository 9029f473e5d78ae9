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
                  journal prep --output prep.md
                  journal prep --output prep.html
                  journal prep --since "2 weeks ago" --brief
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            help: ArgumentHelp(
                "Start here instead of at the last session: monday, last week, Nov 3, 2 weeks ago.",
                discussion: DateHelp.ranges + " " + DateHelp.forms, valueName: "when"),
            transform: Arguments.when)
        var since: Parsed<ResolvedDate>?

        @Option(
            help: ArgumentHelp(
                "How to write it; html is a page to print.",
                discussion: "Text unless --output's name says otherwise: .html, .md, .json or .txt.", valueName: "format"))
        var format: DigestFormat?

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp(
                "Write the digest to this file (readable only by you), in the format its name says: .html, .md, .json or .txt.",
                valueName: "file"),
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
            _ = try OutputFileFormat.digest.choose(given: format, output: output)
        }

        func run() throws {
            let format = try OutputFileFormat.digest.choose(given: format, output: output)
            let now = Arguments.now
            let request = DigestRequest(
                since: try since?.value().start.date,
                includesPrivate: includePrivate, now: now, timeZone: LocalClock.timeZone(at: now),
                includesPictures: format == .html)
            let store = try options.open(.mustExist(readOnly: true))
            let digest = try store.digest(request)
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
            SessionReminder.show(from: store)
        }
    }
}
