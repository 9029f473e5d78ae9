import GRDB

/// Why the journal file could not be opened or written, in words a person can act on.
///
/// SQLite's own messages are never shown: they mean nothing to most people and may quote SQL.
public enum StoreError: JournalFailure, Equatable {
    case noJournal(String)
    case cannotCreateFolder(String)
    case folderNotWritable(String)
    case isAFolder(String)
    case notAJournal(String)
    case writtenByNewerVersion(String)
    case busy
    case diskFull
    case corrupt(String)
    case unexpected(code: Int32)

    public var problem: String {
        switch self {
        case .noJournal(let path): "there is no journal at \(path)"
        case .cannotCreateFolder(let path): "cannot create the folder for the journal at \(path)"
        case .folderNotWritable(let path): "cannot write the journal at \(path): permission denied"
        case .isAFolder(let path): "\(path) is a folder, not a journal file"
        case .notAJournal(let path): "\(path) is not a journal (it is another kind of file), so it was left untouched"
        case .writtenByNewerVersion(let path):
            "the journal at \(path) was written by a newer version of journal, which this one cannot read safely"
        case .busy: "the journal is busy: another journal command has been writing to it for too long"
        case .diskFull: "the disk is full, so nothing was stored"
        case .corrupt(let path): "the journal at \(path) is damaged"
        case .unexpected(let code): "the journal could not be read or written (SQLite error \(code))"
        }
    }

    public var advice: String {
        switch self {
        case .noJournal: "check the path given with --db or JOURNAL_DB; journal add writes the first entry of a new journal"
        case .cannotCreateFolder, .folderNotWritable:
            "choose a place you can write to with --db PATH or JOURNAL_DB"
        case .isAFolder, .notAJournal:
            "give the path of a journal file, or a new file name, with --db PATH or JOURNAL_DB"
        case .writtenByNewerVersion: "install the newer version of journal to use this journal"
        case .busy: "try again in a moment"
        case .diskFull: "free some disk space and try again"
        case .corrupt: "run journal check, and keep a copy of the file before anything else"
        case .unexpected: "try again; if it keeps happening, run journal check"
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s; the journal's own errors pass
    /// through unchanged.
    static func translating<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_NOTADB: self = .notAJournal(path)
        case .SQLITE_CORRUPT: self = .corrupt(path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: self = .folderNotWritable(path)
        default: self = .unexpected(code: error.extendedResultCode.rawValue)
        }
    }
}
