import Foundation
import Testing

/// Every format of `journal export` comes back in with `journal import`: into the same
/// journal it adds nothing, and into an empty one it gives the same file when exported again.
@Suite("Export, then import, for every export format")
struct RoundTripTests {
    static let formats = ["json", "markdown", "jrnl", "csv"]

    /// A journal whose entries hold what each format must carry back: tags given apart from
    /// the text and tags only jrnl sees, lines that look like the format's own marks, a time
    /// with seconds and one written in another offset, a private and a flagged entry. Added
    /// oldest first, so that ids come out the same in a new journal.
    static func journal() throws -> Sandbox {
        let sandbox = try Sandbox()
        let entries: [[String]] = [
            ["--date", "2026-11-01 09:00", "--mood", "4", "--feeling", "anxious", "--feeling", "a, b; c", "--tag", "therapy",
             "--tag", "new_start", "--", "Plain first entry"],
            ["--date", "2026-11-02 21:05", "--flag", "--", "Title line\n[2026-11-01 10:00] looks like a header\n  [see above] also\n"
             + "2026-11-01 10:00 as jrnl 1 wrote\n\nsecond paragraph @work #home"],
            ["--date", "2026-11-03 08:00", "--private", "--tag", "c++", "--", "=SUM(A1) looks like a formula\n'quoted start\n"
             + "# A heading\n- a list\n```\nan open fence\n<script>alert(1)</script> &amp; \\<b> C:\\Users"],
            ["--date", "2026-11-04 12:00", "--", "ends with a star*\n@therapy @new_start"],
            ["--date", "2026-11-04 13:00", "--flag", "--", "  indented, flagged and starred*"],
            ["--date", "2026-11-05T08:00:00+05:30", "--mood", "0", "--", "Written while away, in another offset\n\n> a quote\n>"],
            ["--date", "2026-11-06 23:59", "--tag", "os/2", "--", "\"Quoted\", with commas; and \"\"doubled\"\" quotes\nover\rwrite, a tab\t"],
        ]
        for options in entries {
            let added = try sandbox.run(["add"] + options)
            try #require(added.succeeded, "\(options): \(added.errors)")
        }
        // Now, to the second.
        try #require(sandbox.run(["add", "--mood", "7"], input: Data("Written just now, seconds and all\n".utf8)).succeeded)
        try #require(sandbox.run("session", "add", "2026-11-02 17:00", "--note", "first").succeeded)
        try #require(sandbox.run("topic", "add", "sleep").succeeded)
        return sandbox
    }

    static func export(_ format: String, from sandbox: Sandbox, database: String? = nil, to name: String) throws -> String {
        let path = sandbox.path(name)
        let outcome = try sandbox.run((database.map { ["--db", $0] } ?? []) + ["export", "--format", format, "--include-private", "--output", path])
        try #require(outcome.succeeded, "\(outcome.errors)")
        return path
    }

    static func fileName(_ format: String, _ number: Int) -> String {
        "export\(number)." + ["json": "json", "markdown": "md", "jrnl": "txt", "csv": "csv"][format]!
    }

    @Test(arguments: formats)
    func importingAnExportIntoTheSameJournalAddsNothing(format: String) throws {
        let sandbox = try Self.journal()
        let file = try Self.export(format, from: sandbox, to: Self.fileName(format, 1))
        let before = try sandbox.run("list", "--format", "json", "--limit", "100").output

        for options in [["--from", format], []] {
            let again = try sandbox.run(["import", file] + options)
            #expect(again.succeeded, "\(again.errors)")
            #expect(again.output.hasPrefix("Added 0 entries, skipped 8 entries already in the journal, skipped 0 empty entries"), "\(again.output)")
        }
        #expect(try sandbox.run("list", "--format", "json", "--limit", "100").output == before)
    }

    @Test(arguments: formats)
    func anExportImportedIntoAnEmptyJournalExportsTheSameFile(format: String) throws {
        let sandbox = try Self.journal()
        let first = try Self.export(format, from: sandbox, to: Self.fileName(format, 1))
        let other = sandbox.path("other.sqlite")
        let imported = try sandbox.run("--db", other, "import", first, "--from", format)
        #expect(imported.output.hasPrefix("Added 8 entries"), "\(imported.errors)")

        let second = try Self.export(format, from: sandbox, database: other, to: Self.fileName(format, 2))
        let firstText = try String(contentsOfFile: first, encoding: .utf8)
        let secondText = try String(contentsOfFile: second, encoding: .utf8)
        #expect(secondText == firstText)
    }

