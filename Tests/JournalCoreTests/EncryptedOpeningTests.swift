import Foundation
import Testing

@testable import JournalCore

/// Counts the passphrases asked for, and gives them from a list.
private final class Asker: @unchecked Sendable {
    // Only touched with `lock` held.
    private var given: [String]
    private(set) var attempts: [Int] = []
    private let lock = NSLock()

    init(_ passphrases: [String]) { given = passphrases }

    func source(tries: Int, usesKeyring: Bool = false) -> KeySource {
        .passphrase(tries: tries, usesKeyring: usesKeyring) { attempt in
            try self.lock.withLock {
                self.attempts.append(attempt)
                return try Keys.passphrase(self.given.isEmpty ? "nothing left" : self.given.removeFirst())
            }
        }
    }
}

@Suite("Opening an encrypted journal")
struct EncryptedOpeningTests {
    let folder = Folder()
    let texts = ["Cycled to the allotment in the rain", "Called my sister about the funeral"]

    /// An encrypted journal holding `texts`, encrypted with `Keys.first`.
    func encryptedJournal() throws -> String {
        let path = try folder.journal(texts: texts)
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        return path
    }

    func open(_ path: String, _ key: KeySource, mode: JournalAccess.Mode = .createIfMissing) throws -> JournalStore {
        try JournalStore.open(JournalAccess(path: path, mode: mode, key: key))
    }

    func contents(_ path: String) throws -> Data { try #require(FileManager.default.contents(atPath: path)) }

    @Test func withoutAKeySourceItSaysTheJournalIsEncrypted() throws {
        let path = try encryptedJournal()
        #expect(throws: EncryptionError.encrypted(path)) { try open(path, .none) }
    }

    @Test func aPassphraseOpensItAfterWrongOnesUpToTheTries() throws {
        let path = try encryptedJournal()
        let asker = Asker(["wrong", "also wrong", Keys.firstPassphrase])
        let store = try open(path, asker.source(tries: 3))
        #expect(asker.attempts == [1, 2, 3])
        #expect(store.isEncrypted)
        #expect(try store.entries(EntryFilter(limit: nil)).map(\.text) == texts)
    }

    @Test(arguments: [1, 3])
    func wrongPassphrasesToTheLastTryChangeNothing(tries: Int) throws {
        let path = try encryptedJournal()
        let before = try contents(path)
        let asker = Asker(Array(repeating: "wrong", count: 5))
        #expect(throws: EncryptionError.wrongPassphrase) { try open(path, asker.source(tries: tries)) }
        #expect(asker.attempts == Array(1...tries))
        #expect(try contents(path) == before)
        #expect(folder.files == ["journal.sqlite"])
    }

    @Test func whatTheAskingThrowsEndsTheTries() throws {
        let path = try encryptedJournal()
        let source = KeySource.passphrase(tries: 3, usesKeyring: false) { _ in throw EncryptionError.emptyPassphrase }
        #expect(throws: EncryptionError.emptyPassphrase) { try open(path, source) }
    }

    @Test func aKnownKeyOpensItWithoutAsking() throws {
        let path = try encryptedJournal()
        #expect(try open(path, .key(try Keys.first)).entryCount() == texts.count)
        #expect(throws: EncryptionError.wrongPassphrase) { try open(path, .key(try Keys.other)) }
    }

    @Test func aPlainJournalNeverAsks() throws {
        let path = try folder.journal(texts: texts)
        let asker = Asker([])
        let store = try open(path, asker.source(tries: 3))
        #expect(!store.isEncrypted)
        #expect(asker.attempts == [])
    }

    @Test func checkingBeforeTheEditorKeepsTheKeyForTheOpeningAfter() throws {
        let path = try encryptedJournal()
        let asker = Asker([Keys.firstPassphrase])
        let access = try JournalStore.checkCanOpen(JournalAccess(path: path, mode: .createIfMissing, key: asker.source(tries: 3)))
        _ = try JournalStore.open(access).add(NewEntry(text: "after the editor", moment: Moment(Date(), utcOffsetSeconds: 0)))
        #expect(asker.attempts == [1], "asked once")
    }

    @Test func theBackupOfAnEncryptedJournalOpensWithTheSameKey() throws {
        let path = try encryptedJournal()
        let backup = folder.path("backup.sqlite")
        try open(path, .key(try Keys.first)).backup(to: backup)
        #expect(try JournalFileKind.of(fileAtPath: backup) == .encrypted)
        #expect(try JournalFileKind.salt(ofFileAtPath: backup) == (try Keys.first).salt)
        let copy = try open(backup, .key(try Keys.first))
        #expect(try copy.entries(EntryFilter(limit: nil)).map(\.text) == texts)
        #expect(try copy.check().isHealthy)
    }

    @Test func theCheckSaysWhetherItIsEncrypted() throws {
        let path = try encryptedJournal()
        let report = try open(path, .key(try Keys.first)).check()
        #expect(report.isEncrypted)
        #expect(report.isHealthy)
        let plain = try folder.journal("plain.sqlite", texts: texts)
        #expect(try !open(plain, .none).check().isEncrypted)
    }

    @Test func aChangedByteOnTheDiskIsFoundByTheCheck() throws {
        let path = try encryptedJournal()
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        // In the middle of the last page: its authentication code no longer matches.
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size - 2000)
        let byte = try #require(try handle.read(upToCount: 1))
        try handle.seek(toOffset: size - 2000)
        try handle.write(contentsOf: Data([byte[0] ^ 0x01]))
        try handle.close()
        do {
            let report = try open(path, .key(try Keys.first)).check()
            #expect(!report.isHealthy, "\(report)")
        } catch StoreError.corrupt(let damaged) {
            // SQLite stopped at the page it could not decrypt: found damaged all the same.
            #expect(damaged == path)
        }
    }

