import Foundation
import Testing

/// Issue 16, "Check-ins": a check-in answered wrongly can be deleted, and the questionnaire can
/// go back and shows every answer before storing them.
@Suite("Putting check-ins right")
struct CheckInChangeTests {
    /// A GAD-7 and a PHQ-9 of last week.
    static func journalWithCheckIns() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("check-in", "gad7", "--answers", "1,1,1,1,1,1,1", "--date", "7 days ago").succeeded)
        try #require(try sandbox.run("check-in", "phq9", "--answers", "2,2,2,2,2,2,2,2,0", "--date", "6 days ago").succeeded)
        return sandbox
    }

    static func answers(in sandbox: Sandbox) throws -> [[Int]] {
        let list = try #require(try sandbox.run("check-in", "list", "--format", "json").json() as? [[String: Any]])
        return list.map { $0["answers"] as? [Int] ?? [] }
    }

    @Test func aCheckInIsDeletedOnceConfirmed() throws {
        let sandbox = try Self.journalWithCheckIns()

        let deleted = try sandbox.runOnTerminal(["check-in", "delete", "2"], typed: "y\n", environment: ["NO_COLOR": "1"])

        #expect(deleted.output.contains("  PHQ-9  16 of 27, moderately severe\r\nDelete this check-in for good? [y/N]"), "\(deleted.output)")
        #expect(deleted.output.contains("Deleted check-in 2."))
        #expect(try Self.answers(in: sandbox) == [[1, 1, 1, 1, 1, 1, 1]])
        #expect(try sandbox.run("check-in", "delete", "#1", "--yes").output == "Deleted check-in 1.\n")
        #expect(try Self.answers(in: sandbox).isEmpty)
    }

    @Test(
        "a check-in delete that cannot be done changes nothing",
        arguments: [
            (["check-in", "delete", "9", "--yes"], "there is no check-in 9"),
            (["check-in", "delete", "1"], "to delete from a script, run journal check-in delete 1 --yes"),
        ])
    func refusedDeletes(_ arguments: [String], _ message: String) throws {
        try Self.journalWithCheckIns().expectRefusal(arguments, containing: message)
    }

    @Test func declinedTheCheckInStays() throws {
        let sandbox = try Self.journalWithCheckIns()
        let before = try #require(sandbox.databaseSnapshot())

        let kept = try sandbox.runOnTerminal(["check-in", "delete", "1"], typed: "\n")

        #expect(kept.output.contains("Nothing was deleted."))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func bGoesBackToTheItemBefore() throws {
        let sandbox = try Sandbox()

        // b at the first item has nowhere to go; later, b takes back the answer before.
        let asked = try sandbox.runOnTerminal(
            ["check-in", "gad7"], typed: "b\n1\n2\nb\nb\n3\n0\n0\n0\n0\n0\n0\ny\n", environment: ["NO_COLOR": "1"])

        #expect(asked.succeeded, "\(asked.output)")
        #expect(asked.output.contains("This is the first item: there is none before it."))
        // As an item the line ends there; in the last look, an answer follows it.
        #expect(
            asked.output.components(separatedBy: "1/7  Feeling nervous, anxious or on edge\r\n").count == 4,
            "asked once, again after b, and again after b b")
        #expect(try Self.answers(in: sandbox) == [[3, 0, 0, 0, 0, 0, 0]])
    }

    @Test func everyAnswerIsShownBeforeStoringAndOneCanBeChanged() throws {
        let sandbox = try Sandbox()

        let asked = try sandbox.runOnTerminal(
            ["check-in", "gad7"], typed: "1\n1\n1\n1\n1\n1\n1\n9\n3\n2\ny\n", environment: ["NO_COLOR": "1"])

        #expect(asked.succeeded, "\(asked.output)")
        let summaries = asked.output.components(separatedBy: "Your answers (GAD-7: ")
        try #require(summaries.count == 4, "shown after the last item, after 9, and after the change: \(asked.output)")
        #expect(summaries[1].hasPrefix("7 of 21)\r\n1/7  Feeling nervous, anxious or on edge  1 Several days\r\n"), "\(summaries[1])")
        #expect(summaries[1].contains("Store these answers? y to store, n to stop without storing, or an item's number to change it:"))
        #expect(summaries[1].contains("Type y, n, or a number from 1 to 7, then Enter."), "9 is no item")
        #expect(summaries[3].hasPrefix("8 of 21)\r\n"))
        #expect(summaries[3].contains("3/7  Worrying too much about different things  2 More than half the days"))
        #expect(try Self.answers(in: sandbox) == [[1, 1, 2, 1, 1, 1, 1]])
        #expect(asked.output.contains("GAD-7: 8 of 21, mild"))
    }

    @Test("n, or the end of input, at the last look stores nothing", arguments: ["1\n1\n1\n1\n1\n1\n1\nn\n", "0\n0\n0\n0\n0\n0\n0\n"])
    func stoppingAtTheLastLookStoresNothing(_ typed: String) throws {
        let sandbox = try Self.journalWithCheckIns()
        let before = try #require(sandbox.databaseSnapshot())

        let stopped = try sandbox.runOnTerminal(["check-in", "gad7"], typed: typed, environment: ["NO_COLOR": "1"])

        #expect(stopped.output.contains("Your answers (GAD-7: "))
        #expect(stopped.output.contains("Nothing was stored."), "\(stopped.output)")
        #expect(sandbox.databaseSnapshot() == before)
    }
}
