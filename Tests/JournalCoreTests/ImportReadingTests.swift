import Foundation
import Testing

@testable import JournalCore

/// Helpers shared by the import reading tests.
enum ImportFixtures {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Import/\(name)").path
    }

    static func records(
        at path: String, as format: ImportFormat, moodMap: [String: Int] = [:]
    ) throws -> [ImportedRecord] {
        var records: [ImportedRecord] = []
        try ImportReading.read(path: path, format: format, options: ImportOptions(moodMap: moodMap, timeZone: berlin)) {
            records.append($0)
        }
        return records
    }

    static func entries(_ name: String, as format: ImportFormat, moodMap: [String: Int] = [:]) throws -> [ImportedEntry] {
        try records(at: path(name), as: format, moodMap: moodMap).map {
            guard case .entry(let entry) = $0 else { throw UnexpectedRecord() }
            return entry
        }
    }

    struct UnexpectedRecord: Error {}

    /// A file holding `bytes`, removed when `body` returns.
    static func withTemporaryFile<Result>(_ bytes: [UInt8], _ body: (String) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-import-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// The error reading `contents` stops with, its file given as "FILE"; nil when it reads.
    static func failure(_ contents: String, as format: ImportFormat) throws -> ImportError? {
        try failure(bytes: Array(contents.utf8), as: format)
    }

    static func failure(bytes: [UInt8], as format: ImportFormat) throws -> ImportError? {
        try withTemporaryFile(bytes) { path in
            do {
                _ = try records(at: path, as: format)
                return nil
            } catch let error as ImportError {
                #expect(error.file == path, "the file is named as it was given")
                return ImportError(file: "FILE", location: error.location, reason: error.reason, remedy: error.remedy)
            }
        }
    }

    static func instant(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }
}

/// The readers behind `journal import`, suite by suite; `--filter ImportReading` runs them all.
@Suite("Reading import files")
struct ImportReadingTests {}

