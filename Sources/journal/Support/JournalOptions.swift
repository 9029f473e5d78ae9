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
            valueName: "path"))
    var databasePath: String?

    var resolvedPath: String {
        let environment = ProcessInfo.processInfo.environment
        return JournalLocation.path(
            explicit: databasePath, environment: environment,
            homeDirectory: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// The journal, created when missing: for commands that write.
    func openStore() throws -> JournalStore {
        try JournalStore.open(atPath: resolvedPath)
    }

    /// The journal, or an empty one when there is no file yet: for commands that look, or that
    /// change something (an entry, a session, a topic) that must already be there.
    func openExistingStore() throws -> JournalStore {
        try JournalStore.openExisting(atPath: resolvedPath)
    }
}
