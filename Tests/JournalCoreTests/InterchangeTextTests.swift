import Foundation
import Testing

@testable import JournalCore

/// The pieces of text the readers and writers of other tools' files agree on.
@Suite("Texts of other tools")
struct InterchangeTextTests {}

extension InterchangeTextTests {
    @Suite("jrnl's timeformat")
    struct JrnlTimeFormats {
        static func reading(_ header: String, _ notation: String) throws -> CivilTime? {
            try JrnlTimeFormat(notation: notation).reading(Array(header.utf8)[...])
        }

        @Test(arguments: [
            ("2026-11-20 21:05", "%Y-%m-%d %H:%M", CivilTime(year: 2026, month: 11, day: 20, hour: 21, minute: 5)),
            ("2026-11-20 09:05:07 PM", "%F %r", CivilTime(year: 2026, month: 11, day: 20, hour: 21, minute: 5, second: 7)),
            ("Sat, 20 Apr 2019 11:34 AM", "%a, %d %b %Y %I:%M %p", CivilTime(year: 2019, month: 4, day: 20, hour: 11, minute: 34)),
            ("saturday 20 APRIL 2019 12:00 am", "%A %d %B %Y %I:%M %p", CivilTime(year: 2019, month: 4, day: 20)),
            ("03.08.2023 12:55", "%d.%m.%Y %H:%M", CivilTime(year: 2023, month: 8, day: 3, hour: 12, minute: 55)),
            ("3.8.23  7:05", "%-d.%-m.%y %-H:%M", CivilTime(year: 2023, month: 8, day: 3, hour: 7, minute: 5)),
            ("08/03/23 21:05", "%D %R", CivilTime(year: 2023, month: 8, day: 3, hour: 21, minute: 5)),
            ("20190420T1134", "%Y%m%dT%H%M", CivilTime(year: 2019, month: 4, day: 20, hour: 11, minute: 34)),
            ("100% 2026-11-20 21:05:09", "100%% %F %T", CivilTime(year: 2026, month: 11, day: 20, hour: 21, minute: 5, second: 9)),
        ])
        func headersAreReadInJrnlsNotation(header: String, notation: String, expected: CivilTime?) throws {
            #expect(try Self.reading(header, notation) == expected)
        }

        @Test(arguments: [
            ("2026-11-20 21:05", "%d.%m.%Y %H:%M"),
            ("2026-02-30 21:05", "%Y-%m-%d %H:%M"),
            ("2026-11-20 13:05 PM", "%Y-%m-%d %I:%M %p"),
            ("2026-11-20 21:05 extra", "%Y-%m-%d %H:%M"),
            ("Sat, 20 Foo 2019 11:34 AM", "%a, %d %b %Y %I:%M %p"),
        ])
        func headersThatDoNotFitAreNotRead(header: String, notation: String) throws {
            #expect(try Self.reading(header, notation) == nil)
        }

        @Test(arguments: [
            ("%Y-%m-%d %Q", JrnlTimeFormatError.unknownDirective("%Q", "%Y-%m-%d %Q")),
            ("%Y-%m-%d %", JrnlTimeFormatError.endsInPercent("%Y-%m-%d %")),
            ("%H:%M", JrnlTimeFormatError.noDate("%H:%M")),
        ])
        func formatsThatCannotBeReadAreRefused(notation: String, expected: JrnlTimeFormatError) {
            #expect(throws: expected) { try JrnlTimeFormat(notation: notation) }
        }

        static func recognised(_ header: String) -> [String] {
            JrnlTimeFormat.recognising(Array(header.utf8)[...]).map(\.notation)
        }

        @Test(arguments: [
            ("2026-11-20 21:05", ["%Y-%m-%d %H:%M"]),
            ("2019-04-20 11:34:00 AM", ["%Y-%m-%d %I:%M:%S %p"]),
            ("Sat, 20 Apr 2019 11:34 AM", ["%a, %d %b %Y %I:%M %p"]),
            ("Saturday, April 20, 2019 11:34pm", ["%A, %B %d, %Y %I:%M%p"]),
            ("03.08.2023 12:55", ["%d.%m.%Y %H:%M", "%m.%d.%Y %H:%M"]),
            ("17.08.2023 12:55", ["%d.%m.%Y %H:%M"]),
            ("08/21/2023 07:00 AM", ["%m/%d/%Y %I:%M %p"]),
            ("20/04/19 11:34", ["%y/%m/%d %H:%M", "%d/%m/%y %H:%M"]),
            ("31/04/19 11:34", ["%y/%m/%d %H:%M"]),
            ("2019-04-20T11:34:00", ["%Y-%m-%dT%H:%M:%S"]),
            ("20 Apr 2019", ["%d %b %Y"]),
        ])
        func theFormatIsWorkedOutFromAHeader(header: String, expected: [String]) {
            #expect(Self.recognised(header) == expected)
        }

