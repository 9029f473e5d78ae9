import ArgumentParser
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    struct ChangePassphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passphrase",
            abstract: "Change the passphrase of your encrypted journal.",
            discussion: """
                Asks for the current passphrase, even while the journal is unlocked, then for the \
                new one twice. Backups made before still open with the old passphrase.

                For a script: the current passphrase from --passphrase-fd N or \
                $JOURNAL_PASSPHRASE_FILE, the new one from --new-passphrase-fd N.

                Example: journal passphrase
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            name: .customLong("new-passphrase-fd"),
            help: ArgumentHelp("Read the new passphrase from this open file descriptor (its first line).", valueName: "n"))
        var newPassphraseDescriptor: Int32?

        func validate() throws {
            if let descriptor = newPassphraseDescriptor, descriptor < 0 || fcntl(descriptor, F_GETFD) == -1 {
                throw ValidationError(
                    "--new-passphrase-fd \(descriptor) is not an open file descriptor — open it for the command, as in "
                        + "journal passphrase --new-passphrase-fd 4 4< FILE")
            }
        }

        func run() throws {
            let access = options.access(.mustExist(readOnly: false))
            let wasUnlocked = try JournalEncryption.changePassphrase(access) {
                // Never JOURNAL_PASSPHRASE_FILE: it holds the current passphrase.
                try PassphraseInput.newPassphrase(
                    from: newPassphraseDescriptor.map { .descriptor($0) } ?? .terminal,
                    otherwise: "give it with --new-passphrase-fd N, as in journal passphrase --new-passphrase-fd 4 4< FILE")
            }
            Terminal.write("Changed the passphrase of the journal at \(access.path).\n")
            if wasUnlocked {
                Terminal.printNote("It was unlocked with the old passphrase, and is locked now: journal unlock unlocks it again.")
            }
            if case .file(let path) = PassphraseInput.Source(descriptor: options.passphraseDescriptor) {
                Terminal.printNote("\(path) (JOURNAL_PASSPHRASE_FILE) still holds the old passphrase: put the new one in it.")
            }
        }
    }
}
