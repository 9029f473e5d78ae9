import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a command asks for the journal: where its file is, and what to do when the file is
/// missing or this user may not write it. What every way of opening needs besides (a key,
/// once journals can be encrypted) belongs here too.
public struct JournalAccess: Sendable, Equatable {
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

    public init(path: String, mode: Mode, origin: JournalLocation.Origin? = nil) {
        self.path = path
        self.mode = mode
        self.origin = origin
    }
}

extension JournalStore {
    /// Opens the journal as `access` asks: the one way a command opens it.
    ///
    /// The folder of a new journal is created 0700 and its file 0600 whatever the umask; SQLite
    /// gives its `-wal` and `-shm` files the mode of the database file. A file that is not a
    /// journal, or one written by a newer version, is refused before anything is written to it.
    /// Throws `StoreError`.
    public static func open(_ access: JournalAccess) throws -> JournalStore {
        let path = access.path
        switch access.mode {
        case .createIfMissing:
            return try openWritable(atPath: path)
        case .existingOrEmpty:
            return FileManager.default.fileExists(atPath: path) ? try openWritable(atPath: path) : try makeEmpty()
        case .readOnlyOrEmpty:
            return try openToRead(atPath: path)
        case .mustExist(let readOnly):
            guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noJournal(path, origin: access.origin) }
            return try readOnly ? openToRead(atPath: path) : openWritable(atPath: path)
        }
    }

    /// Checks, creating nothing, that `open(access)` would find a journal or could create one:
    /// for a command that asks for something (in an editor, say) before it opens the journal,
    /// so that a journal it cannot use is found before, not after. An existing file is opened
    /// and checked as `open` would.
    public static func checkCanOpen(_ access: JournalAccess) throws {
        guard access.mode == .createIfMissing, !FileManager.default.fileExists(atPath: access.path) else {
            _ = try open(access)
            return
        }
        try checkCanCreate(atPath: access.path)
    }

    /// Opens the journal at `path`, creating it (and its folder) when missing.
    private static func openWritable(atPath path: String) throws -> JournalStore {
        let creation = try prepareFile(atPath: path)
        let queue = try StoreError.translating(path: path) {
            try DatabaseQueue(path: sqliteName(ofFile: path), configuration: configuration())
        }
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
        return JournalStore(queue, path: path, creation: creation)
    }

    /// The journal at `path` for a command that only looks; see `JournalAccess.Mode.readOnlyOrEmpty`.
    private static func openToRead(atPath path: String) throws -> JournalStore {
        guard try journalFileExists(atPath: path) else { return try makeEmpty() }
        guard !isWritable(path) else { return try openWritable(atPath: path) }
        guard access(path, R_OK) == 0 else { throw StoreError.notReadable(path) }
        // A read-only connection would leave -wal and -shm files it cannot remove, and a -shm
        // file it made read-only would keep the journal read-only once the file is writable again.
        // Opened as immutable, SQLite writes nothing; with no -wal file to bring in, every entry is
        // in the journal file itself.
        if fileSize(path + "-wal") > 0 { throw StoreError.readOnlyWithChangesToBringIn(path) }
        var configuration = Self.configuration()
        configuration.readonly = true
        return try StoreError.translating(path: path) {
            let queue = try DatabaseQueue(path: immutableURI(ofFile: path), configuration: configuration)
            // Opened as immutable, SQLite reports the journal mode of a file without WAL.
            guard try !queue.read({ db in try isUpToDateJournal(db, path: path) }) else {
                return JournalStore(queue, path: path)
            }
            guard fileSize(path) > 0 else { return try makeEmpty() }
            throw StoreError.readOnlyAndOutOfDate(path)
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

    /// SQLite reads a name that starts with "file:" as a URI (`file:x?mode=memory`), which would
    /// open another file than the one prepared here, made with the umask's permissions.
    private static func sqliteName(ofFile path: String) -> String {
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
