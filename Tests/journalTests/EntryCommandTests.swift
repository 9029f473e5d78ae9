import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

// End-to-end tests of issue 2's "Then:" list and "The store": add, list, show, edit and delete
// as a person runs them, where the journal lives, and who may read it.

// MARK: - journal add

@Suite("journal add: standard input, the editor, tags and dates")
struct AddCommandTests {
    @Test func standardInputIsReadWhenItIsNotATerminal() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "--mood", "5", input: "Slept badly, long walk helped\n")
        #expect(added.succeeded, "\(added.errors)")
        #expect(added.output.hasPrefix("Added entry 1 · "))

        let entry = try onlyEntry(in: sandbox)
        #expect(entry.text == "Slept badly, long walk helped")
        #expect(entry.mood == 5)
    }

    @Test func argumentsWinOverStandardInput() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "Typed", "as", "words", input: "Piped text")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try onlyEntry(in: sandbox).text == "Typed as words")
    }

    @Test func inlineTagsAndRepeatedOptionsAreLowerCasedAndCountedOnce() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(
            "add", "--tag", "Family", "--tag", "family", "--tag", "#Work",
            "--feeling", "Anxious", "--feeling", "anxious", "--feeling", "TIRED",
            "Learned C# today, fixed issue #1 and page#section. #Family #family #FAMILY #self-care, #Sleep_2!")
        #expect(added.succeeded, "\(added.errors)")

        let entry = try onlyEntry(in: sandbox)
        #expect(entry.tags.sorted() == ["family", "self-care", "sleep_2", "work"])
        #expect(entry.feelings.sorted() == ["anxious", "tired"])
        #expect(entry.text == "Learned C# today, fixed issue #1 and page#section. #Family #family #FAMILY #self-care, #Sleep_2!")

        let byTag = try entries(in: sandbox, "--tag", "c")
        #expect(byTag.isEmpty, "C# counted as a tag")
    }

    @Test func yesterdayAt9pmMeans21HoursLocalTime() throws {
        let sandbox = try Sandbox()
        // The command read the clock between these two moments: if midnight passed in between,
        // its yesterday is either of the two days before them.
        let before = Date()
        let added = try sandbox.run("add", "--date", "yesterday 9pm", "Panic on the train home")
        let after = Date()
        #expect(added.succeeded, "\(added.errors)")
        #expect(added.output.contains(", 21:00"), "printed: \(added.output)")

        let date = try onlyEntry(in: sandbox).date
        let yesterdays = Set([Days.day(of: before, plus: -1), Days.day(of: after, plus: -1)])
        #expect(yesterdays.contains(String(date.prefix(10))) && date.dropFirst(10).hasPrefix("T21:00:00"), "stored \(date)")

        // The offset is Berlin's on that evening (+01:00 in winter, +02:00 in summer).
        let instant = try #require(ISO8601DateFormatter().date(from: date))
        let offset = Days.calendar.timeZone.secondsFromGMT(for: instant) / 3600
        #expect(date.hasSuffix(String(format: "+%02d:00", offset)), "stored \(date)")
    }

    @Test("An entry written now keeps the offset of the writer's time zone", arguments: [
        "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC",
    ])
    func nowHasTheLocalOffset(_ zone: String) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(["add", "Written just now"], environment: ["TZ": zone])
        #expect(added.succeeded, "\(added.errors)")
        let date = try onlyEntry(in: sandbox).date
        let instant = try #require(ISO8601DateFormatter().date(from: date))
        let offset = try #require(TimeZone(identifier: zone)).secondsFromGMT(for: instant)
        let expected = (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60)
        #expect(date.hasSuffix(expected), "stored \(date) in \(zone)")
    }

    @Test(
        "A typed date is read in the time zone the C library gives now, whatever form TZ has",
        arguments: [
            ("UTC-14", "Etc/GMT-14", "+14:00"), (":Europe/Berlin", "Europe/Berlin", "+01:00"),
            ("Asia/Kolkata", "Asia/Kolkata", "+05:30"),
        ])
    func typedDatesFollowTheSystemTimeZone(_ zone: String, _ sameZone: String, _ winterOffset: String) throws {
        let sandbox = try Sandbox()
        // A winter date, so that the offset is known whenever the test runs.
        let winter = Days.lastWinter
        let added = try sandbox.run(["add", "--date", winter + " 21:00", "Typed"], environment: ["TZ": zone])
        #expect(added.succeeded, "\(added.errors)")
        let now = try sandbox.run(["add", "Written now"], environment: ["TZ": zone])
        #expect(now.succeeded, "\(now.errors)")

        let listed = try sandbox.run(["list", "--format", "json"], environment: ["TZ": zone])
        let dates = try JSONDecoder().decode([StrictEntry].self, from: listed.outputData).map(\.date)
        #expect(dates.first == winter + "T21:00:00" + winterOffset, "in \(zone)")
        let instant = try #require(dates.last.flatMap { ISO8601DateFormatter().date(from: $0) })
        let offset = try #require(TimeZone(identifier: sameZone)).secondsFromGMT(for: instant)
        let offsetOfNow = (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60)
        #expect(dates.last?.hasSuffix(offsetOfNow) == true, "\(dates) in \(zone)")
    }

    @Test("--date takes a calendar date and time", arguments: [
        ("2025-03-01 14:30", "2025-03-01T14:30:00+01:00"),
        ("2025-07-01 09:05", "2025-07-01T09:05:00+02:00"),
        ("2025-07-01T09:05:00+02:00", "2025-07-01T09:05:00+02:00"),
        ("2024-02-29 12am", "2024-02-29T00:00:00+01:00"),
        ("2024-02-29 12pm", "2024-02-29T12:00:00+01:00"),
    ])
    func backDating(_ when: String, _ stored: String) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "--date", when, "Back-dated")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try onlyEntry(in: sandbox).date == stored)
    }

    // MARK: The editor

    enum EditorVariable: String, CaseIterable, Sendable {
        case visual = "VISUAL, when both are set"
        case editor = "EDITOR, when VISUAL is not set"
        case emptyVisual = "EDITOR, when VISUAL is empty"
    }

    @Test("add without text opens the editor", arguments: EditorVariable.allCases)
    func addOpensTheEditor(_ variable: EditorVariable) throws {
        let sandbox = try Sandbox()
        let visual = try writeEditor(in: sandbox, named: "visual", text: "Written in VISUAL #calm")
        let editor = try writeEditor(in: sandbox, named: "editor", text: "Written in EDITOR #calm")
        let (environment, expected): ([String: String], String) =
            switch variable {
            case .visual: (["VISUAL": visual, "EDITOR": editor], "Written in VISUAL #calm")
            case .editor: (["EDITOR": editor], "Written in EDITOR #calm")
            case .emptyVisual: (["VISUAL": "", "EDITOR": editor], "Written in EDITOR #calm")
            }

        let added = try sandbox.runOnTerminal(["add", "--mood", "4"], environment: environment)

        #expect(added.succeeded, "\(added.output)")
        let entry = try onlyEntry(in: sandbox)
        #expect(entry.text == expected)
        #expect(entry.tags == ["calm"])
        #expect(entry.mood == 4)
    }

    @Test func theEditorsFileIsPrivateAndRemovedAfterwards() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            stat -c '%a' "$1" > "$HOME/file-mode"
            stat -c '%a' "$(dirname "$1")" > "$HOME/folder-mode"
            printf '%s' "$1" > "$HOME/file-path"
            printf 'A private thought\\n' > "$1"
            """)

        let added = try sandbox.runOnTerminal(["add"], environment: ["EDITOR": editor])

        #expect(added.succeeded, "\(added.output)")
        #expect(try onlyEntry(in: sandbox).text == "A private thought")
        #expect(try contents(of: sandbox.path("file-mode")) == "600\n")
        #expect(try contents(of: sandbox.path("folder-mode")) == "700\n")
        #expect(try contents(of: sandbox.path("file-path")).hasPrefix(sandbox.temporaryFolder.path + "/"))
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the draft was left in TMPDIR")
    }

    @Test func anEditorThatFailsStoresNothingAndLeavesNothingInTMPDIR() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.makeScript(
            named: "editor", "printf 'Half a thought\\n' > \"$1\"\nexit 3")

        let refused = try sandbox.runOnTerminal(["add", "--mood", "2"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: "), "\(refused.output)")
        #expect(refused.output.contains("editor"), "\(refused.output)")
        #expect(!refused.output.contains("Half a thought"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the draft was left in TMPDIR")
    }

    @Test("an editor that saves nothing stores nothing and says so", arguments: ["", "   \n\t\n\n"])
    func anEmptyEditorStoresNothing(_ saved: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--date", "2025-03-01 10:00", "Earlier entry").succeeded)
        let before = try #require(sandbox.databaseSnapshot())
        let editor = try writeEditor(in: sandbox, named: "editor", text: saved)

        let refused = try sandbox.runOnTerminal(["add", "--mood", "2"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: "), "\(refused.output)")
        #expect(refused.output.contains("empty"), "\(refused.output)")
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try entries(in: sandbox).count == 1)
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the draft was left in TMPDIR")
    }

    @Test func journalDoesNotWaitForWhatTheEditorLeavesRunning() throws {
        let sandbox = try Sandbox()
        // Like an editor that starts its server the first time (emacsclient -a ""). The server
        // runs until the test ends it, by opening the pipe it waits on.
        let release = sandbox.path("end-server")
        try #require(mkfifo(release, 0o600) == 0, "mkfifo: \(errno)")
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            printf 'Written' > "$1"
            (read -r _ < "$HOME/end-server"; touch "$HOME/server-ended") </dev/null >/dev/null 2>&1 &
            """)

        // Were journal to wait for the server, it would still be running when patience ran out.
        let added = try sandbox.startOnTerminal(["add"], environment: ["EDITOR": editor]).waitForExit()
        let serverEnded = FileManager.default.fileExists(atPath: sandbox.path("server-ended"))
        let writer = open(release, O_WRONLY | O_NONBLOCK)
        if writer >= 0 { close(writer) }

        #expect(added.succeeded, "\(added.output)")
        #expect(!serverEnded, "the editor's server ended before the test ended it")
        #expect(try entries(in: sandbox).map(\.text) == ["Written"])
    }

    @Test func whatWasWrittenIsKeptWhenTheJournalCannotTakeIt() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.editorThatBlocksANewJournal(saving: "After the session #therapy\n")

        let refused = try sandbox.runOnTerminal(
            ["add", "--mood", "3", "--feeling", "tired", "--flag"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: cannot create the folder"), "\(refused.output)")
        #expect(!refused.output.contains("After the session"), "the text is in the message")
        // The usual place for drafts is under the folder that could not be made.
        let kept = try listing(of: sandbox.path("journal-drafts")).filter { $0.hasPrefix("entry-") }
        try #require(kept.count == 1, "kept: \(kept)")
        let path = sandbox.path("journal-drafts/" + kept[0])
        #expect(refused.output.contains("what you wrote is kept in \(path)"), "\(refused.output)")
        #expect(refused.output.contains("journal add --from-draft \(path) stores it"), "\(refused.output)")
        #expect(try permissions(of: path) == 0o600)
        #expect(try permissions(of: sandbox.path("journal-drafts")) == 0o700)

        try FileManager.default.removeItem(atPath: sandbox.path(".local/share/journal"))
        let stored = try sandbox.run("add", "--from-draft", path)
        #expect(stored.succeeded, "\(stored.errors)")
        let entry = try onlyEntry(in: sandbox)
        #expect(entry.text == "After the session #therapy")
        #expect(entry.mood == 3 && entry.feelings == ["tired"] && entry.tags == ["therapy"] && entry.flagged)
        #expect(!FileManager.default.fileExists(atPath: path), "the stored draft is still there")
    }

    @Test func whatWasWrittenIsPrintedWhenNoFileCanHoldIt() throws {
        let sandbox = try Sandbox()
        let journal = sandbox.path("data/journal/journal.sqlite")
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            printf 'Nowhere to go\\n' > "$1"
            mkdir -p "\(sandbox.path("data"))" && printf x > "\(sandbox.path("data/journal"))"
            """)
        // A home that is a file, not a folder: no file can be written there either.
        let home = sandbox.path("not-a-folder")
        try Data("x".utf8).write(to: URL(fileURLWithPath: home))

        let refused = try sandbox.runOnTerminal(["add", "--db", journal], environment: ["EDITOR": editor, "HOME": home])

        #expect(refused.status != 0)
        #expect(refused.output.contains("Nowhere to go"), "\(refused.output)")
        #expect(refused.output.contains("could not be kept in a file either, so it is printed above"), "\(refused.output)")
        #expect(try listing(of: sandbox.home.path).filter { $0.contains("unsaved-entry") } == [])
    }
}

// MARK: - journal list

@Suite("journal list")
struct ListCommandTests {
    @Test func showsTheNewest20OldestFirst() throws {
        let sandbox = try Sandbox()
        // Written out of order, so that the order must come from the dates.
        for day in [3, 1, 2] + Array(4...22).reversed() {
            try add(in: sandbox, "--date", String(format: "2025-01-%02d 10:00", day), String(format: "Entry number %02d", day))
        }

        let listed = try entries(in: sandbox)
        #expect(listed.map(\.text) == (3...22).map { String(format: "Entry number %02d", $0) })

        let text = try sandbox.run("list")
        #expect(text.succeeded)
        let positions = (3...22).map { text.output.range(of: String(format: "Entry number %02d", $0))?.lowerBound }
        #expect(!positions.contains(nil), "\(text.output)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "not oldest first")
        for day in 1...2 {
            #expect(!text.output.contains(String(format: "Entry number %02d", day)))
        }
    }

    static let fiveEntries = JournalTemplate([
        ["--date", "2025-03-01 10:00", "--mood", "6", "Walk in the park #outdoors"],
        ["--date", "2025-03-02 22:30", "--mood", "3", "--flag", "Argued with Sam #family"],
        ["--date", "2025-03-03 08:00", "Call with mum #Family #phone"],
        ["--date", "2025-03-04 12:00", "--flag", "Quiet day"],
        ["--date", "2025-03-05 23:59", "--tag", "family", "Late night"],
    ])

    static let filterCases: [([String], [String])] = [
        (["--since", "2025-03-03"], ["Call with mum #Family #phone", "Quiet day", "Late night"]),
        (["--since", "2025-03-02 22:30"], ["Argued with Sam #family", "Call with mum #Family #phone", "Quiet day", "Late night"]),
        (["--until", "2025-03-02"], ["Walk in the park #outdoors", "Argued with Sam #family"]),
        (["--since", "2025-03-02", "--until", "2025-03-04"], ["Argued with Sam #family", "Call with mum #Family #phone", "Quiet day"]),
        (["--tag", "family"], ["Argued with Sam #family", "Call with mum #Family #phone", "Late night"]),
        (["--tag", "FAMILY"], ["Argued with Sam #family", "Call with mum #Family #phone", "Late night"]),
        (["--tag", "#family"], ["Argued with Sam #family", "Call with mum #Family #phone", "Late night"]),
        (["--tag", "family", "--tag", "phone"], ["Call with mum #Family #phone"]),
        (["--tag", "nothing-like-this"], []),
        (["--flagged"], ["Argued with Sam #family", "Quiet day"]),
        (["--flagged", "--tag", "family"], ["Argued with Sam #family"]),
        (["--limit", "2"], ["Quiet day", "Late night"]),
        (["--limit", "100"], ["Walk in the park #outdoors", "Argued with Sam #family", "Call with mum #Family #phone", "Quiet day", "Late night"]),
        (["--tag", "family", "--limit", "1"], ["Late night"]),
    ]

    @Test("filters", arguments: filterCases)
    func filters(_ options: [String], _ expected: [String]) throws {
        let sandbox = try Self.fiveEntries.makeSandbox()
        #expect(try entries(in: sandbox, options).map(\.text) == expected)

        if expected.isEmpty {
            let text = try sandbox.run(["list"] + options)
            #expect(text.succeeded)
            #expect(text.output.contains("No entries match"), "\(text.output)")
        }
    }

    @Test func jsonIsExactlyTheDocumentedShape() throws {
        let sandbox = try Sandbox()
        try add(
            in: sandbox, "--date", "2025-01-15 21:05", "--mood", "3", "--feeling", "anxious", "--feeling", "tired",
            "--flag", "--private", "Argued with Sam about money #family")
        try add(in: sandbox, "--date", "2025-07-01 09:30", "Summer morning")

        let listed = try sandbox.run("list", "--format", "json")
        #expect(listed.succeeded)
        let array = try #require(try listed.json() as? [[String: Any]])
        try #require(array.count == 2)
        for object in array {
            #expect(Set(object.keys) == ["id", "date", "mood", "text", "tags", "feelings", "flagged", "private"])
        }
        #expect(array[1]["mood"] is NSNull, "mood must be null, not missing, when not given")

        // Decoded strictly: a Bool given as 1, or an id given as a string, fails.
        let decoded = try JSONDecoder().decode([StrictEntry].self, from: listed.outputData)
        #expect(
            decoded == [
                StrictEntry(
                    id: 1, date: "2025-01-15T21:05:00+01:00", mood: 3, text: "Argued with Sam about money #family",
                    tags: ["family"], feelings: ["anxious", "tired"], flagged: true, private: true),
                StrictEntry(
                    id: 2, date: "2025-07-01T09:30:00+02:00", mood: nil, text: "Summer morning",
                    tags: [], feelings: [], flagged: false, private: false),
            ])
    }

    @Test func jsonOfNoEntriesIsAnEmptyArray() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--date", "2026-01-05 10:00", "Only entry").succeeded)
        let listed = try sandbox.run("list", "--format", "json", "--until", "2026-01-04")
        #expect(listed.succeeded)
        #expect(try listed.json() as? [Any] != nil)
        #expect((try listed.json() as? [Any])?.isEmpty == true)
    }

    @Test func aJournalThatIsNotThereYetSaysWhereAndHowToStart() throws {
        let sandbox = try Sandbox()
        for format in ["text", "json"] {
            let listed = try sandbox.run("list", "--format", format)
            #expect(!listed.succeeded)
            #expect(listed.output.isEmpty)
            #expect(listed.errors.contains("there is no journal at \(sandbox.databasePath) yet"))
            #expect(listed.errors.contains("journal add"))
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath), "looking created a journal")
    }

    @Test func textIsReadableWithDateMoodFlagsTagsAndFirstLines() throws {
        let sandbox = try Sandbox()
        try add(
            in: sandbox, "--date", "2025-03-01 22:30", "--mood", "3", "--flag", "--feeling", "angry",
            "First line about Sam #family\nSecond line\nThird line\nFourth line")

        let listed = try sandbox.run("list")

        #expect(listed.succeeded)
        let lines = listed.output.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first)
        #expect(heading.contains("1 Mar 2025"), "\(heading)")
        #expect(heading.contains("22:30"), "\(heading)")
        #expect(heading.contains("mood 3"), "\(heading)")
        #expect(heading.contains("flagged"), "\(heading)")
        #expect(listed.output.contains("First line about Sam #family"))
        #expect(listed.output.contains("Second line"))
        #expect(!listed.output.contains("Fourth line"), "list shows only the first lines")
        #expect(listed.output.contains("#family"))
        #expect(listed.output.contains("angry"))
        #expect(!listed.output.contains("\u{1B}"), "colour in a pipe")
    }

    @Test func markdownHasAHeadingPerEntryAndTheText() throws {
        let sandbox = try Sandbox()
        try add(in: sandbox, "--date", "2025-03-01 10:00", "--mood", "6", "Walk in the park #outdoors")
        try add(in: sandbox, "--date", "2025-03-02 22:30", "--flag", "Argued with Sam\n\nLater we made up")

        let listed = try sandbox.run("list", "--format", "markdown")

        #expect(listed.succeeded)
        let lines = listed.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.filter { $0.hasPrefix("## ") }
        #expect(headings.count == 2, "\(listed.output)")
        #expect(headings.first?.contains("1 Mar 2025") == true)
        #expect(headings.last?.contains("2 Mar 2025") == true)
        // The text is quoted, so that what it holds stays inside its entry.
        #expect(lines.contains("> Walk in the park #outdoors"))
        #expect(lines.contains("> Argued with Sam"))
        #expect(lines.contains("> Later we made up"))
        #expect(listed.output.contains("mood 6"))
        let walk = try #require(listed.output.range(of: "Walk in the park"))
        let argument = try #require(listed.output.range(of: "Argued with Sam"))
        #expect(walk.lowerBound < argument.lowerBound)
    }
}

// MARK: - journal show

@Suite("journal show")
struct ShowCommandTests {
    static let text = "Argued with Sam about money #family\n\nAfterwards I went for a walk.\nStill tense at night."

    @Test func showPrintsTheWholeEntry() throws {
        let sandbox = try Sandbox()
        try add(in: sandbox, "--date", "2025-03-01 10:00", "Another entry")
        try add(
            in: sandbox, "--date", "2025-03-02 22:30", "--mood", "3", "--feeling", "anxious", "--feeling", "tired",
            "--flag", "--private", Self.text)

        let shown = try sandbox.run("show", "2")

        #expect(shown.succeeded)
        #expect(shown.output.contains("2 Mar 2025"))
        #expect(shown.output.contains("22:30"))
        #expect(shown.output.contains("3"))
        #expect(shown.output.contains("anxious"))
        #expect(shown.output.contains("tired"))
        #expect(shown.output.contains("#family"))
        #expect(shown.output.lowercased().contains("flagged"))
        #expect(shown.output.lowercased().contains("private"))
        #expect(shown.output.hasSuffix("\n" + Self.text + "\n"), "\(shown.output)")
        #expect(!shown.output.contains("Another entry"))
    }

    @Test func showAsJSONIsTheEntryOfList() throws {
        let sandbox = try Sandbox()
        try add(in: sandbox, "--date", "2025-03-02 22:30", "--mood", "3", "--feeling", "anxious", Self.text)

        let shown = try sandbox.run("show", "1", "--format", "json")

        #expect(shown.succeeded)
        let entry = try JSONDecoder().decode(StrictEntry.self, from: shown.outputData)
        #expect(try entries(in: sandbox) == [entry])
        #expect(entry.text == Self.text)
    }

    @Test func showAsMarkdownHasTheText() throws {
        let sandbox = try Sandbox()
        try add(in: sandbox, "--date", "2025-03-02 22:30", "--mood", "3", Self.text)

        let shown = try sandbox.run("show", "1", "--format", "markdown")

        #expect(shown.succeeded)
        #expect(shown.output.hasPrefix("## "))
        let quoted = Self.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        #expect(shown.output.contains(quoted.joined(separator: "\n")))
    }
}

// MARK: - journal edit

@Suite("journal edit")
struct EditCommandTests {
    static let original = "Argued with Sam about money #family"

    static let oneEntry = JournalTemplate([
        ["--date", "2025-03-02 22:30", "--mood", "3", "--tag", "money", "--feeling", "anxious", original]
    ])

    static let asAdded = StrictEntry(
        id: 1, date: "2025-03-02T22:30:00+01:00", mood: 3, text: original, tags: ["family", "money"],
        feelings: ["anxious"], flagged: false, private: false)

    static let metadataChanges: [([String], @Sendable (inout StrictEntry) -> Void)] = [
        (["--mood", "7"], { $0.mood = 7 }),
        (["--mood", "0"], { $0.mood = 0 }),
        (["--clear-mood"], { $0.mood = nil }),
        (["--flag"], { $0.flagged = true }),
        (["--private"], { $0.private = true }),
        (["--date", "2025-02-01 08:15"], { $0.date = "2025-02-01T08:15:00+01:00" }),
        (["--date", "2025-07-01 08:15"], { $0.date = "2025-07-01T08:15:00+02:00" }),
        (["--mood", "8", "--flag", "--private"], {
            $0.mood = 8
            $0.flagged = true
            $0.private = true
        }),
    ]

    @Test("metadata options change only what they name, without the editor", arguments: metadataChanges)
    func metadataChange(_ options: [String], _ change: @Sendable (inout StrictEntry) -> Void) throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        var expected = Self.asAdded
        change(&expected)

        // Standard input is empty and not a terminal: had the options been taken for a text
        // edit, the empty input would be refused and the test would fail.
        let edited = try sandbox.run(["edit", "1"] + options)

        #expect(edited.succeeded, "\(edited.errors)")
        #expect(edited.output.hasPrefix("Changed entry 1"), "\(edited.output)")
        #expect(try entries(in: sandbox) == [expected])
    }

    @Test func unflagAndPublicUndoFlagAndPrivate() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        try #require(try sandbox.run("edit", "1", "--flag", "--private").succeeded)
        #expect(try entries(in: sandbox).first?.flagged == true)

        let edited = try sandbox.run("edit", "1", "--unflag", "--public")

        #expect(edited.succeeded, "\(edited.errors)")
        #expect(try entries(in: sandbox) == [Self.asAdded])
    }

    @Test func newTextFromStandardInputReplacesTheTextAndItsInlineTags() throws {
        let sandbox = try Self.oneEntry.makeSandbox()

        let edited = try sandbox.run("edit", "1", input: "We talked it through calmly #Work\n")

        #expect(edited.succeeded, "\(edited.errors)")
        let entry = try #require(try entries(in: sandbox).first)
        #expect(entry.text == "We talked it through calmly #Work")
        // #family was in the old text only; money came from --tag and stays.
        #expect(entry.tags == ["money", "work"])
        #expect(entry.mood == 3)
        #expect(entry.feelings == ["anxious"])
    }

    @Test func withoutOptionsTheEditorOpensOnTheCurrentText() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            cp "$1" "$HOME/seen-by-editor"
            printf '\\nLater: we made up. #repair\\n' >> "$1"
            """)

        let edited = try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": editor])

        #expect(edited.succeeded, "\(edited.output)")
        #expect(try contents(of: sandbox.path("seen-by-editor")).hasPrefix(Self.original))
        let entry = try #require(try entries(in: sandbox).first)
        #expect(entry.text == Self.original + "\nLater: we made up. #repair")
        #expect(entry.tags == ["family", "money", "repair"])
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the draft was left in TMPDIR")
    }

    @Test func anEditorThatChangesNothingChangesNothing() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        let editor = try sandbox.makeScript(named: "editor", "exit 0")

        let edited = try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": editor])

        #expect(edited.succeeded, "\(edited.output)")
        #expect(edited.output.contains("No change"), "\(edited.output)")
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func anEditorThatFailsChangesNothingAndKeepsWhatWasWritten() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        let editor = try sandbox.makeScript(named: "editor", "printf 'Ruined\\n' > \"$1\"\nexit 1")

        let edited = try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": editor])

        #expect(edited.status != 0)
        #expect(edited.output.contains("journal: "), "\(edited.output)")
        #expect(!edited.output.contains(Self.original), "entry text in the error")
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try entries(in: sandbox).first?.text == Self.original)
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the draft was left in TMPDIR")
        let drafts = try listing(of: sandbox.path(".local/share/journal/drafts"))
        #expect(drafts.count == 1 && drafts[0].hasPrefix("text-of-entry-1-"), "\(drafts)")
    }

    @Test(
        "a new text the journal cannot take is kept, and edit takes it back",
        .enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to keep the journal busy"))
    func aTextTheJournalCannotTakeIsKept() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        // Another program holds the journal's write lock for longer than journal waits (10 s);
        // reading, and so opening the editor on the entry, still works.
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: try #require(SQLiteShell.executable))
        locker.arguments = [sandbox.databasePath]
        let commands = Pipe()
        let answers = Pipe()
        locker.standardInput = commands
        locker.standardOutput = answers
        try locker.run()
        defer { locker.terminate() }
        commands.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        // The SELECT answers only once the lock is held.
        #expect(String(decoding: answers.fileHandleForReading.availableData, as: UTF8.self).contains("locked"))
        let editor = try writeEditor(in: sandbox, named: "editor", text: "Rewritten after the session\n")

        let edited = try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": editor])

        #expect(edited.status != 0)
        #expect(edited.output.contains("journal: the journal is busy"), "\(edited.output)")
        let kept = try listing(of: sandbox.path(".local/share/journal/drafts")).filter { $0.hasPrefix("text-of-entry-1-") }
        try #require(kept.count == 1, "kept: \(kept)")
        let path = sandbox.path(".local/share/journal/drafts/" + kept[0])
        #expect(edited.output.contains("journal edit 1 --from-draft \(path) stores it"), "\(edited.output)")
        #expect(try permissions(of: path) == 0o600)

        try commands.fileHandleForWriting.close()
        locker.waitUntilExit()
        let restored = try sandbox.run("edit", "1", "--from-draft", path)
        #expect(restored.succeeded, "\(restored.errors)")
        #expect(restored.output == "Changed entry 1: text changed, tag #family removed.\n")
        #expect(try entries(in: sandbox).first?.text == "Rewritten after the session")
        #expect(!FileManager.default.fileExists(atPath: path), "the stored draft is still there")
    }
}

