import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a command asks for the journal: where its file is, what to do when the file is missing
/// or this user may not write it, and where the key of an encrypted journal comes from. What
/// every way of opening needs besides belongs here too.
public struct JournalAccess: Sendable {
    /// Pick by what the command does with the journal.
    public enum Mode: Sendable, Equatable {
        /// For commands that add something: the journal is created, with its folder, when
        /// missing. A file this user may not write is refused.
        case createIfMissing
        /// For commands that change or remove what must already be there (an entry, a session,
        /// a topic): an empty journal in memory when the file is missing, so that nothing is
        /// created and the thing asked for is simply not found. A file this user may not write
        /// is refused.
        case existingOrEmpty
        /// For commands that only look: a file this user may read but not write (a copy on
        /// read-only media, a file made read-only on purpose) is opened read-only, without
        /// writing anything, not even SQLite's `-wal` and `-shm` files; an empty journal in
        /// memory when the file is missing.
        case readOnlyOrEmpty
        /// For commands that would otherwise work on nothing and say all is well (backup,
        /// check), or answer as if a journal were empty (list, search, prep, stats, export):
        /// a missing file is refused, naming the path and what chose it. With `readOnly`, a
        /// file this user may not write is opened read-only, as for `readOnlyOrEmpty`; without,
        /// it is refused.
        case mustExist(readOnly: Bool)
    }

    /// The journal file, as `JournalLocation.path` finds it.
    public var path: String
    public var mode: Mode
    /// What chose the path, for a message that names it; nil when it does not matter.
    public var origin: JournalLocation.Origin?
    /// Where the key comes from when the journal is encrypted; a plain journal ignores it.
    public var key: KeySource

    public init(path: String, mode: Mode, origin: JournalLocation.Origin? = nil, key: KeySource = .none) {
        self.path = path
        self.mode = mode
        self.origin = origin
        self.key = key
    }
}

