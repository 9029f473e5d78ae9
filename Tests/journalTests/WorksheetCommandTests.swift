import Foundation
import Testing

/// `journal worksheet`: each kind entered on a terminal, from a form on standard input and in
/// the editor; what is refused; and how worksheets reach the digest, search and the export.
@Suite("journal worksheet")
struct WorksheetCommandTests {
    typealias Fixtures = WorksheetFixtures

    // MARK: Three ways in

    @Test("each kind from a form on standard input", arguments: WorksheetFixtures.kinds)
    func eachKindFromAForm(_ kind: String) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(["worksheet", "add", kind], input: Data(Fixtures.form(kind).utf8))
        #expect(added.succeeded, "\(added.errors)")
        #expect(added.output.hasPrefix("Added "), "\(added.output)")
        #expect(added.errors.isEmpty)
        try Fixtures.expectFields(kind, in: sandbox.worksheet())
    }

    @Test("each kind on a terminal, question by question", arguments: WorksheetFixtures.kinds)
    func eachKindOnATerminal(_ kind: String) throws {
        let sandbox = try Sandbox()
        let asking = try sandbox.startOnTerminal(["worksheet", "add", kind], environment: ["NO_COLOR": "1"])
        let answers = Fixtures.answers(kind)
        for (index, field) in answers.enumerated() {
            try #require(asking.waitUntilPrinted("\(index + 1)/\(answers.count)  \(field.heading)"), "\(field.heading) was never asked")
            if Fixtures.listHeadings.contains(field.heading) {
                try asking.type(field.answer + "\n\n")
            } else {
                try asking.type(field.answer + "\n")
            }
        }
        try #require(asking.waitUntilPrinted("Store this"), "the last question was never asked")
        try asking.type("y\n")
        let added = asking.waitForExit()
        #expect(added.succeeded, "\(added.output)")
        #expect(added.output.contains("Added "))
        try Fixtures.expectFields(kind, in: sandbox.worksheet())
    }

    @Test("each kind in the editor", arguments: WorksheetFixtures.kinds)
    func eachKindInTheEditor(_ kind: String) throws {
        let sandbox = try Sandbox()
        let form = sandbox.path("filled.txt")
        try Fixtures.form(kind).write(toFile: form, atomically: true, encoding: .utf8)
        // The editor is handed the empty form, with its headings; it saves the filled one.
        let editor = try sandbox.makeScript(
            named: "editor", "grep -q '^## ' \"$1\" && grep -q 'journal worksheet add' \"$1\" && cat \"$FORM\" > \"$1\"")
        let added = try sandbox.run(["worksheet", "add", kind, "--edit"], environment: ["EDITOR": editor, "FORM": form])
        #expect(added.succeeded, "\(added.errors)")
        try Fixtures.expectFields(kind, in: sandbox.worksheet())
    }

    @Test func aFormPrintedIsAFormFilledByAScript() throws {
        let sandbox = try Sandbox()
        let form = try sandbox.run("worksheet", "form", "exposure")
        #expect(form.succeeded)
        #expect(form.output.contains("## Situation faced\n# What you faced"))
        #expect(form.output.contains("## Safety behaviours dropped (optional)\n"))
        let answers = Dictionary(uniqueKeysWithValues: Fixtures.answers("exposure").map { ($0.heading, $0.answer) })
        var filled = ""
        for line in form.output.split(separator: "\n", omittingEmptySubsequences: false) {
            filled += line + "\n"
            if line.hasPrefix("## ") {
                let heading = line.dropFirst(3).replacingOccurrences(of: " (optional)", with: "")
                filled += (answers[heading] ?? "") + "\n"
            }
        }
        #expect(try sandbox.run(["worksheet", "add", "exposure"], input: Data(filled.utf8)).succeeded)
        try Fixtures.expectFields("exposure", in: sandbox.worksheet())
    }

    // MARK: On a terminal

    @Test func onATerminalAWrongAnswerIsAskedAgainAndBGoesBack() throws {
        let sandbox = try Sandbox()
        let asking = try sandbox.startOnTerminal(["worksheet", "add", "sleep"], environment: ["NO_COLOR": "1"])
        func answer(_ question: String, times: Int = 1, _ text: String) throws {
            try #require(asking.waitUntilPrinted(question, times: times), "\(question) was never asked \(times) times")
            try asking.type(text + "\n")
        }
        try answer("1/10  The night of", Days.lastWinter)
        try answer("2/10  Into bed", "late")
        try answer("Into bed is not a time of day like 23:10, 7:05 or 11pm. Try again, or b to go back.", "23:10")
        try answer("3/10  Tried to sleep", "23:30")
        try answer("4/10  Minutes to fall asleep", "b")
        try answer("3/10  Tried to sleep", times: 2, "23:40")
        try answer("4/10  Minutes to fall asleep", times: 2, "")
        try answer("Minutes to fall asleep is needed", "10")
        try answer("5/10  Times woken", "2")
        try answer("6/10  Minutes awake in the night", "15")
        try answer("7/10  Final waking", "6:45")
        try answer("8/10  Out of bed", "7:15")
        try answer("9/10  Quality", "9")
        try answer("Quality is out of range: it takes a whole number from 1 (very poor) to 5 (very good).", "4")
        try answer("10/10  Notes (optional)", "")
        try answer("Store this sleep diary?", "maybe")
        try answer("Type y to store it, b to go back, or n to stop without storing.", "b")
        try answer("10/10  Notes (optional)", times: 2, "Late coffee.")
        try answer("Store this sleep diary?", times: 3, "y")
        let added = asking.waitForExit()
        #expect(added.succeeded, "\(added.output)")
        #expect(added.output.contains("Tried to sleep: 23:40"), "the review shows the answers")
        let fields = try #require(try sandbox.worksheet()["fields"] as? [String: Any])
        #expect(fields["triedToSleep"] as? String == Days.lastWinter + "T23:40:00+01:00")
        #expect(fields["minutesToFallAsleep"] as? Int == 10)
        #expect(fields["notes"] as? String == "Late coffee.")
    }

    @Test func ctrlCStoresNothing() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "an entry").succeeded)
        let before = try #require(sandbox.databaseSnapshot())
        let asking = try sandbox.startOnTerminal(["worksheet", "add", "activity"], environment: ["NO_COLOR": "1"])
        try #require(asking.waitUntilPrinted("1/7  When"))
        try asking.type("\n")
        try #require(asking.waitUntilPrinted("2/7  What I did"))
        try asking.type("A walk\n")
        try #require(asking.waitUntilPrinted("3/7  Mastery"))
        // The terminal turns Ctrl-C into SIGINT for the command.
        try asking.type("\u{03}")
        let stopped = asking.waitForExit()
        #expect(stopped.status != 0)
        #expect(!stopped.output.contains("Added"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func noAtTheLastQuestionOrTheEndOfInputStoresNothing() throws {
        let sandbox = try Sandbox()
        let answers = Fixtures.answers("exposure").map { $0.answer + "\n" }.joined()
        let declined = try sandbox.runOnTerminal(["worksheet", "add", "exposure"], typed: answers + "n\n", environment: ["NO_COLOR": "1"])
        #expect(declined.succeeded, "\(declined.output)")
        #expect(declined.output.contains("Nothing was stored."))
        let ended = try sandbox.runOnTerminal(["worksheet", "add", "exposure"], typed: "yesterday\nThe bus\n")
        #expect(ended.status != 0)
        #expect(ended.output.contains("journal: the exposure ended before every question was answered, so nothing was stored"))
        #expect(sandbox.databaseSnapshot() == nil, "no journal was created")
    }

    // MARK: Refused

    @Test(
        "a refused form names the field and its range, and leaves the journal as it was",
        arguments: [
            (["worksheet", "add", "sleep"], Fixtures.form("sleep", [("Quality", "9")]),
             "Quality is out of range: it takes a whole number from 1 (very poor) to 5 (very good), so nothing was stored"),
            (["worksheet", "add", "sleep"], Fixtures.form("sleep", [("Into bed", "late")]), "Into bed is not a time of day"),
            (["worksheet", "add", "thought-record"], Fixtures.form("thought-record", [("Situation", "")]),
             "Situation is empty, and the thought record needs it"),
            (["worksheet", "add", "thought-record"], Fixtures.form("thought-record", [("Moods", "anxious 80\nashamed 160")]),
             "Moods, line 2, is out of range: it takes a name and a whole number from 0 to 100 on each line"),
            (["worksheet", "add", "activity"], Fixtures.form("activity", [("Mastery", "11")]),
             "Mastery is out of range: it takes a whole number from 0 (none) to 10 (a great deal)"),
            (["worksheet", "add", "activity"], Fixtures.form("activity", [("Planned beforehand", "perhaps")]),
             "Planned beforehand is not yes or no"),
            (["worksheet", "add", "exposure"], Fixtures.form("exposure", [("Peak distress", "101")]), "Peak distress is out of range"),
            (["worksheet", "add", "diary-card"], Fixtures.form("diary-card", [("Suicidal urges", "7")]), "Suicidal urges is out of range"),
            (["worksheet", "add", "activity"], Fixtures.form("activity", [("When", "tomorrow 9am")]), "When is in the future"),
            (["worksheet", "add", "activity", "--date", "tomorrow"], Fixtures.form("activity", [("When", "")]), "that date is in the future"),
            (["worksheet", "add", "sleep"], "## Bedtime\n23:00\n", "line 1 of the form is a heading the sleep diary does not have"),
            (["worksheet", "add", "sleep"], "", "no sleep diary form was given on standard input"),
            (["worksheet", "add", "mood-log"], "", "there is no kind of worksheet called \"mood-log\""),
            (["worksheet", "show", "9"], "", "there is no worksheet 9"),
            (["worksheet", "edit", "9"], Fixtures.form("sleep"), "there is no worksheet 9"),
            (["worksheet", "delete", "1"], "", "worksheet 1 was not deleted: there is no terminal to confirm on"),
            (["worksheet", "add", "diary-card"], Fixtures.form("diary-card", [("Sadness", "5")]), "there is already a diary card for"),
            (["worksheet", "edit", "1"], Fixtures.form("diary-card", [("Joy", "six")]), "Joy is not a whole number from 0 (none) to 5"),
        ])
    func aRefusedFormLeavesTheJournalAsItWas(_ arguments: [String], _ input: String, _ message: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["worksheet", "add", "diary-card"], input: Data(Fixtures.form("diary-card").utf8)).succeeded)
        try sandbox.expectRefusal(arguments, input: input, containing: message)
        let errors = try sandbox.run(arguments, input: Data(input.utf8)).errors
        #expect(!errors.contains("160") && !errors.contains("perhaps") && !errors.contains("late"), "what was written is never quoted")
    }

    @Test func aRefusedFormFromTheEditorIsKeptAsADraftToPutRight() throws {
        let sandbox = try Sandbox()
        let wrong = sandbox.path("wrong.txt")
        let right = sandbox.path("right.txt")
        try Fixtures.form("sleep", [("Quality", "9")]).write(toFile: wrong, atomically: true, encoding: .utf8)
        try Fixtures.form("sleep", [("Quality", "4")]).write(toFile: right, atomically: true, encoding: .utf8)
        let editor = try sandbox.makeScript(named: "editor", "cat \"$FORM\" > \"$1\"")
        let refused = try sandbox.run(["worksheet", "add", "sleep", "--edit"], environment: ["EDITOR": editor, "FORM": wrong])
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("Quality is out of range"))
        let kept = String(try #require(refused.errors.firstMatch(of: #/kept in (\S+), and journal worksheet add sleep --from-draft \1 stores it/#)?.1))
        #expect(sandbox.databaseSnapshot() == nil)
        #expect(try sandbox.run("drafts").output.contains("a new sleep diary"))

        // Given again as it is, it is refused again, and stays kept.
        let again = try sandbox.run("worksheet", "add", "sleep", "--from-draft", kept)
        #expect(!again.succeeded)
        #expect(again.errors.contains("Quality is out of range"))
        #expect(FileManager.default.fileExists(atPath: kept))
        #expect(sandbox.databaseSnapshot() == nil)

        // On a terminal the kept form opens in the editor, where it is put right.
        let putRight = try sandbox.runOnTerminal(
            ["worksheet", "add", "sleep", "--from-draft", kept], environment: ["EDITOR": editor, "FORM": right])
        #expect(putRight.succeeded, "\(putRight.output)")
        #expect(!FileManager.default.fileExists(atPath: kept), "the stored draft is still there")
        let listed = try #require(try sandbox.run("worksheet", "list", "--format", "json").json() as? [[String: Any]])
        #expect(listed.count == 1)

        let unchanged = try sandbox.run(["worksheet", "add", "sleep", "--edit"], environment: ["EDITOR": "true"])
        #expect(unchanged.errors.contains("the sleep diary form was closed as it was opened, so nothing was stored"))
    }

    @Test func aRefusedChangeOfAFormIsKeptAsADraftToPutRight() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["worksheet", "add", "sleep"], input: Data(Fixtures.form("sleep").utf8)).succeeded)
        let before = try #require(sandbox.databaseSnapshot())
        let wrong = sandbox.path("wrong.txt")
        let right = sandbox.path("right.txt")
        try Fixtures.form("sleep", [("Quality", "0")]).write(toFile: wrong, atomically: true, encoding: .utf8)
        try Fixtures.form("sleep", [("Quality", "2")]).write(toFile: right, atomically: true, encoding: .utf8)
        let editor = try sandbox.makeScript(named: "editor", "cat \"$FORM\" > \"$1\"")

        let refused = try sandbox.runOnTerminal(["worksheet", "edit", "#1"], environment: ["EDITOR": editor, "FORM": wrong])
        #expect(!refused.succeeded)
        let flat = refused.output.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        let kept = String(try #require(flat.firstMatch(of: #/kept in (\S+), and journal worksheet edit 1 --from-draft \1 stores it/#)?.1))
        #expect(sandbox.databaseSnapshot() == before)

        let wrongDraft = try sandbox.run("edit", "1", "--from-draft", kept)
        #expect(wrongDraft.errors.contains("is a changed form of worksheet 1"), "\(wrongDraft.errors)")
        #expect(sandbox.databaseSnapshot() == before)

        let putRight = try sandbox.runOnTerminal(
            ["worksheet", "edit", "1", "--from-draft", kept], environment: ["EDITOR": editor, "FORM": right])
        #expect(putRight.succeeded, "\(putRight.output)")
        #expect(!FileManager.default.fileExists(atPath: kept))
        let shown = try #require(try sandbox.run("worksheet", "show", "1", "--format", "json").json() as? [String: Any])
        #expect((shown["fields"] as? [String: Any])?["quality"] as? Int == 2)
    }

    // MARK: Kept

    @Test func aWorksheetIsEditedInTheEditorOrFromAFormAndDeleted() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["worksheet", "add", "sleep"], input: Data(Fixtures.form("sleep").utf8)).succeeded)
        let editor = try sandbox.makeScript(
            named: "editor", "grep -q '^## Into bed$' \"$1\" && sed -i 's/^23:10$/22:40/' \"$1\"")
        let edited = try sandbox.runOnTerminal(["worksheet", "edit", "1"], environment: ["EDITOR": editor])
        #expect(edited.succeeded, "\(edited.output)")
        #expect(edited.output.contains("Changed sleep diary 1"))
        var worksheet = try sandbox.worksheet()
        #expect((worksheet["fields"] as? [String: Any])?["intoBed"] as? String == Days.lastWinter + "T22:40:00+01:00")
        #expect((worksheet["figures"] as? [String: Any])?["timeInBedMinutes"] as? Int == 515)

        let fromForm = try sandbox.run(["worksheet", "edit", "1"], input: Data(Fixtures.form("sleep", [("Quality", "2")]).utf8))
        #expect(fromForm.succeeded, "\(fromForm.errors)")
        worksheet = try sandbox.worksheet()
        #expect((worksheet["fields"] as? [String: Any])?["quality"] as? Int == 2)
        #expect((worksheet["fields"] as? [String: Any])?["intoBed"] as? String == Days.lastWinter + "T23:10:00+01:00")

        #expect(try sandbox.run("worksheet", "edit", "1", "--flag", "--private").succeeded)
        worksheet = try sandbox.worksheet()
        #expect(worksheet["flagged"] as? Bool == true && worksheet["private"] as? Bool == true)

        let kept = try sandbox.runOnTerminal(["worksheet", "delete", "1"], typed: "n\n")
        #expect(kept.output.contains("Delete the sleep diary 1 of ") && kept.output.contains("Nothing was deleted."))
        #expect(try sandbox.run("worksheet", "show", "1").succeeded)
        #expect(try sandbox.run("worksheet", "delete", "1", "--yes").output == "Deleted sleep diary 1.\n")
        #expect(try sandbox.run("worksheet", "list").output.contains("No worksheets yet"))
    }

    @Test func theListIsFilteredAndShowsPrivateOnesMarked() throws {
        let sandbox = try Sandbox()
        for kind in Fixtures.kinds {
            let options = kind == "activity" ? ["--flag"] : kind == "exposure" ? ["--private"] : []
            try #require(try sandbox.run(["worksheet", "add", kind] + options, input: Data(Fixtures.form(kind).utf8)).succeeded)
        }
        let all = try sandbox.run("worksheet", "list")
        #expect(all.output.split(separator: "\n").filter { $0.hasPrefix("#") }.count == 5)
        #expect(all.output.contains("exposure · private"))
        let sleep = try #require(try sandbox.run("worksheet", "list", "--kind", "sleep", "--format", "json").json() as? [[String: Any]])
        #expect(sleep.map { $0["kind"] as? String } == ["sleep"])
        let flagged = try #require(try sandbox.run("worksheet", "list", "--flagged", "--format", "json").json() as? [[String: Any]])
        #expect(flagged.map { $0["kind"] as? String } == ["activity"])
        let recent = try #require(try sandbox.run("worksheet", "list", "--since", "3 days ago", "--format", "json").json() as? [[String: Any]])
        #expect(recent.count == 4, "all but last winter's night")
        let limited = try sandbox.run("worksheet", "list", "--limit", "2")
        #expect(limited.errors.contains("3 earlier worksheets match too; --all shows every one."))
    }

    // MARK: Elsewhere in the journal

    @Test func aDiaryCardWithUrgesShowsThePlanAndIsRaisedFirst() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("plan", "edit", input: "Call Dana's line.").succeeded)
        let calm = try sandbox.run(["worksheet", "add", "diary-card"], input: Data(Fixtures.form("diary-card").utf8))
        #expect(calm.succeeded && calm.errors.isEmpty)
        let card = Fixtures.form("diary-card", [("Day", Days.day(of: Date(), plus: -3)), ("Suicidal urges", "2")])
        let urged = try sandbox.run(["worksheet", "add", "diary-card"], input: Data(card.utf8))
        #expect(urged.succeeded)
        #expect(!urged.output.contains("Dana"), "standard output stays as it was")
        #expect(urged.errors.contains("Your plan for times like this"))
        #expect(urged.errors.hasSuffix("Call Dana's line.\n"))
        let digest = try sandbox.run("prep").output
        let raised = try #require(digest.range(of: "To raise first: your diary card of"))
        #expect(raised.lowerBound < digest.range(of: "TOPICS TO BRING UP")!.lowerBound)
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("> **To raise first: your diary card of"))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect((json["worksheets"] as? [String: Any])?["raiseFirst"] as? [Int] == [2])
    }

    @Test func prepShowsEachKindInEveryFormat() throws {
        let sandbox = try Sandbox()
        for kind in Fixtures.kinds {
            try #require(try sandbox.run(["worksheet", "add", kind], input: Data(Fixtures.form(kind).utf8)).succeeded)
        }
        try #require(try sandbox.run(["worksheet", "add", "activity", "--private"], input: Data(Fixtures.form("activity", [("What I did", "A private walk")]).utf8)).succeeded)

        let text = try sandbox.run("prep")
        #expect(text.succeeded)
        for part in ["WORKSHEETS", "Thought records (1)", "Activities (1)", "Sleep diary (1 night)", "Exposures (1)", "Diary cards (1 card)"] {
            #expect(text.output.contains(part), "\(part)")
        }
        #expect(text.output.contains("Hot thought: They think I am useless — belief 90 → 40"))
        #expect(text.output.contains("23:10  07:15  8h 05m  6h 40m         82%        4"))
        #expect(!text.output.contains("A private walk"))
        for line in text.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }

        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("## Worksheets\n\n### Thought records (1)"))
        #expect(markdown.contains("| Day | Sadness | Anger | Fear | Shame | Joy | Self-harm | Suicidal | Substances | Own, skills |"))

        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains(#"<section id="worksheets">"#))
        #expect(html.contains(#"<table class="grid sleep">"#) && html.contains(#"<table class="grid cards">"#))

        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let worksheets = try #require(json["worksheets"] as? [String: Any])
        #expect(worksheets["count"] as? Int == 5 && worksheets["privateExcluded"] as? Int == 1)
        let records = try #require(worksheets["thoughtRecords"] as? [[String: Any]])
        try Fixtures.expectFields("thought-record", in: try #require(records.first))
        let sleep = try #require(worksheets["sleep"] as? [String: Any])
        try Fixtures.expectFields("sleep", in: try #require((sleep["nights"] as? [[String: Any]])?.first))
        #expect(worksheets["exposures"] as? [[String: Any]] != nil && worksheets["diaryCards"] as? [String: Any] != nil)
        let withPrivate = try #require(try sandbox.run("prep", "--format", "json", "--include-private").json() as? [String: Any])
        #expect((withPrivate["worksheets"] as? [String: Any])?["count"] as? Int == 6)
    }

    @Test func searchFindsWorksheetsLikeEntries() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "Argued with my manager about the report").succeeded)
        try #require(try sandbox.run(["worksheet", "add", "thought-record"], input: Data(Fixtures.form("thought-record").utf8)).succeeded)
        let found = try sandbox.run("search", "manager")
        #expect(found.succeeded)
        let worksheetsPart = try #require(found.output.range(of: "\nWorksheets\n"))
        #expect(found.output[worksheetsPart.upperBound...].contains("thought record"))
        #expect(found.output[worksheetsPart.upperBound...].contains("Meeting with my manager about the late report"))
        let json = try #require(try sandbox.run("search", "manager", "--format", "json").json() as? [[String: Any]])
        #expect(json.count == 2)
        #expect(json.last?["kind"] as? String == "thought-record" && (json.last?["snippet"] as? String)?.contains("**manager**") == true)
        let plain = try sandbox.run("search", "useless").output
        #expect(plain.contains("They think I am useless") && !plain.contains("**"), "plain text has no marks")
        #expect(try sandbox.run("search", "useless", "--mood-below", "5").output == "No entries match useless.\n")
    }

    @Test func exportThenImportIntoAnEmptyJournalThenExportIsTheSame() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--mood", "4", "an entry").succeeded)
        for kind in Fixtures.kinds {
            try #require(try sandbox.run(["worksheet", "add", kind, "--private"], input: Data(Fixtures.form(kind).utf8)).succeeded)
        }
        let first = sandbox.path("first.json")
        let exported = try sandbox.run("export", "--include-private", "--output", first)
        #expect(exported.succeeded)
        let quiet = try sandbox.run("export")
        #expect(quiet.errors.contains("Left out 5 private worksheets; --include-private adds them."))
        let copy = sandbox.path("copy.sqlite")
        let imported = try sandbox.run("--db", copy, "import", first, "--from", "json")
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(imported.output.contains("5 of 5 worksheets added"))
        let second = sandbox.path("second.json")
        #expect(try sandbox.run("--db", copy, "export", "--include-private", "--output", second).succeeded)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        #expect(try String(contentsOfFile: first, encoding: .utf8).contains("\"worksheets\": [\n    {"))
    }
}
