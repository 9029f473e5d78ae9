import Foundation
import Testing

@testable import JournalCore

/// Whether this process may use a kernel session keyring: containers often forbid keyctl.
private let keyringAvailability: Result<KernelKeyring, Error> = Result { try KernelKeyring() }

/// Serialized: three of these tests keep keys under the name of `Keys.first`'s salt, which the
/// process's session keyring holds once for all of them.
@Suite(
    "The kernel keyring",
    .serialized,
    .enabled(
        if: (try? keyringAvailability.get()) != nil,
        "no kernel keyring here (keyctl refused: containers often forbid it); journal then asks for the passphrase each time"))
struct KernelKeyringTests {
    let keyring = try! keyringAvailability.get()
    let name = "journal-test:\(UUID().uuidString)"

    @Test func aKeyIsKeptReadBackAndForgotten() throws {
        let key = try Keys.first
        try keyring.store(key.keyringPayload, as: name, for: .seconds(60))
        defer { _ = try? keyring.forget(name) }
        let payload = try #require(try keyring.read(name))
        #expect(EncryptionKey(keyringPayload: payload) == key)
        #expect(try keyring.forget(name))
        #expect(try keyring.read(name) == nil)
        #expect(try !keyring.forget(name), "nothing left to forget")
    }

    @Test func keepingAgainReplacesTheKey() throws {
        try keyring.store(SecretBytes(copying: [1, 2, 3]), as: name, for: .seconds(60))
        defer { _ = try? keyring.forget(name) }
        try keyring.store(SecretBytes(copying: [4, 5]), as: name, for: .seconds(60))
        #expect(try keyring.read(name) == SecretBytes(copying: [4, 5]))
    }

    /// The kernel lists each key this process may see in /proc/keys, with the time it has left
    /// where "perm" would stand for a key that never expires.
    @Test func aKeptKeyExpiresAndOnlyItsSessionMayReadIt() throws {
        try keyring.store(SecretBytes(copying: [1]), as: name, for: .seconds(90))
        defer { _ = try? keyring.forget(name) }
        let keys = try String(contentsOfFile: "/proc/keys", encoding: .utf8)
        let line = try #require(keys.split(separator: "\n").first { $0.contains(name) })
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        let expiry = String(fields[3])
        #expect(expiry.hasSuffix("s") || expiry.hasSuffix("m"), "expires in \(expiry)")
        #expect(fields[4] == "2f010000", "possessor may view, read, write, search and set; the user only view")
    }

    @Test func nothingKeptIsNil() throws {
        #expect(try keyring.read(name) == nil)
    }

    @Test func aKeptKeyOpensItsJournalWithoutAskingAndLockForgetsIt() throws {
        let folder = Folder()
        let path = try folder.journal(texts: ["Fed the ducks at the canal"])
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        try JournalKeyring.keep(try Keys.first, for: .seconds(60))
        defer { _ = try? JournalKeyring.forgetKey(ofJournalAtPath: path) }
        let refusing = KeySource.passphrase(tries: 1) { _ in throw EncryptionError.emptyPassphrase }
        let store = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing, key: refusing))
        #expect(try store.entryCount() == 1, "opened with the kept key, without asking")
        #expect(throws: EncryptionError.emptyPassphrase) {
            try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing, key: refusing.withoutKeyring))
        }
        #expect(try JournalKeyring.forgetKey(ofJournalAtPath: path))
        #expect(throws: EncryptionError.emptyPassphrase) {
            try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing, key: refusing))
        }
    }

    /// A copy made before the passphrase changed has the same salt and another key: the kept
    /// key is tried, found wrong for it, and kept for the journal it opens.
    @Test func aKeptKeyThatDoesNotOpenACopyIsSkippedAndKept() throws {
        let folder = Folder()
        let path = try folder.journal(texts: ["Fed the ducks at the canal"])
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        try JournalKeyring.keep(try Keys.second, for: .seconds(60))
        defer { _ = try? JournalKeyring.forgetKey(ofJournalAtPath: path) }
        let asking = KeySource.passphrase(tries: 1) { _ in try Keys.passphrase(Keys.firstPassphrase) }
        #expect(try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing, key: asking)).entryCount() == 1)
        #expect(JournalKeyring.keptKey(forSalt: (try Keys.first).salt) == (try Keys.second))
    }

    @Test func unlockKeepsTheKeyOfTheJournal() throws {
        let folder = Folder()
        let path = try folder.journal(texts: ["Fed the ducks at the canal"])
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        defer { _ = try? JournalKeyring.forgetKey(ofJournalAtPath: path) }
        let asking = KeySource.passphrase(tries: 1, usesKeyring: false) { _ in try Keys.passphrase(Keys.firstPassphrase) }
        try JournalKeyring.unlock(JournalAccess(path: path, mode: .createIfMissing, key: asking), for: .seconds(60))
        #expect(JournalKeyring.keptKey(forSalt: (try Keys.first).salt) == (try Keys.first))
        let plain = try folder.journal("plain.sqlite", texts: ["x"])
        #expect(throws: EncryptionError.notEncrypted(plain)) {
            try JournalKeyring.unlock(JournalAccess(path: plain, mode: .createIfMissing, key: asking), for: .seconds(60))
        }
    }
}

@Suite("Without a kernel keyring")
struct KeyringUnavailableTests {
    @Test(arguments: [
        (EPERM, "the system does not allow this program to use it"),
        (ENOSYS, "this kernel has no key retention service"),
    ])
    func theReasonIsSaidPlainly(error: Int32, reason: String) {
        let failure = KeyringError.unavailable(reason: KeyringError.reason(error))
        #expect(failure.problem == "the kernel keyring is not available here (\(reason)), so the key cannot be kept")
        #expect(failure.advice.contains("ask for the passphrase each time"))
    }
}
