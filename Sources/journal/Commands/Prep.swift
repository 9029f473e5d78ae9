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
                mood moved, check-ins, worksheets, feelings and tags, the hardest moments, and \
                every other entry. Private entries are left out unless you ask for them, and so \
                are the entries you --exclude; the digest does not mention them, and only this \
                terminal is told how many were left out. Your name (journal settings name) heads it.

                Examples:
                  journal prep
                  journal prep --output prep.md
                  journal prep --output prep.html
                  journal prep --since "2 weeks ago" --brief
                  journal prep --only flagged,mood,check-ins
                  journal prep --exclude 12 15 --name "A. Example"
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

        @Flag(help: "Show each check-in's answers item by item in the text digest too (Markdown and HTML always do).")
        var full = false

        @Option(
            help: ArgumentHelp(
                "Only these parts, separated by commas: \(DigestPart.allCases.map(\.rawValue).joined(separator: ",")).",
                discussion: "The header and anything to raise first are always there.", valueName: "parts"),
            transform: { text in try Parsed(text) { try DigestPart.parseList($0) } })
        var only: Parsed<Set<DigestPart>>?

        @Option(
            parsing: .upToNextOption,
            help: ArgumentHelp(
                "Leave out these entries this time, as private ones are: their ids, as journal list shows them (12 or #12).",
                valueName: "id"))
        var exclude: [RecordID] = []

        @Option(
            help: ArgumentHelp("The name to head this digest with, instead of the one in journal settings.", valueName: "name"),
            transform: { text in try Parsed(text) { try Setting.name.checkedValue($0) } })
        var name: Parsed<String>?

        @Flag(help: "Include private entries.")
        var includePrivate = false

        func validate() throws {
            try only?.validate()
            if let name, name.text.allSatisfy(\.isWhitespace) {
                throw ValidationError("--name is empty — give a name, or leave --name out to use the one in journal settings")
            }
            try name?.validate()
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
                includesPrivate: includePrivate, now: now, timeZone: LocalClock.timeZone(at: now), writer: try name?.value(),
                excludedEntryIDs: exclude.map(\.value), parts: try only?.value(), includesPictures: format == .html)
            let store = try options.open(.mustExist(readOnly: true))
            let digest = try store.digest(request)
            if let output {
                let text = DigestRendering.render(digest, format: format, brief: brief, full: full, style: .plain)
                try Interruption.removing(PrivateFile.temporaryPath(beside: output)) {
                    try PrivateFile.write(text, toPath: output)
                }
                Terminal.printNote("Wrote the digest to \(output).")
            } else if format == .markdown {
                Terminal.writeDocument(DigestRendering.render(digest, format: format, brief: brief, full: full, style: .plain))
            } else {
                Terminal.write(DigestRendering.render(digest, format: format, brief: brief, full: full, style: Terminal.outputStyle))
            }
            for note in DigestRendering.leftOut(digest) { Terminal.printNote(note) }
            SessionReminder.show(from: store)
        }
    }
}
