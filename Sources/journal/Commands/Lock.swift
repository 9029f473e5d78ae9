import ArgumentParser
import JournalCore

extension Journal {
    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lock",
            abstract: "Forget the key journal unlock kept: the next command asks for the passphrase.",
            discussion: "Example: journal lock")

        @OptionGroup var options: JournalOptions

        func run() throws {
            let path = options.resolvedPath
            let wasUnlocked: Bool
            do {
                wasUnlocked = try JournalKeyring.forgetKey(ofJournalAtPath: path)
            } catch KeyringError.unavailable(let reason) {
                Terminal.printNote("Nothing to lock: the kernel keyring is not available here (\(reason)), so no key was kept.")
                return
            }
            Terminal.write(
                wasUnlocked
                    ? "Locked the journal at \(path): the next command asks for its passphrase.\n"
                    : "The journal at \(path) was not unlocked: every command asks for its passphrase.\n")
        }
    }
}
