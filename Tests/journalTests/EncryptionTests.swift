import Foundation
import JournalCore
import Testing

/// A journal encrypted with `journal encrypt`, its passphrase in a file of the sandbox that
/// `JOURNAL_PASSPHRASE_FILE` names, as a script would keep it.
struct EncryptedJournal {
    static let passphrase = "a quiet morning by the sea"
    static let wrongPassphrase = "a quiet morning by the lake"
    /// Words of the entries written before encrypting, looked for in the files afterwards.
    static let earlierTexts = [
        "Grandmother's marmalade recipe made me cry in the kitchen #family",
        "Panic on the tramway, had to get off near the observatory",
        worksheetSituation,
    ]
    /// The situation of the thought record written before encrypting.
    static let worksheetSituation = "Rehearsal with the choirmaster before the Pentecost concert"

    let sandbox: Sandbox
    let passphraseFile: String
    let wrongPassphraseFile: String

    /// The environment in which the journal opens with its passphrase.
    var unlocking: [String: String] { ["JOURNAL_PASSPHRASE_FILE": passphraseFile] }
    var wrong: [String: String] { ["JOURNAL_PASSPHRASE_FILE": wrongPassphraseFile] }

    /// A journal with `earlierTexts` (the first flagged, with a mood and a feeling; the last the
    /// situation of a thought record), a session and a topic, then encrypted.
    init() throws {
        sandbox = try Sandbox()
        passphraseFile = sandbox.path("passphrase")
        wrongPassphraseFile = sandbox.path("wrong-passphrase")
        for (path, passphrase) in [(passphraseFile, Self.passphrase), (wrongPassphraseFile, Self.wrongPassphrase)] {
            #expect(FileManager.default.createFile(
                atPath: path, contents: Data((passphrase + "\n").utf8), attributes: [.posixPermissions: 0o600]))
        }
        for arguments in [
            ["add", "--mood", "3", "--feeling", "sad", "--flag", Self.earlierTexts[0]],
            ["add", "--date", "yesterday 9pm", Self.earlierTexts[1]],
            ["session", "add", "3 days ago 17:00", "--note", "talked about the observatory"],
            ["topic", "add", "ask about the tramway panic"],
        ] {
            let outcome = try sandbox.run(arguments)
            try #require(outcome.succeeded, "\(arguments): \(outcome.errors)")
        }
        let form = WorksheetFixtures.form("thought-record", [("Situation", Self.worksheetSituation)])
        let worksheet = try sandbox.run(["worksheet", "add", "thought-record"], input: Data(form.utf8))
        try #require(worksheet.succeeded, "\(worksheet.errors)")
        let encrypted = try sandbox.run(["encrypt"], environment: unlocking)
        try #require(encrypted.succeeded, "\(encrypted.errors)")
    }

    @discardableResult
    func run(_ arguments: String..., input: String = "") throws -> Outcome {
        try sandbox.run(Array(arguments), input: Data(input.utf8), environment: unlocking)
    }

    /// The journal's file and SQLite's `-wal` and `-shm` beside it, those that are there.
    var files: [String] {
        ["", "-wal", "-shm"].map { sandbox.databasePath + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}

/// What must never be readable in an encrypted journal's files: the words of `texts`, as
/// written and as the search index keeps them (lower-cased, their endings cut).
func readableWords(of texts: [String], in files: [String]) throws -> [String] {
    let long: [Substring] = texts.flatMap { text in text.split(whereSeparator: { !$0.isLetter }) }.filter { $0.count >= 6 }
    let words: [String] = long.flatMap { word -> [String] in
        let lower = word.lowercased()
        return [String(word), lower, String(lower.prefix(5))]
    }
    var found: [String] = []
    for file in files {
        let contents = try #require(FileManager.default.contents(atPath: file))
        found += words.filter { contents.range(of: Data($0.utf8)) != nil }.map { "\($0) in \(file)" }
    }
    return found
}

@Suite("An encrypted journal")
struct EncryptionTests {
    @Test func encryptingLeavesNoWordOfTheEntriesInTheFile() throws {
        let journal = try EncryptedJournal()
        #expect(try readableWords(of: EncryptedJournal.earlierTexts, in: journal.files) == [])
        #expect(journal.files == [journal.sandbox.databasePath], "no -wal, -shm or converted copy left behind")
        let start = try #require(journal.sandbox.databaseSnapshot()).prefix(16)
        #expect(start != Data("SQLite format 3\0".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: journal.sandbox.databasePath)[.posixPermissions]
        #expect(permissions as? Int == 0o600)
    }

    @Test func encryptSaysWhatItDoesNotProtect() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "Blackberries by the viaduct").succeeded)
        #expect(try readableWords(of: ["Blackberries by the viaduct"], in: [sandbox.databasePath]) != [], "a plain journal shows them")
        let passphrase = sandbox.path("passphrase")
        #expect(FileManager.default.createFile(
            atPath: passphrase, contents: Data("long enough passphrase\n".utf8), attributes: [.posixPermissions: 0o600]))
        let encrypted = try sandbox.run(["encrypt"], environment: ["JOURNAL_PASSPHRASE_FILE": passphrase])
        #expect(encrypted.succeeded)
        #expect(encrypted.output.contains("Encrypted the journal at \(sandbox.databasePath)"))
        #expect(encrypted.errors.contains("Copies made before are not encrypted by this: backups"))
    }

    @Test func everyCommandWorksOnIt() throws {
        let journal = try EncryptedJournal()
        let sandbox = journal.sandbox
        let export = sandbox.path("export.json")
        let backup = sandbox.path("backup.sqlite")
        let steps: [(arguments: [String], shows: String?)] = [
            (["list"], "marmalade"),
            (["show", "1"], "marmalade"),
            (["search", "observatory"], "observatory"),
            (["search", "--format", "json", "marmalade"], "Grandmother's marmalade"),
            (["prep", "--since", "7 days ago"], "tramway"),
            (["prep", "--since", "7 days ago", "--format", "json"], "\"flagged\""),
            (["stats"], "2 entries"),
            (["add", "--mood", "6", "Walked along the harbour wall"], "Added entry 3"),
            (["edit", "3", "--mood", "7"], "3"),
            (["topic", "list"], "tramway"),
            (["topic", "add", "sleep medication"], "Added topic 2"),
            (["session", "list"], "observatory"),
            (["session", "next", "thursday 17:00"], "Next session planned"),
            (["check-in", "phq9", "--answers", "0,1,0,1,0,0,1,0,0"], "PHQ-9"),
            (["check-in", "list"], "PHQ-9"),
            (["plan", "show"], "plan"),
            (["message", "--no", "Wanted to phone about the lighthouse"], "Kept message 1"),
            (["list", "--messages"], "lighthouse"),
            (["search", "lighthouse"], "lighthouse"),
            (["homework", "add", "More thought records", "--kind", "thought-record", "--times", "2"], "Added homework 1"),
            (["homework", "list"], "0 of 2 thought records"),
            (["worksheet", "list"], "choirmaster"),
            (["worksheet", "show", "1"], "choirmaster"),
            (["search", "choirmaster"], "choirmaster"),
            (["export", "--include-private", "--output", export], nil),
            (["delete", "3", "--yes"], "Deleted entry 3"),
            (["backup", backup], "encrypted with the same passphrase"),
            (["check"], "It is encrypted"),
            (["import", export, "--from", "json"], "skipped"),
        ]
        for step in steps {
            let outcome = try sandbox.run(step.arguments, environment: journal.unlocking)
            #expect(outcome.succeeded, "\(step.arguments): \(outcome.errors)")
            if let shows = step.shows { #expect(outcome.output.contains(shows), "\(step.arguments): \(outcome.output)") }
            #expect(!outcome.errors.contains("passphrase"), "\(step.arguments) asked: \(outcome.errors)")
        }
        let sleep = try sandbox.run(
            ["worksheet", "add", "sleep"], input: Data(WorksheetFixtures.form("sleep").utf8), environment: journal.unlocking)
        #expect(sleep.succeeded, "\(sleep.errors)")
        #expect(!sleep.errors.contains("passphrase"), "worksheet add asked: \(sleep.errors)")
        #expect(try readableWords(
            of: EncryptedJournal.earlierTexts + ["Walked along the harbour wall", "Wanted to phone about the lighthouse", "More thought records"],
            in: journal.files) == [])
    }

    @Test func exportIsPlainTextReadableOnlyByItsOwner() throws {
        let journal = try EncryptedJournal()
        let export = journal.sandbox.path("export.json")
        try #require(try journal.run("export", "--include-private", "--output", export).succeeded)
        let contents = try String(contentsOfFile: export, encoding: .utf8)
        #expect(contents.contains("Grandmother's marmalade recipe"))
        let permissions = try FileManager.default.attributesOfItem(atPath: export)[.posixPermissions]
        #expect(permissions as? Int == 0o600)
    }

    @Test func theBackupIsEncryptedWithTheSamePassphrase() throws {
        let journal = try EncryptedJournal()
        let backup = journal.sandbox.path("backup.sqlite")
        try #require(try journal.run("backup", backup).succeeded)
        #expect(try readableWords(of: EncryptedJournal.earlierTexts, in: [backup]) == [])
        #expect(try JournalFileKind.of(fileAtPath: backup) == .encrypted)
        let listed = try journal.run("--db", backup, "list")
        #expect(listed.succeeded, "\(listed.errors)")
        #expect(listed.output.contains("marmalade"))
        let refused = try journal.sandbox.run(["--db", backup, "list"], environment: journal.wrong)
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("wrong passphrase"))
    }

    @Test func writesAreEncryptedInTheWriteAheadLogToo() throws {
        let journal = try EncryptedJournal()
        // A command that keeps the journal open (delete, waiting to be confirmed) keeps SQLite's
        // -wal file, with what the others write, from being folded into the journal and removed.
        let holding = try journal.sandbox.startOnTerminal(["delete", "1"], environment: journal.unlocking)
        try #require(holding.waitUntilPrinted("for good?"), "delete never asked")
        let later = ["Lighthouse keeper dreams again, seagulls everywhere", "Quarrelled with the landlord about heating"]
        for text in later {
            let added = try journal.run("add", text)
            #expect(added.succeeded, "\(added.errors)")
        }
        let wal = journal.sandbox.databasePath + "-wal"
        let walSize = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        #expect(walSize > 0, "the entries are still in the -wal file")
        #expect(journal.files.count == 3)
        #expect(try readableWords(of: later + EncryptedJournal.earlierTexts, in: journal.files) == [])
        try holding.type("n\n")
        #expect(holding.waitForExit().succeeded)
    }

    @Test func killedDuringAWriteItLeavesNothingReadableAndStaysWhole() throws {
        let journal = try EncryptedJournal()
        let sandbox = journal.sandbox
        // Long entries, enough of them that SQLite writes them to the -wal file a few seconds
        // before the import would end.
        let text = "Killdeer nesting beside the quarantined lighthouse"
        let long = (0..<60).map { "\(text) \($0)" }.joined(separator: ", ")
        let entries = (0..<2_000).map { number in
            "{\"date\": \"2020-01-01T10:00:00+00:00\", \"text\": \"\(number): \(long)\", \"tags\": [], \"feelings\": []}"
        }
        let file = sandbox.path("import.json")
        try Data(("{\"format\": \"journal-export\", \"version\": 1, \"entries\": [" + entries.joined(separator: ",\n") + "]}").utf8)
            .write(to: URL(fileURLWithPath: file))

        let process = Process()
        process.executableURL = Sandbox.binary
        process.arguments = ["import", file, "--from", "json"]
        process.environment = sandbox.environment(journal.unlocking)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let wal = sandbox.databasePath + "-wal"
        // Waits for the write under way to reach the -wal file, not for a time; the pause only
        // leaves the import the processor between two looks.
        var walSize = 0
        while process.isRunning, walSize < 1024 * 1024 {
            walSize = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            usleep(1000)
        }
        let wasWriting = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(wasWriting, "the import ended before its -wal file grew, so it was not killed during a write")

        #expect(journal.files.count == 3, "the killed import left its -wal and -shm files")
        #expect(try readableWords(of: [text] + EncryptedJournal.earlierTexts, in: journal.files) == [])
        let checked = try journal.run("check")
        #expect(checked.succeeded, "\(checked.errors)")
        #expect(checked.output.contains("2 entries"), "the import stored nothing: \(checked.output)")
        #expect(try journal.run("search", "killdeer").output.contains("No entries match"))
    }

    @Test func aWrongPassphraseChangesNothing() throws {
        let journal = try EncryptedJournal()
        let sandbox = journal.sandbox
        let before = try #require(sandbox.databaseSnapshot())
        for arguments in [["list"], ["add", "--mood", "4", "Should never be stored"], ["search", "marmalade"], ["check"],
                          ["decrypt"], ["backup", sandbox.path("copy.sqlite")]] {
            let refused = try sandbox.run(arguments, environment: journal.wrong)
            #expect(!refused.succeeded, "\(arguments)")
            #expect(refused.errors == "journal: wrong passphrase — try again (capitals and spaces count); nothing was changed\n",
                    "\(arguments): \(refused.errors)")
            #expect(refused.output.isEmpty)
            #expect(sandbox.databaseSnapshot() == before, "\(arguments) changed the journal")
            #expect(journal.files == [sandbox.databasePath], "\(arguments) left -wal or -shm")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("copy.sqlite")))
    }

    @Test func aPersonHasThreeTriesOnTheTerminal() throws {
        let journal = try EncryptedJournal()
        let prompt = "Passphrase of the journal at \(journal.sandbox.databasePath): "

        let asking = try journal.sandbox.startOnTerminal(["list"])
        try #require(asking.waitUntilPrinted(prompt))
        try asking.type(EncryptedJournal.wrongPassphrase + "\n")
        try #require(asking.waitUntilPrinted(prompt, times: 2))
        try asking.type(EncryptedJournal.passphrase + "\n")
        let listed = asking.waitForExit()
        #expect(listed.succeeded, "\(listed.output)")
        #expect(listed.output.contains("Wrong passphrase, try again."))
        #expect(listed.output.contains("marmalade"))
        #expect(!listed.output.contains(EncryptedJournal.passphrase), "the passphrase was shown as it was typed")

        let before = journal.sandbox.databaseSnapshot()
        let refusing = try journal.sandbox.startOnTerminal(["list"])
        for attempt in 1...3 {
            try #require(refusing.waitUntilPrinted(prompt, times: attempt))
            try refusing.type("not it \(attempt)\n")
        }
        let refused = refusing.waitForExit()
        #expect(!refused.succeeded)
        #expect(refused.output.contains("journal: wrong passphrase"))
        #expect(!refused.output.contains("marmalade"))
        #expect(journal.sandbox.databaseSnapshot() == before)
    }

    @Test func addInTheEditorAsksForThePassphraseOnceBeforeTheEditorOpens() throws {
        let journal = try EncryptedJournal()
        let editor = try journal.sandbox.makeScript(named: "editor", "printf 'Written in the editor' > \"$1\"")
        let prompt = "Passphrase of the journal at \(journal.sandbox.databasePath): "
        let adding = try journal.sandbox.startOnTerminal(["add", "--mood", "5"], environment: ["EDITOR": editor])
        try #require(adding.waitUntilPrinted(prompt))
        try adding.type(EncryptedJournal.passphrase + "\n")
        let added = adding.waitForExit()
        #expect(added.succeeded, "\(added.output)")
        #expect(added.output.components(separatedBy: prompt).count == 2, "asked once: \(added.output)")
        #expect(try journal.run("search", "editor").output.contains("Written in the editor"))
    }

    @Test func decryptGivesBackAJournalEqualInContent() throws {
        let journal = try EncryptedJournal()
        let before = try journal.run("export", "--include-private", "--format", "json")
        try #require(before.succeeded)
        let decrypted = try journal.run("decrypt")
        #expect(decrypted.succeeded, "\(decrypted.errors)")
        #expect(try JournalFileKind.of(fileAtPath: journal.sandbox.databasePath) == .plain)
        // Plain now: no passphrase asked, none needed.
        let after = try journal.sandbox.run("export", "--include-private", "--format", "json")
        #expect(after.succeeded)
        #expect(after.output == before.output)
        #expect(try journal.sandbox.run("check").output.contains("It is not encrypted"))
        let again = try journal.run("decrypt")
        #expect(again.errors.contains("is not encrypted — use journal encrypt"))
    }

    @Test func theNewPassphraseOpensItAndTheOldOneNoLonger() throws {
        let journal = try EncryptedJournal()
        let changed = try journal.sandbox.run(
            ["passphrase", "--new-passphrase-fd", "0"], input: Data("tea at four, always\n".utf8),
            environment: journal.unlocking)
        #expect(changed.succeeded, "\(changed.errors)")
        #expect(changed.errors.contains("still holds the old passphrase"))
        #expect(try journal.run("list").errors.contains("wrong passphrase"))
        let newPassphrase = journal.sandbox.path("new-passphrase")
        #expect(FileManager.default.createFile(
            atPath: newPassphrase, contents: Data("tea at four, always\n".utf8), attributes: [.posixPermissions: 0o600]))
        let listed = try journal.sandbox.run(["list"], environment: ["JOURNAL_PASSPHRASE_FILE": newPassphrase])
        #expect(listed.output.contains("marmalade"), "\(listed.errors)")
    }

    @Test func encryptOnTheTerminalAsksTwiceAndRefusesTwoThatDiffer() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "Marmalade and toast").succeeded)
        let before = sandbox.databaseSnapshot()
        let differing = try sandbox.startOnTerminal(["encrypt"])
        try #require(differing.waitUntilPrinted("New passphrase: "))
        try differing.type("first try\n")
        try #require(differing.waitUntilPrinted("The same passphrase again: "))
        try differing.type("second try\n")
        let refused = differing.waitForExit()
        #expect(!refused.succeeded)
        #expect(refused.output.contains("the two passphrases typed differ, so nothing was changed"))
        #expect(sandbox.databaseSnapshot() == before)

        let agreeing = try sandbox.startOnTerminal(["encrypt"])
        try #require(agreeing.waitUntilPrinted("New passphrase: "))
        try agreeing.type("the same twice\n")
        try #require(agreeing.waitUntilPrinted("The same passphrase again: "))
        try agreeing.type("the same twice\n")
        let encrypted = agreeing.waitForExit()
        #expect(encrypted.succeeded, "\(encrypted.output)")
        #expect(!encrypted.output.contains("the same twice"), "the passphrase was shown")
        #expect(try JournalFileKind.of(fileAtPath: sandbox.databasePath) == .encrypted)
    }

    @Test func encryptIsRefusedWhileAnotherCommandUsesTheJournal() throws {
        let journal = try EncryptedJournal()
        let decrypted = try journal.run("decrypt")
        try #require(decrypted.succeeded)
        let holding = try journal.sandbox.startOnTerminal(["delete", "1"])
        try #require(holding.waitUntilPrinted("for good?"))
        let before = journal.sandbox.databaseSnapshot()
        let refused = try journal.run("encrypt")
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("another journal command is using the journal"), "\(refused.errors)")
        #expect(journal.sandbox.databaseSnapshot() == before)
        try holding.type("n\n")
        #expect(holding.waitForExit().succeeded)
        #expect(try journal.run("encrypt").succeeded)
    }

    @Test func thePassphraseComesFromADescriptorForScripts() throws {
        let journal = try EncryptedJournal()
        let command = [Sandbox.binary.path, "--passphrase-fd", "3", "list"].map(Sandbox.shellQuoted).joined(separator: " ")
        let listed = try Sandbox.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", command + " 3< " + Sandbox.shellQuoted(journal.passphraseFile)],
            input: Data(), environment: journal.sandbox.environment())
        #expect(listed.succeeded, "\(listed.errors)")
        #expect(listed.output.contains("marmalade"))

        let closed = try journal.sandbox.run("--passphrase-fd", "7", "list")
        #expect(!closed.succeeded)
        #expect(closed.errors.contains("--passphrase-fd 7 is not an open file descriptor"))
    }

    @Test func aPassphraseFileOthersMayReadIsNotUsed() throws {
        let journal = try EncryptedJournal()
        chmod(journal.passphraseFile, 0o644)
        let refused = try journal.run("list")
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("can be read by other users, so it was not used"))
    }

    @Test func withoutAPassphraseAndNoTerminalItSaysHowToGiveOne() throws {
        let journal = try EncryptedJournal()
        let refused = try journal.sandbox.run("list")
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("there is no terminal to ask for its passphrase — give it with --passphrase-fd N"))
    }

    @Test(.enabled(if: Unprivileged.canRunJournal, "as root, needs util-linux's setpriv and a build the user nobody may run"))
    func aJournalThatCannotBeWrittenIsReadWithItsPassphrase() throws {
        let journal = try EncryptedJournal()
        chmod(journal.sandbox.databasePath, 0o400)
        defer { chmod(journal.sandbox.databasePath, 0o600) }
        let before = journal.sandbox.databaseSnapshot()
        let folder = URL(fileURLWithPath: journal.sandbox.databasePath).deletingLastPathComponent().path
        let listed = try journal.sandbox.runSubjectToPermissions(["list"], environment: journal.unlocking)
        #expect(listed.succeeded, "\(listed.errors)")
        #expect(listed.output.contains("marmalade"))
        let refused = try journal.sandbox.runSubjectToPermissions(["add", "More"], environment: journal.unlocking)
        #expect(refused.errors.contains("read-only"), "\(refused.errors)")
        #expect(journal.sandbox.databaseSnapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["journal.sqlite"])
    }
}

