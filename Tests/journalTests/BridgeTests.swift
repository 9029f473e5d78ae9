import Foundation
import Testing

/// Issue 20, "The bridge": what stayed with the writer from the last session opens the next
/// digest with its note; on a terminal `session add` asks for it and for the homework; and
/// messages and homework go out in the export and come back in unchanged.
@Suite("The bridge from one session to the next")
struct BridgeTests {
    @Test func theTakeawayAndTheNoteOpenTheDigestInEveryFormat() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("session", "add", "2 days ago 17:00", "--note", "talked about work", "--takeaway", "Thoughts are not facts")
        #expect(added.succeeded, "\(added.errors)")
        try #require(try sandbox.run("add", "--mood", "4", "An entry").succeeded)
        try #require(try sandbox.run("message", "--no", "A message").succeeded)

        for format in ["text", "markdown", "html"] {
            let prep = try sandbox.run("prep", "--format", format)
            let parts = ["Last session: ", "What stayed with me: Thoughts are not facts", "Note: talked about work", "Next session: ", "A message"]
            // The writer's words are isolated in HTML: <bdi>…</bdi>.
            let output = prep.output.replacingOccurrences(of: "<bdi>", with: "").replacingOccurrences(of: "</bdi>", with: "")
            let positions = parts.map { output.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(format): \(prep.output)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(format): in order")
        }
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let session = try #require(json["session"] as? [String: Any])
        #expect(session["takeaway"] as? String == "Thoughts are not facts" && session["note"] as? String == "talked about work")
        #expect(try sandbox.run("session", "list").output.contains("What stayed with me: Thoughts are not facts"))

        #expect(try sandbox.run("session", "edit", "1", "--takeaway", "I can rest").output == "Changed session 1: what stayed with you changed.\n")
        #expect(try sandbox.run("prep").output.contains("What stayed with me: I can rest"))
        #expect(try sandbox.run("session", "edit", "1", "--takeaway", "").output == "Changed session 1: what stayed with you removed.\n")
        #expect(!(try sandbox.run("prep").output.contains("What stayed with me")))
    }

    @Test func onATerminalSessionAddAsksForTheTakeawayAndTheHomework() throws {
        let sandbox = try Sandbox()
        let asked = try sandbox.runOnTerminal(
            ["session", "add"], typed: "Small steps count\nWalk after lunch\n", environment: ["NO_COLOR": "1"])
        #expect(asked.succeeded, "\(asked.output)")
        #expect(asked.output.contains("What stayed with you from the session? (Enter skips)"))
        #expect(asked.output.contains("Homework agreed at the session? (Enter skips)"))
        #expect(asked.output.contains("Added homework 1, due at your next session."))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect((json["session"] as? [String: Any])?["takeaway"] as? String == "Small steps count")
        #expect((json["homework"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Walk after lunch"])
    }

    @Test func enterSkipsBothAndAGivenTakeawayIsNotAskedFor() throws {
        let sandbox = try Sandbox()
        let skipped = try sandbox.runOnTerminal(["session", "add", "3 days ago 17:00"], typed: "\n\n", environment: ["NO_COLOR": "1"])
        #expect(skipped.succeeded, "\(skipped.output)")
        #expect(!skipped.output.contains("Added homework"))
        let given = try sandbox.runOnTerminal(
            ["session", "add", "--takeaway", "Given already"], typed: "\n", environment: ["NO_COLOR": "1"])
        #expect(given.succeeded)
        #expect(!given.output.contains("What stayed with you from the session?"))
        #expect(given.output.contains("Homework agreed at the session?"))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect((json["session"] as? [String: Any])?["takeaway"] as? String == "Given already")
        #expect((json["homework"] as? [Any])?.isEmpty == true)

        let script = try sandbox.run("session", "add", "--takeaway", "From a script")
        #expect(script.succeeded && !script.errors.contains("Enter skips"), "a script is not asked")
    }

