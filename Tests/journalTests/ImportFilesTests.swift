import Foundation
import Testing

/// Files shaped as Day One, jrnl and Daylio write them, imported through the binary: each
/// example of issue 17 is a fixture, with more of the same kind beside it.
@Suite("Importing files as other tools write them")
struct ImportFilesTests {
    /// The entries of the sandbox's journal, oldest first, as `list --format json` gives them.
    static func entries(in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let listed = try sandbox.run("list", "--format", "json", "--limit", "100")
        try #require(listed.succeeded, "\(listed.errors)", sourceLocation: sourceLocation)
        return try #require(try listed.json() as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static func texts(in sandbox: Sandbox) throws -> [String] {
        try entries(in: sandbox).map { $0["text"] as? String ?? "" }
    }

    /// Runs an import that must be refused with `message`, leaving the journal as it was; when
    /// the kind of file was told from it, that note comes first.
    /// The bytes of a file in Fixtures/Import.
    static func fixture(_ name: String) -> Data? {
        FileManager.default.contents(atPath: Fixtures.importFile(name))
    }

    static func expectRefusal(
        _ arguments: [String], containing message: String, in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = sandbox.databaseSnapshot()
        let outcome = try sandbox.run(arguments)
        var errors = outcome.errors[...]
        if errors.hasPrefix("Reading "), let newline = errors.firstIndex(of: "\n") { errors = errors[errors.index(after: newline)...] }
        #expect(!outcome.succeeded, sourceLocation: sourceLocation)
        #expect(errors.hasPrefix("journal: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(errors.contains(message), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(sandbox.databaseSnapshot() == before, "the journal changed", sourceLocation: sourceLocation)
    }

    @discardableResult
    static func importing(
        _ fixture: String, _ options: [String] = [], into sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let outcome = try sandbox.run(["import", Fixtures.importFile(fixture)] + options)
        #expect(outcome.succeeded, "\(outcome.errors)", sourceLocation: sourceLocation)
        return outcome
    }
}

// MARK: - Day One

extension ImportFilesTests {
    @Test func dayOneEscapesGoAndTheWritersEmphasisStays() throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing("dayone-escapes.json", into: sandbox)
        #expect(imported.output.hasPrefix("Added 3 entries, "))

