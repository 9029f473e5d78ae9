import Foundation
import Testing

/// Where the journal is (or is not yet), how much `list` left out, and the format `--output`'s
/// name chooses.
@Suite("Where the journal is, and the files written")
struct JournalPlaceTests {
    static let lookingCommands: [[String]] = [["list"], ["search", "panic"], ["prep"], ["stats"], ["export"]]

    @Test(arguments: lookingCommands)
    func aCommandThatOnlyLooksSaysThereIsNoJournalYetAndWhy(command: [String]) throws {
        let sandbox = try Sandbox()
        let usual = try sandbox.run(command)
        #expect(!usual.succeeded)
        #expect(usual.output.isEmpty, "no digest or list of nothing: \(usual.output)")
        #expect(usual.errors.hasPrefix("journal: there is no journal at \(sandbox.databasePath) yet (the usual place"), "\(usual.errors)")
        #expect(usual.errors.contains("journal add"))

        let given = sandbox.path("elsewhere/journal.sqlite")
        let byOption = try sandbox.run(["--db", given] + command)
        #expect(byOption.errors.contains("there is no journal at \(given) yet (the path given with --db)"), "\(byOption.errors)")
        let byEnvironment = try sandbox.run(command, environment: ["JOURNAL_DB": given])
        #expect(byEnvironment.errors.contains("there is no journal at \(given) yet (the path in JOURNAL_DB)"))
        let dataHome = sandbox.path("data")
        let byDataHome = try sandbox.run(command, environment: ["XDG_DATA_HOME": dataHome])
        #expect(byDataHome.errors.contains("there is no journal at \(dataHome)/journal/journal.sqlite yet (the usual place, in XDG_DATA_HOME"))

        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath), "looking created a journal")
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("elsewhere")), "looking created a folder")
    }

    @Test func theFirstEntrySaysWhereTheJournalWasStarted() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run("add", "First")
        #expect(first.succeeded)
        #expect(first.output.hasPrefix("Added entry 1 · "), "standard output stays as it was")
        #expect(first.errors.contains("Started a new journal at \(sandbox.databasePath)"))
        let second = try sandbox.run("add", "Second")
        #expect(second.errors.isEmpty, "only the first says so: \(second.errors)")
    }

    @Test func aJournalInAFolderThatIsNotThereSaysItMadeTheFolder() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("not/there/yet/journal.sqlite")
        let first = try sandbox.run("--db", path, "add", "First")
        #expect(first.succeeded, "\(first.errors)")
        #expect(first.errors.contains("Started a new journal at \(path), and made its folder \(sandbox.path("not/there/yet"))"))
        let folder = try FileManager.default.attributesOfItem(atPath: sandbox.path("not/there/yet"))
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let inAFolderThatExists = try sandbox.run("--db", sandbox.path("here.sqlite"), "add", "First")
        #expect(inAFolderThatExists.errors.contains("Started a new journal at \(sandbox.path("here.sqlite"))."))
        #expect(!inAFolderThatExists.errors.contains("folder"))
    }

    // MARK: - list says what it left out

    func sandbox(withEntries count: Int, flaggedEvery step: Int = 0) throws -> Sandbox {
        let sandbox = try Sandbox()
        for day in 1...count {
            var arguments = ["add", "--date", "2026-01-\(day < 10 ? "0" : "")\(day) 10:00", "Entry \(day)"]
            if step > 0, day % step == 0 { arguments.insert("--flag", at: 1) }
            try #require(try sandbox.run(arguments).succeeded)
        }
        return sandbox
    }

    @Test func listSaysHowManyOlderEntriesItLeftOutAndHowToSeeThem() throws {
        let sandbox = try sandbox(withEntries: 23, flaggedEvery: 4)
        let listed = try sandbox.run("list")
        #expect(listed.output.contains("Entry 23"))
        #expect(!listed.output.contains("Entry 3\n"))
        #expect(listed.errors == "3 older entries not shown; --limit 23 or --all shows them.\n")

        let all = try sandbox.run("list", "--all")
        #expect(all.output.contains("Entry 1\n"))
        #expect(all.errors.isEmpty)

        let limited = try sandbox.run("list", "--limit", "22")
        #expect(limited.errors == "1 older entry not shown; --limit 23 or --all shows them.\n")
        #expect(try sandbox.run("list", "--limit", "23").errors.isEmpty)

        // Only what matches counts; JSON on standard output stays whole.
        let flagged = try sandbox.run("list", "--flagged", "--limit", "2", "--format", "json")
        #expect((try flagged.json() as? [Any])?.count == 2)
        #expect(flagged.errors == "3 older entries not shown; --limit 5 or --all shows them.\n")
        let since = try sandbox.run("list", "--since", "2026-01-20", "--limit", "4")
        #expect(since.errors.isEmpty)
    }

    // MARK: - --output's name chooses the format

    func sandboxForFiles() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--mood", "4", "--date", "2026-01-05 10:00", "A day #work").succeeded)
        return sandbox
    }

    func written(_ sandbox: Sandbox, _ arguments: [String], file: String) throws -> String {
        let outcome = try sandbox.run(arguments + ["--output", sandbox.path(file)])
        #expect(outcome.succeeded, "\(outcome.errors)")
        return try String(contentsOfFile: sandbox.path(file), encoding: .utf8)
    }

    @Test func prepWritesTheFormatTheNameSays() throws {
        let sandbox = try sandboxForFiles()
        #expect(try written(sandbox, ["prep"], file: "prep.html").hasPrefix("<!DOCTYPE html>"))
        #expect(try written(sandbox, ["prep"], file: "prep.md") == (try sandbox.run("prep", "--format", "markdown").output))
        let json = try written(sandbox, ["prep"], file: "prep.json")
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        #expect(try written(sandbox, ["prep"], file: "prep.txt") == (try sandbox.run("prep").output))
        // More of the kind.
        #expect(try written(sandbox, ["prep"], file: "Prep.HTML").hasPrefix("<!DOCTYPE html>"))
        #expect(try written(sandbox, ["prep"], file: "prep.htm").hasPrefix("<!DOCTYPE html>"))
        #expect(try written(sandbox, ["prep", "--format", "json"], file: "prep.json").hasPrefix("{"))
        #expect(try written(sandbox, ["prep", "--format", "markdown"], file: "prep") == (try sandbox.run("prep", "--format", "markdown").output))
    }

    @Test func exportWritesTheFormatTheNameSays() throws {
        let sandbox = try sandboxForFiles()
        #expect(try written(sandbox, ["export"], file: "journal.csv").hasPrefix("date,mood,feelings,tags,flagged,private,text"))
        #expect(try written(sandbox, ["export"], file: "journal.txt").hasPrefix("[2026-01-05 10:00"))
        #expect(try written(sandbox, ["export"], file: "journal.jrnl").hasPrefix("[2026-01-05 10:00"))
        #expect(try written(sandbox, ["export"], file: "journal.md") == (try sandbox.run("export", "--format", "markdown").output))
        #expect(try written(sandbox, ["export"], file: "journal.json").contains("\"format\""))
    }

    @Test(arguments: [
        (["prep", "--format", "markdown"], "prep.html", "--format markdown disagrees with the name prep.html, which says html — leave out --format to write html, or name the file prep.md to write markdown"),
        (["prep", "--format", "html"], "prep.md", "--format html disagrees with the name prep.md, which says markdown"),
        (["prep", "--format", "text"], "prep.json", "--format text disagrees with the name prep.json"),
        (["prep"], "prep.pdf", "prep cannot tell the format from the name prep.pdf — name the file .html, .md, .json or .txt, or give --format"),
        (["export", "--format", "json"], "journal.csv", "--format json disagrees with the name journal.csv, which says csv"),
        (["export", "--format", "markdown"], "journal.txt", "--format markdown disagrees with the name journal.txt, which says jrnl"),
        (["export"], "journal.xlsx", "export cannot tell the format from the name journal.xlsx — name the file .json, .md, .csv or .jrnl, or give --format"),
    ])
    func aFormatTheNameContradictsIsRefused(arguments: [String], file: String, message: String) throws {
        let sandbox = try sandboxForFiles()
        try sandbox.expectRefusal(arguments + ["--output", sandbox.path(file)], containing: message)
        #expect(!FileManager.default.fileExists(atPath: sandbox.path(file)))
    }

    @Test func aNameThatSaysNoFormatIsWrittenAsGiven() throws {
        let sandbox = try sandboxForFiles()
        #expect(try written(sandbox, ["prep", "--format", "html"], file: "digest.print").hasPrefix("<!DOCTYPE html>"))
    }
}
