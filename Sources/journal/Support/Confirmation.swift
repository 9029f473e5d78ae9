import JournalCore

/// The question every delete asks on a terminal, unless `--yes` was given.
enum Confirmation {
    /// Whether to go ahead: true with `yes`; else, on a terminal, shows `lines` and asks
    /// `question`. Without a terminal to ask on, refuses, saying how to confirm from a script
    /// (`deleteCommand` followed by `--yes`). `what` names what would be deleted: `entry 3`.
    static func confirmDeleting(
        _ what: String, showing lines: [String], question: String, yes: Bool, deleteCommand: String
    ) throws -> Bool {
        guard !yes else { return true }
        guard Terminal.standardInputIsTerminal else {
            throw NotConfirmed(what: what, command: deleteCommand)
        }
        Terminal.writeToStandardError(lines.map { $0 + "\n" }.joined())
        guard Terminal.confirm(question) else {
            Terminal.printNote("Nothing was deleted.")
            return false
        }
        return true
    }
}

/// A delete asked for where nobody can confirm it.
struct NotConfirmed: JournalFailure {
    /// `entry 3`, `entries 3, 4 and 7`.
    let what: String
    /// The command that deletes them, without `--yes`.
    let command: String

    var problem: String { "nothing was deleted: there is no terminal to confirm on, and \(what) would be gone for good" }
    var advice: String { "to delete from a script, run \(command) --yes" }
}
