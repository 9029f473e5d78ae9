import ArgumentParser
import JournalCore

extension Journal {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy your journal to a new file, safely, even while it is in use.",
            discussion: """
                The copy is a complete journal, readable only by you; open it with --db FILE. \
                An existing file is never overwritten.

                Example: journal backup ~/backups/journal-2026-11-29.sqlite
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The new file.", valueName: "file"), completion: .file(), transform: Arguments.path)
        var file: String

        func run() throws {
            try options.openJournalThatExists(onlyToRead: true).backup(to: file)
            Terminal.write("Backed up the journal to \(file).\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that your journal file and its search index are sound.")

        @OptionGroup var options: JournalOptions

        func run() throws {
            let report: CheckReport
            do {
                report = try options.openJournalThatExists().check()
            } catch StoreError.corrupt(let path) {
                throw CheckFailure(problems: ["the file \(path) is damaged"])
            }
            guard report.isHealthy else { throw CheckFailure(problems: report.problems) }
            Terminal.write(
                "The journal is sound: \(Wording.count(report.entryCount, "entry", "entries")), "
                    + "\(Wording.count(report.sessionCount, "session", "sessions")) and "
                    + "\(Wording.count(report.topicCount, "topic", "topics")); the file and its search index check out.\n")
        }
    }
}

struct CheckFailure: JournalFailure {
    var problems: [String]

    var problem: String { "the check found a problem: " + problems.joined(separator: "; ") }

    var advice: String {
        "keep a copy first (journal backup FILE), then journal export --include-private --output journal.json "
            + "and journal --db NEW-FILE import journal.json --from json to move everything into a new journal"
    }
}
