import ArgumentParser
import Foundation
import JournalCore

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
        JournalLocation.path(explicit: databasePath, environment: { Environment[$0] }, home: Environment.homeFolders)
    }

    /// How this command asks for the journal; see `JournalAccess.Mode` for which mode to pick.
    func access(_ mode: JournalAccess.Mode) -> JournalAccess {
        JournalAccess(path: resolvedPath, mode: mode)
    }

    /// The journal, opened as `mode` says.
    func open(_ mode: JournalAccess.Mode) throws -> JournalStore {
        try JournalStore.open(access(mode))
    }

    /// Refuses an `--output` that is the journal itself.
    func checkOutput(_ output: String) throws {
        try PrivateFile.checkIsNotTheJournal(output, journalPath: resolvedPath)
    }
}
