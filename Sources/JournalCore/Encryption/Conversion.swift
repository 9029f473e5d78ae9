import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turning a plain journal into an encrypted one and back, and changing the key of an
/// encrypted one, without ever leaving a half-converted journal behind.
///
/// Encrypting and decrypting write a converted copy beside the journal with SQLCipher's
/// `sqlcipher_export`, check it (SQLite's integrity check, SQLCipher's page check, the check of
/// every FTS5 index, the rows of every table, `user_version` and `application_id`), and only
/// then rename it over the journal and flush the folder: an interruption at any point leaves
/// the journal as it was, or converted whole.
///
/// No other command may use the journal meanwhile: one that wrote after the copy was made would
/// write into the replaced file, and its change would be lost. Each function holds an exclusive
/// lock on the journal file (`JournalFileLock`) until the journal is replaced, and refuses
/// (`EncryptionError.inUse`) while a store of any `journal` command has it open; the commands
/// that open it meanwhile wait, and then open the converted journal. It refuses as well when it
/// finds the journal's `-wal` or `-shm` file still there after closing its own connection, the
/// mark of another program's.
public enum JournalEncryption {
    /// Encrypts the plain journal at `path` with `key` (from `EncryptionKey.deriveForNewFile`).
    /// Copies made before (backups, the old file's blocks on the disk) stay as they were.
    public static func encrypt(journalAtPath path: String, with key: EncryptionKey) throws {
        let lock = try JournalFileLock.exclusive(onJournalAt: path)
        switch try JournalFileKind.of(descriptor: lock.descriptor, path: path) {
        case .plain: break
        case .encrypted: throw EncryptionError.alreadyEncrypted(path)
        case .missing, .empty: throw StoreError.noJournal(path)
        case .other: throw StoreError.notAJournal(path)
        }
        try convert(journalAtPath: path, from: nil, to: key)
        withExtendedLifetime(lock) {}
    }

    /// Decrypts the encrypted journal at `path`, opened with `key`, into a plain journal.
    public static func decrypt(journalAtPath path: String, with key: EncryptionKey) throws {
        let lock = try JournalFileLock.exclusive(onJournalAt: path)
        try requireEncrypted(path, lock)
        try convert(journalAtPath: path, from: key, to: nil)
        withExtendedLifetime(lock) {}
    }

    /// Re-encrypts the journal at `path`, opened with `currentKey`, under `newKey`, which must be
    /// derived with the same salt (`currentKey.salt`): SQLCipher's `PRAGMA rekey`, one
    /// transaction that rewrites every page. Throws `EncryptionError.wrongPassphrase` when
    /// `currentKey` does not open the journal.
    public static func changeKey(
        ofJournalAtPath path: String, from currentKey: EncryptionKey, to newKey: EncryptionKey
    ) throws {
        precondition(newKey.salt == currentKey.salt, "a new key for the same file is derived with its salt")
        let lock = try JournalFileLock.exclusive(onJournalAt: path)
        try requireEncrypted(path, lock)
        try StoreError.translating(path: path) {
            let queue = try openQueue(atPath: path, key: currentKey)
            try queue.writeWithoutTransaction { db in
                // Every page then has one version, in the file, to rewrite.
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try SQLCipher.rekey(db, to: newKey)
            }
            try queue.close()
            let rekeyed = try openQueue(atPath: path, key: newKey)
            try rekeyed.writeWithoutTransaction { db in try checkIntegrity(db, isEncrypted: true) }
            try rekeyed.close()
        }
        withExtendedLifetime(lock) {}
    }

    /// Where this process writes the converted copy of the journal at `path` (with SQLite's
    /// `-wal` and `-shm` beside it) until it replaces the journal: a command removes them when
    /// it is interrupted, as the copy of a decrypted journal is the whole journal unencrypted.
    public static func copyPath(forJournalAt path: String) throws -> String {
        try PrivateFile.temporaryPath(beside: path)
    }

    private static func requireEncrypted(_ path: String, _ lock: JournalFileLock) throws {
        switch try JournalFileKind.of(descriptor: lock.descriptor, path: path) {
        case .encrypted: return
        case .plain: throw EncryptionError.notEncrypted(path)
        case .missing, .empty: throw StoreError.noJournal(path)
        case .other: throw StoreError.notAJournal(path)
        }
    }

    private static func convert(journalAtPath path: String, from sourceKey: EncryptionKey?, to targetKey: EncryptionKey?) throws {
        let copyPath = try copyPath(forJournalAt: path)
        // Created here, 0600, so that SQLite's -wal and -shm files for it get the same mode.
        let descriptor = PrivateFile.createExclusively(copyPath)
        guard descriptor >= 0 else { throw EncryptionError.cannotReplace(path) }
        close(descriptor)
        var isReplaced = false
        defer { if !isReplaced { removeDatabaseFiles(atPath: copyPath) } }

        let original = try StoreError.translating(path: path) {
            try export(journalAtPath: path, key: sourceKey, toCopyAtPath: copyPath, key: targetKey)
        }
        try requireClosed(path)
        try StoreError.translating(path: path) {
            let copy = try openQueue(atPath: copyPath, key: targetKey)
            let matches = try copy.writeWithoutTransaction { db in
                try checkIntegrity(db, isEncrypted: targetKey != nil)
                return try Contents.read(db, schema: "main") == original
                    && String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal"
            }
            try copy.close()
            guard matches else { throw EncryptionError.copyDoesNotMatch(path) }
        }
        guard try JournalFileKind.of(fileAtPath: copyPath) == (targetKey == nil ? .plain : .encrypted) else {
            throw EncryptionError.copyDoesNotMatch(path)
        }
        try replace(journalAtPath: path, withCopyAtPath: copyPath)
        isReplaced = true
    }

