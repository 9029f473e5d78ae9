import Foundation
import Testing

/// Issue 23, "every fault drilled": a disk that fills up while `journal` writes. What was typed is
/// kept as a draft, an import stores nothing, and a backup, digest or export leaves no partial file.
@Suite("A full disk loses nothing and leaves nothing half-written")
struct FullDiskTests {
    /// A journal of two entries on a small disk, in a sandbox whose home (and so the drafts
    /// folder) is on the usual disk.
    static func journalOnSmallDisk() throws -> (Sandbox, SmallDisk, String) {
        let sandbox = try Sandbox()
        let disk = try SmallDisk()
        let journal = disk.path("journal.sqlite")
        for text in ["The first entry", "The second entry"] {
            let added = try sandbox.run("--db", journal, "add", "--date", "2026-11-01 10:00", "--mood", "5", text)
            try #require(added.succeeded, "\(added.errors)")
        }
        return (sandbox, disk, journal)
    }

    /// A jrnl journal of `count` entries of a few hundred bytes each, in the sandbox.
    static func jrnlFile(in sandbox: Sandbox, count: Int) throws -> String {
        let body = String(repeating: "Walked to the river and back, slowly, thinking about the week. ", count: 5)
        let text = (0..<count).map { index in
            let minute = index % 60, hour = index / 60 % 24, day = 1 + index / 1440 % 28
            return String(format: "[2025-02-%02d %02d:%02d] Entry %d\n%@\n", day, hour, minute, index, body)
        }.joined(separator: "\n")
        let path = sandbox.path("jrnl.txt")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The entries as `list --all --format json` prints them, once there is room again.
    static func entries(in sandbox: Sandbox, journal: String) throws -> String {
        let listed = try sandbox.run("--db", journal, "list", "--all", "--format", "json")
        try #require(listed.succeeded, "\(listed.errors)")
        return listed.output
    }

    static func expectCheckPasses(in sandbox: Sandbox, journal: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let checked = try sandbox.run("--db", journal, "check")
        #expect(checked.succeeded, "\(checked.output) \(checked.errors)", sourceLocation: sourceLocation)
    }

    enum TextSource: String, CaseIterable, Sendable {
        case arguments, standardInput, editor
    }

    @Test("add: the text is kept as a draft, the message says so, and the draft stores it once there is room", arguments: TextSource.allCases)
    func addKeepsTheText(_ source: TextSource) throws {
        let (sandbox, disk, journal) = try Self.journalOnSmallDisk()
        let before = try Self.entries(in: sandbox, journal: journal)
        let text = "Could not sleep, wrote this at three in the morning"
        try disk.fill()

        let options = ["--db", journal, "add", "--mood", "2", "--feeling", "restless", "--tag", "sleep"]
        let refused: Outcome
        switch source {
        case .arguments: refused = try disk.run(sandbox, options + [text])
        case .standardInput: refused = try disk.run(sandbox, options, input: text)
        case .editor:
            let editor = try sandbox.makeScript(named: "editor", "printf '%s' '\(text)' > \"$1\"")
            // The editor opens only on a terminal; the file-size limit cannot reach through script(1).
            guard disk.kind == .tmpfs else { return }
            refused = try sandbox.runOnTerminal(options, environment: ["EDITOR": editor])
        }
        let message = refused.errors + refused.output

        #expect(!refused.succeeded)
        #expect(message.contains("journal: "), "\(message)")
        #expect(disk.kind != .tmpfs || message.contains("the disk is full"), "\(message)")
        #expect(!message.contains("three in the morning"), "the text is quoted in the message")
        let keptAt = try #require(message.range(of: "journal add --from-draft "), "no draft named: \(message)")
        let command = message[keptAt.lowerBound...].prefix { $0 != "\n" }.replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: " stores it", with: "")

        disk.empty()
        #expect(try Self.entries(in: sandbox, journal: journal) == before, "the journal changed")
        try Self.expectCheckPasses(in: sandbox, journal: journal)
        let arguments = command.split(separator: " ").dropFirst().map(String.init)
        let stored = try sandbox.run(arguments)
        #expect(stored.succeeded, "\(command): \(stored.errors)")
        let entry = try #require(try sandbox.run("--db", journal, "show", "3", "--format", "json").json() as? [String: Any])
        #expect(entry["text"] as? String == text)
        #expect(entry["mood"] as? Int == 2)
        #expect(entry["feelings"] as? [String] == ["restless"])
        #expect(entry["tags"] as? [String] == ["sleep"])
    }

    @Test("import: nothing is imported and the journal is as before")
    func importStoresNothing() throws {
        let (sandbox, disk, journal) = try Self.journalOnSmallDisk()
        let file = try Self.jrnlFile(in: sandbox, count: 3000)
        let before = try Self.entries(in: sandbox, journal: journal)
        // Room for some of it, so that the disk fills half-way through.
        try disk.fill(leaving: 256 * 1024)

        let refused = try disk.run(sandbox, ["--db", journal, "import", file, "--from", "jrnl"])

        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: "), "\(refused.errors)")
        #expect(disk.kind != .tmpfs || refused.errors.contains("the disk is full"), "\(refused.errors)")
        disk.empty()
        #expect(try Self.entries(in: sandbox, journal: journal) == before, "some of the import was stored")
        try Self.expectCheckPasses(in: sandbox, journal: journal)
    }

    /// A journal in the sandbox's home, large enough not to fit in what is left on the disk.
    static func largeJournal() throws -> Sandbox {
        let sandbox = try Sandbox()
        let imported = try sandbox.run("import", try jrnlFile(in: sandbox, count: 1500), "--from", "jrnl")
        try #require(imported.succeeded, "\(imported.errors)")
        return sandbox
    }

    @Test("backup: no partial backup is left, the journal untouched")
    func backupLeavesNothing() throws {
        let sandbox = try Self.largeJournal()
        let disk = try SmallDisk()
        let before = sandbox.databaseSnapshot()
        try disk.fill(leaving: 64 * 1024)

        let refused = try disk.run(sandbox, ["backup", disk.path("backup.sqlite")])

        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: "), "\(refused.errors)")
        #expect(disk.kind != .tmpfs || refused.errors.contains("the disk is full"), "\(refused.errors)")
        #expect(try disk.files() == [], "a partial backup was left")
        #expect(sandbox.databaseSnapshot() == before, "the journal changed")
    }

    @Test(
        "prep --output and export --output: no partial file, the journal untouched",
        arguments: [["prep", "--since", "2025-01-01", "--format", "markdown"], ["export", "--format", "json"], ["export", "--format", "csv"]])
    func outputLeavesNothing(_ command: [String]) throws {
        let sandbox = try Self.largeJournal()
        let disk = try SmallDisk()
        let before = sandbox.databaseSnapshot()
        try disk.fill(leaving: 64 * 1024)

        let refused = try disk.run(sandbox, command + ["--output", disk.path("out")])

        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: "), "\(refused.errors)")
        #expect(disk.kind != .tmpfs || refused.errors.contains("the disk is full"), "\(refused.errors)")
        #expect(try disk.files() == [], "a partial file was left")
        #expect(sandbox.databaseSnapshot() == before, "the journal changed")
    }

    @Test("as root, the disk that fills up is a real tmpfs", .enabled(if: getuid() == 0, "only root may mount a tmpfs"))
    func asRootTheDiskIsATmpfs() {
        #expect(SmallDisk.canMount, "running as root, yet no tmpfs could be mounted: the tests above ran under a file-size limit")
    }
}
