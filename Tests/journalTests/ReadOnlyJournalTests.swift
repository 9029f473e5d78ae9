import Foundation
import Testing

/// A journal this person may read but not change: a copy on read-only media, a file made
/// read-only on purpose. Looking works and leaves nothing behind; changing is refused.
@Suite(
    "A journal that can be read but not written",
    .enabled(if: Unprivileged.canRunJournal, "as root, needs util-linux's setpriv and a build the user nobody may run"))
struct ReadOnlyJournalTests {
    static let text = "Written before the journal was made read-only"
    static let secret = "Something only the journal may know"

    enum ReadOnly: String, CaseIterable, Sendable {
        case file = "the file is read-only"
        case folder = "its folder is read-only"
    }

    static func journal() throws -> Sandbox {
        let sandbox = try Sandbox()
        for arguments in [["add", "--mood", "4", "--tag", "work", text], ["topic", "add", "Ask about sleep"]] {
            let outcome = try sandbox.run(arguments)
            try #require(outcome.succeeded, "\(outcome.errors)")
        }
        return sandbox
    }

    static func folder(of sandbox: Sandbox) -> String {
        URL(fileURLWithPath: sandbox.databasePath).deletingLastPathComponent().path
    }

    static func make(_ readOnly: ReadOnly, _ sandbox: Sandbox) {
        switch readOnly {
        case .file: chmod(sandbox.databasePath, 0o400)
        case .folder: chmod(folder(of: sandbox), 0o500)
        }
    }

    static func makeWritable(_ sandbox: Sandbox) {
        chmod(sandbox.databasePath, 0o600)
        chmod(folder(of: sandbox), 0o700)
    }

    static let looks: [(arguments: [String], shows: String)] = [
        (["list"], text),
        (["show", "1"], text),
        (["search", "before"], text),
        (["prep"], text),
        (["export", "--format", "json"], text),
        (["stats"], "1 entry"),
        (["topic", "list"], "Ask about sleep"),
        (["session", "list"], "No sessions recorded yet"),
        (["plan", "show"], "no plan"),
        (["check-in", "list"], "No check-ins yet"),
    ]

    @Test("looking works and leaves the journal and its folder as they were", arguments: ReadOnly.allCases)
    func looking(_ readOnly: ReadOnly) throws {
        let sandbox = try Self.journal()
        Self.make(readOnly, sandbox)
        let before = sandbox.databaseSnapshot()

        for (arguments, shown) in Self.looks {
            let outcome = try sandbox.runSubjectToPermissions(arguments)
            #expect(outcome.succeeded, "journal \(arguments): \(outcome.errors)")
            #expect(outcome.output.contains(shown), "journal \(arguments): \(outcome.output)")
        }
        let copy = sandbox.path("copy.sqlite")
        let backedUp = try sandbox.runSubjectToPermissions(["backup", copy])
        #expect(backedUp.succeeded, "\(backedUp.errors)")
        let listedCopy = try sandbox.run("--db", copy, "list")
        #expect(listedCopy.output.contains(Self.text), "\(listedCopy.errors)")

        #expect(sandbox.databaseSnapshot() == before)
        #expect(try listing(of: Self.folder(of: sandbox)) == ["journal.sqlite"], "-wal or -shm files left behind")
    }

    static let changes: [[String]] = [
        ["add", "--mood", "5", secret],
        ["edit", "1", "--mood", "3"],
        ["delete", "1", "--yes"],
        ["topic", "add", secret],
        ["topic", "done", "1"],
        ["session", "add"],
        ["session", "next", "tomorrow 17:00"],
        ["plan", "edit"],
        ["check-in", "phq9", "--answers", "0,0,0,0,0,0,0,0,0"],
        ["check"],
    ]

