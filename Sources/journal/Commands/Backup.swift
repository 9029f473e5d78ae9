import ArgumentParser
import JournalCore

extension Journal {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy your journal to a new file, safely, even while it is in use.",
            discussion: """
                The copy is a complete journal, readable only by you; open it with --db FILE. \
                The copy of an encrypted journal is encrypted with the same passphrase. An \
                existing file is never overwritten.

                Example: journal backup ~/backups/journal-2026-11-29.sqlite
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The new file.", valueName: "file"), completion: .file(), transform: Arguments.path)
        var file: String

        func run() throws {
            let store = try options.open(.mustExist(readOnly: true))
            try store.backup(to: file)
            Terminal.write("Backed up the journal to \(file)\(store.isEncrypted ? ", encrypted with the same passphrase" : "").\n")
        }
    }
}