extension JournalStore {
    /// Opens the journal as `access` asks: the one way a command opens it.
    ///
    /// The folder of a new journal is created 0700 and its file 0600 whatever the umask; SQLite
    /// gives its `-wal` and `-shm` files the mode of the database file. A file that is not a
    /// journal, or one written by a newer version, is refused before anything is written to it.
    ///
    /// Plain and encrypted journals are told apart by their first bytes (`JournalFileKind`); an
    /// encrypted one is opened with the key `access.key` gives, and a wrong passphrase changes
    /// nothing. The store holds a shared lock on the journal file for as long as it lives, which
    /// keeps `journal encrypt`, `decrypt` and `passphrase` from replacing the file meanwhile.
    /// Throws `StoreError` and `EncryptionError`, and what `access.key` throws.
    public static func open(_ access: JournalAccess) throws -> JournalStore {
        let path = access.path
        switch access.mode {
        case .createIfMissing:
            return try openWritable(access)
        case .existingOrEmpty:
            return FileManager.default.fileExists(atPath: path) ? try openWritable(access) : try makeEmpty()
        case .readOnlyOrEmpty:
            return try openToRead(access)
        case .mustExist(let readOnly):
            guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noJournal(path, origin: access.origin) }
            return try readOnly ? openToRead(access) : openWritable(access)
        }
    }

    /// Checks, creating nothing, that `open(access)` would find a journal or could create one:
    /// for a command that asks for something (in an editor, say) before it opens the journal,
    /// so that a journal it cannot use is found before, not after. An existing file is opened
    /// and checked as `open` would. Returns the access to open it with afterwards: for an
    /// encrypted journal, with the key found, so that the passphrase is asked for once.
    @discardableResult
    public static func checkCanOpen(_ access: JournalAccess) throws -> JournalAccess {
        guard access.mode == .createIfMissing, !FileManager.default.fileExists(atPath: access.path) else {
            var opened = access
            if let key = try open(access).key { opened.key = .key(key) }
            return opened
        }
        try checkCanCreate(atPath: access.path)
        return access
    }

    /// Opens the journal at `request.path`, creating it (and its folder) when missing.
    private static func openWritable(_ request: JournalAccess) throws -> JournalStore {
        let path = request.path
        let creation = try prepareFile(atPath: path)
        PrivateFile.removeLeftovers(beside: path)
        guard let lock = try JournalFileLock.shared(onJournalAt: path) else {
            throw StoreError.noJournal(path, origin: request.origin)
        }
        let (queue, key) = try connect(request, through: lock, name: sqliteName(ofFile: path), readOnly: false)
        try StoreError.translating(path: path) {
            let isReady = try queue.read { db in try isReadyJournal(db, path: path) }
            // Only now that the file is known to be a journal (or new) may it be changed.
            try restrictPermissions(ofJournal: path)
            guard !isReady else { return }
            // Commands that find a new journal at the same moment take turns to set it up: GRDB
            // records migrations in a table it creates before the schema, so a command looking
            // in between would take the file for another program's.
            try withExclusiveLock(onFolderOf: path) {
                guard try !queue.read({ db in try isReadyJournal(db, path: path) }) else { return }
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try migrator.migrate(queue)
            }
        }
        return JournalStore(queue, path: path, creation: creation, key: key, lock: lock)
    }

    /// The journal at `request.path` for a command that only looks; see
    /// `JournalAccess.Mode.readOnlyOrEmpty`.
    private static func openToRead(_ request: JournalAccess) throws -> JournalStore {
        let path = request.path
        guard try journalFileExists(atPath: path) else { return try makeEmpty() }
        guard !isWritable(path) else { return try openWritable(request) }
        guard access(path, R_OK) == 0 else { throw StoreError.notReadable(path) }
        // A read-only connection would leave -wal and -shm files it cannot remove, and a -shm
        // file it made read-only would keep the journal read-only once the file is writable again.
        // Opened as immutable, SQLite writes nothing; with no -wal file to bring in, every entry is
        // in the journal file itself.
        if fileSize(path + "-wal") > 0 { throw StoreError.readOnlyWithChangesToBringIn(path) }
        guard let lock = try JournalFileLock.shared(onJournalAt: path) else { return try makeEmpty() }
        let (queue, key) = try connect(request, through: lock, name: immutableURI(ofFile: path), readOnly: true)
        return try StoreError.translating(path: path) {
            // Opened as immutable, SQLite reports the journal mode of a file without WAL.
            guard try !queue.read({ db in try isUpToDateJournal(db, path: path) }) else {
                return JournalStore(queue, path: path, key: key, lock: lock)
            }
            guard fileSize(path) > 0 else { return try makeEmpty() }
            throw StoreError.readOnlyAndOutOfDate(path)
        }
    }

    /// A connection to the journal file that `lock` holds, opened by SQLite as `name`: keyed
    /// when the file is encrypted, with the key `request.key` gives.
    private static func connect(
        _ request: JournalAccess, through lock: JournalFileLock, name: String, readOnly: Bool
    ) throws -> (DatabaseQueue, EncryptionKey?) {
        let path = request.path
        func queue(key: EncryptionKey?) throws -> DatabaseQueue {
            var configuration = configuration(key: key)
            configuration.readonly = readOnly
            return try StoreError.translating(path: path) { try DatabaseQueue(path: name, configuration: configuration) }
        }
        switch try JournalFileKind.of(descriptor: lock.descriptor, path: path) {
        case .missing, .empty, .plain:
            return (try queue(key: nil), nil)
        case .other:
            throw StoreError.notAJournal(path)
        case .encrypted:
            let salt = try JournalFileKind.salt(descriptor: lock.descriptor, path: path)
            let unlocked = try request.key.unlock(journalAtPath: path, salt: salt) { key in try queue(key: key) }
            return (unlocked.connection, unlocked.key)
        }
    }

    /// Refuses, without creating anything, a path where no new journal can be created: the
    /// nearest folder that exists must be writable.
    private static func checkCanCreate(atPath path: String) throws {
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            folder.deleteLastPathComponent()
        }
        guard isFolder.boolValue, access(folder.path, W_OK | X_OK) == 0 else {
            throw StoreError.cannotCreateFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
    }

    /// Creates the journal's file, and its folder, when missing; returns what it created.
    private static func prepareFile(atPath path: String) throws -> JournalCreation? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        var createdFolder: String?
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            createdFolder = folder
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreateFolder(folder)
            }
        } else if !isFolder.boolValue {
            throw StoreError.cannotCreateFolder(folder)
        }

        if try journalFileExists(atPath: path) {
            guard access(path, R_OK) == 0 else { throw StoreError.notReadable(path) }
            guard isWritable(path) else { throw StoreError.readOnly(path) }
            return nil
        }
        let descriptor = PrivateFile.createExclusively(path)
        if descriptor < 0 {
            // Another command created it a moment ago: that is fine.
            guard errno == EEXIST else { throw StoreError.folderNotWritable(path) }
            return nil
        }
        close(descriptor)
        return JournalCreation(createdFolder: createdFolder)
    }

    /// Whether there is a file at `path`. Refuses a folder, and what is not a regular file (a
    /// device such as /dev/null, a pipe): SQLite would write its own files beside it, and its
    /// mode would be changed.
    private static func journalFileExists(atPath path: String) throws -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR: throw StoreError.isAFolder(path)
        default: throw StoreError.notAJournal(path)
        }
    }

    /// Whether SQLite can write the journal: the file, and the folder for its -wal and -shm files.
    private static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0 && access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK | X_OK) == 0
    }

    /// The name SQLite opens the file at `path` by. SQLite reads a name that starts with "file:"
    /// as a URI (`file:x?mode=memory`), which would open another file than the one meant, made
    /// with the umask's permissions.
    static func sqliteName(ofFile path: String) -> String {
        path.hasPrefix("file:") ? "./" + path : path
    }

    /// The URI that opens the file at `path` without writing anything: only "%", "?" and "#"
    /// mean something in its path.
    private static func immutableURI(ofFile path: String) -> String {
        let escaped = URL(fileURLWithPath: path).path
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "?", with: "%3F")
            .replacingOccurrences(of: "#", with: "%23")
        return "file:" + escaped + "?immutable=1"
    }

    /// A journal copied in from elsewhere may be readable by others; a journal is not.
    private static func restrictPermissions(ofJournal path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw StoreError.folderNotWritable(path) }
        let groupAndOthers = status.st_mode & 0o077
        if groupAndOthers != 0, status.st_uid == getuid() {
            chmod(path, status.st_mode & 0o700)
        }
    }

    /// Whether the file is a journal ready for use, in WAL mode as its first setup leaves it.
    private static func isReadyJournal(_ db: Database, path: String) throws -> Bool {
        try isUpToDateJournal(db, path: path) && String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal"
    }

    /// Whether the file is a journal with every migration applied; false for a new file, one
    /// whose first setup was interrupted, or one made by an earlier version. Refuses a SQLite
    /// file of another program and a journal made by a newer version.
    private static func isUpToDateJournal(_ db: Database, path: String) throws -> Bool {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID {
            // One read of the migrations table answers both questions, on every command.
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            if !applied.isSubset(of: known) { throw StoreError.writtenByNewerVersion(path) }
            return applied == known
        }
        let otherObjects = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0
        guard applicationID == 0, otherObjects == 0 else { throw StoreError.notAJournal(path) }
        return false
    }

    /// Runs `body` while holding an exclusive `flock` on the journal's folder. The folder, not
    /// the file: closing any descriptor of the database file would drop SQLite's own locks.
    private static func withExclusiveLock(onFolderOf path: String, _ body: () throws -> Void) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = openFolder(folder)
        guard descriptor >= 0 else { throw StoreError.folderNotWritable(path) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw StoreError.busy }
        defer { flock(descriptor, LOCK_UN) }
        try body()
    }
}

private func openFolder(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
}

/// The size of the file at `path` in bytes; 0 when there is none.
private func fileSize(_ path: String) -> Int64 {
    var status = stat()
    return stat(path, &status) == 0 ? Int64(status.st_size) : 0
}
