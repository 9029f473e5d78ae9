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

    @Option(
        name: .customLong("passphrase-fd"),
        help: ArgumentHelp(
            "Read the passphrase of an encrypted journal from this open file descriptor.",
            discussion: """
                For scripts: its first line is the passphrase (journal --passphrase-fd 3 list \
                3< ~/.journal-passphrase). Without it: the file named by $JOURNAL_PASSPHRASE_FILE \
                (readable only by you), else the terminal asks, without showing what you type.
                """,
            valueName: "n"))
    var passphraseDescriptor: Int32?

    /// An empty `--db`, as from a script's unset variable (`--db "$JOURNAL"`), names no journal:
    /// writing to the usual one instead would put entries where nobody meant them.
    func validate() throws {
        if databasePath?.isEmpty == true {
            throw ValidationError(
                "--db is empty — give the path of a journal file, or leave --db out to use the usual journal")
        }
        if let descriptor = passphraseDescriptor, descriptor < 0 || fcntl(descriptor, F_GETFD) == -1 {
            throw ValidationError(
                "--passphrase-fd \(descriptor) is not an open file descriptor — open it for the command, as in "
                    + "journal --passphrase-fd 3 list 3< FILE")
        }
    }

    var resolvedPath: String { location.path }

    /// The journal's path, and what chose it.
    private var location: (path: String, origin: JournalLocation.Origin) {
        JournalLocation.locate(explicit: databasePath, environment: { Environment[$0] }, home: Environment.homeFolders)
    }

    /// How this command asks for the journal; see `JournalAccess.Mode` for which mode to pick.
    /// An encrypted journal opens with the key `journal unlock` kept, else with the passphrase
    /// (`PassphraseInput`).
    func access(_ mode: JournalAccess.Mode) -> JournalAccess {
        let location = location
        return JournalAccess(
            path: location.path, mode: mode, origin: location.origin,
            key: PassphraseInput.keySource(descriptor: passphraseDescriptor, journalPath: location.path))
    }

    /// Says where a journal that `store` just created is, and which folder was made for it,
    /// so that a first entry in a new place (a mistyped --db) does not go unnoticed.
    func noteIfNew(_ store: JournalStore) {
        guard let creation = store.creation else { return }
        let folder = creation.createdFolder.map { ", and made its folder \($0) (readable only by you)" } ?? ""
        Terminal.printNote("Started a new journal at \(store.path)\(folder).")
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