/// Whether this process may use a kernel session keyring: containers often forbid keyctl.
private let keyringAvailability: Result<KernelKeyring, Error> = Result { try KernelKeyring() }

@Suite(
    "Unlocking an encrypted journal",
    .enabled(
        if: (try? keyringAvailability.get()) != nil,
        "no kernel keyring here (keyctl refused: containers often forbid it); journal then asks for the passphrase each time"))
struct UnlockTests {
    @Test func unlockedCommandsNeedNoPassphraseUntilLocked() throws {
        let journal = try EncryptedJournal()
        defer { _ = try? journal.sandbox.run("lock") }
        let unlocked = try journal.run("unlock", "--for", "5m")
        #expect(unlocked.succeeded, "\(unlocked.errors)")
        #expect(unlocked.output.contains("for 5 minutes"))

        // No passphrase file, no terminal: only the kept key can open it.
        let added = try journal.sandbox.run("add", "--mood", "6", "Written while unlocked")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try journal.sandbox.run("search", "unlocked").output.contains("Written while unlocked"))
        #expect(try journal.sandbox.run("unlock", "--for", "10m").output.contains("for 10 minutes"), "again, without asking")

        let locked = try journal.sandbox.run("lock")
        #expect(locked.succeeded)
        #expect(locked.output.contains("Locked the journal"))
        let refused = try journal.sandbox.run("list")
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("no terminal to ask for its passphrase"))
        #expect(try journal.sandbox.run("lock").output.contains("was not unlocked"))
    }

    @Test func decryptAndPassphraseAskEvenWhileUnlocked() throws {
        let journal = try EncryptedJournal()
        defer { _ = try? journal.sandbox.run("lock") }
        try #require(try journal.run("unlock").succeeded)
        let before = journal.sandbox.databaseSnapshot()
        for arguments in [["decrypt"], ["passphrase", "--new-passphrase-fd", "0"]] {
            let refused = try journal.sandbox.run(arguments, input: Data("new one\n".utf8))
            #expect(!refused.succeeded, "\(arguments)")
            #expect(refused.errors.contains("no terminal to ask for its passphrase"), "\(arguments): \(refused.errors)")
        }
        #expect(journal.sandbox.databaseSnapshot() == before)
    }

    @Test func changingThePassphraseLocksIt() throws {
        let journal = try EncryptedJournal()
        defer { _ = try? journal.sandbox.run("lock") }
        try #require(try journal.run("unlock").succeeded)
        let changed = try journal.sandbox.run(
            ["passphrase", "--new-passphrase-fd", "0"], input: Data("tea at four\n".utf8), environment: journal.unlocking)
        #expect(changed.succeeded, "\(changed.errors)")
        #expect(changed.errors.contains("is locked now"))
        #expect(try journal.sandbox.run("lock").output.contains("was not unlocked"))
    }

    @Test func unlockRefusesAPlainJournalAndATimeItCannotRead() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "Plain").succeeded)
        #expect(try sandbox.run("unlock").errors.contains("is not encrypted — use journal encrypt"))
        #expect(try sandbox.run("lock").errors.contains("is not encrypted"))
        for (time, message) in [("10", "has no unit"), ("soon", "is not a time I understand"), ("25h", "24 hours at most")] {
            let refused = try sandbox.run("unlock", "--for", time)
            #expect(!refused.succeeded)
            #expect(refused.errors.contains(message), "\(time): \(refused.errors)")
        }
    }
}