        let entries = try Self.entries(in: sandbox)
        #expect(
            entries.map { $0["text"] as? String } == [
                "Couldn't sleep. Made tea - chamomile (the old box)!",
                "# Morning\n\nI was *really* tired and **angry**. Not *this* again.\n\n1. coffee\n2. walk #outside\n\n"
                    + "Path: `C:\\Users\\sam\\notes\\.txt` stays as typed.",
                "Rate: 50% + [maybe] <not a tag> \\ back\\slash\nnext line",
            ])
        #expect(entries[0]["date"] as? String == "2026-11-18T23:40:00+01:00")
        #expect(entries[1]["tags"] as? [String] == ["outside", "sleep"])
        #expect(entries[2]["flagged"] as? Bool == true)

        // Search snippets show the text as written, without Day One's backslashes.
        let found = try sandbox.run("search", "chamomile", "--format", "json")
        let hits = try #require(try found.json() as? [[String: Any]])
        let snippet = try #require(hits.first?["snippet"] as? String)
        #expect(!snippet.contains("\\"), "\(snippet)")
        #expect(snippet.contains("sleep. Made tea"))
    }

    @Test func dayOneEntriesThatArePicturesAloneAreSkippedAndCounted() throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing("dayone-photo-only.json", into: sandbox)
        #expect(
            imported.output
                == "Added 1 entry, skipped 0 entries already in the journal, skipped 3 empty entries, "
                + "left behind 3 photos (missing from the file, damaged, or of a kind journal does not keep).\n")
        #expect(try Self.texts(in: sandbox) == ["Words at last, after three empty ones."])

        let again = try Self.importing("dayone-photo-only.json", into: sandbox)
        #expect(again.output.hasPrefix("Added 0 entries, skipped 1 entry already in the journal, skipped 3 empty entries"))
    }

    @Test func dayOneMediaLinksGoAndTheMediaAreCountedByKind() throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing("dayone-media.json", into: sandbox)
        #expect(
            imported.output
                == "Added 2 entries, skipped 0 entries already in the journal, skipped 0 empty entries, "
                + "left behind 3 photos, 1 audio recording, 1 video and 1 PDF (missing from the file, damaged, or of a kind journal does not keep).\n")
        let texts = try Self.texts(in: sandbox)
        #expect(texts == ["Session notes\n\nSaid it out loud. Then listened back.\n\nThe end.", "Two photos, one of them only linked"])
        #expect(!texts.joined().contains("dayone-moment"))
    }

    /// The zip Day One exports: a JSON file for each journal (Journal.json, Work.json) and the
    /// media, made from hand-written JSON, a photo and a recording of a few bytes.
    @Test func dayOnesZipIsReadJournalByJournal() throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing("dayone-export.zip", into: sandbox)
        #expect(
            imported.output
                == "Added 2 entries, skipped 0 entries already in the journal, skipped 1 empty entry, "
                + "left behind 2 photos and 1 audio recording (missing from the file, damaged, or of a kind journal does not keep).\n")
        let entries = try Self.entries(in: sandbox)
        #expect(entries.map { $0["text"] as? String } == ["Walk by the canal.\n\nFelt *lighter* after.", "Voice note from the train"])
        #expect(entries.map { $0["tags"] as? [String] } == [["walks"], []])
        #expect(try Self.importing("dayone-export.zip", into: sandbox).output.hasPrefix("Added 0 entries, skipped 2 entries"))
    }

    /// A zip in the ZIP64 format, as zip tools write one of more than 4 GB or 65,535 files: its
    /// sizes, offsets and directory are in ZIP64's records, and it is read as the plain one.
    @Test func aZIP64ZipIsReadAsAPlainOne() throws {
        let plain = try Sandbox()
        let zip64 = try Sandbox()
        let plainOutput = try Self.importing("dayone-export.zip", into: plain).output
        #expect(try Self.importing("dayone-zip64.zip", into: zip64).output == plainOutput)
        let entries = try Self.entries(in: zip64)
        #expect(entries.map { $0["text"] as? String } == ["Walk by the canal.\n\nFelt *lighter* after.", "Voice note from the train"])
        #expect(try Self.entries(in: plain).map { $0["text"] as? String } == entries.map { $0["text"] as? String })
    }

    @Test(arguments: [
        ("not-a-zip.zip", Data("PK\u{3}\u{4}and then nothing a zip holds".utf8), "this zip file cannot be read"),
        ("pipe.zip", nil, "a zip cannot be read through a pipe"),
        // Fuzz/run dayone's finding: a Journal.json whose deflate stream never ends, which kept
        // the import reading for ever.
        ("endless.zip", Self.fixture("dayone-endless-stream.zip"),
         "(Journal.json): it cannot be unpacked from the zip; is the zip whole?"),
        // Its second: the same kind of stream, in a zip whose directory claims ZIP64 values in
        // another record, which let the check pass every member.
        ("forged.zip", Self.fixture("dayone-forged-directory.zip"),
         "(Journal.json): it cannot be unpacked from the zip; is the zip whole?"),
        // Its third and fourth: a ZIP64 end record, and a member, placed far past the end of the
        // file, where looking stopped the program (the first in this check, the second in
        // ZIPFoundation's listing).
        ("far.zip", Self.fixture("dayone-zip64-far-offset.zip"),
         "far.zip: this zip file cannot be read; is it whole?"),
        ("far-member.zip", Self.fixture("dayone-zip64-far-member.zip"),
         "far-member.zip: this zip file cannot be read; is it whole?"),
        // Its fifth: a whole stream whose ZIP64 compressed size is far larger than the file, which
        // ZIPFoundation's unpacking turned into an Int64.
        ("huge.zip", Self.fixture("dayone-zip64-huge-size.zip"),
         "(Journal.json): it cannot be unpacked from the zip; is the zip whole?"),
        // Whole zips that ZIPFoundation cannot unpack, each saying what to do instead.
        ("password.zip", Self.fixture("dayone-password.zip"),
         "password.zip: this zip is protected by a password, which journal cannot open; nothing was imported — unzip it with another program"),
        ("bzip2.zip", Self.fixture("dayone-bzip2.zip"),
         "bzip2.zip (Journal.json): it is compressed in a way journal cannot unpack (only stored and deflated); nothing was imported — unzip it"),
    ])
    func aZipThatCannotBeReadIsRefused(name: String, contents: Data?, message: String) throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let before = sandbox.databaseSnapshot()
        let outcome: Outcome
        if let contents {
            let file = sandbox.path(name)
            try contents.write(to: URL(fileURLWithPath: file))
            outcome = try sandbox.run("import", file)
        } else {
            let zip = try #require(Self.fixture("dayone-export.zip"))
            outcome = try sandbox.run(["import", "-"], input: zip)
        }
        #expect(!outcome.succeeded)
        #expect(outcome.errors.contains("journal: "), "\(outcome.errors)")
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(sandbox.databaseSnapshot() == before)
    }

    /// A folder (Day One's unzipped export, say) or a name mistyped: what it is, and what to give.
    @Test func aFolderOrAMissingFileSaysWhatToGiveInstead() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let folder = sandbox.path("Day One export")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.expectRefusal(
            ["import", folder], containing: "is a folder, not a file; nothing was imported — name the file in it: Day One's zip",
            in: sandbox)
        try Self.expectRefusal(
            ["import", sandbox.path("Journal.jsn")],
            containing: "Journal.jsn — check the file's name", in: sandbox)
    }

    @Test func aZipWithoutDayOnesJSONSaysWhatItLacks() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        // Photos, and a Journal.json in a folder rather than at the top.
        try Self.expectRefusal(
            ["import", Fixtures.importFile("photos-only.zip")], containing: "this zip holds no JSON file at its top", in: sandbox)
    }

    @Test func aDryRunCountsTheSameAndStoresNothing() throws {
        let sandbox = try Sandbox()
        let dry = try Self.importing("dayone-photo-only.json", ["--dry-run"], into: sandbox)
        #expect(
            dry.output
                == "Would add 1 entry, would skip 0 entries already in the journal, would skip 3 empty entries, "
                + "would leave behind 3 photos (missing from the file, damaged, or of a kind journal does not keep). Nothing was stored (--dry-run).\n")
        #expect(sandbox.databaseSnapshot() == nil, "a dry run creates no journal")
    }
}

