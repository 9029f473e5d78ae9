import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JournalStore {
    /// Opens the journal at `path`, creating it (and its folder) when missing.
    ///
    /// The folder is created 0700 and the file 0600 whatever the umask; SQLite gives its `-wal`
    /// and `-shm` files the mode of the database file. A file that is not a journal, or one
    /// written by a newer version, is refused before anything is written to it.
    public static func open(atPath path: String) throws -> JournalStore {
        try prepareFile(atPath: path)
        let queue = try StoreError.translating(path: path) {
            try DatabaseQueue(path: sqliteName(ofFile: path), configuration: configuration)
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
        return JournalStore(queue, path: path)
    }

    /// Opens the journal at `path` when the file exists; otherwise an empty journal in memory,
    /// so that looking (or asking to change an entry that cannot exist) creates nothing.
    public static func openExisting(atPath path: String) throws -> JournalStore {
        FileManager.default.fileExists(atPath: path) ? try open(atPath: path) : try makeEmpty()
    }

    /// Like `openExisting(atPath:)`, for commands that only look: a journal this user may read
    /// but not change (a copy on read-only media, a file made read-only on purpose) is opened
    /// read-only instead of refused.
    public static func openToRead(atPath path: String) throws -> JournalStore {
        guard try journalFileExists(atPath: path) else { return try makeEmpty() }
        guard !isWritable(path) else { return try open(atPath: path) }
        guard access(path, R_OK) == 0 else { throw StoreError.notReadable(path) }
        // A read-only connection would leave -wal and -shm files it cannot remove, and a -shm
        // file it made read-only would keep the journal read-only once the file is writable again.
        // Opened as immutable, SQLite writes nothing; with no -wal file to bring in, every entry is
        // in the journal file itself.
        if fileSize(path + "-wal") > 0 { throw StoreError.readOnlyWithChangesToBringIn(path) }
        var configuration = Self.configuration
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

    /// Refuses, without creating anything, a path where `open(atPath:)` could not create a new
    /// journal: the nearest folder that exists must be writable.
    public static func checkCanCreate(atPath path: String) throws {
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            folder.deleteLastPathComponent()
        }
        guard isFolder.boolValue, access(folder.path, W_OK | X_OK) == 0 else {
            throw StoreError.cannotCreateFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
    }

    private static func prepareFile(atPath path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
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
            return
        }
        let descriptor = PrivateFile.createExclusively(path)
        if descriptor < 0 {
            // Another command created it a moment ago: that is fine.
            guard errno == EEXIST else { throw StoreError.folderNotWritable(path) }
            return
        }
        close(descriptor)
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
