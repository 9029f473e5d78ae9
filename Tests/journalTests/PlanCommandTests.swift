import Foundation
import Testing

@Suite("journal plan, and the plan shown in hard moments")
struct PlanCommandTests {
    static let plan = """
        # My plan

        ## What to do when things get worse
        Text Dana (Mon–Fri, 9–17) for an extra session.
        """

    func sandboxWithPlan() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("plan", "edit", input: Self.plan).succeeded)
        return sandbox
    }

    @Test func aPlanFromStandardInputIsShownAsWritten() throws {
        let sandbox = try Sandbox()
        let saved = try sandbox.run("plan", "edit", input: "\n" + Self.plan + "\n\n")
        #expect(saved.succeeded, "\(saved.errors)")
        #expect(saved.output.hasPrefix("Saved your plan · "))
        #expect(!saved.output.contains("Dana"))

        let shown = try sandbox.run("plan", "show")
        #expect(shown.succeeded)
        #expect(shown.output == Self.plan + "\n")
    }

    @Test func everyChangeIsKeptAndHistoryListsTheDates() throws {
        let sandbox = try sandboxWithPlan()
        #expect(try sandbox.run("plan", "edit", input: Self.plan).output == "No change to your plan.\n")
        try #require(try sandbox.run("plan", "edit", input: Self.plan + "\nCall Sam.").succeeded)

        #expect(try sandbox.run("plan", "show").output.hasSuffix("Call Sam.\n"))
        let history = try sandbox.run("plan", "show", "--history")
        #expect(history.succeeded)
        let lines = history.output.split(separator: "\n")
        try #require(lines.count == 3, "\(history.output)")
        #expect(lines.first == "Your plan was:")
        #expect(lines[1].hasSuffix("  written"))
        #expect(lines[2].hasSuffix("  changed  (the plan now)"))
        #expect(!history.output.contains("Dana"), "dates only")
    }

    @Test func aPlanTheJournalCannotTakeIsKept() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.editorThatBlocksANewJournal(saving: "# Mine\n\nCall Sam.\n")

        let refused = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": editor])

        #expect(refused.status != 0)
        #expect(!refused.output.contains("Call Sam"), "the plan is in the message")
        let kept = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("journal-drafts")).filter { $0.hasPrefix("plan-") }
        try #require(kept.count == 1, "kept: \(kept)")
        let path = sandbox.path("journal-drafts/" + kept[0])
        #expect(refused.output.contains("journal plan edit --from-draft \(path) stores it"), "\(refused.output)")

        try FileManager.default.removeItem(atPath: sandbox.path(".local/share/journal"))
        let restored = try sandbox.run("plan", "edit", "--from-draft", path)
        #expect(restored.succeeded, "\(restored.errors)")
        #expect(try sandbox.run("plan", "show").output == "# Mine\n\nCall Sam.\n")
        #expect(!FileManager.default.fileExists(atPath: path), "the stored draft is still there")
    }

    @Test func theFirstEditStartsFromTheTemplateAndTheNextFromThePlan() throws {
        let sandbox = try Sandbox()
        let editor = try sandbox.makeScript(
            named: "editor",
            """
            cp "$1" "$HOME/seen-$(ls "$HOME" | grep -c seen).md"
            printf '# Mine\\n\\nCall Sam.\\n' > "$1"
            """)

        let first = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": editor])
        #expect(first.succeeded, "\(first.output)")
        let template = try String(contentsOfFile: sandbox.path("seen-0.md"), encoding: .utf8)
        for heading in [
            "What contact my therapist and I agreed between sessions (how, when, for what)",
            "What to do when things get worse", "People I can reach", "What helps me cope", "Emergency numbers",
        ] {
            #expect(template.contains("## " + heading + "\n"), "\(heading)")
        }

        let second = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": editor])
        #expect(second.output.contains("No change to your plan."), "\(second.output)")
        #expect(try String(contentsOfFile: sandbox.path("seen-1.md"), encoding: .utf8) == "# Mine\n\nCall Sam.\n")
    }

    @Test("a plan saved empty keeps the previous one and says so", arguments: ["", " \n\n\t\n"])
    func anEmptyPlanKeepsThePreviousOne(_ saved: String) throws {
        let sandbox = try sandboxWithPlan()
        let before = try #require(sandbox.databaseSnapshot())

        let piped = try sandbox.run("plan", "edit", input: saved)
        #expect(!piped.succeeded)
        #expect(piped.errors.hasPrefix("journal: the plan was saved empty, so your previous plan was kept — "))
        #expect(!piped.errors.contains("Dana"))

        let editor = try sandbox.makeScript(named: "editor", "printf '%s' '\(saved)' > \"$1\"")
        let edited = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": editor])
        #expect(edited.status != 0)
        #expect(edited.output.contains("your previous plan was kept"), "\(edited.output)")

        #expect(sandbox.databaseSnapshot() == before)
        #expect(try sandbox.run("plan", "show").output == Self.plan + "\n")
        #expect(try sandbox.run("plan", "show", "--history").output.split(separator: "\n").count == 2)
    }

    @Test func theUntouchedTemplateStoresNothing() throws {
        let sandbox = try Sandbox()
        let saved = try sandbox.runOnTerminal(["plan", "edit"], environment: ["EDITOR": "true"])
        #expect(saved.status != 0)
        #expect(saved.output.contains("only the template's headings, so nothing was stored"), "\(saved.output)")
        #expect(sandbox.databaseSnapshot() == nil, "no journal was created")
    }

    @Test func withoutAPlanShowSaysHowToWriteOne() throws {
        let sandbox = try Sandbox()
        for arguments in [["plan", "show"], ["plan", "show", "--history"]] {
            let shown = try sandbox.run(arguments)
            #expect(shown.succeeded)
            #expect(shown.output.contains("journal plan edit"))
            #expect(shown.output.contains("If you are in danger, call your local emergency number."))
        }
        #expect(sandbox.databaseSnapshot() == nil, "looking creates nothing")
    }

    // MARK: Shown unasked

    @Test("a mood of 0 or 1 shows the plan after the output", arguments: ["0", "1"])
    func aLowMoodShowsThePlan(_ mood: String) throws {
        let sandbox = try sandboxWithPlan()
        let added = try sandbox.run("add", "--mood", mood, "A very bad evening")
        #expect(added.succeeded)
        #expect(added.output.hasPrefix("Added entry 1 · "), "standard output stays as it was")
        #expect(!added.output.contains("Dana"))
        #expect(added.errors.contains("Your plan for times like this, as you wrote it:"))
        #expect(added.errors.hasSuffix(Self.plan + "\n"))
    }

    @Test func withoutAPlanALowMoodGetsACalmWordOnWhereToTurn() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "--mood", "0", "Everything is too much")
        #expect(added.succeeded)
        #expect(added.errors.contains("journal plan edit"))
        #expect(added.errors.contains("If you are in danger, call your local emergency number."))
        let reminder = added.errors.split(separator: "\n").filter { !$0.hasPrefix("Started a new journal at ") }.joined()
        #expect(reminder.range(of: #"\d{3}"#, options: .regularExpression) == nil, "no country's number")
        #expect(!added.errors.contains("journal: "), "not an error")
    }

    @Test("other moods show nothing", arguments: [["--mood", "2"], ["--mood", "10"], []])
    func otherMoodsShowNothing(_ options: [String]) throws {
        let sandbox = try sandboxWithPlan()
        let added = try sandbox.run(["add"] + options + ["An ordinary day"])
        #expect(added.succeeded)
        #expect(added.errors.isEmpty)
    }

    @Test func onATerminalThePlansControlCharactersAreMadeVisible() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("plan", "edit", input: "Call Sam\u{1B}[2J now").succeeded)
        let added = try sandbox.runOnTerminal(["add", "--mood", "1", "bad"], environment: ["NO_COLOR": "1"])
        #expect(added.output.contains("Call Sam␛[2J now"), "\(added.output)")
    }
}
