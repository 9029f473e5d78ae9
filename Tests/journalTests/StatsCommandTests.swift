import Foundation
import Testing

@Suite("journal stats")
struct StatsCommandTests {
    @Test func textJSONAndMarkdownThroughTheBinary() throws {
        let dayOfTest = DayOfTest()
        let sandbox = try Sandbox()
        for day in 1...4 {
            try #require(sandbox.run("add", "--date", "\(day) days ago 20:00", "--mood", "3", "Long day #work").succeeded)
            try #require(sandbox.run("add", "--date", "\(day + 10) days ago 20:00", "--mood", "7", "A walk").succeeded)
        }
        let text = try sandbox.run("stats")
        #expect(text.succeeded)
        #expect(text.output.contains("MOOD WITH AND WITHOUT"))
        #expect(text.output.contains("#work              3.0 with (4), 7.0 without (4)  −4.0"))
        #expect(!text.output.contains("\u{1B}["))
        let json = try #require(try sandbox.run("stats", "--format", "json").json() as? [String: Any])
        #expect(json["entries"] as? Int == 8)
        // The current streak runs to yesterday only while it is still the day the entries were written.
        try dayOfTest.cancelIfMidnightPassed()
        #expect((json["streak"] as? [String: Any])?["current"] as? Int == 4)
        #expect((json["comparisons"] as? [[String: Any]])?.first?["name"] as? String == "work")
        #expect(try sandbox.run("stats", "--format", "markdown").output.hasPrefix("# Journal statistics\n"))
        let coloured = try sandbox.runOnTerminal(["stats"])
        #expect(coloured.output.contains("\u{1B}[1m"))
        #expect(!(try sandbox.runOnTerminal(["stats"], environment: ["NO_COLOR": "1"]).output.contains("\u{1B}[")))
    }

    @Test func aJournalWithNothingToCountSaysWhy() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("stats").errors.contains("there is no journal at \(sandbox.databasePath) yet"))
        try #require(sandbox.run("add", "--date", "2026-01-04 10:00", "Deleted").succeeded)
        try #require(sandbox.run("delete", "1", "--yes").succeeded)
        #expect(try sandbox.run("stats").output == "No entries yet. Write the first with: journal add \"…\"\n")
        let day = Days.lastWinter
        try #require(sandbox.run("add", "--private", "--date", day + " 10:00", "Only for me").succeeded)
        #expect(try sandbox.run("stats").output.hasPrefix("No entries to count: they are all private"))
        #expect(try sandbox.run("stats", "--include-private").output.hasPrefix("From \(day) to \(day): 1 entry"))
        #expect(try sandbox.run("stats", "--include-private", "--until", Days.lastNewYear).output == "No entries match.\n")
        #expect(
            try sandbox.run("stats", "--format", "markdown").output
                == "# Journal statistics\n\nNo entries to count: they are all private (--include-private counts them).\n")
    }

    @Test(arguments: [
        (["stats", "--since", "next blursday"], "\"next blursday\" is not a date I understand"),
        (["stats", "--format", "html"], "html"),
    ])
    func badInputIsRefused(arguments: [String], message: String) throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run(arguments)
        #expect(!outcome.succeeded)
        #expect(outcome.errors.contains(message))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }
}