        @Test(arguments: ["20190420T1134", "2019-04-20 at 11:34", "yesterday 9pm", "11:34", "20 Apr 11:34", "2019-13-45 10:00"])
        func shapesThatAreNotADateAndATimeAreNotRecognised(header: String) {
            #expect(Self.recognised(header).isEmpty)
        }

        @Test func aRecognisedFormatReadsAnyCommonTimeOfDay() throws {
            let format = try #require(JrnlTimeFormat.recognising(Array("2026-11-20 21:05".utf8)[...]).first)
            #expect(format.reading(Array("2026-11-21 09:00:00 AM".utf8)[...]) == CivilTime(year: 2026, month: 11, day: 21, hour: 9))
            #expect(format.reading(Array("21.11.2026 09:00".utf8)[...]) == nil)
        }
    }
}

extension InterchangeTextTests {
    @Suite("Day One's Markdown as the writer saw it")
    struct DayOneTexts {
        @Test(arguments: [
            ("Couldn't sleep\\. Made tea \\- chamomile \\(the old box\\)\\!", "Couldn't sleep. Made tea - chamomile (the old box)!"),
            ("*kept* and **kept** and \\*not emphasis\\*", "*kept* and **kept** and *not emphasis*"),
            ("a \\\\ backslash, \\a letter", "a \\ backslash, \\a letter"),
            ("`C:\\path\\.txt` and \\.", "`C:\\path\\.txt` and ."),
            ("``a ` b\\.`` and \\`not code\\`", "``a ` b\\.`` and `not code`"),
            ("```\ncode \\. kept\n```\nafter\\.", "```\ncode \\. kept\n```\nafter."),
            ("line break\\\nnext", "line break\nnext"),
            ("unclosed `tick \\.", "unclosed `tick ."),
        ])
        func escapesGoOutsideCode(markdown: String, expected: String) {
            #expect(DayOneText(markdown).text == expected)
        }

        @Test func mediaLinksGoAndAreKeptByKind() {
            let text = DayOneText(
                "Top\n\n![](dayone-moment://AAA)\n\nMiddle ![](dayone-moment:/audio/BBB) words\n\n"
                    + "![](dayone-moment:/video/CCC)\n![](dayone-moment:/pdfAttachment/DDD)\n\nEnd")
            #expect(text.text == "Top\n\nMiddle words\n\nEnd")
            #expect(
                text.mediaLinks == [
                    .init(kind: .photo, identifier: "AAA"), .init(kind: .audio, identifier: "BBB"),
                    .init(kind: .video, identifier: "CCC"), .init(kind: .pdf, identifier: "DDD"),
                ])
        }

        @Test func aTextOfLinksAloneIsEmpty() {
            #expect(DayOneText("![](dayone-moment://AAA)\n\n![](dayone-moment://BBB)\n").text == "")
            #expect(DayOneText("").text == "")
        }

        @Test func linksInsideCodeAreText() {
            let text = DayOneText("```\n![](dayone-moment://AAA)\n```")
            #expect(text.text == "```\n![](dayone-moment://AAA)\n```")
            #expect(text.mediaLinks.isEmpty)
        }
    }
}

extension InterchangeTextTests {
    @Suite("Writer's text in a Markdown document")
    struct MarkdownTexts {
        static let texts = [
            "plain", "", "a\n\nb", "  indented\n\n    code", "<b>x</b> &amp; &#60; &x; \\<i> \\\\<u> \\\\\\<s>",
            "ends with a backslash \\", "> quote\n>", "# h\n- l\n```", "tab\there", "<3 & 1 < 2", "\\&amp; \\\\&#1;",
            "windows\r\nlines\r\n", "over\rwrite", "&#13; \\\r \\&#13;",
        ]

        @Test(arguments: texts)
        func aQuotedTextComesBackExactly(text: String) {
            let quoted = MarkdownText.quoted(text)
            #expect(quoted.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.hasPrefix(">") })
            #expect(MarkdownText.unquoted(quoted.split(separator: "\n", omittingEmptySubsequences: false)) == text)
        }

        @Test func aCarriageReturnStaysInsideTheQuote() {
            #expect(MarkdownText.quoted("a\r\nb\rc\nd") == "> a&#13;\n> b&#13;c\n> d")
            #expect(MarkdownText.quoted("\\\r &#13;") == "> \\\\&#13; \\&#13;")
        }

        @Test(arguments: [
            ("<b>", "> \\<b>"), ("a & b &amp;", "> a & b \\&amp;"), ("\\<b>", "> \\\\\\<b>"), ("<3 <", "> <3 <"),
            ("<!-- x", "> \\<!-- x"), ("</p>", "> \\</p>"), ("<?php", "> \\<?php"),
        ])
        func markupIsEscapedAndNothingElse(text: String, expected: String) {
            #expect(MarkdownText.quoted(text) == expected)
        }