extension ImportReadingTests {
    @Suite("Reading this journal's own export")
    struct OwnExport {
        @Test func everyRecordIsReadExactlyWithItsOffset() throws {
            let records = try ImportFixtures.records(at: ImportFixtures.path("journal-export.json"), as: .json)
            #expect(
                records == [
                    .entry(
                        ImportedEntry(
                            moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                            text: "Argued with Sam about money. #family\n\"Again\", she said — café 😀", mood: 3,
                            tags: ["family"], feelings: ["anxious", "tired"], isFlagged: true, isPrivate: false,
                            location: .entry(1)
                        )
                    ),
                    .entry(
                        ImportedEntry(
                            moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 0),
                            text: "Same minute, nothing else given", location: .entry(2)
                        )
                    ),
                    .entry(
                        ImportedEntry(
                            moment: Moment(ImportFixtures.instant("2026-11-21T12:30:15Z").addingTimeInterval(0.25), utcOffsetSeconds: -5 * 3600), text: "Tab\tand backslash \\ and slash / and 日記", mood: 0,
                            isPrivate: true, location: .entry(3)
                        )
                    ),
                    .session(
                        ImportedSession(
                            moment: Moment(ImportFixtures.instant("2026-11-13T16:00:00Z"), utcOffsetSeconds: 3600), note: nil,
                            isPlanned: false, location: .line(33)
                        )
                    ),
                    .session(
                        ImportedSession(
                            moment: Moment(ImportFixtures.instant("2026-11-27T16:00:00Z"), utcOffsetSeconds: 3600),
                            note: "Bring the sleep diary", isPlanned: true, location: .line(34)
                        )
                    ),
                    .topic(
                        ImportedTopic(
                            text: "Ask about sleep meds", createdAt: ImportFixtures.instant("2026-11-20T08:00:00Z"),
                            doneAt: nil, location: .line(37)
                        )
                    ),
                    .topic(
                        ImportedTopic(
                            text: "Talk about Sam", createdAt: ImportFixtures.instant("2026-11-14T09:00:00Z"),
                            doneAt: ImportFixtures.instant("2026-11-20T17:00:00Z"), location: .line(38)
                        )
                    ),
                ]
            )
        }

        @Test func listsBeforeFormatAndVersionCRLFAndAByteOrderMarkStillRead() throws {
            let records = try ImportFixtures.records(at: ImportFixtures.path("journal-export-reordered.json"), as: .json)
            #expect(
                records == [
                    .topic(
                        ImportedTopic(
                            text: "Ask about sleep meds", createdAt: ImportFixtures.instant("2026-11-20T08:00:00Z"),
                            doneAt: nil, location: .line(2)
                        )
                    ),
                    .entry(
                        ImportedEntry(
                            moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                            text: "Written first, checked last", mood: 7, location: .entry(1)
                        )
                    ),
                ]
            )
        }

        static let header = "{\"format\": \"journal-export\", \"version\": 1,\n"

        static let malformedExports: [(String, ImportError)] = [
            (
                "{\"format\": \"something-else\", \"version\": 1, \"entries\": []}",
                ImportError(file: "FILE", location: nil, reason: "not a journal export: it has no \"format\": \"journal-export\"")
            ),
            (
                // A Day One export read as this journal's: refused as a whole, not for its first entry.
                "{\"metadata\": {\"version\": \"1.0\"},\n\"entries\": [{\"creationDate\": \"2026-11-20T20:05:00Z\"}]}",
                ImportError(file: "FILE", location: nil, reason: "not a journal export: it has no \"format\": \"journal-export\"")
            ),
            (
                "{\"entries\": [], \"format\": \"journal-export\", \"version\": 3}",
                ImportError(
                    file: "FILE", location: nil,
                    reason: "written by a newer version of journal (export version 3), which this one cannot read",
                    remedy: "update this journal (make install from a newer copy of its source), then import again"
                )
            ),
            (
                "{\"format\": \"journal-export\"}",
                ImportError(file: "FILE", location: nil, reason: "not a journal export: it has no \"version\"")
            ),
            (
                "{\"format\": \"journal-export\", \"version\": \"1\"}",
                ImportError(file: "FILE", location: nil, reason: "not a journal export: its \"version\" is not a whole number")
            ),
            (
                header + "\"entries\": [\n{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"fine\"},\n{\"text\": \"no date\"}]}",
                ImportError(file: "FILE", location: .entry(2), reason: "\"date\" is missing (the entry starts on line 4)")
            ),
            (
                header + "\"entries\": [\n{\"date\": \"2026-11-20T21:05:00+01:00\"}]}",
                ImportError(file: "FILE", location: .entry(1), reason: "\"text\" is missing (the entry starts on line 3)")
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"a\", \"mood\": 11}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"mood\" is 11, but a mood is a whole number from 0 to 10 (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"a\", \"mood\": 12.5}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"mood\" is not a whole number from 0 to 10, or null (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"a\", \"mood\": 1e0}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"mood\" is not a whole number from 0 to 10, or null (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"a\", \"mood\": \"3\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"mood\" is not a whole number from 0 to 10, or null (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00\", \"text\": \"no offset\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"date\" is not a date and time like \"2026-11-20T21:05:00+01:00\" (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-02-30T10:00:00Z\", \"text\": \"no such day\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"date\" is not a date and time like \"2026-11-20T21:05:00+01:00\" (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"a\", \"tags\": \"family\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"tags\" is not a list of words in double quotes, like [\"family\"] (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"a\", \"flagged\": \"yes\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1), reason: "\"flagged\" is not true or false (the entry starts on line 2)"
                )
            ),
            (
                header + "\"entries\": [\n\"just text\"]}",
                ImportError(
                    file: "FILE", location: .entry(1), reason: "it is not an object in { } (the entry starts on line 3)"
                )
            ),
            (
                header + "\"entries\": {}}",
                ImportError(file: "FILE", location: .line(2), reason: "\"entries\" is not a list in [ ]")
            ),
            (
                header + "\"sessions\": [\n{\"note\": \"no date\"}]}",
                ImportError(file: "FILE", location: .line(3), reason: "session 1: \"date\" is missing")
            ),
            (
                header + "\"topics\": [{\"text\": \"a\", \"added\": \"2026-11-20T09:00:00+01:00\"},\n{\"text\": \"b\"}]}",
                ImportError(file: "FILE", location: .line(3), reason: "topic 2: \"added\" is missing")
            ),
            (
                header + "\"entries\": [\n{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"a\"\n \"mood\": 1}]}",
                ImportError(
                    file: "FILE", location: .line(4),
                    reason: "malformed JSON in entry 1: expected , or } after a value in an object"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"a\"},\n]}",
                ImportError(file: "FILE", location: .line(3), reason: "malformed JSON in entry 2: expected a value, found ']'")
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"a\"}\n{}]}",
                ImportError(file: "FILE", location: .line(3), reason: "malformed JSON: expected , or ]")
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\",\n\"text\": \"a line\nbreak\"}]}",
                ImportError(
                    file: "FILE", location: .line(3),
                    reason: "malformed JSON in entry 1: a string goes on past the end of its line; a line break in a string is written \\n"
                )
            ),
            (
                header + "\"entries\": [{\"date\": \"2026-11-20T21:05:00Z\", \"text\": \"cut off",
                ImportError(
                    file: "FILE", location: .line(2), reason: "malformed JSON in entry 1: a string is not closed before the end of the file"
                )
            ),
            (
                header + "\"entries\": []}\n\n{}",
                ImportError(file: "FILE", location: .line(4), reason: "malformed JSON: unexpected text after the end of the JSON")
            ),
            (
                "",
                ImportError(file: "FILE", location: .line(1), reason: "malformed JSON: expected an object in { }")
            ),
        ]

        @Test(arguments: malformedExports)
        func malformedExportsStopAtTheirPlace(contents: String, expected: ImportError) throws {
            #expect(try ImportFixtures.failure(contents, as: .json) == expected)
        }

        @Test func aFileThatIsNotThereOrIsAFolderIsNamed() throws {
            let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-export.json").path
            let notThere = #expect(throws: ImportError.self) { try ImportFixtures.records(at: missing, as: .json) }
            #expect(notThere?.problem == "\(missing): there is no such file; nothing was imported")
            #expect(notThere?.advice.contains("check the file's name") == true)
            let folder = FileManager.default.temporaryDirectory.path
            let aFolder = #expect(throws: ImportError.self) { try ImportFixtures.records(at: folder, as: .json) }
            #expect(aFolder?.problem == "\(folder): is a folder, not a file; nothing was imported")
            #expect(aFolder?.advice.hasPrefix("name the file in it") == true)
        }

        @Test func errorsOfTheCallerPassThroughUnchanged() throws {
            struct Refused: Error, Equatable {}
            var seen = 0
            #expect(throws: Refused()) {
                try ImportReading.read(
                    path: ImportFixtures.path("journal-export.json"), format: .json,
                    options: ImportOptions(timeZone: ImportFixtures.berlin)
                ) { _ in
                    seen += 1
                    throw Refused()
                }
            }
            #expect(seen == 1)
        }
    }
}

