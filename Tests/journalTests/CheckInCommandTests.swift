import Foundation
import Testing

@Suite("journal check-in")
struct CheckInCommandTests {
    /// A journal holding one GAD-7 check-in from last week.
    func sandboxWithACheckIn() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("check-in", "gad7", "--answers", "1,1,1,1,1,1,1", "--date", "7 days ago").succeeded)
        return sandbox
    }

    func checkIns(in sandbox: Sandbox) throws -> [[String: Any]] {
        try #require(try sandbox.run("check-in", "list", "--format", "json").json() as? [[String: Any]])
    }

    @Test func answersGivenAtOnceAreScoredBandedAndStored() throws {
        let sandbox = try Sandbox()
        let stored = try sandbox.run("check-in", "phq9", "--answers", "1,2,1,1,0,1,3,1,0")
        #expect(stored.succeeded, "\(stored.errors)")
        #expect(stored.output.hasPrefix("Stored check-in 1 · "))
        #expect(stored.output.contains("\nPHQ-9: 10 of 27, moderate — no earlier PHQ-9 to compare with.\n"))
        #expect(stored.output.hasSuffix("\nThis is a score to talk over with your therapist, not a diagnosis.\n"))
        #expect(stored.errors.isEmpty, "item 9 was answered 0")

        let list = try checkIns(in: sandbox)
        try #require(list.count == 1)
        #expect(list[0]["instrument"] as? String == "phq9")
        #expect(list[0]["answers"] as? [Int] == [1, 2, 1, 1, 0, 1, 3, 1, 0])
        #expect(list[0]["total"] as? Int == 10)
        #expect(list[0]["band"] as? String == "moderate")
        #expect(list[0]["change"] is NSNull)
    }

    @Test func theListShowsTheChangeFromThePreviousOfTheSameInstrument() throws {
        let sandbox = try sandboxWithACheckIn()
        try #require(try sandbox.run("check-in", "phq9", "--answers", "3,3,3,3,3,2,2,2,0", "--date", "3 days ago").succeeded)
        let again = try sandbox.run("check-in", "gad7", "--answers", "2,2,2,2,2,2,3", "--date", "yesterday")
        #expect(again.output.contains("GAD-7: 15 of 21, severe — up 8 since "), "\(again.output)")

        let list = try sandbox.run("check-in", "list")
        #expect(list.succeeded)
        let lines = list.output.split(separator: "\n").map(String.init)
        try #require(lines.count == 4, "\(list.output)")
        #expect(lines[0].hasPrefix("#1  ") && lines[0].contains("  GAD-7   7 of 21  mild ") && lines[0].hasSuffix("  first"))
        #expect(lines[1].contains("  PHQ-9  21 of 27  severe ") && lines[1].hasSuffix("  first"))
        #expect(lines[2].contains("  GAD-7  15 of 21  severe ") && lines[2].hasSuffix("  up 8"))
        #expect(lines[3] == "These are scores to talk over with your therapist, not a diagnosis.")
        #expect(try checkIns(in: sandbox).map { $0["change"] as? Int } == [nil, nil, 8])
    }

    @Test func anEmptyListSaysHowToStart() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("check-in", "list").output.contains("journal check-in phq9"))
        #expect(try sandbox.run("check-in", "list", "--format", "json").output == "[]\n")
        #expect(sandbox.databaseSnapshot() == nil)
    }

    @Test func aDateIsTakenLikeAdd() throws {
        let sandbox = try Sandbox()
        let winter = Days.lastWinter
        #expect(try sandbox.run("check-in", "gad7", "--answers", "0,0,0,0,0,0,0", "--date", winter + " 18:30").succeeded)
        #expect(try checkIns(in: sandbox).first?["date"] as? String == winter + "T18:30:00+01:00")
    }

    // MARK: PHQ-9's last item

    @Test("PHQ-9's last item above 0 shows the plan", arguments: ["1", "2", "3"])
    func theLastItemShowsThePlan(_ answer: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("plan", "edit", input: "Call Dana's line.").succeeded)
        let stored = try sandbox.run("check-in", "phq9", "--answers", "0,0,0,0,0,0,0,0,\(answer)")
        #expect(stored.succeeded)
        #expect(stored.output.contains("not a diagnosis"))
        #expect(!stored.output.contains("Dana"), "standard output stays as it was")
        #expect(stored.errors.contains("Your plan for times like this"))
        #expect(stored.errors.hasSuffix("Call Dana's line.\n"))
    }

    @Test func withoutAPlanTheLastItemGetsACalmWordOnWhereToTurn() throws {
        let sandbox = try Sandbox()
        let stored = try sandbox.run("check-in", "phq9", "--answers", "0,0,0,0,0,0,0,0,1")
        #expect(stored.succeeded)
        #expect(stored.errors.contains("journal plan edit"))
        #expect(stored.errors.contains("If you are in danger, call your local emergency number."))
    }

    @Test("other answers show no plan", arguments: [["phq9", "3,3,3,3,3,3,3,3,0"], ["gad7", "3,3,3,3,3,3,3"]])
    func otherAnswersShowNoPlan(_ arguments: [String]) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("plan", "edit", input: "Call Dana.").succeeded)
        let stored = try sandbox.run("check-in", arguments[0], "--answers", arguments[1])
        #expect(stored.succeeded)
        #expect(stored.errors.isEmpty)
    }

    // MARK: Bad input

    @Test(
        "wrong answers are refused, naming the problem, and store nothing",
        arguments: [
            (["phq9", "--answers", "1,0,2,1,0,0,1,1"], "the PHQ-9 has 9 items, but 8 answers were given"),
            (["phq9", "--answers", "1,0,2,1,0,0,1,1,1,1"], "the PHQ-9 has 9 items, but 10 answers were given"),
            (["gad7", "--answers", ""], "the GAD-7 has 7 items, but no answers were given"),
            (["gad7", "--answers", "1,0,2,1,4,0,1"], "answer 5 is out of range: each answer is 0, 1, 2 or 3"),
            (["gad7", "--answers=-1,0,2,1,0,0,1"], "answer 1 is out of range"),
            (["gad7", "--answers", "1,0,two,1,0,0,1"], "answer 3 is not a number"),
            (["gad7", "--answers", "a,b,c,d,e,f,g"], "answer 1 is not a number"),
            (["gad7", "--answers", "0,0,0,0,0,0,0", "--date", "tomorrow"], "that date is in the future"),
            (["gad7", "--answers", "0,0,0,0,0,0,0", "--date", "next blursday"], "is not a date I understand"),
            (["gad7"], "there is no terminal to ask the GAD-7 items on"),
            (["list", "--format", "csv"], "csv"),
        ])
    func wrongAnswersAreRefused(arguments: [String], message: String) throws {
        let sandbox = try sandboxWithACheckIn()
        let before = try #require(sandbox.databaseSnapshot())

        let refused = try sandbox.run(["check-in"] + arguments)

        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: "), "\(refused.errors)")
        #expect(refused.errors.contains(message), "\(refused.errors)")
        #expect(!refused.errors.contains("two") && !refused.errors.contains("1,0,2"), "answers are never quoted")
        #expect(refused.output.isEmpty)
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try checkIns(in: sandbox).count == 1)
    }

    // MARK: On a terminal

    @Test func onATerminalEachItemIsAskedInTurn() throws {
        let sandbox = try Sandbox()
        let asked = try sandbox.runOnTerminal(
            ["check-in", "gad7"], typed: "1\n0\nsometimes\n7\n2\n3\n0\n1\n2\ny\n", environment: ["NO_COLOR": "1"])

        #expect(asked.succeeded, "\(asked.output)")
        #expect(asked.output.contains("GAD-7, 7 items. Over the last 2 weeks, how often have you been bothered by the"))
        #expect(asked.output.contains("1/7  Feeling nervous, anxious or on edge"))
        #expect(asked.output.contains("7/7  Feeling afraid as if something awful might happen"))
        #expect(asked.output.contains("0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day"))
        #expect(asked.output.components(separatedBy: "Type 0, 1, 2 or 3, then Enter.").count == 3, "asked again twice")
        #expect(asked.output.contains("GAD-7: 9 of 21, mild"))
        #expect(asked.output.contains("not a diagnosis"))
        #expect(try checkIns(in: sandbox).first?["answers"] as? [Int] == [1, 0, 2, 3, 0, 1, 2])
    }

    @Test func theEndOfInputStoresNothing() throws {
        let sandbox = try Sandbox()
        let stopped = try sandbox.runOnTerminal(["check-in", "phq9"], typed: "1\n2\n")

        #expect(stopped.status != 0)
        #expect(
            stopped.output.contains("journal: the PHQ-9 check-in ended before every item was answered, so nothing was stored"),
            "\(stopped.output)")
        #expect(sandbox.databaseSnapshot() == nil, "no journal was created")
    }

    @Test func ctrlCStoresNothing() throws {
        let sandbox = try sandboxWithACheckIn()
        let before = try #require(sandbox.databaseSnapshot())

        let asking = try sandbox.startOnTerminal(["check-in", "phq9"], environment: ["NO_COLOR": "1"])
        // Each answer is typed once its question is on screen, and Ctrl-C once the third is.
        let prompt = "Your answer (0-3"
        try #require(asking.waitUntilPrinted(prompt, times: 1), "the first question was never asked")
        try asking.type("1\n")
        try #require(asking.waitUntilPrinted(prompt, times: 2), "the second question was never asked")
        try asking.type("2\n")
        try #require(asking.waitUntilPrinted(prompt, times: 3), "the third question was never asked")
        // The terminal turns Ctrl-C into SIGINT for the command.
        try asking.type("\u{03}")
        let stopped = asking.waitForExit()

        #expect(stopped.status != 0)
        #expect(stopped.output.contains("3/9  Trouble falling or staying asleep"), "\(stopped.output)")
        #expect(!stopped.output.contains("Stored"))
        #expect(!stopped.output.contains("ended before every item"), "stopped by the interrupt, not by the end of input")
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try checkIns(in: sandbox).count == 1)
    }

    // MARK: Help

    @Test func theHelpCreditsTheAuthorsAndListsTheItemsWordForWord() throws {
        let sandbox = try Sandbox()
        let credit = "developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an "
            + "educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
        for arguments in [["check-in", "--help"], ["check-in", "phq9", "--help"], ["check-in", "gad7", "--help"]] {
            let help = try sandbox.run(arguments, environment: ["COLUMNS": "500"])
            #expect(help.output.contains(credit), "\(arguments)")
        }
        let phq9 = try sandbox.run(["check-in", "phq9", "--help"], environment: ["COLUMNS": "500"]).output
        #expect(phq9.contains("  9. Thoughts that you would be better off dead or of hurting yourself in some way\n"))
        #expect(phq9.contains("--answers"))
    }
}
