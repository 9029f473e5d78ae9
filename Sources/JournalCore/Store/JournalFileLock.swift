import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `flock` on the journal file itself, which keeps a conversion (`journal encrypt`,
/// `decrypt`, `passphrase`) and the commands using the journal apart: every open store holds a
/// shared lock for as long as it lives, and a conversion takes an exclusive one until the
/// converted file has replaced the journal, so that no command writes into a file that is about
/// to be replaced, and no change is lost.
///
/// `flock` locks and SQLite's own (`fcntl`) locks do not interfere on a local file system. But
/// closing *any* descriptor of a file drops every `fcntl` lock this process holds on it, SQLite's
/// included, so one process holds one descriptor per journal file, shared by its stores and
/// closed only after the last of their connections, and reads the file's first bytes through it
/// rather than opening the file again.
final class JournalFileLock: @unchecked Sendable {
    /// A descriptor of the journal file, opened read-only, to read its first bytes through.
    let descriptor: Int32
    private let file: FileIdentity
    private let isExclusive: Bool

    private init(descriptor: Int32, file: FileIdentity, isExclusive: Bool) {
        self.descriptor = descriptor
        self.file = file
        self.isExclusive = isExclusive
    }

    deinit {
        guard !isExclusive else {
            close(descriptor)
            return
        }
        Self.registry.withLock { held in
            guard var entry = held[file] else { return }
            entry.users -= 1
            if entry.users > 0 {
                held[file] = entry
            } else {
                held[file] = nil
                for descriptor in entry.descriptors { close(descriptor) }
            }
        }
    }

    /// A shared lock on the journal file at `path`, waiting while a conversion holds it; nil when
    /// there is no file there. When a conversion replaced the file while this waited, the lock is
    /// taken on the file that replaced it. Throws `StoreError.notReadable`, or
    /// `StoreError.notAJournal` for what is not a regular file.
    static func shared(onJournalAt path: String) throws -> JournalFileLock? {
        while true {
            guard let named = FileIdentity(path: path) else { return nil }
            let joined = registry.withLock { held -> JournalFileLock? in
                guard var entry = held[named] else { return nil }
                entry.users += 1
                held[named] = entry
                return JournalFileLock(descriptor: entry.descriptors[0], file: named, isExclusive: false)
            }
            if let joined { return joined }
            // Waits outside the registry's lock: a conversion in this process must be able to end.
            let descriptor = try openJournalFile(path)
            guard descriptor >= 0 else { return nil }
            while flock(descriptor, LOCK_SH) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw StoreError.unexpected(code: errno)
                }
            }
            // Renamed over while this waited: the journal is now the file that replaced it.
            guard let locked = FileIdentity(descriptor: descriptor), locked == FileIdentity(path: path) else {
                close(descriptor)
                continue
            }
            return registry.withLock { held in
                // Another store of this process locked it meanwhile, and may have a connection open
                // already: this descriptor stays open beside its own until both are done.
                var entry = held[locked] ?? (descriptors: [], users: 0)
                entry.descriptors.append(descriptor)
                entry.users += 1
                held[locked] = entry
                return JournalFileLock(descriptor: descriptor, file: locked, isExclusive: false)
            }
        }
    }

    /// An exclusive lock on the journal file at `path`, for a conversion; throws
    /// `EncryptionError.inUse` at once, rather than waiting, when a store of this or another
    /// process has it open, and `StoreError.noJournal` when there is no file there.
    static func exclusive(onJournalAt path: String) throws -> JournalFileLock {
        try registry.withLock { held in
            guard let named = FileIdentity(path: path) else { throw StoreError.noJournal(path) }
            // Its descriptor would be closed at once, dropping the locks of the store's connection.
            guard held[named] == nil else { throw EncryptionError.inUse(path) }
            let descriptor = try openJournalFile(path)
            guard descriptor >= 0 else { throw StoreError.noJournal(path) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, FileIdentity(descriptor: descriptor) == named else {
                close(descriptor)
                throw EncryptionError.inUse(path)
            }
            return JournalFileLock(descriptor: descriptor, file: named, isExclusive: true)
        }
    }

    /// Opens the journal file read-only without waiting (a pipe put in its place would block an
    /// open); -1 when it is gone.
    private static func openJournalFile(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return -1 }
            throw errno == EACCES ? StoreError.notReadable(path) : StoreError.folderNotWritable(path)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw StoreError.notAJournal(path)
        }
        return descriptor
    }

    /// The descriptors this process holds on each journal file (one, unless two stores locked it
    /// at the same moment), with how many stores use them.
    private static let registry = Registry()

    private final class Registry: @unchecked Sendable {
        // Only touched with `lock` held.
        private var held: [FileIdentity: Entry] = [:]
        private let lock = NSLock()

        typealias Entry = (descriptors: [Int32], users: Int)

        func withLock<Result>(_ body: (inout [FileIdentity: Entry]) throws -> Result) rethrows -> Result {
            lock.lock()
            defer { lock.unlock() }
            return try body(&held)
        }
    }
}

/// A file as the kernel tells it apart: its device and inode, whatever names it has.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