extension ImportReadingTests {
    @Suite("Reading jrnl journals")
    struct Jrnl {
        @Test func plainTextJournalIsReadEntryByEntry() throws {
            let entries = try ImportFixtures.entries("jrnl.txt", as: .jrnl)
            #expect(
                entries == [
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: """
                            Argued with Sam about money.
                            It started over the rent again. @family #Money
                            [2026-13-45 99:99] this line only looks like a header
                            [see above] and so does this one
                            Sam@example.com is an address, not a tag.
                            """,
                        tags: ["family", "money"], isFlagged: true, hasOnlyLocalTime: true, location: .line(1)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: "Same minute, a second entry", hasOnlyLocalTime: true, location: .line(7)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T08:00:00Z"), utcOffsetSeconds: 3600),
                        text: "* Slept badly — café au lait didn't help 😴\n@sleep @Sleep @self-care_",
                        tags: ["self-care", "sleep"], hasOnlyLocalTime: true,
                        textWithoutAddedTags: "* Slept badly — café au lait didn't help 😴", location: .line(8)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T20:00:00Z"), utcOffsetSeconds: 3600),
                        text: "Evening, on a 12-hour clock", hasOnlyLocalTime: true, location: .line(11)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T23:00:00Z"), utcOffsetSeconds: 3600),
                        text: "Midnight\n    indented first body line", hasOnlyLocalTime: true, location: .line(12)
                    ),
                    // 02:30 was skipped when Berlin's clocks went from 02:00 to 03:00: moved forward.
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-03-29T01:30:00Z"), utcOffsetSeconds: 7200),
                        text: "Spring forward: this time never happened in Berlin", hasOnlyLocalTime: true, location: .line(14)
                    ),
                    // 02:30 happened twice when Berlin's clocks went from 03:00 back to 02:00: the first.
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-10-25T00:30:00Z"), utcOffsetSeconds: 7200),
                        text: "Fall back: this time happened twice in Berlin", hasOnlyLocalTime: true, location: .line(15)
                    ),
                ]
            )
        }

        @Test func windowsLineEndingsAndAByteOrderMarkReadTheSame() throws {
            let entries = try ImportFixtures.entries("jrnl-windows.txt", as: .jrnl)
            #expect(
                entries == [
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: "First\nBody line", isFlagged: true, hasOnlyLocalTime: true, location: .line(1)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:06:00Z"), utcOffsetSeconds: 3600), text: "Second",
                        hasOnlyLocalTime: true, location: .line(4)
                    ),
                ]
            )
        }

        @Test func aBodyLineThatIsAValidHeaderStartsAnEntryAsInJrnl() throws {
            let journal = "[2026-11-20 21:05] Quoting myself\nI wrote:\n[2026-11-19 08:00] yesterday's line\n"
            let entries = try ImportFixtures.withTemporaryFile(Array(journal.utf8)) { path in
                try ImportFixtures.records(at: path, as: .jrnl)
            }
            #expect(entries.count == 2)
            guard case .entry(let second) = entries.last else {
                Issue.record("the second record is not an entry: \(String(describing: entries.last))")
                return
            }
            #expect(second.text == "yesterday's line")
            #expect(second.location == .line(3))
        }

        @Test func anEmptyJournalHoldsNoEntries() throws {
            #expect(try ImportFixtures.failure("", as: .jrnl) == nil)
            #expect(try ImportFixtures.withTemporaryFile([]) { try ImportFixtures.records(at: $0, as: .jrnl) }.isEmpty)
        }

        static let textsThatAreNotJournals: [(String, ImportError)] = [
            (
                "Dear diary,\n[2026-11-20 21:05] Title\n",
                ImportError(file: "FILE", location: .line(1), reason: "not a jrnl journal: expected a line like [2026-11-20 21:05] …")
            ),
            (
                "\n  \n[2026-13-45 99:99] Not a date\n",
                ImportError(
                    file: "FILE", location: .line(3),
                    reason: "this header's date and time are in a format journal does not recognise (jrnl's timeformat setting)",
                    remedy: "give that setting from jrnl's config file (jrnl --list names it), like --jrnl-timeformat \"%d.%m.%Y %H:%M\", "
                        + "or import jrnl's own JSON instead: jrnl --format json | journal import - --from jrnl-json")
            ),
            (
                "[2026-11-20 21:05]Title without the space jrnl writes\n",
                ImportError(file: "FILE", location: .line(1), reason: "not a jrnl journal: expected a line like [2026-11-20 21:05] …")
            ),
            (
                "2026-11-20 21:05 Title\nBody\n",
                ImportError(
                    file: "FILE", location: .line(1),
                    reason: "this looks like a journal of jrnl 1, whose dates have no brackets; open it once with jrnl 2 or later, which rewrites it with lines like [2026-11-20 21:05] …"
                )
            ),
        ]

        @Test(arguments: textsThatAreNotJournals)
        func textThatIsNotAJournalStopsAtItsLine(contents: String, expected: ImportError) throws {
            #expect(try ImportFixtures.failure(contents, as: .jrnl) == expected)
        }

        @Test func aLineThatIsNotUTF8IsNamed() throws {
            let bytes = Array("[2026-11-20 21:05] Title\nfine\n".utf8) + [0x62, 0xFF, 0x0A] + Array("fine\n".utf8)
            #expect(
                try ImportFixtures.failure(bytes: bytes, as: .jrnl)
                    == ImportError(file: "FILE", location: .line(3), reason: "this line is not UTF-8 text")
            )
        }

        @Test func jrnlJSONIsReadWithTitleAndBodyJoined() throws {
            let entries = try ImportFixtures.entries("jrnl.json", as: .jrnlJSON)
            #expect(
                entries == [
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: "Argued with Sam about money.\nIt started over the rent again. @family", tags: ["family"],
                        isFlagged: true, hasOnlyLocalTime: true, location: .entry(1)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: "Same minute, no body", hasOnlyLocalTime: true, location: .entry(2)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T08:00:00Z"), utcOffsetSeconds: 3600),
                        text: "Planning with my own tag symbol +work\nCafé 😀", tags: ["work"], hasOnlyLocalTime: true, location: .entry(3)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-10-25T00:30:00Z"), utcOffsetSeconds: 7200),
                        text: "Only the required fields", hasOnlyLocalTime: true, location: .entry(4)
                    ),
                ]
            )
        }

        static let malformedJrnlJSON: [(String, ImportError)] = [
            (
                "{\"entries\": [{\"title\": \"a\", \"time\": \"21:05\"}]}",
                ImportError(file: "FILE", location: .entry(1), reason: "\"date\" is missing (the entry starts on line 1)")
            ),
            (
                "{\"entries\": [\n{\"title\": \"a\", \"date\": \"2026-11-20\", \"time\": \"25:00\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1), reason: "\"time\" is not a time like \"21:05\" (the entry starts on line 2)"
                )
            ),
            (
                "{\"entries\": [{\"title\": \"a\", \"date\": \"20.11.2026\", \"time\": \"21:05\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"date\" is not a date like \"2026-11-20\" (the entry starts on line 1)"
                )
            ),
            (
                "{\"entries\": [{\"body\": \"a\", \"date\": \"2026-11-20\", \"time\": \"21:05\"}]}",
                ImportError(file: "FILE", location: .entry(1), reason: "\"title\" is missing (the entry starts on line 1)")
            ),
            (
                "{\"entries\": [{\"title\": \"a\", \"date\": \"2026-11-20\", \"time\": \"21:05\", \"starred\": \"true\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1), reason: "\"starred\" is not true or false (the entry starts on line 1)"
                )
            ),
            (
                "{\"tags\": {}}",
                ImportError(file: "FILE", location: nil, reason: "not the output of jrnl --format json: it has no \"entries\"")
            ),
        ]

        @Test(arguments: malformedJrnlJSON)
        func malformedJrnlJSONStopsAtItsEntry(contents: String, expected: ImportError) throws {
            #expect(try ImportFixtures.failure(contents, as: .jrnlJSON) == expected)
        }

        static let textsWithTags: [(String, [String])] = [
            ("no tags here", [String]()),
            ("@work and @Work and #work", ["work"]),
            ("mail sam@example.com or @sam.", ["sam"]),
            ("@self-care_ (@family) \"@friends\"", ["family", "friends", "self-care"]),
            ("@1st @@double &@entity a/@path", []),
            ("@café and @日記", ["café", "日記"]),
        ]

        @Test(arguments: textsWithTags)
        func jrnlTagsFollowTheWordRulesOfHashTags(text: String, expected: [String]) {
            #expect(ImportTags.jrnlTags(in: text) == expected)
        }
    }
}

