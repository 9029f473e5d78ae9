import Foundation
import Testing

/// Issue 20, "Homework": what was agreed at a session, due at the next planned one, counted
/// from the worksheets written after it was set, reviewed, and brought to the digest.
@Suite("journal homework: agreed at a session, reviewed in the digest")
struct HomeworkCommandTests {
    /// A thought record about `when` ("" for now), as a person pipes in its form.
    static func thoughtRecord(_ sandbox: Sandbox, when: String) throws {
        let form = WorksheetFixtures.form("thought-record", [("When", when)])
        let added = try sandbox.run(["worksheet", "add", "thought-record"], input: Data(form.utf8))
        try #require(added.succeeded, "\(added.errors)")
    }

    static func homework(_ sandbox: Sandbox, _ arguments: String...) throws -> [[String: Any]] {
        try #require(try sandbox.run(["homework", "list", "--format", "json"] + arguments).json() as? [[String: Any]])
    }

    @Test func itIsDueAtTheNextPlannedSessionUnlessToldOtherwise() throws {
        let sandbox = try Sandbox()
        let unplanned = try sandbox.run("homework", "add", "Walk after lunch")
        #expect(unplanned.output == "Added homework 1, due at your next session.\n", "\(unplanned.output)")
        try #require(try sandbox.run("session", "next", "in 5 days 17:00").succeeded)
        let planned = try sandbox.run("homework", "add", "Call my sister")
        #expect(planned.output.hasPrefix("Added homework 2, due ") && planned.output.hasSuffix(", your next planned session.\n"), "\(planned.output)")
        let given = try sandbox.run("homework", "add", "Sleep diary", "--kind", "sleep", "--times", "7", "--due", "tomorrow 20:00")
        #expect(given.output.hasPrefix("Added homework 3 (7 sleep diaries, counted as you write them), due "), "\(given.output)")

        let listed = try Self.homework(sandbox)
        #expect(listed.map { $0["text"] as? String } == ["Walk after lunch", "Call my sister", "Sleep diary"])
        #expect(Set(listed[0].keys) == ["id", "text", "kind", "times", "set", "due", "status", "note", "reviewed", "written", "carriedOver"])
        #expect(listed[0]["due"] is NSNull && listed[1]["due"] is String)
        #expect(listed[2]["kind"] as? String == "sleep" && listed[2]["times"] as? Int == 7 && listed[2]["written"] as? Int == 0)
        let text = try sandbox.run("homework", "list").output
        #expect(text.contains("#1  Walk after lunch") && text.contains("due at the next session") && text.contains("0 of 7 sleep diaries"))
    }

    @Test func worksheetHomeworkCountsOnlyThoseWrittenAfterItWasSet() throws {
        let sandbox = try Sandbox()
        try Self.thoughtRecord(sandbox, when: "2 hours ago")
        try #require(try sandbox.run("homework", "add", "Thought records when anxious", "--kind", "thought-record", "--times", "3").succeeded)
        #expect(try Self.homework(sandbox).first?["written"] as? Int == 0, "the one before does not count")
        try Self.thoughtRecord(sandbox, when: "")
        try Self.thoughtRecord(sandbox, when: "")
        let activity = WorksheetFixtures.form("activity", [("When", "")])
        try #require(try sandbox.run(["worksheet", "add", "activity"], input: Data(activity.utf8)).succeeded)
        #expect(try Self.homework(sandbox).first?["written"] as? Int == 2)
        #expect(try sandbox.run("homework", "list").output.contains("2 of 3 thought records"))
    }

