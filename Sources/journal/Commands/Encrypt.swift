import ArgumentParser
import JournalCore

extension Journal {
    struct Encrypt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "encrypt",
            abstract: "Encrypt your journal, so that nobody can read the file without its passphrase.",
            discussion: """
                Asks for a new passphrase twice, without showing it, then converts the journal in \
                place: an encrypted copy is made beside it, checked, and only then put in its \
                place, so that an interruption leaves the journal as it was. From then on every \
                command asks for the passphrase; journal unlock keeps it for a while. Forget the \
                passphrase and nobody can read the journal, you included.

                Copies made before are not encrypted by this: backups, exports and digests you \
                saved, and the old file's blocks on the disk.

                For a script, the new passphrase is the first line of --passphrase-fd N or of \
                the file $JOURNAL_PASSPHRASE_FILE names.

                Example: journal encrypt
                """)

        @OptionGroup var options: JournalOptions

        func run() throws {
            let access = options.access(.mustExist(readOnly: false))
            try Interruption.removing(JournalEncryption.copyPath(forJournalAt: access.path), isDatabase: true) {
                try JournalEncryption.encrypt(access) {
                    try PassphraseInput.newPassphrase(
                        from: PassphraseInput.Source(descriptor: options.passphraseDescriptor),
                        otherwise: "give it with --passphrase-fd N, or name a file holding it in JOURNAL_PASSPHRASE_FILE")
                }
            }
            Terminal.write(
                "Encrypted the journal at \(access.path): from now on it opens only with its passphrase. "
                    + "journal unlock keeps the passphrase's key for 15 minutes, so that you need not type it each time.\n")
            Terminal.printNote(
                "Copies made before are not encrypted by this: backups, exports and digests you saved, and the old "
                    + "file's blocks on the disk, which stay readable until the disk writes over them. Make new backups "
                    + "with journal backup (they are encrypted too) and delete the old ones.")
        }
    }
}