extension ImportReadingTests {
    @Suite("Reading Daylio and Day One exports")
    struct DaylioAndDayOne {
        @Test func daylioRowsBecomeEntriesWithMoodsFromTheTableAndTheMap() throws {
            let entries = try ImportFixtures.entries("daylio.csv", as: .daylio, moodMap: ["Sleepy": 4])
            #expect(
                entries == [
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T21:00:00Z"), utcOffsetSeconds: 3600),
                        text: "Long day\n\nIt was long.\nThen \"better\", mostly & café ☕", mood: 5,
                        tags: ["friends", "work"], hasOnlyLocalTime: true, location: .line(2)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T21:00:00Z"), utcOffsetSeconds: 3600),
                        text: "good meal, movies / tv", mood: 10, tags: ["good-meal", "movies-tv"], hasOnlyLocalTime: true, location: .line(3)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-19T21:15:00Z"), utcOffsetSeconds: 3600),
                        text: "Line one\nLine two, with a comma", mood: 1, hasOnlyLocalTime: true, location: .line(4)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-18T06:05:00Z"), utcOffsetSeconds: 3600),
                        text: "8h sleep, 🏃", mood: 3, tags: ["tag-8h-sleep"], hasOnlyLocalTime: true, location: .line(6)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-17T11:30:00Z"), utcOffsetSeconds: 3600), text: "good", mood: 8,
                        hasOnlyLocalTime: true, location: .line(7)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-16T08:00:00Z"), utcOffsetSeconds: 3600), text: "sleepy", mood: 4,
                        hasOnlyLocalTime: true, location: .line(8)
                    ),
                ]
            )
        }

        @Test func anUnknownMoodStopsTheImportNamingItAndTheOption() throws {
            #expect(throws: ImportError(
                file: ImportFixtures.path("daylio.csv"), location: nil,
                reason: "1 mood label is not among Daylio's rad, good, meh, bad and awful: \"sleepy\" (1 entry)",
                remedy: "put a mood from 0 (the worst) to 10 (the best) for each ? and import again with --mood-map \"sleepy=?\""
            )) {
                try ImportFixtures.entries("daylio.csv", as: .daylio)
            }
        }

        @Test func theMoodMapOverridesADefaultLabel() throws {
            let entries = try ImportFixtures.entries("daylio.csv", as: .daylio, moodMap: ["rad": 9, "sleepy": 4])
            #expect(entries.map(\.mood) == [5, 9, 1, 3, 8, 4])
        }

        static let daylioHeader = "full_date,date,weekday,time,mood,activities,note_title,note\n"

        static let malformedDaylioRows: [(String, ImportError)] = [
            (
                daylioHeader + "2026-11-20,November 20,Friday,10:00 pm,meh,work,\"\"\n",
                ImportError(file: "FILE", location: .line(2), reason: "this row has 7 fields, but the first line names 8 columns")
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,10:00 pm,meh,,,\n20.11.2026,November 20,Friday,10:00 pm,meh,,,\n",
                ImportError(file: "FILE", location: .line(3), reason: "\"full_date\" is not a date like 2026-11-20")
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,13:00 pm,meh,,,\n",
                ImportError(file: "FILE", location: .line(2), reason: "\"time\" is not a time like 10:00 pm or 22:00")
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,24:00,meh,,,\n",
                ImportError(file: "FILE", location: .line(2), reason: "\"time\" is not a time like 10:00 pm or 22:00")
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,22:00, ,,,\n",
                ImportError(file: "FILE", location: .line(2), reason: "\"mood\" is empty")
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,22:00,meh,,,\"never\nclosed\n",
                ImportError(
                    file: "FILE", location: .line(2), reason: "a field that opens with a double quote on this line is never closed"
                )
            ),
            (
                daylioHeader + "2026-11-20,November 20,Friday,22:00,meh,,\"title\"x,\n",
                ImportError(
                    file: "FILE", location: .line(2),
                    reason: "a field in double quotes goes on after its closing quote; a quote inside it is written twice (\"\")"
                )
            ),
            (
                "date,mood,note\n2026-11-20,meh,x\n",
                ImportError(
                    file: "FILE", location: .line(1),
                    reason: "not a Daylio export: its first line should be full_date,date,weekday,time,mood,activities,note_title,note"
                )
            ),
            (
                "",
                ImportError(
                    file: "FILE", location: .line(1),
                    reason: "not a Daylio export: its first line should be full_date,date,weekday,time,mood,activities,note_title,note"
                )
            ),
        ]

        @Test(arguments: malformedDaylioRows)
        func malformedDaylioRowsStopAtTheirLine(contents: String, expected: ImportError) throws {
            #expect(try ImportFixtures.failure(contents, as: .daylio) == expected)
        }

        @Test func aQuoteLeftOpenDoesNotTakeInTheRestOfTheFile() throws {
            let rows = String(repeating: "2026-11-20,November 20,Friday,10:00 pm,meh,,,x\n", count: 100_000)
            let csv = Self.daylioHeader + "2026-11-20,November 20,Friday,10:00 pm,meh,,,\"open\n" + rows
            #expect(
                try ImportFixtures.failure(csv, as: .daylio)
                    == ImportError(
                        file: "FILE", location: .line(2),
                        reason: "a field that starts on this line runs on for more than 4 MB; is a closing quote missing?"
                    )
            )
        }

        @Test func columnsAreFoundByNameAndBlankLinesPassedOver() throws {
            let csv = "mood,time,full_date\n\nrad,6:00 AM,2026-07-01\n"
            let entries = try ImportFixtures.withTemporaryFile(Array(csv.utf8)) {
                try ImportFixtures.records(at: $0, as: .daylio)
            }
            #expect(
                entries == [
                    .entry(
                        ImportedEntry(
                            moment: Moment(ImportFixtures.instant("2026-07-01T04:00:00Z"), utcOffsetSeconds: 7200), text: "rad", mood: 10,
                            hasOnlyLocalTime: true, location: .line(3)
                        )
                    )
                ]
            )
        }

        static let daylioNotes: [(String, String)] = [
            ("Plain note", "Plain note"),
            ("One<br>two<br/>three<BR />four", "One\ntwo\nthree\nfour"),
            ("<p>First</p><p>Second</p>", "First\n\nSecond"),
            ("<b>bold</b>, <i>italic</i>, <s>gone</s>", "bold, italic, gone"),
            ("List:<ul><li>a</li><li>b</li></ul>", "List:\n- a\n- b"),
            ("Tom &amp; Jerry &lt;3 &#39;quoted&#39; &#x1F600;", "Tom & Jerry <3 'quoted' 😀"),
            ("I <3 you & <maybe> more", "I <3 you & <maybe> more"),
        ]

        @Test(arguments: daylioNotes)
        func daylioNotesLoseTheirHTML(note: String, expected: String) {
            #expect(DaylioNote.plainText(note) == expected)
        }

        @Test func dayOneEntriesKeepTheirTextAndTheOffsetOfTheirTimeZone() throws {
            let entries = try ImportFixtures.entries("dayone.json", as: .dayone)
            #expect(
                entries == [
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: 3600),
                        text: "# Long day\n\nArgued with Sam. It was *hard*!", tags: ["family", "work-stuff"], isFlagged: true,
                        media: [ImportedMedia(kind: .photo)], location: .entry(1)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-20T20:05:00Z"), utcOffsetSeconds: -5 * 3600),
                        text: "Same instant, written in New York — café", location: .entry(2)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T08:00:00Z"), utcOffsetSeconds: 3600),
                        text: "No time zone given", location: .entry(3)
                    ),
                    ImportedEntry(
                        moment: Moment(ImportFixtures.instant("2026-11-21T09:00:00Z"), utcOffsetSeconds: 3600),
                        text: "A time zone this system does not know", location: .entry(4)
                    ),
                ]
            )
        }

        static let malformedDayOneEntries: [(String, ImportError)] = [
            (
                "{\"entries\": [{\"creationDate\": \"2026-11-20T20:05:00Z\", \"text\": \"a\"},\n{\"creationDate\": \"2026-11-20T20:05:00Z\", \"photos\": {}}]}",
                ImportError(file: "FILE", location: .entry(2), reason: "\"photos\" is not a list in [ ] (the entry starts on line 2)")
            ),
            (
                "{\"entries\": [{\"creationDate\": \"yesterday\", \"text\": \"a\"}]}",
                ImportError(
                    file: "FILE", location: .entry(1),
                    reason: "\"creationDate\" is not a date and time like \"2026-11-20T21:05:00+01:00\" (the entry starts on line 1)"
                )
            ),
            (
                "{\"metadata\": {\"version\": \"1.0\"}}",
                ImportError(file: "FILE", location: nil, reason: "not a Day One JSON export: it has no \"entries\"")
            ),
        ]

        @Test(arguments: malformedDayOneEntries)
        func malformedDayOneEntriesStopAtTheirIndex(contents: String, expected: ImportError) throws {
            #expect(try ImportFixtures.failure(contents, as: .dayone) == expected)
        }

        static let activityAndTagNames: [(String, String)] = [
            ("tired", "tired"),
            ("good meal", "good-meal"),
            ("movies / tv", "movies-tv"),
            ("Work Stuff", "work-stuff"),
            ("self-care", "self-care"),
            ("  - odd -- spacing -  ", "odd-spacing"),
            ("8h sleep", "tag-8h-sleep"),
            ("café ☕ time", "café-time"),
        ]

        @Test(arguments: activityAndTagNames)
        func namesWithSpacesBecomeWellFormedTags(name: String, expected: String) {
            let tag = ImportTags.tag(named: name)
            #expect(tag == expected)
            #expect(tag.map(Tags.isValid) == true)
        }

        @Test func aNameWithoutLettersOrDigitsGivesNoTag() {
            #expect(ImportTags.tag(named: "🏃") == nil)
            #expect(ImportTags.tag(named: " / ") == nil)
        }
    }
}