// MARK: - jrnl

extension ImportFilesTests {
    @Test(arguments: [
        // The two formats of the issue: weekday and month names, and day-first numbers.
        ("jrnl-weekday-names.txt", ["2019-04-20T11:34:00+02:00", "2019-04-20T21:05:00+02:00", "2019-04-22T07:00:00+02:00"]),
        ("jrnl-dotted.txt", ["2023-08-03T12:55:00+02:00", "2023-08-05T08:10:00+02:00", "2023-08-17T22:40:00+02:00"]),
        ("jrnl-month-first.txt", ["2023-08-03T21:10:00+02:00", "2023-08-21T07:00:00+02:00"]),
        ("jrnl-default-format.txt", ["2019-04-20T11:34:00+02:00", "2019-04-20T23:34:00+02:00"]),
    ])
    func jrnlTimeFormatsAreRecognisedFromTheFile(fixture: String, dates: [String]) throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing(fixture, into: sandbox)
        #expect(imported.errors.contains("as a jrnl journal (--from jrnl)"))
        #expect(try Self.entries(in: sandbox).map { $0["date"] as? String } == dates)
    }

    @Test func theWeekdayNamesFormatKeepsTitleBodyAndStar() throws {
        let sandbox = try Sandbox()
        try Self.importing("jrnl-weekday-names.txt", into: sandbox)
        let entries = try Self.entries(in: sandbox)
        #expect(entries.map { $0["text"] as? String } == ["Walked to the lake.\nIt helped more than I thought.", "Evening: quiet.", "Back to work @work"])
        #expect(entries.map { $0["flagged"] as? Bool } == [false, true, false])
        #expect(entries[2]["tags"] as? [String] == ["work"])
    }

    @Test func aFormatThatFitsBothOrdersIsRefusedNamingBothAndHowToGoOn() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let file = Fixtures.importFile("jrnl-ambiguous.txt")
        for options in [[], ["--dry-run"], ["--from", "jrnl"]] {
            try Self.expectRefusal(["import", file] + options, containing: "\"%d.%m.%Y %H:%M\" or \"%m.%d.%Y %H:%M\"", in: sandbox)
        }
        let refused = try sandbox.run("import", file)
        #expect(refused.errors.contains("timeformat"))
        #expect(refused.errors.contains("--jrnl-timeformat"))
        #expect(refused.errors.contains("jrnl --format json | journal import - --from jrnl-json"))

        try Self.importing("jrnl-ambiguous.txt", ["--jrnl-timeformat", "%d.%m.%Y %H:%M"], into: sandbox)
        #expect(try Self.entries(in: sandbox).compactMap { $0["date"] as? String }.prefix(2) == ["2023-08-03T12:55:00+02:00", "2023-08-04T09:00:00+02:00"])
    }

    @Test func aFormatThatCannotBeToldNeedsJrnlsSettingAndSaysSo() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let file = Fixtures.importFile("jrnl-custom-format.txt")
        try Self.expectRefusal(["import", file], containing: "jrnl's timeformat setting", in: sandbox)
        let refused = try sandbox.run("import", file)
        #expect(refused.errors.contains("jrnl-custom-format.txt:1: "))
        #expect(refused.errors.contains("jrnl --format json | journal import - --from jrnl-json"))
        // The format as jrnl's config file gives it.
        try Self.expectRefusal(
            ["import", file, "--jrnl-timeformat", "%Y-%m-%d %H:%M"], containing: "not in the format --jrnl-timeformat \"%Y-%m-%d %H:%M\" gives", in: sandbox)
        try Self.importing("jrnl-custom-format.txt", ["--jrnl-timeformat", "%Y%m%dT%H%M"], into: sandbox)
        #expect(try Self.entries(in: sandbox).prefix(2).map { $0["date"] as? String } == ["2019-04-20T11:34:00+02:00", "2019-04-21T08:10:00+02:00"])
    }

    @Test(arguments: [
        (["--jrnl-timeformat", "%d.%m.%Y %Q"], "journal does not know %Q"),
        (["--jrnl-timeformat", "%H:%M"], "it needs a year, a month and a day"),
        (["--jrnl-timeformat", "%Y-%m-%d %"], "ends in a %"),
        (["--jrnl-timeformat", "%Y-%m-%d", "--from", "dayone"], "--jrnl-timeformat is for jrnl's plain-text journals"),
    ])
    func aTimeFormatThatCannotBeReadIsRefused(options: [String], message: String) throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        try Self.expectRefusal(["import", Fixtures.importFile("jrnl-dotted.txt")] + options, containing: message, in: sandbox)
    }

    @Test func jrnlTagsWithSlashPlusAndHashAreKeptApartAndFindable() throws {
        let sandbox = try Sandbox()
        try Self.importing("jrnl-tags.txt", into: sandbox)
        let entries = try Self.entries(in: sandbox)
        #expect(entries.map { $0["tags"] as? [String] } == [
            ["c#", "c++", "os/2", "work"], ["c#", "c++", "family", "friends", "self-care"], [],
        ])
        for (tag, count) in [("c++", 2), ("c#", 2), ("os/2", 1), ("example", 0)] {
            let listed = try sandbox.run("list", "--tag", tag, "--format", "json")
            #expect((try listed.json() as? [Any])?.count == count, "--tag \(tag)")
            let found = try sandbox.run("search", "#" + tag, "--format", "json")
            #expect((try found.json() as? [Any])?.count == count, "search #\(tag)")
        }
        #expect(try sandbox.run("list", "--tag", "#C++").output.contains("Studying"))
    }

    @Test func jrnlsJSONListsTheSameTags() throws {
        let sandbox = try Sandbox()
        try Self.importing("jrnl-tags.json", into: sandbox)
        #expect(try Self.entries(in: sandbox).map { $0["tags"] as? [String] } == [["c#", "c++", "os/2"], ["c#", "c++", "os/2"]])
    }

    @Test(arguments: [
        ("jrnl-empty-entries.txt", 3),
        ("jrnl-empty-entries.json", 2),
    ])
    func emptyJrnlEntriesAreSkippedAndCounted(fixture: String, empty: Int) throws {
        let sandbox = try Sandbox()
        let imported = try Self.importing(fixture, into: sandbox)
        #expect(
            imported.output
                == "Added 1 entry, skipped 0 entries already in the journal, skipped \(empty) empty entries, left nothing behind.\n")
        #expect(try Self.texts(in: sandbox) == ["Only this one has words."])
    }

    @Test func theJrnlExportWritesNoTagLineForTagsInTheText() throws {
        let sandbox = try Sandbox()
        try Self.importing("jrnl-tags.txt", into: sandbox)
        try #require(sandbox.run("add", "--date", "2026-11-21 08:00", "--tag", "therapy", "--tag", "new_start", "Tags given apart #home").succeeded)

        let exported = try sandbox.run("export", "--format", "jrnl").output
        #expect(!exported.contains("\n@c"), "\(exported)")
        #expect(exported.contains("] Tags given apart #home\n@new_start @therapy\n"))
        #expect(exported.components(separatedBy: "\n@").count == 2, "one tag line, for the tags not in the text")
    }
}

