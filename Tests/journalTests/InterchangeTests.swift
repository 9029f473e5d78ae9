import Foundation
import Testing

@Suite("journal export, import, backup and check")
struct InterchangeTests {
    func sandboxWithJournal() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("session", "add", "10 days ago 17:00", "--note", "first").succeeded)
        try #require(sandbox.run("add", "--date", "3 days ago 21:05", "--mood", "3", "--feeling", "anxious", "--flag", "Argued with Sam, \"again\"\nSecond line #family").succeeded)
        try #require(sandbox.run("add", "--date", "2 days ago 08:00", "=SUM(A1:A9) looks like a formula").succeeded)
        try #require(sandbox.run("add", "--date", "yesterday 12:00", "--private", "--mood", "2", "private words").succeeded)
        try #require(sandbox.run("topic", "add", "sleep").succeeded)
        try #require(sandbox.run(["plan", "edit"], input: Data("# My plan\n\nCall Ana when it gets bad.\n".utf8)).succeeded)
        try #require(sandbox.run("check-in", "gad7", "--date", "2 days ago 20:00", "--answers", "1,2,1,0,0,1,2").succeeded)
        return sandbox
    }

    @Test func exportImportExportGivesTheSameFileApartFromIds() throws {
        let sandbox = try sandboxWithJournal()
        let first = try sandbox.run("export", "--include-private")
        #expect(first.succeeded)
        let file = sandbox.path("export.json")
        try first.outputData.write(to: URL(fileURLWithPath: file))
        let other = sandbox.path("other.sqlite")
        let imported = try sandbox.run("--db", other, "import", file, "--from", "json")
        #expect(
            imported.output
                == "Added 3 entries, skipped 0 entries already in the journal, skipped 0 empty entries, left nothing behind; "
                + "1 of 1 session added, 1 of 1 topic added, 1 of 1 plan version added, 1 of 1 check-in added.\n")
        #expect(try sandbox.run("--db", other, "plan", "show").output.contains("Call Ana when it gets bad."))
        #expect(try sandbox.run("--db", other, "check-in", "list").output.contains("GAD-7"))
        let second = try sandbox.run("--db", other, "export", "--include-private")
        func withoutIds(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("\"id\":") }
        }
        #expect(withoutIds(first.output) == withoutIds(second.output))
        let document = try #require(try first.json() as? [String: Any])
        #expect(document["format"] as? String == "journal-export")
        #expect(document["version"] as? Int == 1)
    }

    @Test func importingTwiceAddsNothingAndDryRunStoresNothing() throws {
        let sandbox = try sandboxWithJournal()
        let file = sandbox.path("export.json")
        try sandbox.run("export", "--include-private").outputData.write(to: URL(fileURLWithPath: file))
        let again = try sandbox.run("import", file, "--from", "json")
        #expect(again.output.hasPrefix("Added 0 entries, skipped 3 entries"))
        let other = sandbox.path("dry.sqlite")
        let dry = try sandbox.run("--db", other, "import", file, "--from", "json", "--dry-run")
        #expect(dry.output.hasPrefix("Would add 3 entries"))
        #expect(dry.output.contains("Nothing was stored"))
        #expect(try sandbox.run("--db", other, "list", "--format", "json").errors.contains("there is no journal at \(other) yet"))
    }

    @Test func importReadsStandardInputGivenAsADash() throws {
        let sandbox = try sandboxWithJournal()
        let exported = try sandbox.run("export", "--include-private").outputData
        let other = sandbox.path("other.sqlite")

        let imported = try sandbox.run(["--db", other, "import", "-", "--from", "json"], input: exported)

        #expect(imported.output.hasPrefix("Added 3 entries"), "\(imported.errors)")
        #expect(try sandbox.run("--db", other, "export", "--include-private").output.contains("Argued with Sam"))

        let malformed = Data(#"{"format": "journal-export", "version": 1, "entries": [{"text": "no date"}]}"#.utf8)
        let before = FileManager.default.contents(atPath: other)
        let refused = try sandbox.run(["--db", other, "import", "-", "--from", "json"], input: malformed)
        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: standard input:entry 1: "), "\(refused.errors)")
        #expect(FileManager.default.contents(atPath: other) == before)
    }

    @Test func anExportWithItsHeaderLastCannotComeThroughAPipeAndSaysSo() throws {
        let sandbox = try Sandbox()
        let reordered = Data(
            #"{"entries": [{"date": "2026-11-01T10:00:00+01:00", "text": "Header last"}], "format": "journal-export", "version": 1}"#
                .utf8)

        let piped = try sandbox.run(["import", "-", "--from", "json"], input: reordered)

        #expect(!piped.succeeded)
        #expect(piped.errors.contains("standard input: \"format\" and \"version\" come after the entries"), "\(piped.errors)")
        #expect(piped.errors.contains("import the file by its name"))
        let file = sandbox.path("reordered.json")
        try reordered.write(to: URL(fileURLWithPath: file))
        #expect(try sandbox.run("import", file, "--from", "json").output.hasPrefix("Added 1 entry"))
    }

    @Test func importOfADashOnATerminalIsRefused() throws {
        let sandbox = try sandboxWithJournal()
        let before = sandbox.databaseSnapshot()
        let refused = try sandbox.runOnTerminal(["import", "-", "--from", "json"])
        #expect(!refused.succeeded)
        #expect(refused.output.contains("reads standard input, and here that is the terminal"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func privateEntriesStayInUnlessAskedAndTheCountIsSaid() throws {
        let sandbox = try sandboxWithJournal()
        for format in ["json", "markdown", "jrnl", "csv"] {
            let export = try sandbox.run("export", "--format", format)
            #expect(export.succeeded)
            #expect(!export.output.contains("private words"), "\(format)")
            #expect(export.errors.contains("Left out 1 private entry"))
            #expect(try sandbox.run("export", "--format", format, "--include-private").output.contains("private words"))
        }
    }

    @Test func csvIsQuotedAndSafeForSpreadsheets() throws {
        let sandbox = try sandboxWithJournal()
        let csv = try sandbox.run("export", "--format", "csv").output
        #expect(csv.components(separatedBy: "\r\n").first == "date,mood,feelings,tags,flagged,private,text")
        #expect(csv.contains(",3,anxious,family,true,false,\"Argued with Sam, \"\"again\"\"\nSecond line #family\"\r\n"))
        #expect(csv.contains(",,,,false,false,'=SUM(A1:A9) looks like a formula\r\n"))
    }

    @Test func jrnlAndMarkdownExportsReadAsTheirFormats() throws {
        let sandbox = try sandboxWithJournal()
        let jrnl = try sandbox.run("export", "--format", "jrnl").output
        #expect(jrnl.range(of: #"\[\d{4}-\d\d-\d\d 21:05:00\] Argued with Sam, "again" \*\nSecond line #family\n\n"#, options: .regularExpression) != nil)
        let markdown = try sandbox.run("export", "--format", "markdown").output
        #expect(markdown.hasPrefix("# Journal\n"))
        #expect(markdown.contains("### 21:05 · mood 3/10 · flagged\n<!-- journal-entry {"))
        #expect(markdown.contains("*feeling anxious · #family*\n\n> Argued with Sam, \"again\"\n> Second line #family\n"))
    }

    @Test func exportToAFileIsPrivate() throws {
        let sandbox = try sandboxWithJournal()
        let path = sandbox.path("out.md")
        let outcome = try sandbox.run("export", "--format", "markdown", "-o", path)
        #expect(outcome.succeeded)
        #expect(outcome.output.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    @Test(
        "--output to a named pipe writes into it, as the shell's > does, and leaves it a pipe",
        arguments: [["export", "--format", "json"], ["prep", "--format", "markdown"]])
    func outputToANamedPipe(_ command: [String]) throws {
        let sandbox = try sandboxWithJournal()
        let pipe = sandbox.path("pipe")
        try #require(mkfifo(pipe, 0o644) == 0)
        // Opened without waiting for a writer; the little the command writes fits in the pipe.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }

        let outcome = try sandbox.run(command + ["--output", pipe])

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while case let count = read(reader, &buffer, buffer.count), count > 0 { received += buffer[..<count] }
        var status = stat()
        #expect(outcome.succeeded, "\(outcome.errors)")
        #expect(stat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced by a file")
        #expect(String(decoding: received, as: UTF8.self).contains("Argued with Sam"))
        #expect(try permissions(of: pipe) == 0o644)
    }

    @Test func aMalformedFileImportsNothingAndSaysWhere() throws {
        let sandbox = try sandboxWithJournal()
        let before = sandbox.databaseSnapshot()
        let file = sandbox.path("bad.json")
        let json = """
            {"format": "journal-export", "version": 1, "entries": [
              {"date": "2026-11-01T10:00:00+01:00", "text": "fine"},
              {"date": "2026-11-02T10:00:00+01:00", "mood": 11, "text": "secret text"}
            ]}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: file))
        let outcome = try sandbox.run("import", file, "--from", "json")
        #expect(!outcome.succeeded)
        #expect(outcome.errors.hasPrefix("journal: \(file):entry 2: "))
        #expect(outcome.errors.contains("nothing was imported"))
        #expect(!outcome.errors.contains("secret text"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test(arguments: [
        (["import", "/nonexistent/file.json", "--from", "json"], "cannot read /nonexistent/file.json"),
        (["import", "x.json", "--from", "evernote"], "evernote"),
        (["import", "x.csv", "--from", "daylio", "--mood-map", "tired"], "--mood-map"),
        (["export", "--format", "pdf"], "pdf"),
        (["export", "-o", "/nonexistent/x.json"], "cannot write /nonexistent/x.json"),
        (["backup", "/nonexistent/folder/copy.sqlite"], "/nonexistent/folder/copy.sqlite"),
    ])
    func badInputIsRefusedAndChangesNothing(arguments: [String], message: String) throws {
        try sandboxWithJournal().expectRefusal(arguments, containing: message)
    }

    @Test func backupMakesAPrivateJournalAndNeverOverwrites() throws {
        let sandbox = try sandboxWithJournal()
        let copy = sandbox.path("copy.sqlite")
        #expect(try sandbox.run("backup", copy).succeeded)
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
        #expect(try sandbox.run("--db", copy, "list", "--format", "json").output == (try sandbox.run("list", "--format", "json").output))
        let again = try sandbox.run("backup", copy)
        #expect(!again.succeeded)
        #expect(again.errors.contains("already exists"))
    }

    @Test(.enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to see that the import is writing"))
    func backupWhileAnotherCommandWrites() throws {
        let sandbox = try sandboxWithJournal()
        let copy = sandbox.path("busy-copy.sqlite")
        let listing = ["list", "--limit", "100", "--format", "json"]
        let before = try sandbox.run(listing)
        try #require(before.succeeded && before.output.contains("Argued with Sam"), "\(before.errors)")
        // An import through a pipe writes in one transaction, which stays open until the pipe
        // closes: the test holds that write open across the whole backup.
        let importing = try sandbox.start(["import", "-", "--from", "jrnl"])
        try importing.type("[2025-03-01 10:00] Written while the backup ran\n\n")
        let patience = Date(timeIntervalSinceNow: RunningCommand.patience)
        while try !SQLiteShell.someoneIsWriting(sandbox.databasePath) {
            try #require(Date() < patience, "the import never began writing")
        }

        let backup = try sandbox.run("backup", copy)
        try #require(try SQLiteShell.someoneIsWriting(sandbox.databasePath), "the import stopped writing before the backup ended")
        try importing.closeInput()
        let imported = importing.waitForExit()

        #expect(backup.succeeded, "\(backup.errors)")
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(try sandbox.run("--db", copy, "check").succeeded)
        #expect(
            try sandbox.run(["--db", copy] + listing).output == before.output,
            "the copy is the journal as it was before the import, without a half of it")
        #expect(try sandbox.run(listing).output.contains("Written while the backup ran"))
    }

    @Test func checkSaysAllIsWell() throws {
        let healthy = try sandboxWithJournal().run("check")
        #expect(healthy.succeeded)
        #expect(healthy.output.hasPrefix("The journal is sound: 3 entries, 1 session, 1 topic and 0 pictures"))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"),
            "needs the sqlite3 shell to damage a journal (.ci/run installs it)"))
    func checkSaysWhatToDoWithADamagedJournal() throws {
        let sandbox = try sandboxWithJournal()
        // Damage the search index behind the journal's back.
        let damaged = Process()
        damaged.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        damaged.arguments = [sandbox.databasePath, "DELETE FROM entryFTS_data WHERE id > 10"]
        try damaged.run()
        damaged.waitUntilExit()
        try #require(damaged.terminationStatus == 0)
        let broken = try sandbox.run("check")
        #expect(!broken.succeeded)
        #expect(broken.errors.contains("the check found a problem"))
        #expect(broken.errors.contains("journal backup"))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"),
            "needs the sqlite3 shell to damage a journal (.ci/run installs it)"))
    func checkFindsADamagedIndexOfMessages() throws {
        let sandbox = try sandboxWithJournal()
        try #require(try sandbox.run("message", "--no", "What I would have written to you").succeeded)
        #expect(try sandbox.run("check").succeeded)
        let damaged = Process()
        damaged.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        damaged.arguments = [sandbox.databasePath, "DELETE FROM messageFTS_data WHERE id > 10"]
        try damaged.run()
        damaged.waitUntilExit()
        try #require(damaged.terminationStatus == 0)
        let broken = try sandbox.run("check")
        #expect(!broken.succeeded)
        #expect(broken.errors.contains("the search index does not match the messages"), "\(broken.errors)")
    }
}