extension ImportReadingTests {
    @Suite("The --from and --mood-map options")
    struct Options {
        @Test func formatsAreNamedAsOnTheCommandLine() {
            #expect(
                ImportFormat.allCases.map(\.rawValue) == ["json", "jrnl", "jrnl-json", "daylio", "dayone", "csv", "markdown"])
        }

        @Test func labelsAndNumbersAreReadLowerCased() throws {
            #expect(try ImportReading.parseMoodMap("Sleepy=4, super happy = 9,awful=0,") == ["sleepy": 4, "super happy": 9, "awful": 0])
        }

        static let badMoodMaps: [(String, MoodMapError)] = [
            ("sleepy", MoodMapError(part: "sleepy", reason: "it has no =")),
            ("=4", MoodMapError(part: "=4", reason: "it names no mood label before the =")),
            ("sleepy=four", MoodMapError(part: "sleepy=four", reason: "\"four\" is not a whole number")),
            ("meh=4,sleepy=11", MoodMapError(part: "sleepy=11", reason: "11 is not a mood from 0 (the worst) to 10 (the best)")),
            ("meh=4,Meh=5", MoodMapError(part: "Meh=5", reason: "\"meh\" is already given the mood 4")),
            (" , ", MoodMapError(part: " , ", reason: "it gives no label=N pairs")),
        ]