// MARK: - journal delete

@Suite("journal delete")
struct DeleteCommandTests {
    static let threeEntries = JournalTemplate([
        ["--date", "2025-03-01 10:00", "First"],
        ["--date", "2025-03-02 10:00", "Second #family"],
        ["--date", "2025-03-03 10:00", "Third"],
    ])

    @Test func yesDeletesWithoutAsking() throws {
        let sandbox = try Self.threeEntries.makeSandbox()

        let deleted = try sandbox.run("delete", "2", "--yes")

        #expect(deleted.succeeded, "\(deleted.errors)")
        #expect(deleted.output.contains("2"))
        #expect(try entries(in: sandbox).map(\.text) == ["First", "Third"])
        #expect(try entries(in: sandbox, "--tag", "family").isEmpty)
        #expect(try sandbox.run("show", "2").status != 0)
    }

    @Test("on a terminal, y or yes deletes", arguments: ["y\n", "Yes\n"])
    func confirmedOnATerminal(_ answer: String) throws {
        let sandbox = try Self.threeEntries.makeSandbox()

        let deleted = try sandbox.runOnTerminal(["delete", "2"], typed: answer)

        #expect(deleted.succeeded, "\(deleted.output)")
        #expect(deleted.output.contains("?"), "no question was asked: \(deleted.output)")
        #expect(try entries(in: sandbox).map(\.text) == ["First", "Third"])
    }