    @Test func aStoreOfThisProcessKeepsAConversionOutUntilItIsGone() throws {
        let path = try folder.journal(texts: texts)
        var store: JournalStore? = try open(path, .none)
        var other: JournalStore? = try open(path, .none)
        #expect(throws: EncryptionError.inUse(path)) { try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first) }
        store = nil
        #expect(throws: EncryptionError.inUse(path)) { try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first) }
        #expect(try other?.entryCount() == texts.count, "the other store still works")
        other = nil
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        #expect(store == nil && other == nil)
    }

    @Test func anOpeningThatWaitedForAConversionOpensTheConvertedJournal() async throws {
        let path = try folder.journal(texts: texts)
        let encryptedCopy = try folder.journal("copy.sqlite", texts: texts + ["only in the copy"])
        try JournalEncryption.encrypt(journalAtPath: encryptedCopy, with: try Keys.first)

        var conversion: JournalFileLock? = try JournalFileLock.exclusive(onJournalAt: path)
        let opened = Task.detached { try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing, key: .key(try Keys.first))).entryCount() }
        // Waits until the opening waits for the lock (the kernel lists it in /proc/locks), not for a time.
        var inode = stat()
        #expect(stat(path, &inode) == 0)
        let waiting = ":\(inode.st_ino) "
        while !(try String(contentsOfFile: "/proc/locks", encoding: .utf8)).split(separator: "\n")
            .contains(where: { $0.contains("->") && $0.contains(waiting) })
        {
            usleep(1000)
        }
        #expect(rename(encryptedCopy, path) == 0)
        conversion = nil
        #expect(conversion == nil)
        #expect(try await opened.value == texts.count + 1)
    }
}

@Suite("How long a journal stays unlocked")
struct UnlockTimeTests {
    @Test(arguments: [
        ("15m", 900), ("15 min", 900), ("15 minutes", 900), ("90s", 90), ("2h", 7200), ("1h30m", 5400),
        ("1 hour 30 minutes", 5400), ("24h", 86400), ("1 Minute", 60),
    ])
    func timesAsPeopleWriteThem(text: String, seconds: Int64) throws {
        #expect(try UnlockTime.parse(text) == .seconds(seconds))
    }

    @Test(arguments: [
        ("15", UnlockTimeError.noUnit("15")), ("soon", .notATime("soon")), ("0m", .zero("0m")), ("0h0m", .zero("0h0m")),
        ("25h", .tooLong("25h")), ("", .notATime("")), ("m15", .notATime("m15")), ("5 fortnights", .notATime("5 fortnights")),
        ("-5m", .notATime("-5m")), ("99999999999m", .notATime("99999999999m")),
    ])
    func timesItCannotReadAreRefused(text: String, error: UnlockTimeError) {
        #expect(throws: error) { try UnlockTime.parse(text) }
    }

    @Test func saidAsAPersonWouldSayIt() {
        #expect(UnlockTime.spoken(.seconds(900)) == "15 minutes")
        #expect(UnlockTime.spoken(.seconds(5401)) == "1 hour 30 minutes 1 second")
    }
}