        @Test(arguments: badMoodMaps)
        func aBadPartIsNamed(text: String, expected: MoodMapError) {
            #expect(throws: expected) { try ImportReading.parseMoodMap(text) }
        }

        @Test func theMessageSaysWhatToWrite() {
            let error = MoodMapError(part: "sleepy", reason: "it has no =")
            #expect(error.problem == "--mood-map \"sleepy\" cannot be read: it has no =")
            #expect(error.advice.contains("--mood-map \"sleepy=4,ecstatic=10\""))
        }
    }
}

extension ImportReadingTests {
    @Suite("The streaming JSON parser")
    struct StreamingJSONParser {
        /// The single value `text` holds, read as an import reader reads it.
        static func parse(_ text: String) throws -> JSON {
            try parse(bytes: Array(text.utf8))
        }

        static func parse(bytes: [UInt8]) throws -> JSON {
            try ImportFixtures.withTemporaryFile(bytes) { path in
                var json = try StreamingJSON(file: ChunkedFile(path: path))
                let value = try json.readValue()
                try json.expectEnd()
                return value
            }
        }

        static func syntaxError(_ text: String) throws -> JSONSyntaxError? {
            do {
                _ = try parse(text)
                return nil
            } catch let error as JSONSyntaxError {
                return error
            }
        }