    @Test func itIsReviewedEditedAndDeleted() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("homework", "add", "Walk after lunch").succeeded)
        try #require(try sandbox.run("homework", "add", "Thought records", "--kind", "thought-record", "--times", "2").succeeded)

        let reviewed = try sandbox.run("homework", "review", "1", "--partly", "--note", "rain all week")
        #expect(reviewed.output == "Reviewed homework 1: partly done.\n", "\(reviewed.output)")
        #expect(try sandbox.run("homework", "review", "#2", "--not-done").output == "Reviewed homework 2: not done · 0 of 2 thought records.\n")
        #expect(try sandbox.run("homework", "list").output.hasPrefix("No open homework."))
        let all = try Self.homework(sandbox, "--all")
        #expect(all.map { $0["status"] as? String } == ["partly", "not-done"])
        #expect(all[0]["note"] as? String == "rain all week" && all[0]["reviewed"] is String)
        #expect(try sandbox.run("homework", "list", "--all").output.contains("partly done (reviewed "))
        #expect(try sandbox.run("homework", "review", "1", "--done").output == "Reviewed homework 1: done.\n", "a new review replaces it")

        let edited = try sandbox.run("homework", "edit", "2", "--times", "4", "--text", "More thought records")
        #expect(edited.output == "Changed homework 2: text changed, 2 thought records → 4 thought records.\n", "\(edited.output)")
        #expect(try sandbox.run("homework", "edit", "2", "--no-worksheets").output == "Changed homework 2: 4 thought records → no worksheets.\n")
        #expect(try sandbox.run("homework", "delete", "2", "--yes").output == "Deleted homework 2.\n")
        #expect(try Self.homework(sandbox, "--all").count == 1)
    }

    @Test func theDigestReviewsItAfterTheTopicsInEveryFormatAndCarriesOverWhatIsOpen() throws {
        let sandbox = try Sandbox()
        // Homework from before the last session comes in through an import: `homework add`
        // sets it now.
        let iso = ISO8601DateFormatter()
        let tenDaysAgo = iso.string(from: Date().addingTimeInterval(-10 * 86400))
        let nineDaysAgo = iso.string(from: Date().addingTimeInterval(-9 * 86400))
        let earlier = """
            {"format": "journal-export", "version": 1, "homework": [
              {"text": "Open from long ago", "set": "\(tenDaysAgo)"},
              {"text": "Reviewed long ago", "set": "\(tenDaysAgo)", "status": "done", "reviewed": "\(nineDaysAgo)"}]}
            """
        try Data(earlier.utf8).write(to: URL(fileURLWithPath: sandbox.path("earlier.json")))
        try #require(try sandbox.run("import", sandbox.path("earlier.json")).succeeded)
        try #require(try sandbox.run("session", "add", "3 days ago 17:00").succeeded)
        try #require(try sandbox.run("homework", "add", "Thought records", "--kind", "thought-record", "--times", "3").succeeded)
        try Self.thoughtRecord(sandbox, when: "")
        try #require(try sandbox.run("homework", "review", "3", "--partly", "--note", "work got busy").succeeded)
        #expect(try sandbox.run("homework", "list").output.contains("#1  Open from long ago"))
        try #require(try sandbox.run("topic", "add", "sleep").succeeded)
        try #require(try sandbox.run("add", "--flag", "A flagged entry").succeeded)

        for format in ["text", "markdown", "html"] {
            let prep = try sandbox.run("prep", "--format", format)
            #expect(prep.succeeded)
            let upper = format == "text"
            let parts = [
                upper ? "TOPICS TO BRING UP" : "Topics to bring up", upper ? "HOMEWORK" : "Homework", "Open from long ago", "carried over from",
                "Thought records", "1 of 3 thought records", "partly done", "What got in the way: work got busy",
                upper ? "FLAGGED TO DISCUSS" : "Flagged",
            ]
            // The writer's words are isolated in HTML: <bdi>…</bdi>.
            let output = prep.output.replacingOccurrences(of: "<bdi>", with: "").replacingOccurrences(of: "</bdi>", with: "")
            let positions = parts.map { output.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(format): \(zip(parts, positions).filter { $0.1 == nil }.map(\.0))")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(format): in order")
            #expect(!prep.output.contains("Reviewed long ago"), "\(format): reviewed before the period")
        }
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let items = try #require(json["homework"] as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == ["Open from long ago", "Thought records"])
        #expect(items.map { $0["carriedOver"] as? Bool } == [true, false])
        #expect(items[1]["written"] as? Int == 1 && items[1]["status"] as? String == "partly")
    }

    @Test func badHomeworkIsRefusedAndLeavesTheJournalUntouched() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("homework", "add", "Walk").succeeded)
        try sandbox.expectRefusal(["homework", "add", " "], containing: "the homework is empty")
        try sandbox.expectRefusal(["homework", "add", "x", "--kind", "diary"], containing: "diary")
        try sandbox.expectRefusal(["homework", "add", "x", "--times", "3"], containing: "asks for no kind of worksheet")
        try sandbox.expectRefusal(["homework", "add", "x", "--kind", "sleep", "--times", "0"], containing: "0 times is out of range")
        try sandbox.expectRefusal(["homework", "add", "x", "--kind", "sleep", "--times", "101"], containing: "101 times is out of range")
        try sandbox.expectRefusal(["homework", "add", "x", "--due", "yesterday"], containing: "homework is due after it was set")
        try sandbox.expectRefusal(["homework", "add", "x", "--due", "blursday"], containing: "blursday")
        try sandbox.expectRefusal(["homework", "review", "9", "--done"], containing: "there is no homework 9")
        try sandbox.expectRefusal(["homework", "review", "1"], containing: "say how it went with one of --done, --partly or --not-done")
        try sandbox.expectRefusal(["homework", "review", "1", "--done", "--partly"], containing: "say how it went with one of")
        try sandbox.expectRefusal(["homework", "edit", "1"], containing: "say what to change")
        try sandbox.expectRefusal(["homework", "edit", "1", "--times", "2"], containing: "asks for no kind of worksheet")
        try sandbox.expectRefusal(["homework", "edit", "1", "--text", ""], containing: "the homework is empty")
        try sandbox.expectRefusal(["homework", "edit", "1", "--kind", "sleep", "--no-worksheets"], containing: "contradict")
        try sandbox.expectRefusal(["homework", "edit", "9", "--text", "x"], containing: "there is no homework 9")
        try sandbox.expectRefusal(["homework", "delete", "1"], containing: "there is no terminal to confirm on, and homework 1")
        try sandbox.expectRefusal(["homework", "delete", "9", "--yes"], containing: "there is no homework 9")
    }
}
