import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files the journal hands out (digests, exports, backups): readable by their owner
/// only, and atomically, so that a reader never sees half a file and a failure leaves what was
/// there before.
public enum PrivateFile {
    public static func write(_ text: String, toPath path: String) throws {
        try write(toPath: path) { output in try output.write(text) }
    }

    public static func write(_ bytes: Data, toPath path: String) throws {
        try write(toPath: path) { output in try output.write(bytes) }
    }

    /// Calls `body` with an output that goes to a temporary file beside `path`; renames it to
    /// `path` once `body` returns, removes it if `body` throws. A device or a pipe at `path`
    /// (`/dev/stdout`, a named pipe) is written into instead, as a shell's `>` does: replaced by a
    /// file it would stop being what it is, and whoever reads it would get nothing.
    public static func write<Result>(toPath path: String, _ body: (BufferedOutput) throws -> Result) throws -> Result {
        if isDeviceOrPipe(path) {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw PrivateFileError.cannotWrite(path) }
            return try fill(descriptor, named: path, synchronizing: false, body)
        }
        let temporaryPath = try temporaryPath(beside: path)
        let descriptor = createExclusively(temporaryPath)
        guard descriptor >= 0 else { throw PrivateFileError.cannotWrite(path) }
        var renamed = false
        defer { if !renamed { unlink(temporaryPath) } }
        let result = try fill(descriptor, named: path, synchronizing: true, body)
        guard rename(temporaryPath, path) == 0 else { throw PrivateFileError.cannotWrite(path) }
        renamed = true
        return result
    }

    /// Writes what `body` gives into `descriptor`, then closes it; failures name `path`.
    private static func fill<Result>(
        _ descriptor: Int32, named path: String, synchronizing: Bool, _ body: (BufferedOutput) throws -> Result
    ) throws -> Result {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let output = BufferedOutput(handle)
        let result: Result
        do {
            result = try body(output)
        } catch let failure as JournalFailure {
            throw failure
        } catch {
            throw PrivateFileError(error, writing: path)
        }
        do {
            try output.flush()
            if synchronizing { try handle.synchronize() }
            try handle.close()
        } catch {
            throw PrivateFileError(error, writing: path)
        }
        return result
    }

    private static func isDeviceOrPipe(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFBLK || kind == S_IFSOCK
    }

    /// Creates a file that must not exist yet, readable and writable by its owner only whatever
    /// the umask (which can only take bits away from 0600), and returns its descriptor, or -1.
    static func createExclusively(_ path: String) -> Int32 {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 { fchmod(descriptor, 0o600) }
        return descriptor
    }

    /// Refuses an output file that is the journal at `journalPath` or one of SQLite's files
    /// beside it (`-wal`, `-shm`): writing a digest or an export there would replace the journal.
    /// A file that does not exist yet is none of them.
    public static func checkIsNotTheJournal(_ output: String, journalPath: String) throws(PrivateFileError) {
        var target = stat()
        guard stat(output, &target) == 0 else { return }
        for path in [journalPath, journalPath + "-wal", journalPath + "-shm"] {
            var journal = stat()
            if stat(path, &journal) == 0, journal.st_dev == target.st_dev, journal.st_ino == target.st_ino {
                throw .isTheJournal(output)
            }
        }
    }

    /// A name in the same folder, so that the final rename cannot cross file systems:
    /// `.NAME.PID.tmp`. What an earlier run stopped by force (`kill -9`, a power cut) left under
    /// such a name for the same `path` is removed first, once the process that made it is gone.
    public static func temporaryPath(beside path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw PrivateFileError.isAFolder(path)
        }
        let folder = url.deletingLastPathComponent().path
        removeLeftovers(in: folder, of: url.lastPathComponent)
        return folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
    }

    /// Removes what `temporaryPath(beside: path)` named for a process that is gone: for the
    /// journal itself, the copy `journal encrypt` or `decrypt` was making when it was stopped,
    /// which may hold the whole journal unencrypted.
    static func removeLeftovers(beside path: String) {
        let url = URL(fileURLWithPath: path)
        removeLeftovers(in: url.deletingLastPathComponent().path, of: url.lastPathComponent)
    }

    /// Removes `.NAME.PID.tmp` (and SQLite's `-wal`, `-shm` and `-journal` beside it) in
    /// `folder` when no process PID is running.
    private static func removeLeftovers(in folder: String, of name: String) {
        let prefix = "." + name + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for candidate in names where candidate.hasPrefix(prefix) {
            let rest = candidate.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let process = pid_t(rest[..<dot]), process > 0,
                [".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal"].contains(rest[dot...])
            else { continue }
            if kill(process, 0) != 0 && errno == ESRCH { unlink(folder + "/" + candidate) }
        }
    }
}

/// Text written out in large pieces rather than one system call per line.
public final class BufferedOutput {
    private let handle: FileHandle
    private var buffer = Data()
    private static let capacity = 1 << 16

    public init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.capacity)
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { try flush() }
    }

    public func write(_ bytes: Data) throws {
        buffer.append(bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

public enum PrivateFileError: JournalFailure, Equatable {
    case cannotWrite(String)
    /// The disk (or the writer's quota, or the largest file allowed them) is full.
    case diskFull(String)
    case isAFolder(String)
    /// The output named is the journal's own file.
    case isTheJournal(String)

    public var problem: String {
        switch self {
        case .cannotWrite(let path): "cannot write \(path)"
        case .diskFull(let path): "the disk is full, so \(path) was not written (nothing of it is left behind)"
        case .isAFolder(let path): "\(path) is a folder"
        case .isTheJournal(let path): "\(path) is the journal itself, and writing there would replace it"
        }
    }

    public var advice: String {
        switch self {
        case .cannotWrite: "check that the folder exists and that you can write to it"
        case .diskFull: "free some disk space, or write it to another disk, and try again"
        case .isAFolder(let path): "give a file name, like \(path)/digest.md"
        case .isTheJournal: "give --output another file name"
        }
    }
}

extension PrivateFileError {
    /// What a failed write of `path` tells a person: that the disk is full, when it is.
    init(_ error: any Error, writing path: String) {
        let error = error as NSError
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let full = [ENOSPC, EDQUOT, EFBIG].map(Int.init)
        if error.domain == NSCocoaErrorDomain && error.code == CocoaError.fileWriteOutOfSpace.rawValue
            || error.domain == NSPOSIXErrorDomain && full.contains(error.code)
            || underlying?.domain == NSPOSIXErrorDomain && full.contains(underlying?.code ?? 0)
        {
            self = .diskFull(path)
        } else {
            self = .cannotWrite(path)
        }
    }
}
