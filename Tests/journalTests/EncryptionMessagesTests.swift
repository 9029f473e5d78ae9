import Foundation
import Testing

/// Without a terminal, the commands that ask for a new passphrase say it is the new one they
/// lack, and how to give it, and change nothing.
@Suite("Asking for a new passphrase without a terminal")
struct EncryptionMessagesTests {
    @Test func encryptSaysHowToGiveTheNewPassphrase() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "A plain entry").succeeded)
        let before = sandbox.databaseSnapshot()

        let refused = try sandbox.run("encrypt")

        #expect(!refused.succeeded)
        #expect(
            refused.errors.contains(
                "there is no terminal to ask for the new passphrase — give it with --passphrase-fd N, or name a file"),
            "\(refused.errors)")
        #expect(!refused.errors.contains("the journal is encrypted"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func passphraseSaysHowToGiveTheNewOne() throws {
        let journal = try EncryptedJournal()
        let before = journal.sandbox.databaseSnapshot()

        let refused = try journal.sandbox.run(["passphrase"], environment: journal.unlocking)

        #expect(!refused.succeeded)
        #expect(
            refused.errors.contains("there is no terminal to ask for the new passphrase — give it with --new-passphrase-fd N"),
            "\(refused.errors)")
        #expect(journal.sandbox.databaseSnapshot() == before)
    }
}
