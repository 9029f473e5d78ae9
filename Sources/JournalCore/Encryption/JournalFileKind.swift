import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a journal file is, told from its first bytes without opening it as a database.
public enum JournalFileKind: Equatable, Sendable {
    /// No file there: a new journal would be created.
    case missing
    /// An empty file: a new journal not yet set up.
    case empty
    /// An SQLite file in plain text: it starts with "SQLite format 3" and a zero byte.
    case plain
    /// Not readable as SQLite, and shaped as SQLCipher writes (whole pages of at least 512
    /// bytes, the first 16 of them the salt): an encrypted journal — or another file that happens
    /// to look like one, which only the passphrase can tell apart.
    case encrypted
    /// Neither: a text file, a picture, anything else.
    case other

    /// SQLite's file header (https://www.sqlite.org/fileformat.html#the_database_header).
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// SQLite's smallest page size: every SQLite or SQLCipher file is whole pages of it or more.
    static let smallestPageSize = 512

    /// The kind of the file at `path`. Throws `EncryptionError.cannotReadFile` when it exists
    /// but cannot be read.
    ///
    /// Never while a connection of this process has the file open: closing the descriptor it
    /// opens would drop SQLite's locks on the file (`JournalFileLock`).
    public static func of(fileAtPath path: String) throws -> JournalFileKind {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .missing }
            throw EncryptionError.cannotReadFile(path)
        }
        defer { close(descriptor) }
        return try of(descriptor: descriptor, path: path)
    }

    /// The kind of the file open as `descriptor` (the file at `path`, named in errors).
    static func of(descriptor: Int32, path: String) throws -> JournalFileKind {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw EncryptionError.cannotReadFile(path) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .other }
        let size = Int(status.st_size)
        if size == 0 { return .empty }
        var header = [UInt8](repeating: 0, count: sqliteHeader.count)
        guard pread(descriptor, &header, header.count, 0) == header.count else { return .other }
        if header == sqliteHeader { return .plain }
        return size % smallestPageSize == 0 ? .encrypted : .other
    }

    /// The salt of the encrypted journal at `path`: its first `EncryptionKey.saltLength` bytes.
    /// Never while a connection of this process has the file open, as for `of(fileAtPath:)`.
    public static func salt(ofFileAtPath path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw EncryptionError.cannotReadFile(path) }
        defer { close(descriptor) }
        return try salt(descriptor: descriptor, path: path)
    }

    /// The salt of the encrypted journal open as `descriptor`.
    static func salt(descriptor: Int32, path: String) throws -> [UInt8] {
        var salt = [UInt8](repeating: 0, count: EncryptionKey.saltLength)
        guard pread(descriptor, &salt, salt.count, 0) == salt.count else { throw EncryptionError.cannotReadFile(path) }
        return salt
    }
}
