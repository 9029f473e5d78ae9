import Foundation
import GRDB

/// The journal's database: owns the connection and the schema, and offers the operations the
/// commands need. Modelled on GRDB's demo `AppDatabase`.
public struct JournalStore: Sendable {
    let dbWriter: any DatabaseWriter
    /// Where the journal lives, for error messages; ":memory:" for a journal in memory.
    public let path: String
    /// What opening this journal created; nil when the file was there already.
    public let creation: JournalCreation?
    /// The key the journal was opened with; nil for a plain journal.
    let key: EncryptionKey?
    /// Closes the connection, then releases the lock on the journal file, once the last copy of
    /// this store is gone; nil for a journal in memory.
    private let lockedFile: LockedFile?

    init(
        _ dbWriter: any DatabaseWriter, path: String, creation: JournalCreation? = nil, key: EncryptionKey? = nil,
        lock: JournalFileLock? = nil
    ) {
        self.dbWriter = dbWriter
        self.path = path
        self.creation = creation
        self.key = key
        lockedFile = lock.map { LockedFile(lock: $0, connection: dbWriter) }
    }

    /// Whether the journal is encrypted.
    public var isEncrypted: Bool { key != nil }

    /// A new, empty journal in memory: for tests, and for looking at a journal that does not
    /// exist yet without creating a file.
    static func makeEmpty() throws -> JournalStore {
        let queue = try DatabaseQueue(configuration: configuration())
        try migrator.migrate(queue)
        return JournalStore(queue, path: ":memory:")
    }

    /// How every connection to a journal is set up; `key` opens an encrypted one.
    ///
    /// The order matters: pragmas that read nothing, then the key (SQLCipher must have it before
    /// any page is read), then what reads the file.
    static func configuration(key: EncryptionKey? = nil) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Two commands at once (two terminals, a script and a person) wait for each other
        // instead of failing.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Deleted entries are overwritten on disk rather than left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        if let key { configuration.useEncryptionKey(key) }
        configuration.prepareDatabase { db in
            // The search index and its triggers cut text with it, so every connection needs
            // it before it touches an entry: migrating, writing, reading, checking. Registering
            // it stops the process when SQLite cannot read the file's first page, so that is
            // read first: a file that is not a journal gets SQLite's error, said in plain words.
            try db.execute(sql: "SELECT 1 FROM sqlite_master LIMIT 1")
            db.add(tokenizer: SearchTokenizer.self)
        }
        return configuration
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.translating(path: path) { try dbWriter.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.translating(path: path) { try dbWriter.write(body) }
    }
}

/// A journal's connection and the lock on its file, released in that order: closing the lock's
/// descriptor while the connection is open would drop SQLite's own locks (`JournalFileLock`).
/// The connection is closed here rather than left to GRDB, which may keep what it holds a while
/// longer than the store; a connection taken out of the store must not outlive it.
private final class LockedFile: Sendable {
    let lock: JournalFileLock
    let connection: any DatabaseWriter

    init(lock: JournalFileLock, connection: any DatabaseWriter) {
        self.lock = lock
        self.connection = connection
    }

    deinit {
        // A connection that would not close keeps the descriptor open until the process ends.
        if (try? connection.close()) == nil { _ = Unmanaged.passRetained(lock) }
    }
}

/// A journal file made by opening it: the first command that writes to a new journal says so,
/// and where.
public struct JournalCreation: Sendable, Equatable {
    /// The journal's folder, when it had to be made (with any folders above it that were
    /// missing).
    public var createdFolder: String?
}