/// A Python that has the sqlcipher3 package: `JOURNAL_SQLCIPHER_PYTHON` (CI installs the package
/// into a virtual environment of its own and names it there), else `python3` on the PATH.
enum SQLCipherPython {
    static let path: String? = {
        let candidates = [ProcessInfo.processInfo.environment["JOURNAL_SQLCIPHER_PYTHON"], "/usr/bin/env"].compactMap { $0 }
        for candidate in candidates {
            let arguments = candidate == "/usr/bin/env" ? ["python3", "-c", "import sqlcipher3"] : ["-c", "import sqlcipher3"]
            let outcome = try? Sandbox.execute(
                URL(fileURLWithPath: candidate), arguments, input: Data(), environment: ProcessInfo.processInfo.environment)
            if outcome?.succeeded == true { return candidate }
        }
        return nil
    }()

    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The example the README shows, in this repository's Examples folder.
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/read-encrypted.py").path
}

@Suite(
    "Another SQLCipher program opens an encrypted journal",
    .enabled(
        if: SQLCipherPython.path != nil || SQLCipherPython.isRequired,
        "needs Python's sqlcipher3 package (pip install sqlcipher3==0.6.4), or JOURNAL_SQLCIPHER_PYTHON naming a Python that has it"))
struct OtherProgramTests {
    func runExample(_ journal: EncryptedJournal, passphrase: String) throws -> Outcome {
        let python = try #require(SQLCipherPython.path, "CI installs sqlcipher3 (.ci/run), but no Python has it")
        let arguments = python == "/usr/bin/env" ? ["python3", SQLCipherPython.example] : [SQLCipherPython.example]
        return try Sandbox.execute(
            URL(fileURLWithPath: python), arguments + [journal.sandbox.databasePath], input: Data((passphrase + "\n").utf8),
            environment: journal.sandbox.environment())
    }

    @Test func theREADMEsPythonExampleReadsItWithThePassphrase() throws {
        let journal = try EncryptedJournal()
        let read = try runExample(journal, passphrase: EncryptedJournal.passphrase)
        #expect(read.succeeded, "\(read.errors)")
        #expect(read.output.contains("mood 3 " + EncryptedJournal.earlierTexts[0]), "\(read.output)")
        #expect(read.output.contains("mood - " + EncryptedJournal.earlierTexts[1]), "\(read.output)")

        let refused = try runExample(journal, passphrase: EncryptedJournal.wrongPassphrase)
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("file is not a database"))
    }
}