    @Test func badSessionChangesAreRefusedAndLeaveTheJournalUntouched() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("session", "add", "2 days ago", "--takeaway", "kept").succeeded)
        try sandbox.expectRefusal(["session", "edit", "1"], containing: "--takeaway TEXT")
        try sandbox.expectRefusal(["session", "edit", "9", "--takeaway", "x"], containing: "9")
        try sandbox.expectRefusal(["session", "add", "tomorrow", "--takeaway", "x"], containing: "future")
    }

    // MARK: Export and import

    static func journal() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("session", "add", "2026-11-02 17:00", "--note", "first", "--takeaway", "Small steps").succeeded)
        try #require(try sandbox.run("add", "--date", "2026-11-03 09:00", "An entry").succeeded)
        try #require(try sandbox.run("homework", "add", "Walk after lunch", "--due", "tomorrow 18:00").succeeded)
        try #require(try sandbox.run("homework", "add", "Thought records", "--kind", "thought-record", "--times", "3").succeeded)
        try #require(try sandbox.run("homework", "review", "1", "--not-done", "--note", "rain\nall week").succeeded)
        try #require(try sandbox.run("message", "--no", "--mood", "2", "A message,\nover \"two\" lines").succeeded)
        try #require(try sandbox.run("message", "--no", "--private", "A private one").succeeded)
        return sandbox
    }

    @Test func anExportWithMessagesAndHomeworkComesBackIdentical() throws {
        let sandbox = try Self.journal()
        let first = sandbox.path("first.json")
        try #require(try sandbox.run("export", "--include-private", "--output", first).succeeded)
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: first))) as? [String: Any])
        #expect((exported["messages"] as? [Any])?.count == 2)
        #expect((exported["homework"] as? [Any])?.count == 2)
        #expect(((exported["sessions"] as? [[String: Any]])?.first?["takeaway"] as? String) == "Small steps")

        let other = sandbox.path("other.sqlite")
        let imported = try sandbox.run("--db", other, "import", first)
        #expect(imported.succeeded, "\(imported.errors)")
        let second = sandbox.path("second.json")
        try #require(try sandbox.run("--db", other, "export", "--include-private", "--output", second).succeeded)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == String(contentsOfFile: first, encoding: .utf8))

        let before = try sandbox.run("--db", other, "export", "--include-private").output
        let again = try sandbox.run("--db", other, "import", first)
        #expect(again.succeeded)
        #expect(try sandbox.run("--db", other, "export", "--include-private").output == before, "importing again adds nothing")
    }

    @Test(arguments: [
        (#"{"date": "2026-11-03T09:00:00+01:00", "text": ""}"#, "messages", "a message is empty"),
        (#"{"date": "2026-11-03T09:00:00+01:00", "text": "x", "mood": 11}"#, "messages", "11"),
        (#"{"text": "x"}"#, "messages", "date"),
        (#"{"text": "x", "set": "2026-11-03T09:00:00+01:00", "kind": "diary"}"#, "homework", "not a kind of worksheet"),
        (#"{"text": "x", "set": "2026-11-03T09:00:00+01:00", "times": 3}"#, "homework", "without a \"kind\""),
        (#"{"text": "x", "set": "2026-11-03T09:00:00+01:00", "status": "maybe"}"#, "homework", "\"status\""),
        (#"{"text": "x", "set": "2026-11-03T09:00:00+01:00", "due": "2026-11-01T09:00:00+01:00"}"#, "homework", "due before it was set"),
        (#"{"text": " ", "set": "2026-11-03T09:00:00+01:00"}"#, "homework", "a homework is empty"),
    ])
    func aBadMessageOrHomeworkStopsTheImportAndLeavesTheJournalUntouched(record: String, list: String, message: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "Already here").succeeded)
        let file = sandbox.path("bad.json")
        let good = #"{"date": "2026-11-02T09:00:00+01:00", "text": "good one"}"#
        let other = list == "messages" ? "" : #", "messages": [\#(good)]"#
        try Data(#"{"format": "journal-export", "version": 1, "\#(list)": [\#(list == "messages" ? good + ", " : "")\#(record)]\#(other)}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let before = sandbox.databaseSnapshot()
        let refused = try sandbox.run("import", file)
        #expect(!refused.succeeded)
        #expect(refused.errors.contains("journal: "), "\(refused.errors)")
        #expect(refused.errors.contains(message), "\(refused.errors)")
        #expect(sandbox.databaseSnapshot() == before, "the journal changed")
        #expect(try sandbox.run("list", "--messages").output.hasPrefix("No messages yet."), "nothing half-imported")
    }
}
