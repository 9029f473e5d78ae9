import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16, "Drafts are never lost": whatever ends the editor (an error, a signal, Ctrl-C, a
/// closed terminal) or keeps the journal from taking what was written, the writing is kept,
/// privately, and the one command the message gives stores it exactly and removes the file.
@Suite("Nothing written in the editor is lost")
struct DraftTests {
    /// What an editor may leave: indentation, a tab, an accent written as two characters, an
    /// emoji with a skin tone, right-to-left text, a Windows line end and spaces inside a line.
    static let written = "  Indented first line\tafter a tab\nCafe\u{301} 👋🏽 — שלום\r\nspaces inside   the line\n#hard day\n"
    /// As `journal add` stores it: without the white space after the last line.
    static let stored = String(written.dropLast())

    static let oneEntry = JournalTemplate([["--date", "2025-03-01 10:00", "An earlier entry"]])

    enum Ending: String, CaseIterable, Sendable {
        case error = "the editor writes text and exits 1"
        case killed = "the editor is killed by a signal"
        case ctrlC = "Ctrl-C reaches journal and the editor, as the terminal sends it"
        case hangUp = "the terminal hangs up on journal and the editor"

        var script: String {
            let write = "printf '%s' \"$DRAFT_TEXT\" > \"$1\"\n"
            switch self {
            case .error: return write + "exit 1"
            case .killed: return write + "kill -KILL $$"
            // Signals to the process group, journal's, as the terminal does.
            case .ctrlC: return write + "kill -INT 0"
            case .hangUp: return write + "kill -HUP 0"
            }
        }
    }

    @Test("what was written is kept, and the printed command stores it byte for byte", arguments: Ending.allCases)
    func whatWasWrittenIsKept(_ ending: Ending) throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        let editor = try sandbox.makeScript(named: "editor", ending.script)

        let refused = try sandbox.runOnTerminal(
            ["add", "--mood", "2", "--feeling", "sad", "--tag", "Work", "--flag", "--private", "--date", "2025-03-02 21:00"],
            environment: ["EDITOR": editor, "DRAFT_TEXT": Self.written])

        #expect(refused.status != 0)
        // After a hang-up no terminal is left to show the message on, and the one that records
        // it here may stop reading before it comes: `journal drafts`, below, is where the person
        // finds the command then.
        if ending != .hangUp {
            #expect(refused.output.contains("journal: the editor (\(editor))"), "\(refused.output)")
        }
        #expect(!refused.output.contains("Indented first line"), "the text is in the message")
        #expect(sandbox.databaseSnapshot() == before, "the journal changed")
        #expect(try listing(of: sandbox.temporaryFolder.path) == [], "the editor's file was left in TMPDIR")
        let path = try keptDraft(in: sandbox, named: "entry-")
        #expect(try permissions(of: path) == 0o600)
        #expect(try permissions(of: sandbox.path(".local/share/journal/drafts")) == 0o700)
        let command = "journal add --from-draft \(path)"
        if ending != .hangUp {
            #expect(printedCommand(in: refused.output, keptAt: path) == command, "\(refused.output)")
        }

        let listed = try sandbox.run("drafts")
        #expect(listed.output.contains("a new entry, mood 2: "), "\(listed.output)")
        #expect(listed.output.contains("  " + command + "\n"), "\(listed.output)")

        let stored = try sandbox.run(Array(command.split(separator: " ").dropFirst().map(String.init)))
        #expect(stored.succeeded, "\(stored.errors)")
        #expect(stored.output.hasPrefix("Added entry 2 · Sun 2 Mar 2025, 21:00"), "\(stored.output)")
        let entry = try shownEntry(2, in: sandbox)
        #expect(Array(entry.text.utf8) == Array(Self.stored.utf8), "not the same bytes: \(entry.text.debugDescription)")
        #expect(entry.date == "2025-03-02T21:00:00+01:00")
        #expect(entry.mood == 2 && entry.feelings == ["sad"] && entry.tags == ["hard", "work"])
        #expect(entry.flagged && entry.private)
        #expect(!FileManager.default.fileExists(atPath: path), "the stored draft is still there")
        #expect(try sandbox.run("drafts").output == "No drafts kept: everything you wrote is in the journal.\n")
    }

    enum Signal: String, CaseIterable, Sendable {
        case INT, HUP, TERM
    }

    @Test(
        "a signal to journal alone, while the editor goes on and closes normally, stores what was written",
        arguments: Signal.allCases)
    func aSignalToJournalAloneLosesNothing(_ signal: Signal) throws {
        let sandbox = try Sandbox()
        // As Emacs does with C-g: the terminal interrupts journal, and the editor carries on.
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            pid=$PPID
            while [ "$pid" -gt 1 ] && [ "$(cat /proc/$pid/comm)" != journal ]; do pid=$(cut -d ' ' -f 4 /proc/$pid/stat); done
            kill -\(signal.rawValue) $pid
            printf 'Written after the signal' > "$1"
            """)

        let added = try sandbox.runOnTerminal(["add"], environment: ["EDITOR": editor])

        #expect(added.succeeded, "\(added.output)")
        #expect(try shownEntry(1, in: sandbox).text == "Written after the signal")
        #expect(!FileManager.default.fileExists(atPath: sandbox.path(".local/share/journal/drafts")))
    }

    @Test(
        "Ctrl-C pressed on the terminal while the editor is open keeps what was written",
        .enabled(if: TerminalSession.isAvailable, "needs tmux to press Ctrl-C on a terminal"))
    func ctrlCOnATerminal() throws {
        let sandbox = try Sandbox()
        let session = try TerminalSession(
            ["add", "--mood", "3"], in: sandbox, environment: try waitingEditor(in: sandbox, pipe: "editor-ready"))
        try session.waitForTheEditor()

        try session.press("C-c")
        try session.waitForJournalToEnd()

        let path = try keptDraft(in: sandbox, named: "entry-")
        let screen = try session.screen()
        #expect(screen.contains("journal: the editor"), "\(screen)")
        #expect(screen.contains("journal add --from-draft \(path) stores it"), "\(screen)")
        #expect(sandbox.databaseSnapshot() == nil, "a journal was made")
        let stored = try sandbox.run("add", "--from-draft", path)
        #expect(stored.succeeded, "\(stored.errors)")
        let entry = try shownEntry(1, in: sandbox)
        #expect(Array(entry.text.utf8) == Array(Self.stored.utf8))
        #expect(entry.mood == 3)
    }

    @Test(
        "closing the terminal while the editor is open keeps what was written",
        .enabled(if: TerminalSession.isAvailable, "needs tmux to close a terminal"))
    func closingTheTerminal() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        let session = try TerminalSession(
            ["edit", "1"], in: sandbox, environment: try waitingEditor(in: sandbox, pipe: "editor-ready"))
        try session.waitForTheEditor()

        try session.close()
        try session.waitForJournalToEnd()

        #expect(sandbox.databaseSnapshot() == before, "the journal changed")
        let path = try keptDraft(in: sandbox, named: "text-of-entry-1-")
        #expect(try sandbox.run("drafts").output.contains("journal edit 1 --from-draft \(path)\n"))
        let stored = try sandbox.run("edit", "1", "--from-draft", path)
        #expect(stored.output == "Changed entry 1: text changed, tag #hard added.\n", "\(stored.errors)")
        #expect(Array(try shownEntry(1, in: sandbox).text.utf8) == Array(Self.stored.utf8))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // MARK: What is not kept

    enum Nothing: String, CaseIterable, Sendable {
        case emptyNewEntry = "a new entry left empty"
        case blankNewEntry = "a new entry of white space alone"
        case unchangedText = "the text of an entry left as it was"
        case unchangedPlan = "the plan's headings left as they were"

        var command: [String] {
            switch self {
            case .emptyNewEntry, .blankNewEntry: ["add"]
            case .unchangedText: ["edit", "1"]
            case .unchangedPlan: ["plan", "edit"]
            }
        }

        var script: String {
            switch self {
            case .blankNewEntry: "printf '  \\n\\t\\n' > \"$1\"\nexit 1"
            case .emptyNewEntry, .unchangedText, .unchangedPlan: "exit 1"
            }
        }
    }

    @Test("an empty or unchanged draft is not kept", arguments: Nothing.allCases)
    func emptyOrUnchangedWritingIsNotKept(_ nothing: Nothing) throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        let editor = try sandbox.makeScript(named: "editor", nothing.script)

        let refused = try sandbox.runOnTerminal(nothing.command, environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: the editor (\(editor)) stopped with an error, so nothing was stored"))
        #expect(!refused.output.contains("kept"), "\(refused.output)")
        #expect(sandbox.databaseSnapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: sandbox.path(".local/share/journal/drafts")))
        #expect(try listing(of: sandbox.temporaryFolder.path) == [])
    }

    // MARK: The plan, and text that is not UTF-8

    @Test func aPlanWhoseEditorIsKilledIsKept() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.makeScript(named: "editor", "printf '# Mine\\n\\nCall Sam.\\n' > \"$1\"\nkill -KILL $$")

        let refused = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("was stopped before it closed"), "\(refused.output)")
        let path = try keptDraft(in: sandbox, named: "plan-")
        #expect(refused.output.contains("journal plan edit --from-draft \(path) stores it"), "\(refused.output)")
        let stored = try sandbox.run("plan", "edit", "--from-draft", path)
        #expect(stored.output.hasPrefix("Saved your plan · "), "\(stored.errors)")
        #expect(try sandbox.run("plan", "show").output == "# Mine\n\nCall Sam.\n")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func textThatIsNotUTF8IsKeptAsWellAsItCanBe() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())
        // Latin-1, as an editor set to another encoding saves it.
        let editor = try sandbox.makeScript(named: "editor", "printf 'Caf\\351 at night' > \"$1\"")

        let refused = try sandbox.runOnTerminal(["add"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: the text is not valid UTF-8, so nothing was stored"), "\(refused.output)")
        #expect(sandbox.databaseSnapshot() == before)
        let path = try keptDraft(in: sandbox, named: "entry-")
        #expect(try sandbox.run("add", "--from-draft", path).succeeded)
        #expect(try shownEntry(2, in: sandbox).text == "Caf\u{FFFD} at night")
    }

    // MARK: Storing a draft

    @Test func theCommandOfADraftForAnotherJournalNamesThatJournal() throws {
        let sandbox = try Sandbox()
        let journal = sandbox.path("elsewhere/my journal.sqlite")
        let editor = try sandbox.makeScript(named: "editor", "printf 'For the other journal' > \"$1\"\nexit 1")

        let refused = try sandbox.runOnTerminal(["--db", journal, "add"], environment: ["EDITOR": editor])

        let path = try keptDraft(in: sandbox, named: "entry-")
        #expect(refused.output.contains("journal --db '\(journal)' add --from-draft \(path) stores it"), "\(refused.output)")
        #expect(try sandbox.run("--db", journal, "add", "--from-draft", path).succeeded)
        let listed = try sandbox.run("--db", journal, "list", "--format", "json")
        #expect(listed.output.contains("For the other journal"), "\(listed.errors)")
    }

    @Test func draftsAreListedOldestFirstWithWhatEachIsFor() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        let newEntry = try sandbox.makeScript(named: "new", "printf 'First line of a new one\\nSecond line' > \"$1\"\nexit 1")
        let newText = try sandbox.makeScript(named: "text", "printf 'Better words' > \"$1\"\nexit 1")
        try #require(try sandbox.runOnTerminal(["add", "--mood", "4"], environment: ["EDITOR": newEntry]).status != 0)
        try #require(try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": newText]).status != 0)

        let listed = try sandbox.run("drafts")

        #expect(listed.succeeded)
        let lines = listed.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "2 drafts kept, oldest first. Each command below stores one and then removes its file:")
        let entryLine = try #require(lines.firstIndex { $0.hasSuffix("  a new entry, mood 4: First line of a new one") }, "\(lines)")
        let textLine = try #require(lines.firstIndex { $0.hasSuffix("  new text for entry 1: Better words") }, "\(lines)")
        #expect(entryLine < textLine)
        #expect(lines[entryLine + 1].hasPrefix("  journal add --from-draft \(sandbox.path(".local/share/journal/drafts/entry-"))"))
        #expect(lines[textLine + 1].hasPrefix("  journal edit 1 --from-draft "))
    }

    @Test func aDraftIsStoredOnlyByTheCommandItIsFor() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        try #require(try sandbox.run("add", "--date", "2025-03-02 10:00", "A second entry").succeeded)
        let editor = try sandbox.makeScript(named: "editor", "printf 'Better words' > \"$1\"\nexit 1")
        try #require(try sandbox.runOnTerminal(["edit", "1"], environment: ["EDITOR": editor]).status != 0)
        let path = try keptDraft(in: sandbox, named: "text-of-entry-1-")
        let notADraft = sandbox.path("notes.json")
        try Data(#"{"format": "journal-export", "version": 1, "entries": []}"#.utf8).write(to: URL(fileURLWithPath: notADraft))

        for (arguments, message) in [
            (["add", "--from-draft", path], "is new text for entry 1, so nothing was stored — journal edit 1 --from-draft \(path) stores it"),
            (["edit", "2", "--from-draft", path], "is new text for entry 1, so nothing was stored"),
            (["plan", "edit", "--from-draft", path], "is new text for entry 1, so nothing was stored"),
            (["add", "--from-draft", notADraft], "\(notADraft) is not a draft kept by journal"),
            (["add", "--from-draft", sandbox.path("missing.json")], "cannot read the draft"),
            (["add", "--from-draft", path, "more text"], "--from-draft stores the draft as it was kept"),
            (["add", "--from-draft", path, "--mood", "3"], "--from-draft stores the draft as it was kept"),
            (["edit", "1", "--text", "Other words", "--from-draft", path], "--text and --from-draft"),
        ] {
            try sandbox.expectRefusal(arguments, containing: message)
        }
        #expect(FileManager.default.fileExists(atPath: path), "a refused command removed the draft")
    }
}

/// An editor that writes `DraftTests.written`, says so through the named pipe, then waits on the
/// terminal for what never comes: Ctrl-C or the terminal's end stops it, as they stop an editor.
private func waitingEditor(in sandbox: Sandbox, pipe: String) throws -> [String: String] {
    let editor = try sandbox.makeScript(
        named: "editor",
        """
        printf '%s' "$DRAFT_TEXT" > "$1"
        echo ready > "$READY_PIPE"
        read answer
        exit 1
        """)
    return ["EDITOR": editor, "DRAFT_TEXT": DraftTests.written, "READY_PIPE": sandbox.path(pipe)]
}

/// The one draft kept whose name starts with `prefix`, in the usual folder.
private func keptDraft(in sandbox: Sandbox, named prefix: String) throws -> String {
    let folder = sandbox.path(".local/share/journal/drafts")
    let kept = try listing(of: folder).filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
    try #require(kept.count == 1, "kept: \(kept)")
    return folder + "/" + kept[0]
}

/// The command a refusal says stores the draft kept at `path`.
private func printedCommand(in output: String, keptAt path: String) -> String? {
    let flat = output.replacingOccurrences(of: "\r\n", with: "\n")
    guard let start = flat.range(of: "what you wrote is kept in \(path), and "),
        let end = flat.range(of: " stores it", range: start.upperBound..<flat.endIndex)
    else { return nil }
    return String(flat[start.upperBound..<end.lowerBound])
}

/// Entry `id` as `journal show ID --format json` prints it.
func shownEntry(_ id: Int, in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws -> StrictEntry {
    let shown = try sandbox.run("show", String(id), "--format", "json")
    try #require(shown.succeeded, "journal show \(id): \(shown.errors)", sourceLocation: sourceLocation)
    return try JSONDecoder().decode(StrictEntry.self, from: shown.outputData)
}