// MARK: - Daylio

extension ImportFilesTests {
    @Test func everyUnknownMoodLabelIsNamedAtOnceWithAMoodMapToFillIn() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let file = Fixtures.importFile("daylio-custom-moods.csv")
        let expected =
            "5 mood labels are not among Daylio's rad, good, meh, bad and awful: \"exhausted\" (3 entries), "
            + "\"anxious\" (2 entries), \"Calm\" (1 entry), \"so-so\" (1 entry) and \"Ecstatic\" (1 entry)"
        for options in [[], ["--dry-run"], ["--from", "daylio", "--mood-map", "calm=7"]] {
            try Self.expectRefusal(["import", file] + options, containing: options.count == 4 ? "4 mood labels" : expected, in: sandbox)
        }
        let refused = try sandbox.run("import", file)
        #expect(refused.errors.contains("--mood-map \"exhausted=?,anxious=?,calm=?,so-so=?,ecstatic=?\""), "\(refused.errors)")
        #expect(!refused.errors.contains("correct that place in the file"))

        let imported = try Self.importing(
            "daylio-custom-moods.csv", ["--mood-map", "exhausted=2,anxious=3,calm=7,so-so=5,ecstatic=10"], into: sandbox)
        #expect(imported.output.hasPrefix("Added 9 entries"))
        #expect(try Self.entries(in: sandbox).prefix(9).compactMap { $0["mood"] as? Int } == [3, 10, 8, 2, 3, 5, 2, 7, 2])
    }

    @Test func daylioScalesAreKeptAsTextThatSearchFinds() throws {
        let sandbox = try Sandbox()
        try Self.importing("daylio-scales.csv", into: sandbox)
        let texts = try Self.texts(in: sandbox)
        #expect(texts == ["Dinner", "good\n\nscales: energy 4", "Tired but okay.\n\nscales: stress 4 | energy 2"])
        let found = try sandbox.run("search", "stress", "--format", "json")
        #expect((try found.json() as? [Any])?.count == 1)
    }

    @Test func daylioColumnsJournalDoesNotKnowAreKeptToo() throws {
        let sandbox = try Sandbox()
        try Self.importing("daylio-more-columns.csv", into: sandbox)
        #expect(try Self.texts(in: sandbox) == ["Woke at 3.", "bad\n\nscales: sleep quality 1\nsleep hours: 4"])
    }
}

