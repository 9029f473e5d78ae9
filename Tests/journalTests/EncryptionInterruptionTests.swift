import Foundation
import Testing

/// A conversion cut short leaves the journal as it was, and not the copy it was making beside
/// it: for `decrypt`, that copy is the whole journal unencrypted.
@Suite("An interrupted encrypt or decrypt")
struct EncryptionInterruptionTests {
    /// The copies being made beside the journal (`.journal.sqlite.PID.tmp`, with SQLite's files).
    static func copies(beside journal: String) throws -> [String] {
        let url = URL(fileURLWithPath: journal)
        let prefix = "." + url.lastPathComponent + "."
        return try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(prefix) && $0.contains(".tmp") }
    }

    /// The journal with 3,000 more entries, so that decrypting it takes a while.
    static func largerJournal() throws -> EncryptedJournal {
        let journal = try EncryptedJournal()
        let entries = (0..<3000).map { index in
            "[2025-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1)) "
                + "\(String(format: "%02d", index % 24)):\(String(format: "%02d", index % 60))] "
                + "Entry \(index) about the walk along the harbour and the long talk afterwards.\n\n"
        }.joined()
        let file = journal.sandbox.path("many.txt")
        try Data(entries.utf8).write(to: URL(fileURLWithPath: file))
        let imported = try journal.run("import", file, "--from", "jrnl")
        try #require(imported.succeeded, "\(imported.errors)")
        return journal
    }

    @Test func theNextCommandRemovesTheCopyAKilledOneLeft() throws {
        let journal = try EncryptedJournal()
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let copy = URL(fileURLWithPath: journal.sandbox.databasePath).deletingLastPathComponent()
            .appendingPathComponent(".journal.sqlite.\(ended.processIdentifier).tmp").path
        for suffix in ["", "-wal", "-shm"] {
            try Data(EncryptedJournal.earlierTexts[0].utf8).write(to: URL(fileURLWithPath: copy + suffix))
        }

        let listed = try journal.run("list")

        #expect(listed.succeeded, "\(listed.errors)")
        #expect(try Self.copies(beside: journal.sandbox.databasePath) == [])
    }

    /// Starts `journal` with `arguments` as a terminal or a service manager would: SIGINT, SIGHUP
    /// and SIGTERM at their defaults and unblocked (the test runner may start processes with
    /// them ignored or blocked), its output thrown away.
    static func start(_ arguments: [String], environment: [String: String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for interruption in [SIGINT, SIGHUP, SIGTERM] { sigaddset(&defaults, interruption) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([Sandbox.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var process: pid_t = 0
        let result = posix_spawn(&process, Sandbox.binary.path, &actions, &attributes, argv, envp)
        try #require(result == 0, "posix_spawn: \(String(cString: strerror(result)))")
        return process
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aDecryptStoppedMidWayRemovesItsCopy(stoppedBy interruption: Int32) throws {
        let journal = try Self.largerJournal()
        let process = try Self.start(["decrypt"], environment: journal.sandbox.environment(journal.unlocking))
        var sawCopy = false
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(30)
        while waitpid(process, &status, WNOHANG) == 0, Date() < deadline {
            if try !Self.copies(beside: journal.sandbox.databasePath).isEmpty {
                sawCopy = true
                break
            }
            usleep(200)
        }
        kill(process, interruption)
        waitpid(process, &status, 0)

        #expect(sawCopy, "the decrypt ended before its copy was seen")
        // Stopped by the signal itself, raised again once the copy was removed.
        #expect(status & 0x7F == interruption)
        #expect(try Self.copies(beside: journal.sandbox.databasePath) == [])
        // As it was: encrypted, with every entry.
        let header = try #require(FileManager.default.contents(atPath: journal.sandbox.databasePath)?.prefix(16))
        #expect(header != Data("SQLite format 3\u{0}".utf8))
        let listed = try journal.run("list", "--all", "--format", "json")
        let entries = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [Any]
        #expect(entries?.count == 3002)
    }
}
