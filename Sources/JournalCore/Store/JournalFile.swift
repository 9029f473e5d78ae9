import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the journal lives when nobody says otherwise, and how its file is opened safely.
public enum JournalLocation {
    /// `--db`, else `$JOURNAL_DB`, else `$XDG_DATA_HOME/journal/journal.sqlite`, else
    /// `~/.local/share/journal/journal.sqlite`.
    public static func path(
        explicit: String?, environment: [String: String], homeDirectory: String
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["JOURNAL_DB"], !path.isEmpty { return path }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/journal/journal.sqlite"
        }
        return homeDirectory + "/.local/share/journal/journal.sqlite"
    }
}

extension JournalStore {
    /// Opens the journal at `path`, creating it (and its folder) when missing.
    ///
    /// The folder is created 0700 and the file 0600 whatever the umask; SQLite gives its `-wal`
    /// and `-shm` files the mode of the database file. A file that is not a journal, or one
    /// written by a newer version, is refused before anything is written to it.
    public static func open(atPath path: String) throws -> JournalStore {
        try prepareFile(atPath: path)
        let queue = try StoreError.translating(path: path) {
            try DatabaseQueue(path: path, configuration: configuration)
        }
        try StoreError.translating(path: path) {
            try queue.read { db in try checkIdentity(db, path: path) }
            // Only now that the file is known to be a journal (or new) may it be changed.
            try restrictPermissions(ofJournal: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        return try JournalStore(queue, path: path)
    }

    /// Opens the journal at `path` for reading: when there is no file yet, an empty journal in
    /// memory, so that looking does not create anything.
    public static func openForReading(atPath path: String) throws -> JournalStore {
        FileManager.default.fileExists(atPath: path) ? try open(atPath: path) : try makeEmpty()
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

        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError.isAFolder(path) }
            guard access(path, R_OK | W_OK) == 0 else { throw StoreError.folderNotWritable(path) }
            return
        }
        let descriptor = createExclusively(path)
        if descriptor < 0 {
            // Another command created it a moment ago: that is fine.
            guard errno == EEXIST else { throw StoreError.folderNotWritable(path) }
            return
        }
        defer { close(descriptor) }
        // The umask may have taken bits away from 0600 (never added): set it exactly.
        fchmod(descriptor, 0o600)
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

    /// Refuses a SQLite file of another program, and a journal made by a newer version.
    private static func checkIdentity(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID {
            if try Self.migrator.hasBeenSuperseded(db) {
                throw StoreError.writtenByNewerVersion(path)
            }
            return
        }
        let objectCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        guard applicationID == 0, objectCount == 0 else { throw StoreError.notAJournal(path) }
    }
}

/// Creates a file that must not exist yet, readable and writable by its owner only.
private func createExclusively(_ path: String) -> Int32 {
    open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
}