    /// jrnl's plain text cannot keep a carriage return at the end of a line: its readers take
    /// `\r\n` for a line break, as Windows writes one.
    @Test(arguments: ["json", "markdown", "csv"])
    func textWithWindowsLineEndingsComesBackExactly(format: String) throws {
        let sandbox = try Sandbox()
        let text = "Pasted from Windows\r\n# not a heading\r\n\r\n<b>and</b> a lone\rreturn"
        try #require(sandbox.run(["add", "--date", "2026-11-01 09:00", "--", text]).succeeded)
        let file = try Self.export(format, from: sandbox, to: Self.fileName(format, 1))
        if format == "markdown" {
            #expect(try CommonMark.outline(of: String(contentsOfFile: file, encoding: .utf8)).count == 3)
        }
        let again = try sandbox.run("import", file)
        #expect(again.output.hasPrefix("Added 0 entries, skipped 1 entry already in the journal"), "\(again.errors)")
        let other = sandbox.path("other.sqlite")
        try #require(sandbox.run("--db", other, "import", file).succeeded)
        let listed = try sandbox.run("--db", other, "list", "--format", "json")
        #expect((try listed.json() as? [[String: Any]])?.first?["text"] as? String == text)
    }

    /// `jrnl-json-of-an-export.json` is what jrnl 4.6 printed with `jrnl --format json` for the
    /// `journal export --format jrnl` of these five entries.
    @Test func aJournalThatWentToJrnlComesBackAsJrnlsJSONWithoutNewEntries() throws {
        let sandbox = try Sandbox()
        let entries: [[String]] = [
            ["--date", "2026-11-01 09:00", "--tag", "therapy", "--tag", "new_start", "--", "Plain first entry"],
            ["--date", "2026-11-02 21:05", "--flag", "--",
             "Title line\n[2026-11-01 10:00] looks like a header\n  [see above] also\n\nsecond paragraph @work #home"],
            ["--date", "2026-11-04 12:00", "--", "ends with a star*\nmore"],
            ["--date", "2026-11-04 13:00", "--flag", "--", "flagged and starred*"],
            ["--date", "2026-11-05 13:00", "--tag", "c++", "--", "Multi\nline\n\nwith blank lines"],
        ]
        for options in entries { try #require(sandbox.run(["add"] + options).succeeded) }
        let exported = try sandbox.run("export", "--format", "jrnl").output
        #expect(exported.contains("] Plain first entry\n@new_start @therapy\n"))

        let back = try sandbox.run("import", Fixtures.importFile("jrnl-json-of-an-export.json"))
        #expect(back.output.hasPrefix("Added 0 entries, skipped 5 entries already in the journal"), "\(back.errors)")
    }

    @Test func theJrnlExportReadsBackWithItsMarksTakenAway() throws {
        let sandbox = try Self.journal()
        let file = try Self.export("jrnl", from: sandbox, to: "journal.txt")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("] Plain first entry\n@new_start @therapy\n"), "tags only given get a line")
        #expect(written.contains("\n [2026-11-01 10:00] looks like a header\n   [see above] also\n 2026-11-01 10:00"))
        #expect(written.contains(":00] \nends with a star*\n@therapy @new_start\n"), "jrnl would star it otherwise")
        #expect(written.contains("] *\n  indented, flagged and starred*\n"))

        let other = sandbox.path("other.sqlite")
        try #require(sandbox.run("--db", other, "import", file).succeeded)
        let listed = try sandbox.run("--db", other, "list", "--format", "json", "--limit", "100")
        let texts = try #require(try listed.json() as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(texts.contains("Title line\n[2026-11-01 10:00] looks like a header\n  [see above] also\n2026-11-01 10:00 as jrnl 1 wrote\n\nsecond paragraph @work #home"))
        #expect(texts.contains("  indented, flagged and starred*"))
    }
}
