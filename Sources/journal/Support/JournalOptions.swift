import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options every command takes, before or after the command's name.
struct JournalOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The journal file to use.",
            discussion: """
                Without it: $JOURNAL_DB, else $XDG_DATA_HOME/journal/journal.sqlite, \
                else ~/.local/share/journal/journal.sqlite.
                """,
            valueName: "path"),
        completion: .file())
    var databasePath: String?

    /// An empty `--db`, as from a script's unset variable (`--db "$JOURNAL"`), names no journal:
    /// writing to the usual one instead would put entries where nobody meant them.
    func validate() throws {
        if databasePath?.isEmpty == true {
            throw ValidationError(
                "--db is empty — give the path of a journal file, or leave --db out to use the usual journal")
        }
    }

    var resolvedPath: String {
        JournalLocation.path(
            explicit: databasePath, environment: { Environment[$0] }, homeDirectory: Environment.homeDirectory)
    }

    /// The journal, created when missing: for commands that write.
    func openStore() throws -> JournalStore {
        try JournalStore.open(atPath: resolvedPath)
    }

    /// The journal when its file exists, checked as a journal; nil when there is none yet, after
    /// checking that one could be created. Nothing is created.
    func openStoreIfPresent() throws -> JournalStore? {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            try JournalStore.checkCanCreate(atPath: path)
            return nil
        }
        return try JournalStore.open(atPath: path)
    }

    /// Refuses an output file that is the journal or one of SQLite's files beside it: writing a
    /// digest or an export there would replace the journal.
    func checkOutput(_ output: String) throws {
        var target = stat()
        guard stat(output, &target) == 0 else { return }
        for path in [resolvedPath, resolvedPath + "-wal", resolvedPath + "-shm"] {
            var journal = stat()
            if stat(path, &journal) == 0, journal.st_dev == target.st_dev, journal.st_ino == target.st_ino {
                throw OutputError.isTheJournal(output)
            }
        }
    }

    /// The journal, which must exist: for commands that would otherwise work on nothing and
    /// say all is well (backup, check). With `onlyToRead`, one this user cannot write is opened
    /// read-only.
    func openJournalThatExists(onlyToRead: Bool = false) throws -> JournalStore {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noJournal(path) }
        return try onlyToRead ? JournalStore.openToRead(atPath: path) : JournalStore.open(atPath: path)
    }

    /// The journal, or an empty one when there is no file yet: for commands that change
    /// something (an entry, a session, a topic) that must already be there.
    func openExistingStore() throws -> JournalStore {
        try JournalStore.openExisting(atPath: resolvedPath)
    }

    /// The journal, or an empty one when there is no file yet, read-only when this user cannot
    /// write it: for commands that only look.
    func openStoreToRead() throws -> JournalStore {
        try JournalStore.openToRead(atPath: resolvedPath)
    }
}
