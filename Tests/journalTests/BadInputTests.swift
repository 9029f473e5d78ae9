import Foundation
import Testing

/// Issue 2, "Bad input gets a clear error, a non-zero exit, and an untouched database": every
/// refusal is checked for its message (`journal: <what went wrong> — <what to do>`, never quoting
/// entry text), its exit status, and that the journal on disk did not change.
@Suite("Bad input is refused clearly and leaves the journal untouched")
struct BadInputTests {
    /// Words that must never appear in an error message: they are the writer's.
    static let secret = "Told Sam about the panic attacks"
    static let existingText = "Existing entry about the weekend #family"

    /// A journal with one entry in it, to prove that a refused command leaves it as it was.
    static let oneEntry = JournalTemplate([["--mood", "5", "--date", "2025-03-01 10:00", existingText]])

    static func journalWithOneEntry() throws -> Sandbox {
        try oneEntry.makeSandbox()
    }

    // MARK: - add with a bad mood, date or text

    struct BadCommand: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var input: String = ""
        /// Words the message must contain, to say what went wrong.
        var mentions: [String]
        var testDescription: String {
            "journal " + arguments.map { $0.contains(" ") || $0.isEmpty ? "\"\($0)\"" : $0 }.joined(separator: " ")
                + (input.isEmpty ? "" : " < \(input.debugDescription)")
        }
    }

    static let badAdds: [BadCommand] = [
        BadCommand(arguments: ["add", "--mood", "11", secret], mentions: ["mood", "11", "10"]),
        BadCommand(arguments: ["add", "--mood", "-1", secret], mentions: ["mood", "-1", "10"]),
        BadCommand(arguments: ["add", "--mood=-1", secret], mentions: ["mood", "-1", "10"]),
        BadCommand(arguments: ["add", "--mood", "high", secret], mentions: ["mood", "high", "10"]),
        BadCommand(arguments: ["add", "--mood", "6.5", secret], mentions: ["mood", "6.5", "10"]),
        BadCommand(arguments: ["add", "--date", "next blursday", secret], mentions: ["next blursday"]),
        BadCommand(arguments: ["add", "--date", "2026-02-30", secret], mentions: ["2026-02-30"]),
        BadCommand(arguments: ["add", "--date", Days.nextNewYear + " 10:00", secret], mentions: ["future"]),
        BadCommand(arguments: ["add", "--date", "in 3 days", secret], mentions: ["future"]),
        BadCommand(arguments: ["add", ""], mentions: ["empty"]),
        BadCommand(arguments: ["add", "   ", "\t"], mentions: ["empty"]),
        BadCommand(arguments: ["add", "--mood", "4"], input: "  \n\t \n\n", mentions: ["empty"]),
        BadCommand(arguments: ["add", "--mood", "4"], input: "", mentions: ["empty"]),
    ]

    @Test("a bad add on an existing journal leaves it byte for byte", arguments: badAdds)
    func badAddLeavesTheJournalAlone(_ bad: BadCommand) throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(bad.arguments, input: Data(bad.input.utf8))

        expectRefusal(refused, mentioning: bad.mentions, notQuoting: [Self.secret, Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test("a bad add on a machine without a journal creates no file", arguments: badAdds)
    func badAddCreatesNothing(_ bad: BadCommand) throws {
        let sandbox = try Sandbox()
        let refused = try sandbox.run(bad.arguments, input: Data(bad.input.utf8))

        expectRefusal(refused, mentioning: bad.mentions, notQuoting: [Self.secret])
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path(".local/share/journal")))
    }

    @Test func textThatIsNotUTF8IsRefused() throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(["add"], input: Data([0x48, 0x69, 0xFF, 0xFE, 0x20, 0xC3]))

        expectRefusal(refused, mentioning: ["UTF-8"], notQuoting: [Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    // MARK: - edit and list with bad values

    static let badEditsAndLists: [BadCommand] = [
        BadCommand(arguments: ["edit", "1", "--mood", "11"], mentions: ["mood", "11"]),
        BadCommand(arguments: ["edit", "1", "--mood", "-1"], mentions: ["mood", "-1"]),
        BadCommand(arguments: ["edit", "1", "--mood", "high"], mentions: ["mood", "high"]),
        BadCommand(arguments: ["edit", "1", "--date", "next blursday"], mentions: ["next blursday"]),
        BadCommand(arguments: ["edit", "1", "--date", "2026-02-30"], mentions: ["2026-02-30"]),
        BadCommand(arguments: ["edit", "1", "--date", Days.nextNewYear], mentions: ["future"]),
        BadCommand(arguments: ["list", "--since", "next blursday"], mentions: ["next blursday"]),
        BadCommand(arguments: ["list", "--until", "2026-02-30"], mentions: ["2026-02-30"]),
        BadCommand(arguments: ["list", "--limit", "0"], mentions: ["--limit"]),
        BadCommand(arguments: ["list", "--limit", "-1"], mentions: ["--limit"]),
        BadCommand(arguments: ["list", "--since", "tomorrow"], mentions: ["--since", "tomorrow", "future"]),
        BadCommand(arguments: ["list", "--since", "2025-03-02", "--until", "2025-03-01"], mentions: ["--since", "--until", "swap"]),
        BadCommand(arguments: ["search", "weekend", "--since", Days.nextNewYear], mentions: ["--since", "future"]),
        BadCommand(arguments: ["export", "--since", "2025-03-02", "--until", "2025-03-01"], mentions: ["swap"]),
        BadCommand(arguments: ["stats", "--since", "tomorrow"], mentions: ["--since", "future"]),
        BadCommand(arguments: ["prep", "--since", "tomorrow"], mentions: ["--since", "future"]),
    ]

    @Test("bad values for edit, and dates no entry can fall between, are refused", arguments: badEditsAndLists)
    func badEditOrListLeavesTheJournalAlone(_ bad: BadCommand) throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(bad.arguments)

        expectRefusal(refused, mentioning: bad.mentions, notQuoting: [Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func editWithEmptyTextFromStandardInputIsRefused() throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run("edit", "1", input: " \n\n")

        expectRefusal(refused, mentioning: ["empty"], notQuoting: [Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    // MARK: - unknown entry ids

    static let unknownIdCommands: [[String]] = [
        ["show", "99"],
        ["show", "99", "--format", "json"],
        ["edit", "99", "--mood", "3"],
        ["edit", "99", "--flag"],
        ["delete", "99", "--yes"],
        ["delete", "99"],
    ]

    @Test("an unknown entry id is refused", arguments: unknownIdCommands)
    func unknownIdLeavesTheJournalAlone(_ arguments: [String]) throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(arguments)

        expectRefusal(refused, mentioning: ["99", "list"], notQuoting: [Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func editingAnUnknownIdWithTextFromStandardInputIsRefused() throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run("edit", "99", input: Self.secret)

        expectRefusal(refused, mentioning: ["99"], notQuoting: [Self.secret, Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test("an unknown entry id on a machine without a journal creates no file", arguments: unknownIdCommands)
    func unknownIdCreatesNothing(_ arguments: [String]) throws {
        let sandbox = try Sandbox()

        let refused = try sandbox.run(arguments)

        expectRefusal(refused, mentioning: ["99"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath), "\(arguments) created a journal")
    }

    @Test func anIdThatIsNotANumberIsRefused() throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run("show", "first")

        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: "))
        #expect(refused.errors.contains("first"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    // MARK: - delete without a way to confirm

    @Test func deleteWithNeitherATerminalNorYesIsRefused() throws {
        let sandbox = try Self.journalWithOneEntry()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run("delete", "1", input: "y\n")

        expectRefusal(refused, mentioning: ["--yes"], notQuoting: [Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
        let entries = try #require(try sandbox.run("list", "--format", "json").json() as? [[String: Any]])
        #expect(entries.count == 1)
    }

    // MARK: - --db where nothing can be written

    @Test(
        "an empty --db, as from a script's unset variable, is refused instead of using the usual journal",
        arguments: [["--db", "", "add", secret], ["add", "--db", "", secret], ["list", "--db", ""]])
    func emptyDatabasePath(_ arguments: [String]) throws {
        let sandbox = try Sandbox()
        let refused = try sandbox.run(arguments)
        expectRefusal(refused, mentioning: ["--db", "empty"], notQuoting: [Self.secret])
        #expect(try listing(of: sandbox.home.path) == ["tmp"])
    }

    /// As root, permissions stop nothing; what stops root is a path whose "folder" is a regular
    /// file, and the kernel's own file systems.
    enum UnwritablePlace: String, CaseIterable, Sendable {
        case underARegularFile = "inside a regular file"
        case deepUnderARegularFile = "two levels inside a regular file"
        case inProc = "in /proc"
        case inAProcessFolder = "in /proc/self"
    }

    @Test("--db into a folder that cannot be written is refused", arguments: UnwritablePlace.allCases)
    func databaseInAnUnwritableFolder(_ place: UnwritablePlace) throws {
        let sandbox = try Sandbox()
        let blocker = sandbox.path("notes.txt")
        try Data("not a folder\n".utf8).write(to: URL(fileURLWithPath: blocker))
        let path =
            switch place {
            case .underARegularFile: blocker + "/journal.sqlite"
            case .deepUnderARegularFile: blocker + "/journal/journal.sqlite"
            case .inProc: "/proc/journal-e2e-\(UUID().uuidString).sqlite"
            case .inAProcessFolder: "/proc/self/journal-e2e.sqlite"
            }
        let homeBefore = try listing(of: sandbox.home.path)

        let refused = try sandbox.run("--db", path, "add", "--mood", "5", Self.secret)

        expectRefusal(refused, mentioning: ["--db"], notQuoting: [Self.secret])
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(FileManager.default.contents(atPath: blocker) == Data("not a folder\n".utf8))
        #expect(try listing(of: sandbox.home.path) == homeBefore)
    }

    // MARK: - --db at a file that is not a journal

    enum ForeignFile: String, CaseIterable, Sendable {
        case text = "a text file"
        case longText = "a text file longer than a SQLite header"
        case jpeg = "a JPEG"
    }

    static let commandsOnAForeignFile: [[String]] = [
        ["add", "--mood", "5", secret],
        ["list"],
        ["show", "1"],
        ["edit", "1", "--mood", "3"],
        ["delete", "1", "--yes"],
    ]

    @Test(
        "--db at a file that is not a journal is refused and the file is left exactly as it was",
        arguments: ForeignFile.allCases, commandsOnAForeignFile)
    func foreignFileIsNeverTouched(_ kind: ForeignFile, _ command: [String]) throws {
        let sandbox = try Sandbox()
        try expectLeftAlone(try makeForeignFile(kind, in: sandbox), by: command, in: sandbox)
    }

    @Test(
        "--db at a SQLite file of another program is refused and the file is left exactly as it was",
        .enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to make another program's database"),
        arguments: commandsOnAForeignFile)
    func otherProgramsDatabaseIsNeverTouched(_ command: [String]) throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("contacts.db")
        try SQLiteShell.run(
            path,
            """
            CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT, phone TEXT);
            INSERT INTO contact (name, phone) VALUES ('Dr Weber', '030 1234567');
            CREATE TABLE entry (id INTEGER PRIMARY KEY, note TEXT);
            INSERT INTO entry (note) VALUES ('not a journal entry');
            """)
        try expectLeftAlone(path, by: command, in: sandbox)
    }

    static let commandsOnAFile: [[String]] = [["add", "--mood", "5", secret], ["list"], ["backup", "copy.sqlite"]]

    @Test(
        "--db at a named pipe is refused, and nothing is written beside it or changes its mode",
        arguments: commandsOnAFile)
    func namedPipeIsNeverTouched(_ command: [String]) throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("pipe")
        try #require(mkfifo(path, 0o644) == 0, "mkfifo: \(errno)")
        chmod(path, 0o644)
        try expectSpecialFileIsNeverTouched(path, by: command, in: sandbox)
    }

    @Test(
        "--db at a device like /dev/null is refused, and nothing is written beside it or changes its mode",
        .enabled(
            if: DeviceFile.canBeMade,
            "only root may make a device file (mknod): run the tests as root, as .ci/run does, to cover devices"),
        arguments: commandsOnAFile)
    func deviceIsNeverTouched(_ command: [String]) throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("null")
        try #require(DeviceFile.makeNull(at: path) == 0, "mknod: \(errno)")
        chmod(path, 0o666)
        try expectSpecialFileIsNeverTouched(path, by: command, in: sandbox)
    }

    private func expectSpecialFileIsNeverTouched(
        _ path: String, by command: [String], in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let folderBefore = try listing(of: sandbox.home.path)
        let modeBefore = try permissions(of: path)

        let refused = try sandbox.run(["--db", path] + command)

        expectRefusal(refused, mentioning: ["not a journal"], notQuoting: [Self.secret], sourceLocation: sourceLocation)
        #expect(try permissions(of: path) == modeBefore, sourceLocation: sourceLocation)
        #expect(try listing(of: sandbox.home.path) == folderBefore, sourceLocation: sourceLocation)
    }

    private func expectLeftAlone(
        _ path: String, by command: [String], in sandbox: Sandbox,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        // Readable by others, as files of other programs often are.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let contentsBefore = try #require(FileManager.default.contents(atPath: path))
        let folderBefore = try listing(of: sandbox.home.path)

        let refused = try sandbox.run(["--db", path] + command)

        expectRefusal(refused, mentioning: ["not a journal"], notQuoting: [Self.secret], sourceLocation: sourceLocation)
        #expect(
            FileManager.default.contents(atPath: path) == contentsBefore, "the file's bytes changed",
            sourceLocation: sourceLocation)
        #expect(try permissions(of: path) == 0o644, "the file's permissions changed", sourceLocation: sourceLocation)
        #expect(
            try listing(of: sandbox.home.path) == folderBefore, "files appeared or vanished next to it",
            sourceLocation: sourceLocation)
    }

    private func makeForeignFile(_ kind: ForeignFile, in sandbox: Sandbox) throws -> String {
        switch kind {
        case .text:
            let path = sandbox.path("shopping.txt")
            try Data("milk\neggs\n".utf8).write(to: URL(fileURLWithPath: path))
            return path
        case .longText:
            let path = sandbox.path("notes.md")
            let text = String(repeating: "Things to remember for Thursday, written in plain text.\n", count: 200)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        case .jpeg:
            let path = sandbox.path("photo.jpg")
            var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00]
            var state: UInt32 = 12345
            for _ in 0..<6000 {
                state = state &* 1_103_515_245 &+ 12345
                bytes.append(UInt8(truncatingIfNeeded: state >> 16))
            }
            bytes += [0xFF, 0xD9]
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    // MARK: - a journal from a newer version

    @Test(
        "a journal written by a newer version is refused",
        .enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to add a migration to a journal"),
        arguments: [["add", "--mood", "5", secret], ["list"], ["show", "1"], ["edit", "1", "--flag"], ["delete", "1", "--yes"]])
    func newerJournalIsRefused(_ command: [String]) throws {
        let sandbox = try Self.journalWithOneEntry()
        try SQLiteShell.run(sandbox.databasePath, "INSERT INTO grdb_migrations (identifier) VALUES ('v99');")
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(command)

        expectRefusal(refused, mentioning: ["newer version"], notQuoting: [Self.secret, Self.existingText])
        #expect(sandbox.databaseSnapshot() == before)
    }
}

// MARK: - Helpers

/// Checks what a person sees when a command is refused: a non-zero exit, and on standard error a
/// message `journal: <what went wrong> — <what to do>` that names the problem and quotes none of
/// the writer's text.
func expectRefusal(
    _ outcome: Outcome, mentioning words: [String], notQuoting privateTexts: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(outcome.status != 0, "exit status", sourceLocation: sourceLocation)
    #expect(outcome.errors.hasPrefix("journal: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
    let message = String(outcome.errors.split(separator: "\n").first ?? "")
    #expect(message.contains(" — "), "no advice after a dash in: \(message)", sourceLocation: sourceLocation)
    for word in words {
        #expect(
            mentions(message, word), "\"\(word)\" not in the message: \(message)", sourceLocation: sourceLocation)
    }
    for text in privateTexts {
        #expect(!outcome.errors.contains(text), "entry text on stderr", sourceLocation: sourceLocation)
        #expect(!outcome.output.contains(text), "entry text on stdout", sourceLocation: sourceLocation)
    }
    for crash in ["Fatal error", "Stack dump", "SQLite error", "GRDB"] {
        #expect(!outcome.errors.contains(crash), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
    }
}

/// Whether `message` names `word` (case-insensitively) as a word of its own: "-1" inside
/// "<0-10>" or "11" inside "110" does not count.
private func mentions(_ message: String, _ word: String) -> Bool {
    let escaped = NSRegularExpression.escapedPattern(for: word)
    let pattern = "(?<![0-9A-Za-z-])" + escaped + "(?![0-9A-Za-z])"
    return message.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
}

/// The names in a folder and all its subfolders, to show nothing appeared or vanished.
func listing(of folder: String) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    return (enumerator?.allObjects as? [String] ?? []).sorted()
}

func permissions(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// The `sqlite3` command-line shell, to make files the journal did not write.
/// Device files for the tests: only root may make one.
enum DeviceFile {
    /// Makes a device like /dev/null (major 1, minor 3) at `path`; 0 when it was made.
    static func makeNull(at path: String) -> Int32 {
        mknod(path, S_IFCHR | 0o666, 1 << 8 | 3)
    }

    /// Whether this run of the tests may make one.
    static let canBeMade: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("journal-device-\(UUID().uuidString)").path
        defer { unlink(path) }
        return makeNull(at: path) == 0
    }()
}

enum SQLiteShell {
    static let executable: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    static func run(_ database: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = ["-batch", database, sql]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3: \(String(decoding: message, as: UTF8.self))")
    }

    /// Whether another connection is writing to `database` right now: the shell, which does not
    /// wait for a lock, cannot begin a write of its own.
    static func someoneIsWriting(_ database: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = ["-batch", database, "BEGIN IMMEDIATE; ROLLBACK;"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return false }
        try #require(message.contains("database is locked"), "sqlite3: \(message)")
        return true
    }
}

@Suite("Mistakes found before anything is written")
struct EarlyRefusalTests {
    @Test func addChecksItsOptionsBeforeTheEditorOpens() throws {
        let sandbox = try Sandbox()
        let marker = sandbox.path("editor-was-opened")
        let editor = sandbox.path("editor.sh")
        try writeExecutable("#!/bin/sh\ntouch '\(marker)'\necho 'a long paragraph' > \"$1\"\n", to: editor)
        for arguments in [["add", "--date", "tomorrow"], ["add", "--tag", "two words"], ["add", "--feeling", " "]] {
            let outcome = try sandbox.runOnTerminal(arguments, environment: ["EDITOR": editor])
            #expect(outcome.status != 0, "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: marker), "the editor opened for \(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test(arguments: [
        (["session", "add", "tomorrow 17:00"], "once it happened"),
        (["session", "next", "yesterday 17:00"], "that date has passed"),
        (["topic", "add", "   "], "the topic is empty"),
        (["backup", "copy.sqlite"], "there is no journal at"),
        (["check"], "there is no journal at"),
    ])
    func commandsThatFailCreateNoJournal(arguments: [String], message: String) throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run(arguments)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(message))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("copy.sqlite")))
    }

    @Test func aDryRunImportCreatesNoJournal() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("export.json")
        try Data(#"{"format": "journal-export", "version": 1, "entries": [{"date": "2026-11-01T10:00:00+01:00", "text": "x"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let outcome = try sandbox.run("import", file, "--from", "json", "--dry-run")
        #expect(outcome.output.hasPrefix("Would add 1 entry"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test(arguments: ["", "-wal"])
    func outputNeverReplacesTheJournal(suffix: String) throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "keep me").succeeded)
        let journal = sandbox.databasePath
        if !suffix.isEmpty { try #require(FileManager.default.createFile(atPath: journal + suffix, contents: Data())) }
        let before = sandbox.databaseSnapshot()
        for arguments in [["export", "-o", journal + suffix], ["prep", "-o", journal + suffix]] {
            let outcome = try sandbox.run(arguments)
            #expect(outcome.status != 0)
            #expect(outcome.errors.contains("is the journal itself"))
        }
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func theNextSessionCanBeAWeekdayAlone() throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run("session", "next", "thursday 17:00")
        #expect(outcome.succeeded, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("Next session planned for Thu "))
    }

    @Test func markdownOnATerminalShowsControlCharacters() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", input: "bell\u{7} and \u{1B}]0;title\u{7}").succeeded)
        for arguments in [["show", "1", "--format", "markdown"], ["list", "--format", "markdown"], ["prep", "--format", "markdown"]] {
            let shown = try sandbox.runOnTerminal(arguments)
            #expect(!shown.outputData.contains(0x1B), "\(arguments)")
            #expect(shown.output.contains("␛]0;title␇"), "\(arguments)")
        }
    }
}
