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

    static let typed = "Could not sleep, wrote this at three in the morning"
    static let addOptions = ["add", "--mood", "2", "--feeling", "restless", "--tag", "sleep"]

    enum TextSource: String, CaseIterable, Sendable {
        case arguments, standardInput
    }

    @Test("add: the text is kept as a draft, the message says so, and the draft stores it once there is room", arguments: TextSource.allCases)
    func addKeepsTheText(_ source: TextSource) throws {
        let (sandbox, disk, journal) = try Self.journalOnSmallDisk()
        let before = try Self.entries(in: sandbox, journal: journal)
        try disk.fill()

        let options = ["--db", journal] + Self.addOptions
        let refused = switch source {
        case .arguments: try disk.run(sandbox, options + [Self.typed])
        case .standardInput: try disk.run(sandbox, options, input: Self.typed)
        }

        try Self.expectKeptAndStored(refused, sandbox: sandbox, disk: disk, journal: journal, before: before)
    }

    @Test(
        "add in the editor: the disk filling while it is open keeps what was written as a draft",
        .enabled(if: SmallDisk.canMount, "the disk must fill while the editor is open, which needs a tmpfs (root)"))
    func addInTheEditorKeepsTheText() throws {
        let (sandbox, disk, journal) = try Self.journalOnSmallDisk()
        let before = try Self.entries(in: sandbox, journal: journal)
        // With the disk full before, journal says so before the editor opens: nothing is typed in vain.
        let editor = try sandbox.makeScript(
            named: "editor", "printf '%s' '\(Self.typed)' > \"$1\"; cat /dev/zero > '\(disk.path("filler"))' 2>/dev/null; true")

        let refused = try sandbox.runOnTerminal(["--db", journal] + Self.addOptions, environment: ["EDITOR": editor])

        try Self.expectKeptAndStored(refused, sandbox: sandbox, disk: disk, journal: journal, before: before)
    }

    @Test("add in the editor on a disk already full: refused before the editor opens", .enabled(if: SmallDisk.canMount, "needs a tmpfs (root)"))
    func addOnAFullDiskRefusesBeforeTheEditor() throws {
        let (sandbox, disk, journal) = try Self.journalOnSmallDisk()
        try disk.fill()
        let editor = try sandbox.makeScript(named: "editor", "touch '\(sandbox.path("editor-ran"))'")

        let refused = try sandbox.runOnTerminal(["--db", journal] + Self.addOptions, environment: ["EDITOR": editor])

        #expect(!refused.succeeded)
        #expect(refused.output.contains("journal: the disk is full"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("editor-ran")), "the editor opened")
    }

    /// `refused` failed on the full disk, kept the typed text as a draft and named the command
    /// that stores it; once there is room, the journal is as before and that command stores it whole.
    static func expectKeptAndStored(
        _ refused: Outcome, sandbox: Sandbox, disk: SmallDisk, journal: String, before: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let message = refused.errors + refused.output
        #expect(!refused.succeeded, sourceLocation: sourceLocation)
        #expect(message.contains("journal: "), "\(message)", sourceLocation: sourceLocation)
        #expect(disk.kind != .tmpfs || message.contains("the disk is full"), "\(message)", sourceLocation: sourceLocation)
        #expect(!message.contains("three in the morning"), "the text is quoted in the message", sourceLocation: sourceLocation)
        // "… what you wrote is kept in PATH, and journal --db JOURNAL add --from-draft PATH stores it"
        let unwrapped = message.replacingOccurrences(of: "\r\n", with: "")
        let start = try #require(unwrapped.range(of: "journal --db "), "no command to store the draft: \(message)", sourceLocation: sourceLocation)
        let end = try #require(unwrapped.range(of: " stores it", range: start.upperBound..<unwrapped.endIndex), sourceLocation: sourceLocation)
        let command = String(unwrapped[start.lowerBound..<end.lowerBound])
        #expect(command.contains(" add --from-draft "), "\(command)", sourceLocation: sourceLocation)

        disk.empty()
        #expect(try entries(in: sandbox, journal: journal) == before, "the journal changed", sourceLocation: sourceLocation)
        try expectCheckPasses(in: sandbox, journal: journal, sourceLocation: sourceLocation)
        let stored = try sandbox.run(command.split(separator: " ").dropFirst().map(String.init))
        #expect(stored.succeeded, "\(command): \(stored.errors)", sourceLocation: sourceLocation)
        let entry = try #require(
            try sandbox.run("--db", journal, "show", "3", "--format", "json").json() as? [String: Any], sourceLocation: sourceLocation)
        #expect(entry["text"] as? String == typed, sourceLocation: sourceLocation)
        #expect(entry["mood"] as? Int == 2 && entry["feelings"] as? [String] == ["restless"], sourceLocation: sourceLocation)
        #expect(entry["tags"] as? [String] == ["sleep"], sourceLocation: sourceLocation)
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
