import ArgumentParser
import JournalCore

extension Journal {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that your journal file, its search index and its pictures are sound, and say whether it is encrypted.")

        @OptionGroup var options: JournalOptions

        func run() throws {
            let report: CheckReport
            do {
                report = try options.open(.mustExist(readOnly: false)).check()
            } catch StoreError.corrupt(let path) {
                throw CheckFailure(problems: ["the file \(path) is damaged"])
            }
            guard report.isHealthy else { throw CheckFailure(problems: report.problems) }
            Terminal.write(
                "The journal is sound: \(Wording.count(report.entryCount, "entry", "entries")), "
                    + "\(Wording.count(report.sessionCount, "session", "sessions")), "
                    + "\(Wording.count(report.topicCount, "topic", "topics")) and "
                    + "\(Wording.count(report.pictureCount, "picture", "pictures")); the file, its search index and "
                    + "its pictures check out.\n"
                    + (report.isEncrypted
                        ? "It is encrypted: it opens only with its passphrase, and every page's authentication code checks out.\n"
                        : "It is not encrypted: anyone who can read the file can read it (journal encrypt encrypts it).\n"))
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