    /// Copies the journal at `path` into the empty file at `copyPath` with `sqlcipher_export`,
    /// encrypted with `copyKey` or plain when it is nil, and returns what the journal holds.
    private static func export(
        journalAtPath path: String, key: EncryptionKey?, toCopyAtPath copyPath: String, key copyKey: EncryptionKey?
    ) throws -> Contents {
        let source = try openQueue(atPath: path, key: key)
        let contents = try source.writeWithoutTransaction { db in
            // KEY '' attaches it plain even when the journal is encrypted; a key, if any, follows.
            try db.execute(sql: "ATTACH DATABASE ? AS copy KEY ''", arguments: [copyPath])
            if let copyKey { try SQLCipher.key(db, name: "copy", with: copyKey) }
            var contents = Contents(userVersion: 0, applicationID: 0, rowCounts: [:])
            // One transaction: a consistent snapshot, no other writer meanwhile, one sync at the end.
            try db.inTransaction(.immediate) {
                try db.execute(sql: "SELECT sqlcipher_export('copy')")
                contents = try Contents.read(db, schema: "main")
                // sqlcipher_export copies tables, indices, triggers and rows, not the header's fields.
                try db.execute(sql: "PRAGMA copy.user_version = \(contents.userVersion)")
                try db.execute(sql: "PRAGMA copy.application_id = \(contents.applicationID)")
                return .commit
            }
            try db.execute(sql: "PRAGMA copy.journal_mode = WAL")
            try db.execute(sql: "DETACH DATABASE copy")
            return contents
        }
        try source.close()
        return contents
    }

    /// A connection of its own to the journal at `path`, keyed when `key` is given.
    static func openQueue(atPath path: String, key: EncryptionKey?) throws -> DatabaseQueue {
        try DatabaseQueue(path: JournalStore.sqliteName(ofFile: path), configuration: JournalStore.configuration(key: key))
    }

    /// Throws unless SQLite, SQLCipher (for an encrypted file) and every FTS5 index find the
    /// open database whole.
    private static func checkIntegrity(_ db: Database, isEncrypted: Bool) throws {
        guard try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"] else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
        if isEncrypted, try Row.fetchOne(db, sql: "PRAGMA cipher_integrity_check") != nil {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT)
        }
        let indexes = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND sql LIKE '%USING fts5%'
            """)
        for index in indexes {
            let quoted = index.quotedDatabaseIdentifier
            try db.execute(sql: "INSERT INTO \(quoted)(\(quoted), rank) VALUES ('integrity-check', 1)")
        }
    }

    /// Refuses when the journal's -wal or -shm file outlived the closing of the last connection
    /// of this process: another command has the journal open.
    private static func requireClosed(_ path: String) throws {
        for suffix in ["-wal", "-shm"] where access(path + suffix, F_OK) == 0 {
            throw EncryptionError.inUse(path)
        }
    }

    /// Renames the checked copy over the journal, each flushed to the disk first and after.
    private static func replace(journalAtPath path: String, withCopyAtPath copyPath: String) throws {
        let copy = open(copyPath, O_RDONLY | O_CLOEXEC)
        guard copy >= 0 else { throw EncryptionError.cannotReplace(path) }
        let isCopySynchronized = fsync(copy) == 0
        close(copy)
        guard isCopySynchronized, rename(copyPath, path) == 0 else { throw EncryptionError.cannotReplace(path) }
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }

    private static func removeDatabaseFiles(atPath path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}

/// What a journal holds, as far as a conversion must carry it: the header fields SQLite leaves
/// to the application and the rows of every stored table (FTS5's own tables included).
private struct Contents: Equatable {
    var userVersion: Int32
    var applicationID: Int32
    var rowCounts: [String: Int]

    static func read(_ db: Database, schema: String) throws -> Contents {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM \(schema).sqlite_master WHERE type = 'table' AND rootpage > 0")
        var rowCounts: [String: Int] = [:]
        for table in tables {
            rowCounts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(schema).\(table.quotedDatabaseIdentifier)")
        }
        return Contents(
            userVersion: try Int32.fetchOne(db, sql: "PRAGMA \(schema).user_version") ?? 0,
            applicationID: try Int32.fetchOne(db, sql: "PRAGMA \(schema).application_id") ?? 0,
            rowCounts: rowCounts)
    }
}
