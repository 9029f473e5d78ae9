import CSQLCipher
import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("Encrypting, decrypting and rekeying a journal")
struct EncryptionConversionTests {
    let folder = Folder()
    let texts = ["Panic on the train home, had to get off early", "Slept eight hours, calmer #sleep"]

    /// The journal at `path`, opened with `key` as the opener will.
    func store(_ path: String, key: EncryptionKey?) throws -> JournalStore {
        JournalStore(try JournalEncryption.openQueue(atPath: path, key: key), path: path)
    }

    func contents(_ path: String) throws -> Data {
        try #require(FileManager.default.contents(atPath: path))
    }

    func containsAnyWord(of texts: [String], _ data: Data) -> Bool {
        let words = texts.flatMap { $0.split(separator: " ") }.filter { $0.count > 4 }
        return words.contains { data.range(of: Data($0.utf8)) != nil }
    }

    @Test func encryptingLeavesNoWordReadableAndKeepsEverything() throws {
        let path = try folder.journal(texts: texts)
        let before = try store(path, key: nil).entries(EntryFilter(limit: nil))
        #expect(containsAnyWord(of: texts, try contents(path)), "the plain journal holds the words")

        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)

        #expect(!containsAnyWord(of: texts, try contents(path)))
        #expect(folder.files == ["journal.sqlite"], "no copy, -wal or -shm left behind")
        let encrypted = try store(path, key: try Keys.first)
        #expect(try encrypted.entries(EntryFilter(limit: nil)) == before)
        let hits = try encrypted.search(SearchRequest(query: SearchQuery(parsing: "train")))
        #expect(hits.map(\.entry.id) == [before[0].id])
        #expect(try encrypted.check().isHealthy)
        let (applicationID, journalMode) = try encrypted.dbWriter.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(applicationID == JournalStore.applicationID)
        #expect(journalMode == "wal")
    }

    @Test func writesToAnEncryptedJournalAreEncryptedInEveryFile() throws {
        let path = try folder.journal(texts: ["first"])
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        let encrypted = try store(path, key: try Keys.first)
        let secret = ["Remembered grandmother's kitchen garden"]
        _ = try encrypted.add(NewEntry(text: secret[0], moment: Moment(Date(), utcOffsetSeconds: 0)))
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(!containsAnyWord(of: secret, try contents(file)), "\(file) holds the words")
        }
    }

    @Test func sqlcipherOpensItWithThePassphraseAlone() throws {
        let path = try folder.journal(texts: texts)
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        // As another SQLCipher 4 program would: the passphrase, with SQLCipher's own defaults.
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            let code = Keys.firstPassphrase.withCString { journal_sqlcipher_key(db.sqliteConnection, "main", $0, Int32(strlen($0))) }
            #expect(code == 0)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") } == texts.count)
    }

    @Test func decryptingGivesBackThePlainJournal() throws {
        let path = try folder.journal(texts: texts)
        let before = try store(path, key: nil).entries(EntryFilter(limit: nil))
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        try JournalEncryption.decrypt(journalAtPath: path, with: try Keys.first)
        #expect(try JournalFileKind.of(fileAtPath: path) == .plain)
        #expect(folder.files == ["journal.sqlite"])
        // The journal's own opener takes it as a journal, up to date, and finds it all there.
        let reopened = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        #expect(try reopened.entries(EntryFilter(limit: nil)) == before)
        #expect(try reopened.check().isHealthy)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aWrongKeyIsAWrongPassphraseAndChangesNothing() throws {
        let path = try folder.journal(texts: texts)
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        let before = try contents(path)
        #expect(throws: EncryptionError.wrongPassphrase) { try store(path, key: try Keys.other) }
        #expect(throws: EncryptionError.wrongPassphrase) { try JournalEncryption.decrypt(journalAtPath: path, with: try Keys.other) }
        #expect(
            throws: EncryptionError.wrongPassphrase,
            performing: { try JournalEncryption.changeKey(ofJournalAtPath: path, from: try Keys.second, to: try Keys.first) })
        #expect(try contents(path) == before)
        #expect(folder.files == ["journal.sqlite"])
    }

    @Test func convertingTheWrongKindOfFileIsRefused() throws {
        let path = try folder.journal(texts: texts)
        #expect(throws: EncryptionError.notEncrypted(path)) { try JournalEncryption.decrypt(journalAtPath: path, with: try Keys.first) }
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        #expect(throws: EncryptionError.alreadyEncrypted(path)) { try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first) }
        let notes = folder.path("notes.txt")
        #expect(FileManager.default.createFile(atPath: notes, contents: Data("notes\n".utf8)))
        #expect(throws: StoreError.notAJournal(notes)) { try JournalEncryption.encrypt(journalAtPath: notes, with: try Keys.first) }
        #expect(throws: StoreError.noJournal(folder.path("none"))) {
            try JournalEncryption.decrypt(journalAtPath: folder.path("none"), with: try Keys.first)
        }
    }

    @Test func aJournalOpenElsewhereIsLeftAsItWas() throws {
        let path = try folder.journal(texts: texts)
        let other = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        _ = try other.entryCount()
        let before = try contents(path)
        #expect(throws: EncryptionError.inUse(path)) { try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first) }
        #expect(try contents(path) == before)
        #expect(!folder.files.contains { $0.hasSuffix(".tmp") }, "the copy is removed")
        #expect(try other.entryCount() == texts.count)
    }

    @Test func aDamagedJournalIsNotConvertedAndStaysAsItWas() throws {
        let path = try folder.journal(texts: texts)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO entryFTS(entryFTS) VALUES ('delete-all')") }
        try queue.close()
        let before = try contents(path)
        #expect(throws: StoreError.corrupt(path)) { try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first) }
        #expect(try contents(path) == before)
        #expect(folder.files == ["journal.sqlite"])
    }

    @Test func sqlitesOwnTablesComeAlong() throws {
        let path = try folder.journal(texts: texts)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "ANALYZE") }
        try queue.close()
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        let statistics = try JournalEncryption.openQueue(atPath: path, key: try Keys.first).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_stat1")
        }
        #expect(statistics ?? 0 > 0)
    }

    @Test func changingTheKeyLocksOutTheOldOne() throws {
        let path = try folder.journal(texts: texts)
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        let before = try store(path, key: try Keys.first).entries(EntryFilter(limit: nil))
        try JournalEncryption.changeKey(ofJournalAtPath: path, from: try Keys.first, to: try Keys.second)
        #expect(throws: EncryptionError.wrongPassphrase) { try store(path, key: try Keys.first) }
        let rekeyed = try store(path, key: try Keys.second)
        #expect(try rekeyed.entries(EntryFilter(limit: nil)) == before)
        #expect(try rekeyed.check().isHealthy)
        #expect(try JournalFileKind.salt(ofFileAtPath: path) == (try Keys.first).salt)
    }
}
