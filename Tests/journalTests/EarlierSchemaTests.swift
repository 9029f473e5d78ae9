import Foundation
import Testing

/// Issue 23: a journal made by every earlier schema version of `journal` opens with this one, is
/// brought up to date in place, and is searched and checked like a new one.
@Suite("Journals of every earlier schema version")
struct EarlierSchemaTests {
    private func texts(_ outcome: Outcome, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        #expect(outcome.succeeded, "\(outcome.errors)", sourceLocation: sourceLocation)
        return try #require(try outcome.json() as? [[String: Any]], sourceLocation: sourceLocation).compactMap { $0["text"] as? String }
    }

    @Test("opened, brought up to date, searched and checked", arguments: EarlierJournal.everySchemaVersion)
    func openedMigratedSearchedAndChecked(_ fixture: String) throws {
        let sandbox = try Sandbox()
        try EarlierJournal.install(fixture, in: sandbox)

        let listed = try texts(try sandbox.run("list", "--all", "--format", "json"))
        #expect(listed.first == "Argued with Sam about money again. #family #money", "\(listed)")
        #expect(listed.contains("今天晚上又失眠了，心里很难受"))
        #expect(!listed.contains("A draft to be deleted"), "a deleted entry came back")

        #expect(try texts(try sandbox.run("search", "money again", "--format", "json")) == [
            "Argued with Sam about money again. #family #money",
        ])
        #expect(try texts(try sandbox.run("search", "失眠", "--format", "json")) == ["今天晚上又失眠了，心里很难受"])
        #expect(try texts(try sandbox.run("search", "anxious", "--format", "json")) == [
            "Argued with Sam about money again. #family #money",
        ], "a feeling, searched once the index is rebuilt")
        #expect(try texts(try sandbox.run("search", "sleep", "--format", "json")) == ["Slept badly again, kept waking at four"])
        #expect(try texts(try sandbox.run("search", "draft", "--format", "json")) == [])

        let checked = try sandbox.run("check")
        #expect(checked.succeeded && checked.output.hasPrefix("The journal is sound: "), "\(checked.output) \(checked.errors)")
        #expect(try permissions(of: sandbox.databasePath) == 0o600)

        // What the newest schema holds works in it: a worksheet, a feeling searched at once.
        let form = "## The night of\n2026-11-27\n## Into bed\n23:10\n## Tried to sleep\n23:30\n## Minutes to fall asleep\n20\n"
            + "## Times woken\n2\n## Minutes awake in the night\n15\n## Final waking\n6:45\n## Out of bed\n7:15\n## Quality\n4\n"
        let worksheet = try sandbox.run("worksheet", "add", "sleep", input: form)
        #expect(worksheet.succeeded, "\(worksheet.errors)")
        let added = try sandbox.run("add", "--feeling", "hopeful", "Written after the upgrade")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try texts(try sandbox.run("search", "hopeful", "--format", "json")) == ["Written after the upgrade"])
        #expect(try sandbox.run("check").succeeded)
    }

    @Test(
        "each fixture is of the schema version its name says",
        .enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to read a fixture without opening it with journal"))
    func theFixturesAreOfTheirVersions() throws {
        for (index, fixture) in EarlierJournal.everySchemaVersion.enumerated() {
            let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/" + fixture)
            let migrations = try SQLiteShell.lines(url.path, "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            #expect(migrations == (1...index + 1).map { "v\($0)" }, "\(fixture): \(migrations)")
        }
    }
}

extension SQLiteShell {
    /// The lines `sql` prints, the database opened as immutable: not even a `-shm` file is made beside it.
    static func lines(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = ["-batch", "-readonly", "file:\(database)?immutable=1", sql]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: printed, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
