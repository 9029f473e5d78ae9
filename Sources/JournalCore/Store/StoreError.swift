import GRDB

/// Why the journal file could not be opened or written, in words a person can act on.
///
/// SQLite's own messages are never shown: they mean nothing to most people and may quote SQL.
public enum StoreError: JournalFailure, Equatable {
    /// No file at the path; `origin` says what chose it, when known.
    case noJournal(String, origin: JournalLocation.Origin? = nil)
    case cannotCreateFolder(String)
    case folderNotWritable(String)
    case notReadable(String)
    case readOnly(String)
    case readOnlyAndOutOfDate(String)
    case readOnlyWithChangesToBringIn(String)
    case isAFolder(String)
    case notAJournal(String)
    case writtenByNewerVersion(String)
    case busy
    case diskFull
    case corrupt(String)
    case unexpected(code: Int32)

    public var problem: String {
        switch self {
        case .noJournal(let path, let origin): "there is no journal at \(path) yet\(Self.chosen(by: origin))"
        case .cannotCreateFolder(let path): "cannot create the folder for the journal at \(path)"
        case .folderNotWritable(let path): "cannot write the journal at \(path): permission denied"
        case .notReadable(let path): "cannot read the journal at \(path): permission denied"
        case .readOnly(let path): "the journal at \(path) is read-only (the file or its folder), so nothing was changed"
        case .readOnlyAndOutOfDate(let path):
            "the journal at \(path) was made by an earlier version of journal and is read-only, so it cannot be brought up to date to be read"
        case .readOnlyWithChangesToBringIn(let path):
            "the journal at \(path) is read-only, and its latest changes are still waiting in \(path)-wal: they move into the journal the next time it can be written"
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
        case .noJournal(_, .dataHome?), .noJournal(_, .home?):
            "write the first entry with journal add \"…\", or give another journal with --db PATH or JOURNAL_DB"
        case .noJournal: "check the path given with --db or JOURNAL_DB; journal add writes the first entry of a new journal"
        case .cannotCreateFolder, .folderNotWritable:
            "choose a place you can write to with --db PATH or JOURNAL_DB"
        case .notReadable: "check who owns the file, or give another journal with --db PATH or JOURNAL_DB"
        case .readOnly, .readOnlyAndOutOfDate, .readOnlyWithChangesToBringIn:
            "make the file and its folder writable (chmod u+w), or copy the folder somewhere you can write to and use the journal there with --db PATH"
        case .isAFolder, .notAJournal:
            "give the path of a journal file, or a new file name, with --db PATH or JOURNAL_DB"
        case .writtenByNewerVersion: "install the newer version of journal to use this journal"
        case .busy: "try again in a moment"
        case .diskFull: "free some disk space and try again"
        case .corrupt: "run journal check, and keep a copy of the file before anything else"
        case .unexpected: "try again; if it keeps happening, run journal check"
        }
    }

    /// Whether trying again later may succeed with nothing changed but time: once there is disk
    /// space, once another command has finished writing. What was to be stored is worth keeping.
    public var passesWithTime: Bool {
        switch self {
        case .diskFull, .busy: true
        default: false
        }
    }

    /// ` (the path given with --db)`: how the path of a journal that is not there was chosen.
    private static func chosen(by origin: JournalLocation.Origin?) -> String {
        switch origin {
        case .option?: " (the path given with --db)"
        case .environment?: " (the path in JOURNAL_DB)"
        case .dataHome?: " (the usual place, in XDG_DATA_HOME, as neither --db nor JOURNAL_DB is set)"
        case .home?: " (the usual place, as neither --db nor JOURNAL_DB is set)"
        case nil: ""
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
        // The shared-memory file beside a journal in WAL mode could not be grown: on a full disk,
        // the first thing opening the journal for a write runs into.
        case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_SHMSIZE: self = .diskFull
        case .SQLITE_NOTADB: self = .notAJournal(path)
        case .SQLITE_CORRUPT: self = .corrupt(path)
        case .SQLITE_READONLY: self = .readOnly(path)
        case .SQLITE_PERM, .SQLITE_CANTOPEN: self = .folderNotWritable(path)
        default: self = .unexpected(code: error.extendedResultCode.rawValue)
        }
    }
}