        @Test func everyEscapeAndSurrogatePairsDecode() throws {
            let value = try Self.parse(#""\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00\u0000 end""#)
            #expect(value == .string("\"\\/\u{8}\u{C}\n\r\té€😀\u{0} end"))
            #expect(try Self.parse("\"raw UTF-8: café 日記 😀\"") == .string("raw UTF-8: café 日記 😀"))
        }

        @Test func numbersKeepWholeNumbersApartFromTheRest() throws {
            let value = try Self.parse("[-0, 0, 7, -12, 1e3, 12.5, -12.5e-3, 1E+2, 9223372036854775807, 9223372036854775808]")
            #expect(
                value
                    == .array([
                        .int(0), .int(0), .int(7), .int(-12), .double(1000), .double(12.5), .double(-0.0125), .double(100),
                        .int(Int.max), .double(9_223_372_036_854_775_808),
                    ])
            )
        }

        @Test func objectsKeepTheirKeysInOrderAndLiteralsRead() throws {
            let value = try Self.parse(" \t\r\n{\"b\": [true, false, null, {}, []], \"a\": {\"\": \"\"}, \"b\": 2}\n")
            #expect(
                value
                    == .object([
                        ("b", .array([.bool(true), .bool(false), .null, .object([]), .array([])])), ("a", .object([("", .string(""))])),
                        ("b", .int(2)),
                    ])
            )
        }

        static let malformedJSON: [(String, String)] = [
            ("01", "01 is not a number as JSON writes numbers"),
            ("1.", "1. is not a number as JSON writes numbers"),
            ("-", "- is not a number as JSON writes numbers"),
            ("1e", "1e is not a number as JSON writes numbers"),
            ("1.2.3", "1.2.3 is not a number as JSON writes numbers"),
            ("+1", "expected a value, found '+'"),
            (".5", "expected a value, found '.'"),
            ("tru", "expected true"),
            ("nul", "expected null"),
            ("[1,]", "expected a value, found ']'"),
            ("{\"a\" 1}", "expected : after a key"),
            ("{a: 1}", "expected a key in double quotes"),
            ("{\"a\": 1,}", "expected a key in double quotes"),
            ("[1 2]", "expected , or ] after a value in a list"),
            ("\"\\q\"", "\\q is not an escape JSON knows"),
            ("\"\\u12G4\"", "\\u must be followed by four hexadecimal digits"),
            ("\"\\ud83d\"", "\\ud83d is half of a surrogate pair without its other half"),
            ("\"\\ud83dx\"", "\\ud83d is half of a surrogate pair without its other half"),
            ("\"\\ud83d\\u0041\"", "\\ud83d is half of a surrogate pair without its other half"),
            ("\"\\ude00\"", "\\ude00 is half of a surrogate pair without its other half"),
            ("\"tab\tinside\"", "a string holds a control character, which JSON writes as \\u0009"),
            ("1 2", "unexpected text after the end of the JSON"),
            ("", "the file ends where a value should be"),
            ("[", "the file ends where a value should be"),
        ]

        @Test(arguments: malformedJSON)
        func malformedJSONIsRefused(text: String, message: String) throws {
            #expect(try Self.syntaxError(text) == JSONSyntaxError(line: 1, message: message))
        }