    @Test("on a terminal, anything else keeps the entry", arguments: ["n\n", "\n", ""])
    func declinedOnATerminal(_ answer: String) throws {
        let sandbox = try Self.threeEntries.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())

        let kept = try sandbox.runOnTerminal(["delete", "2"], typed: answer)

        #expect(kept.output.contains("?"), "no question was asked: \(kept.output)")
        #expect(kept.output.contains("Nothing was deleted"), "\(kept.output)")
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try entries(in: sandbox).map(\.text) == ["First", "Second #family", "Third"])
    }

    @Test func aDeletedIdIsNeverGivenToANewEntry() throws {
        let sandbox = try Self.threeEntries.makeSandbox()
        try #require(try sandbox.run("delete", "3", "--yes").succeeded)

        let added = try sandbox.run("add", "Fourth")

        #expect(added.output.hasPrefix("Added entry 4 "), "\(added.output)")
    }
}

// MARK: - Where the journal lives

@Suite("Where the journal lives and who can read it")
struct JournalLocationTests {
    @Test func folderIs0700AndFilesAre0600WhateverTheUmask() throws {
        let sandbox = try Sandbox()
        let journal = Sandbox.binary.path
        let added = try sandbox.runInShell("umask 000; exec \"$0\" add 'Written with umask 000'", journal)
        try #require(added.succeeded, "\(added.errors)")

        let folder = sandbox.path(".local/share/journal")
        #expect(try permissions(of: folder) == 0o700)
        #expect(try permissions(of: sandbox.databasePath) == 0o600)

        // -wal and -shm exist while a command holds the journal open: the editor of `journal
        // edit` looks at them then.
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            stat -c '%a' "\(sandbox.databasePath)-wal" > "$HOME/wal-mode"
            stat -c '%a' "\(sandbox.databasePath)-shm" > "$HOME/shm-mode"
            printf 'Changed with umask 000\\n' > "$1"
            """)
        let edited = try sandbox.runInShellOnTerminal(
            "umask 000; exec '\(journal)' edit 1", environment: ["EDITOR": editor])
        #expect(edited.succeeded, "\(edited.output)")
        #expect(try contents(of: sandbox.path("wal-mode")) == "600\n")
        #expect(try contents(of: sandbox.path("shm-mode")) == "600\n")
        #expect(try entries(in: sandbox).first?.text == "Changed with umask 000")

        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            #expect(try permissions(of: folder + "/" + name) == 0o600, "\(name)")
        }
    }

    @Test func anXDGDataHomeFolderIsCreated0700() throws {
        let sandbox = try Sandbox()
        let dataHome = sandbox.path("data")
        let added = try sandbox.runInShell(
            "umask 000; exec \"$0\" add 'Somewhere else'", Sandbox.binary.path, environment: ["XDG_DATA_HOME": dataHome])
        try #require(added.succeeded, "\(added.errors)")

        #expect(try permissions(of: dataHome + "/journal") == 0o700)
        #expect(try permissions(of: dataHome + "/journal/journal.sqlite") == 0o600)
    }

    @Test(
        "a --db name that starts with file: is the file of that name, private like any journal",
        arguments: ["file:my journal.sqlite", "file:journal.sqlite?mode=memory"])
    func databaseNamedLikeAURI(_ name: String) throws {
        let sandbox = try Sandbox()
        let journal = Sandbox.binary.path
        let added = try sandbox.runInShell(
            "cd \"$HOME\" && umask 022 && exec \"$0\" --db '\(name)' add --mood 5 'Named like a link'", journal)
        try #require(added.succeeded, "\(added.errors)")

        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path).filter { $0 != "tmp" }
        #expect(files == [name])
        #expect(try permissions(of: sandbox.path(name)) == 0o600)
        let listed = try sandbox.runInShell("cd \"$HOME\" && exec \"$0\" --db '\(name)' list --format json", journal)
        #expect(try JSONDecoder().decode([StrictEntry].self, from: listed.outputData).map(\.text) == ["Named like a link"])
    }

    @Test("a leading ~ in a path the shell left alone is the home folder: --db=, JOURNAL_DB, --output=, files")
    func tildeIsTheHomeFolder() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("--db=~/notes/journal.sqlite", "add", "Under the home folder")
        #expect(added.succeeded, "\(added.errors)")
        let listed = try sandbox.run(["list"], environment: ["JOURNAL_DB": "~/notes/journal.sqlite"])
        #expect(listed.output.contains("Under the home folder"), "\(listed.errors)")
        #expect(FileManager.default.fileExists(atPath: sandbox.path("notes/journal.sqlite")))

        let journal = ["--db", sandbox.path("notes/journal.sqlite")]
        for arguments in [
            ["prep", "--output=~/prep.md"], ["export", "-o", "~/export.json"], ["backup", "~/copy.sqlite"],
            ["--db", "~/imported.sqlite", "import", "~/export.json", "--from", "json"],
        ] {
            let outcome = try sandbox.run(arguments.first == "--db" ? arguments : journal + arguments)
            #expect(outcome.succeeded, "journal \(arguments): \(outcome.errors)")
        }
        for name in ["prep.md", "export.json", "copy.sqlite", "imported.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: sandbox.path(name)), "\(name)")
        }
    }

    @Test("~name is that user's home folder, as the system knows it")
    func tildeAndANameIsThatUsersHomeFolder() throws {
        let sandbox = try Sandbox()
        let account = try #require(getpwuid(getuid())).pointee
        let name = String(cString: account.pw_name)
        let file = "no-journal-\(UUID().uuidString).sqlite"
        let checked = try sandbox.run("--db", "~\(name)/\(file)", "check")
        #expect(!checked.succeeded)
        #expect(checked.errors.contains("there is no journal at \(String(cString: account.pw_dir))/\(file)"), "\(checked.errors)")
        let unknown = try sandbox.run("--db", "~no-such-person-here/\(file)", "check")
        #expect(unknown.errors.contains("there is no journal at ~no-such-person-here/\(file)"), "\(unknown.errors)")
    }

    enum Position: String, CaseIterable, Sendable {
        case beforeTheCommand = "--db before the command"
        case afterTheCommand = "--db right after the command"
        case atTheEnd = "--db after everything"
        case withEquals = "--db=PATH"
    }

    @Test("--db works before or after the command", arguments: Position.allCases)
    func databaseOption(_ position: Position) throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("elsewhere/my journal.sqlite")
        func command(_ name: String, _ rest: [String]) -> [String] {
            switch position {
            case .beforeTheCommand: ["--db", path, name] + rest
            case .afterTheCommand: [name, "--db", path] + rest
            case .atTheEnd: [name] + rest + ["--db", path]
            case .withEquals: [name, "--db=\(path)"] + rest
            }
        }

        let added = try sandbox.run(command("add", ["--mood", "5", "Kept elsewhere"]))
        #expect(added.succeeded, "\(added.errors)")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))

        let listed = try sandbox.run(command("list", ["--format", "json"]))
        #expect(listed.succeeded, "\(listed.errors)")
        #expect(try JSONDecoder().decode([StrictEntry].self, from: listed.outputData).map(\.text) == ["Kept elsewhere"])
        #expect(try sandbox.run(command("delete", ["1", "--yes"])).succeeded)
        #expect(try sandbox.run(command("list", ["--format", "json"])).output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    enum Setting: String, CaseIterable, Sendable {
        case everything = "--db over JOURNAL_DB over XDG_DATA_HOME"
        case environmentOnly = "JOURNAL_DB over XDG_DATA_HOME"
        case dataHomeOnly = "XDG_DATA_HOME over the home folder"
        case relativeDataHome = "a relative XDG_DATA_HOME is ignored"
        case nothing = "the home folder"
    }

    @Test("the journal's place: --db, JOURNAL_DB, XDG_DATA_HOME, ~/.local/share, in that order", arguments: Setting.allCases)
    func locationOrder(_ setting: Setting) throws {
        let sandbox = try Sandbox()
        let option = sandbox.path("option/journal.sqlite")
        let variable = sandbox.path("variable/journal.sqlite")
        let dataHome = sandbox.path("xdg")
        let inDataHome = dataHome + "/journal/journal.sqlite"
        let candidates = [option, variable, inDataHome, sandbox.databasePath]

        var arguments = ["add", "Where am I?"]
        var environment: [String: String] = [:]
        let expected: String
        switch setting {
        case .everything:
            arguments += ["--db", option]
            environment = ["JOURNAL_DB": variable, "XDG_DATA_HOME": dataHome]
            expected = option
        case .environmentOnly:
            environment = ["JOURNAL_DB": variable, "XDG_DATA_HOME": dataHome]
            expected = variable
        case .dataHomeOnly:
            environment = ["XDG_DATA_HOME": dataHome]
            expected = inDataHome
        case .relativeDataHome:
            environment = ["XDG_DATA_HOME": "relative/data"]
            expected = sandbox.databasePath
        case .nothing:
            expected = sandbox.databasePath
        }

        let added = try sandbox.run(arguments, environment: environment)

        #expect(added.succeeded, "\(added.errors)")
        for candidate in candidates {
            #expect(FileManager.default.fileExists(atPath: candidate) == (candidate == expected), "\(candidate)")
        }
        let listed = try sandbox.run(
            ["list", "--format", "json"] + (setting == .everything ? ["--db", option] : []), environment: environment)
        #expect(try JSONDecoder().decode([StrictEntry].self, from: listed.outputData).map(\.text) == ["Where am I?"])
    }
}

// MARK: - Two commands at once

@Suite("Commands started at the same moment")
struct ConcurrentCommandTests {
    enum Start: String, CaseIterable, Sendable {
        case freshJournal = "on a journal that does not exist yet"
        case existingJournal = "on an existing journal"
    }

    @Test("ten journal add started together all succeed", arguments: Start.allCases)
    func simultaneousAdds(_ start: Start) throws {
        // A race shows up in some rounds only: several rounds, each on a journal of its own.
        // Creating a journal is where two commands meet for the first time, so that gets more.
        let rounds = start == .freshJournal ? 8 : 3
        var roundsAllAtOnce = 0
        for round in 1...rounds {
            let sandbox = try Sandbox()
            if start == .existingJournal {
                try add(in: sandbox, "--date", "2025-03-01 10:00", "Already there")
            }
            let count = 10

            // All processes are started before any is waited for.
            let launched = try launchTogether(
                (1...count).map { ["add", "--mood", "\($0 % 11)", "Written at the same moment, number \($0)"] },
                in: sandbox)
            if launched.allRanAtOnce { roundsAllAtOnce += 1 }
            let outcomes = launched.outcomes

            for (index, outcome) in outcomes.enumerated() {
                #expect(outcome.succeeded, "round \(round), add number \(index + 1) failed: \(outcome.errors)")
            }
            let texts = try entries(in: sandbox, "--limit", "100").map(\.text)
            let expected = (1...count).map { "Written at the same moment, number \($0)" }
            #expect(Set(texts).isSuperset(of: expected), "round \(round), missing: \(Set(expected).subtracting(texts).sorted())")
            #expect(texts.count == count + (start == .existingJournal ? 1 : 0))
        }
        #expect(
            roundsAllAtOnce > 0,
            "in none of \(rounds) rounds were the adds all running at once, so none raced the others")
    }
}

// MARK: - Helpers

/// A journal made once per test run with `journal add`, then copied into the sandbox of every
/// test that starts from it, so that those tests need not each run the binary to set it up.
struct JournalTemplate: Sendable {
    private let database: Result<Data, any Error>

    /// `additions` are the arguments of one `journal add` each, in order.
    init(_ additions: [[String]]) {
        database = Result {
            let sandbox = try Sandbox()
            for arguments in additions {
                let added = try sandbox.run(["add"] + arguments)
                try #require(added.succeeded, "making a template, journal add \(arguments): \(added.errors)")
            }
            return try #require(sandbox.databaseSnapshot())
        }
    }

    /// A new sandbox whose journal is a copy of the template.
    func makeSandbox() throws -> Sandbox {
        let bytes = try database.get()
        let sandbox = try Sandbox()
        let folder = URL(fileURLWithPath: sandbox.databasePath).deletingLastPathComponent().path
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try #require(
            FileManager.default.createFile(
                atPath: sandbox.databasePath, contents: bytes, attributes: [.posixPermissions: 0o600]))
        return sandbox
    }
}

/// An entry as `--format json` prints it, decoded strictly: every key must be there with its
/// documented type.
struct StrictEntry: Codable, Equatable, Sendable {
    var id: Int
    var date: String
    var mood: Int?
    var text: String
    var tags: [String]
    var feelings: [String]
    var flagged: Bool
    var `private`: Bool
}

private func add(in sandbox: Sandbox, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
    let added = try sandbox.run(["add"] + arguments)
    try #require(added.succeeded, "journal add \(arguments): \(added.errors)", sourceLocation: sourceLocation)
}

private func entries(in sandbox: Sandbox, _ options: String...) throws -> [StrictEntry] {
    try entries(in: sandbox, options)
}

private func entries(in sandbox: Sandbox, _ options: [String]) throws -> [StrictEntry] {
    let listed = try sandbox.run(["list", "--format", "json"] + options)
    try #require(listed.succeeded, "journal list \(options): \(listed.errors)")
    return try JSONDecoder().decode([StrictEntry].self, from: listed.outputData)
}

private func onlyEntry(in sandbox: Sandbox) throws -> StrictEntry {
    let all = try entries(in: sandbox)
    try #require(all.count == 1, "\(all.count) entries")
    return all[0]
}

private func contents(of path: String) throws -> String {
    String(decoding: try #require(FileManager.default.contents(atPath: path), "\(path) is missing"), as: UTF8.self)
}

/// Writes an executable shell script into the sandbox and returns its path.
/// An editor that replaces the file's contents with `text`.
private func writeEditor(in sandbox: Sandbox, named name: String, text: String) throws -> String {
    let quoted = "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return try sandbox.makeScript(named: name, "printf '%s' \(quoted) > \"$1\"")
}

extension Sandbox {
    /// Runs `/bin/sh -c script` in the sandbox's environment, with `argument0` as `$0`.
    fileprivate func runInShell(
        _ script: String, _ argument0: String, environment extra: [String: String] = [:]
    ) throws -> Outcome {
        try launchTogether(
            [["-c", script, argument0]], executable: "/bin/sh", environment: environment(extra)).outcomes[0]
    }

    /// Runs `/bin/sh -c script` on a pseudo-terminal, as `runOnTerminal` runs `journal`.
    fileprivate func runInShellOnTerminal(_ script: String, environment extra: [String: String] = [:]) throws -> Outcome {
        var environment = environment(extra)
        environment["TERM"] = "xterm"
        let command = "/bin/sh -c '" + script.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return try launchTogether(
            [["-qec", command, "/dev/null"]], executable: "/usr/bin/script", environment: environment).outcomes[0]
    }
}

/// Starts one process per argument list, all before waiting for any, and returns how each
/// ended, and whether none had ended yet when the last one started: only then did they all run
/// at once. Standard input is empty (not a terminal).
private func launchTogether(
    _ argumentLists: [[String]], executable: String? = nil, environment: [String: String]? = nil,
    in sandbox: Sandbox? = nil
) throws -> (outcomes: [Outcome], allRanAtOnce: Bool) {
    struct Running {
        var process: Process
        var output: Pipe
        var errors: Pipe
    }
    let environment = environment ?? sandbox?.environment() ?? [:]
    var running: [Running] = []
    for arguments in argumentLists {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? Sandbox.binary.path)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        running.append(Running(process: process, output: output, errors: errors))
    }
    let allRanAtOnce = running.allSatisfy(\.process.isRunning)
    let outcomes = running.map { run in
        // The outputs are a line or two: they fit in the pipes, so reading after each other is safe.
        let errors = run.errors.fileHandleForReading.readDataToEndOfFile()
        let output = run.output.fileHandleForReading.readDataToEndOfFile()
        run.process.waitUntilExit()
        return Outcome(
            status: run.process.terminationStatus, output: String(decoding: output, as: UTF8.self), outputData: output,
            errors: String(decoding: errors, as: UTF8.self))
    }
    return (outcomes, allRanAtOnce)
}