// MARK: - Telling the kind of file

extension ImportFilesTests {
    @Test(arguments: [
        ("dayone-escapes.json", "a Day One export (--from dayone)"),
        ("dayone-export.zip", "a Day One export (--from dayone)"),
        ("jrnl-empty-entries.json", "jrnl's JSON export (--from jrnl-json)"),
        ("jrnl-dotted.txt", "a jrnl journal (--from jrnl)"),
        ("jrnl-custom-format.txt", "a jrnl journal (--from jrnl)"),
        ("daylio-scales.csv", "a Daylio CSV export (--from daylio)"),
    ])
    func withoutFromTheKindIsToldFromTheFileAndSaid(fixture: String, kind: String) throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run("import", Fixtures.importFile(fixture), "--dry-run")
        #expect(outcome.errors.hasPrefix("Reading \(Fixtures.importFile(fixture)) as \(kind).\n"), "\(outcome.errors)")
    }

    @Test(arguments: ["json", "csv", "markdown"])
    func journalsOwnExportsAreToldFromTheirContent(format: String) throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "--date", "2026-11-01 10:00", "an entry").succeeded)
        let file = sandbox.path("export." + (format == "markdown" ? "md" : format))
        try #require(sandbox.run("export", "--format", format, "--output", file).succeeded)

        let other = sandbox.path("other.sqlite")
        let imported = try sandbox.run("--db", other, "import", file)
        #expect(imported.errors.contains("(--from \(format))."), "\(imported.errors)")
        #expect(imported.output.hasPrefix("Added 1 entry"))
    }

    @Test func throughAPipeTheKindIsToldToo() throws {
        let sandbox = try Sandbox()
        let journal = try #require(Self.fixture("jrnl-weekday-names.txt"))
        let imported = try sandbox.run(["import", "-"], input: journal)
        #expect(imported.errors.hasPrefix("Reading standard input as a jrnl journal (--from jrnl).\n"))
        #expect(imported.output.hasPrefix("Added 3 entries"))
    }

    @Test(arguments: [
        ("notes.txt", "Dear diary,\nno headers here.\n"),
        ("data.json", #"{"items": [{"name": "x"}]}"#),
        ("table.csv", "name,age\nSam,40\n"),
    ])
    func aFileWhoseKindCannotBeToldIsRefusedListingTheFormats(name: String, contents: String) throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "already here").succeeded)
        let file = sandbox.path(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        try Self.expectRefusal(["import", file], containing: "--from: json (journal's own export), jrnl (a jrnl journal)", in: sandbox)
        let refused = try sandbox.run("import", file)
        for format in ["jrnl-json", "daylio", "dayone", "csv", "markdown"] {
            #expect(refused.errors.contains(" \(format) ("), "\(format)")
        }
    }
}