        @Test func invalidUTF8InAStringIsRefused() throws {
            #expect(throws: JSONSyntaxError(line: 1, message: "a string is not valid UTF-8 text")) {
                try Self.parse(bytes: [0x22, 0x61, 0xFF, 0x22])
            }
        }

        @Test func errorsNameTheLineWhateverTheLineEndings() throws {
            #expect(try Self.syntaxError("[\r\n1,\r\n\r\nx]") == JSONSyntaxError(line: 4, message: "expected a value, found 'x'"))
            #expect(try Self.syntaxError("\u{FEFF}[\n1\n}") == JSONSyntaxError(line: 3, message: "expected , or ] after a value in a list"))
        }

        @Test func deepNestingIsReadUpToALimitAndRefusedBeyondItWithoutCrashing() throws {
            let deepest = StreamingJSON.maximumDepth
            var value = try Self.parse(String(repeating: "[", count: deepest) + String(repeating: "]", count: deepest))
            var depth = 0
            while case .array(let elements) = value {
                depth += 1
                value = elements.first ?? .null
            }
            #expect(depth == deepest)
            let tooDeep = JSONSyntaxError(line: 1, message: "values are nested more than \(deepest) levels deep")
            #expect(try Self.syntaxError(String(repeating: "[", count: deepest + 1) + String(repeating: "]", count: deepest + 1)) == tooDeep)
            #expect(try Self.syntaxError(String(repeating: "{\"a\":", count: 100_000)) == tooDeep)
        }

        @Test(arguments: 0..<12)
        func valuesSpanningTwoChunksReadWhole(shift: Int) throws {
            // Each run puts a different byte of the escapes, the number and the multi-byte
            // characters on the last byte of the first chunk.
            let value = "[\"\\ud83d\\ude00é日\", 1234567.5e-2, true, \"\\n\"]"
            let padding = String(repeating: " ", count: ChunkedFile.chunkSize - shift - 2)
            let parsed = try Self.parse(padding + value)
            #expect(parsed == .array([.string("😀é日"), .double(12345.675), .bool(true), .string("\n")]))
        }

        @Test func stringsLongerThanAChunkReadWhole() throws {
            let long = String(repeating: "ab\\\"é😀\\u00e9", count: 20_000)
            let parsed = try Self.parse("\"" + long + "\"")
            #expect(parsed == .string(String(repeating: "ab\"é😀é", count: 20_000)))
        }

        @Test func theOuterStructureCanBeWalkedWhileElementsAreReadWhole() throws {
            let text = "{\"skip\": {\"x\": [1, {\"y\": \"\\u00e9\"}]}, \"list\": [\n{\"n\": 1},\n{\"n\": 2}\n], \"after\": null}"
            try ImportFixtures.withTemporaryFile(Array(text.utf8)) { path in
                var json = try StreamingJSON(file: ChunkedFile(path: path))
                var keys: [String] = []
                var elements: [(JSON, Int)] = []
                try json.beginObject()
                while let key = try json.nextKey() {
                    keys.append(key)
                    guard key == "list" else {
                        try json.skipValue()
                        continue
                    }
                    try json.beginArray()
                    while try json.hasNextElement() {
                        let line = json.line
                        elements.append((try json.readValue(), line))
                    }
                }
                try json.expectEnd()
                #expect(keys == ["skip", "list", "after"])
                #expect(elements.map(\.0) == [.object([("n", .int(1))]), .object([("n", .int(2))])])
                #expect(elements.map(\.1) == [2, 3])
            }
        }
    }
}

extension ImportReadingTests {
    @Suite("Reading a long file a little at a time")
    struct LongFiles {
        static let count = 100_000

        /// Reads the file `lines` make, checking as each record arrives that the reader has read
        /// no further than one chunk past the end of the next record: it holds a record or two,
        /// never the file. `ends[k]` is the byte offset where record `k + 1` ends.
        static func readStreaming(_ text: [UInt8], ends: [Int], format: ImportFormat) throws {
            try ImportFixtures.withTemporaryFile(text) { path in
                let file = try ChunkedFile(path: path)
                var count = 0
                var furthestAhead = Int.min
                var readAtFirstRecord = 0
                try ImportReading.read(file, format: format, options: ImportOptions(timeZone: ImportFixtures.berlin)) { record in
                    guard case .entry(let entry) = record else { return }
                    if count == 0 { readAtFirstRecord = file.bytesRead }
                    #expect(entry.text.hasPrefix("Entry \(count + 1) "))
                    let nextEnd = ends[min(count + 1, ends.count - 1)]
                    furthestAhead = max(furthestAhead, file.bytesRead - nextEnd)
                    count += 1
                }
                #expect(count == Self.count)
                #expect(readAtFirstRecord <= ChunkedFile.chunkSize)
                #expect(readAtFirstRecord < text.count / 100)
                #expect(furthestAhead <= ChunkedFile.chunkSize)
                #expect(file.bytesRead == text.count)
            }
        }

        static func body(_ number: Int) -> String {
            "Entry \(number) of a long journal, with a #tag and some words: café 😀"
        }

        @Test func exportJSON() throws {
            var text = Array("{\"format\": \"journal-export\", \"version\": 1, \"entries\": [\n".utf8)
            var ends: [Int] = []
            for number in 1...Self.count {
                let entry = "{\"date\": \"2026-11-20T21:05:00+01:00\", \"mood\": \(number % 11), \"text\": \"\(Self.body(number))\"}"
                text += Array(entry.utf8)
                ends.append(text.count)
                text += Array((number == Self.count ? "\n]}\n" : ",\n").utf8)
            }
            try Self.readStreaming(text, ends: ends, format: .json)
        }

        @Test func jrnlText() throws {
            var text: [UInt8] = []
            var ends: [Int] = []
            for number in 1...Self.count {
                text += Array("[2026-11-20 21:05] \(Self.body(number))\nA second line @work\n\n".utf8)
                ends.append(text.count)
            }
            try Self.readStreaming(text, ends: ends, format: .jrnl)
        }

        @Test func daylioCSV() throws {
            var text = Array("full_date,date,weekday,time,mood,activities,note_title,note\r\n".utf8)
            var ends: [Int] = []
            for number in 1...Self.count {
                text += Array("2026-11-20,November 20,Friday,10:00 pm,meh,work | friends,,\"\(Self.body(number))\r\nsecond line\"\r\n".utf8)
                ends.append(text.count)
            }
            try Self.readStreaming(text, ends: ends, format: .daylio)
        }
    }
}
