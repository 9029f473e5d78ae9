import ArgumentParser
import JournalCore

extension Journal {
    struct Decrypt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decrypt",
            abstract: "Take the encryption off your journal, making it a plain SQLite file again.",
            discussion: """
                Asks for the passphrase, even while the journal is unlocked, then converts the \
                journal in place as journal encrypt does, and forgets the key journal unlock kept. \
                Afterwards anyone who can read the file can read the journal.

                Example: journal decrypt
                """)

        @OptionGroup var options: JournalOptions

        func run() throws {
            let access = options.access(.mustExist(readOnly: false))
            // Interrupted, the copy it was making, the whole journal unencrypted, is removed.
            try Interruption.removing(JournalEncryption.copyPath(forJournalAt: access.path), isDatabase: true) {
                try JournalEncryption.decrypt(access)
            }
            Terminal.write(
                "Decrypted the journal at \(access.path): it is a plain SQLite file again, readable by anyone "
                    + "who can read the file. Backups made while it was encrypted stay encrypted.\n")
        }
    }
}