        @Test(arguments: [
            ("# heading", "\\# heading"), ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. one", "1\\. one"),
            ("12) twelve", "12\\) twelve"), ("> quote", "\\> quote"), ("a *b* _c_ `d` [e] ~f~", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\~f\\~"),
            ("self_care #tag 3.5", "self_care #tag 3.5"), ("two\nlines", "two lines"), ("<i>x</i> &amp;", "\\<i>x\\</i> \\&amp;"),
            ("=== not setext", "\\=== not setext"),
        ])
        func inlineTextIsEscapedWhereItCouldBeMarkup(text: String, expected: String) {
            #expect(MarkdownText.inline(text) == expected)
        }
    }
}

extension InterchangeTextTests {
    @Suite("jrnl's plain text and journal's CSV")
    struct Marks {
        @Test(arguments: [
            ("[2026-11-20 21:05] x", true), ("  [see above] x", true), ("[x]", true), ("[x]y", false),
            ("2026-11-20 21:05 x", true), ("a [x] y", false), ("plain", false),
        ])
        func headerLikeLinesAreTold(line: String, expected: Bool) {
            #expect(JrnlText.isHeaderLike(line[...]) == expected)
        }

        @Test(arguments: ["[2026-11-20 21:05] x", " [x] y", "   [x] y", "plain", " plain", ""])
        func aBodyLineReadsBackAsWritten(line: String) {
            #expect(JrnlText.bodyLine(read: JrnlText.bodyLine(written: line[...])) == line)
        }

        @Test(arguments: [
            ("Text\n@a @b_", "Text"), ("Text\n@a and words", nil), ("@a @b", nil), ("Text\n@1st", nil), ("A\nB\n  @a  ", "A\nB"),
        ])
        func aLastLineOfTagsIsTold(text: String, expected: String?) {
            #expect(JrnlText.withoutTagLine(text) == expected)
        }

        @Test(arguments: [
            [String](), ["anxious"], ["a; b", "c\\d", "e"], ["; ;", "\\"], ["trailing\\"],
        ])
        func listsInACellSplitBackAsTheyWere(items: [String]) {
            #expect(CSVExportWriter.items(ofList: CSVExportWriter.list(items)) == items.filter { !$0.trimmed().isEmpty })
        }

        @Test(arguments: ["=1+1", "'quoted", "''two", "-5", "plain", "@home", ""])
        func aCellReadsBackWithoutItsQuoteMark(value: String) {
            let cell = CSVExportWriter.cell(value)
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell
            #expect(CSVExportWriter.value(ofCell: unquoted) == value)
        }
    }
}

extension InterchangeTextTests {
    @Suite("Telling the kind of a file from its start")
    struct Recognition {
        static func kind(of contents: String) throws -> ImportFormat? {
            try? ImportFormat.recognising(ChunkedFile(bytes: Array(contents.utf8), name: "FILE"))
        }

        @Test(arguments: [
            ("{\"format\": \"journal-export\", \"version\": 1, \"entries\": []}", ImportFormat.json),
            ("{\"entries\": [{\"date\": \"2026-11-20T21:05:00+01:00\", \"text\": \"x\"}], \"format\": \"journal-export\"}", .json),
            ("\u{FEFF}  {\"metadata\": {\"version\": \"1.0\"}, \"entries\": []}", .dayone),
            ("{\"entries\": [{\"creationDate\": \"2026-11-20T20:05:00Z\"}]}", .dayone),
            ("{\"tags\": {}, \"entries\": []}", .jrnlJSON),
            ("{\"entries\": [{\"title\": \"x\", \"body\": \"\", \"date\": \"2026-11-20\", \"time\": \"21:05\"}]}", .jrnlJSON),
            ("# Journal\n\n## Fri 20 Nov 2026\n", .markdown),
            ("date,mood,feelings,tags,flagged,private,text\r\n", .csv),
            ("\"full_date\",\"date\",\"weekday\",\"time\",\"mood\",\"activities\",\"note_title\",\"note\"\n", .daylio),
            ("full_date,time,mood,scales\n", .daylio),
            ("\n\n[Sat, 20 Apr 2019 11:34 AM] x\n", .jrnl),
            ("[not even a date] title\n", .jrnl),
            ("PK\u{3}\u{4}", .dayone),
            ("{\"entries\": [", nil),
            ("Dear diary", nil),
            ("name,age\n", nil),
            ("", nil),
        ])
        func eachKindIsToldByWhatItHolds(contents: String, expected: ImportFormat?) throws {
            #expect(try Self.kind(of: contents) == expected)
        }

        @Test func theBytesLookedAtAreReadAgain() throws {
            let file = ChunkedFile(bytes: Array("[2026-11-20 21:05] x\n".utf8), name: "FILE")
            #expect(try ImportFormat.recognising(file) == .jrnl)
            var records: [ImportedRecord] = []
            try ImportReading.read(file, format: .jrnl, options: ImportOptions(timeZone: ImportFixtures.berlin)) { records.append($0) }
            #expect(records.count == 1)
        }
    }
}