    @Test("changing is refused, and works again once the journal is writable", arguments: ReadOnly.allCases)
    func changing(_ readOnly: ReadOnly) throws {
        let sandbox = try Self.journal()
        Self.make(readOnly, sandbox)
        let before = sandbox.databaseSnapshot()

        for arguments in Self.changes {
            let outcome = try sandbox.runSubjectToPermissions(arguments)
            expectRefusal(outcome, mentioning: ["read-only"], notQuoting: [Self.secret])
        }
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try listing(of: Self.folder(of: sandbox)) == ["journal.sqlite"], "-wal or -shm files left behind")

        // Nothing left over from the read-only time keeps it read-only.
        Self.makeWritable(sandbox)
        let added = try sandbox.runSubjectToPermissions(["add", "Written once it could be"])
        #expect(added.succeeded, "\(added.errors)")
        #expect(try sandbox.runSubjectToPermissions(["list"]).output.contains("Written once it could be"))
    }

    @Test(
        "changes still in the -wal file are not silently left out",
        .enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to leave changes in the -wal file"))
    func changesStillInTheWriteAheadLog() throws {
        let sandbox = try Self.journal()
        // A program that ended before taking its changes into the journal file: the shell kills
        // itself before it closes the journal.
        let stopped = Process()
        stopped.executableURL = URL(fileURLWithPath: "/bin/sh")
        stopped.arguments = [
            "-c",
            """
            printf '%s\\n' 'PRAGMA wal_autocheckpoint = 0;' \
              "INSERT INTO topic (text, createdAt) VALUES ('Kept in the log', 1);" \
              '.system kill -9 $PPID' | sqlite3 "$0"
            """,
            sandbox.databasePath,
        ]
        try stopped.run()
        stopped.waitUntilExit()
        let log = sandbox.databasePath + "-wal"
        try #require(
            ((try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0) > 0,
            "the sqlite3 shell did not leave changes in the -wal file")
        chmod(sandbox.databasePath, 0o400)
        let before = [sandbox.databaseSnapshot(), FileManager.default.contents(atPath: log)]

        let listed = try sandbox.runSubjectToPermissions(["topic", "list"])

        expectRefusal(listed, mentioning: ["read-only"])
        #expect(listed.errors.contains("journal.sqlite-wal"), "\(listed.errors)")
        #expect([sandbox.databaseSnapshot(), FileManager.default.contents(atPath: log)] == before)
        Self.makeWritable(sandbox)
        #expect(try sandbox.runSubjectToPermissions(["topic", "list"]).output.contains("Kept in the log"))
    }

    @Test("a read-only journal of an earlier version, which would have to be brought up to date, is refused")
    func anEarlierVersionThatCannotBeBroughtUpToDate() throws {
        let sandbox = try Sandbox()
        try EarlierJournal.install(EarlierJournal.beforeTheNewSearchIndex, in: sandbox)
        chmod(sandbox.databasePath, 0o400)
        let before = sandbox.databaseSnapshot()

        let listed = try sandbox.runSubjectToPermissions(["list"])

        expectRefusal(listed, mentioning: ["earlier", "read-only"])
        #expect(sandbox.databaseSnapshot() == before)
        Self.makeWritable(sandbox)
        #expect(try sandbox.runSubjectToPermissions(["list"]).output.contains("Argued with Sam about money again"))
    }

    @Test func anEmptyReadOnlyFileIsAnEmptyJournal() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("empty.sqlite")
        try #require(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o400]))
        let listed = try sandbox.runSubjectToPermissions(["--db", path, "list"])
        #expect(listed.succeeded, "\(listed.errors)")
        #expect(listed.output.hasPrefix("No entries yet"))
        #expect(FileManager.default.contents(atPath: path) == Data())
    }

    @Test func aJournalThatCannotBeReadIsRefused() throws {
        let sandbox = try Self.journal()
        chmod(sandbox.databasePath, 0o200)
        let before = sandbox.databaseSnapshot()

        for arguments in [["list"], ["add", Self.secret]] {
            let outcome = try sandbox.runSubjectToPermissions(arguments)
            expectRefusal(outcome, mentioning: ["cannot", "read"], notQuoting: [Self.secret])
        }
        #expect(sandbox.databaseSnapshot() == before)
    }
}
