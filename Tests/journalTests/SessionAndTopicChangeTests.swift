import Foundation
import Testing

/// Issue 16, "Sessions" and "Topics": a planned session whose time has passed is not silently
/// forgotten, and sessions and topics can be changed, reopened and deleted.
@Suite("Changing sessions and topics")
struct SessionAndTopicChangeTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    /// Two days ago, to the minute.
    static let plannedTime = Date(timeIntervalSince1970: ((Date().timeIntervalSince1970 - 49 * 3600) / 60).rounded(.down) * 60)

    /// `Thu 3 Dec 2026, 17:00`, as journal writes a moment.
    static func readable(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = berlin
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm"
        return formatter.string(from: date)
    }

    static func typed(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = berlin
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// A session held ten days ago, and the next one planned two days ago and not recorded:
    /// planned sessions can only be given ahead, so it comes in through an import.
    static func journalWithAPassedPlan() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("session", "add", "10 days ago 17:00", "--note", "first session").succeeded)
        let iso = ISO8601DateFormatter()
        iso.timeZone = berlin
        let export = """
            {"format": "journal-export", "version": 1,
             "sessions": [{"date": "\(iso.string(from: plannedTime))", "planned": true}]}
            """
        try Data(export.utf8).write(to: URL(fileURLWithPath: sandbox.path("plan.json")))
        try #require(try sandbox.run("import", sandbox.path("plan.json"), "--from", "json").succeeded)
        return sandbox
    }

    static var passedLine: String {
        "Your session planned for \(readable(plannedTime)) has passed: record it with journal session add "
            + "(or, if it did not take place, journal session delete 2)"
    }

    @Test func aPassedPlanIsSaidOnceBySessionListPrepAndAdd() throws {
        let sandbox = try Self.journalWithAPassedPlan()

        let listed = try sandbox.run("session", "list")
        #expect(listed.output.components(separatedBy: Self.passedLine).count == 2, "\(listed.output)")
        #expect(!listed.output.contains("Next session: not planned"))

        for format in ["text", "json"] {
            let prep = try sandbox.run("prep", "--format", format)
            #expect(prep.succeeded)
            #expect(!prep.output.contains("has passed"), "the reminder is for the writer, not in the digest")
            #expect(prep.errors.components(separatedBy: Self.passedLine).count == 2, "\(prep.errors)")
        }

        let added = try sandbox.run("add", "Wrote something")
        #expect(added.output.hasPrefix("Added entry 1 · "))
        #expect(added.errors == Self.passedLine + ".\n")
    }

    @Test func sessionAddWithoutWhenRecordsItAtThePlannedTimeAndSaysSo() throws {
        let sandbox = try Self.journalWithAPassedPlan()

        let recorded = try sandbox.run("session", "add", "--note", "as planned")

        #expect(
            recorded.output
                == "Recorded session 2 · \(Self.readable(Self.plannedTime)), the time it was planned for "
                + "(another time: journal session edit 2 --date WHEN)\n", "\(recorded.errors)")
        let listed = try sandbox.run("session", "list")
        #expect(listed.output.contains("#2  \(Self.readable(Self.plannedTime))  0 entries before it · as planned"), "\(listed.output)")
        #expect(!listed.output.contains("has passed"))
        #expect(try sandbox.run("prep").errors.isEmpty)
        #expect(try sandbox.run("add", "After the session").errors.isEmpty)
    }

    @Test func aSessionRecordedNearThePlanFulfilsIt() throws {
        let sandbox = try Self.journalWithAPassedPlan()

        let recorded = try sandbox.run("session", "add", Self.typed(Self.plannedTime.addingTimeInterval(3600)))

        #expect(recorded.output == "Recorded session 3 · \(Self.readable(Self.plannedTime.addingTimeInterval(3600)))\n")
        #expect(recorded.errors.isEmpty, "\(recorded.errors)")
        #expect(!(try sandbox.run("session", "list").output.contains("has passed")))
        let export = try sandbox.run("export")
        #expect(!export.output.contains("\"planned\": true"), "the plan it fulfilled is still kept as planned")
    }

    @Test func aSessionRecordedLongBeforeThePlanLeavesTheReminder() throws {
        let sandbox = try Self.journalWithAPassedPlan()

        let recorded = try sandbox.run("session", "add", "5 days ago 17:00")

        #expect(recorded.succeeded)
        #expect(recorded.errors == Self.passedLine + ".\n")
    }

    // MARK: session edit and delete

    @Test func sessionEditChangesTheNoteAndTheDateAndSaysWhat() throws {
        let sandbox = try Self.journalWithAPassedPlan()
        let earlier = Date(timeIntervalSince1970: Self.plannedTime.timeIntervalSince1970 - 9 * 86400)

        let noted = try sandbox.run("session", "edit", "1", "--note", "talked about work")
        #expect(noted.output == "Changed session 1: note changed.\n", "\(noted.errors)")
        let moved = try sandbox.run("session", "edit", "#1", "--date", Self.typed(earlier))
        #expect(moved.output.hasPrefix("Changed session 1: date "), "\(moved.errors)")
        #expect(moved.output.hasSuffix(" → \(Self.readable(earlier)).\n"))
        let cleared = try sandbox.run("session", "edit", "1", "--note", "")
        #expect(cleared.output == "Changed session 1: note removed.\n")
        #expect(try sandbox.run("session", "list").output.contains("#1  \(Self.readable(earlier))  0 entries before it\n"))
    }

    @Test(
        "a session edit that cannot be made changes nothing",
        arguments: [
            (["session", "edit", "1"], "say what to change"),
            (["session", "edit", "1", "--date", "tomorrow 17:00"], "in the future"),
            (["session", "edit", "9", "--note", "x"], "there is no session 9"),
            (["session", "delete", "9", "--yes"], "there is no session 9"),
            (["session", "delete", "1"], "to delete from a script, run journal session delete 1 --yes"),
        ])
    func refusedSessionChanges(_ arguments: [String], _ message: String) throws {
        try Self.journalWithAPassedPlan().expectRefusal(arguments, containing: message)
    }

    @Test func sessionDeleteShowsTheSessionAndAsks() throws {
        let sandbox = try Self.journalWithAPassedPlan()
        let before = try #require(sandbox.databaseSnapshot())

        let declined = try sandbox.runOnTerminal(["session", "delete", "1"], typed: "n\n", environment: ["NO_COLOR": "1"])
        #expect(declined.output.contains("#1  "), "\(declined.output)")
        #expect(declined.output.contains("  held · first session\r\nDelete this session for good? [y/N]"), "\(declined.output)")
        #expect(declined.output.contains("Nothing was deleted."))
        #expect(sandbox.databaseSnapshot() == before)

        let deleted = try sandbox.runOnTerminal(["session", "delete", "2"], typed: "y\n", environment: ["NO_COLOR": "1"])
        #expect(deleted.output.contains("  planned\r\nDelete this session for good?"), "\(deleted.output)")
        #expect(deleted.output.contains("Deleted session 2."))
        #expect(!(try sandbox.run("session", "list").output.contains("has passed")), "the plan did not take place")
        #expect(try sandbox.run("session", "delete", "1", "--yes").output == "Deleted session 1.\n")
    }

    // MARK: Topics

    static func journalWithTopics() throws -> Sandbox {
        let sandbox = try Sandbox()
        for text in ["ask about sleep", "the move"] {
            try #require(try sandbox.run("topic", "add", text).succeeded)
        }
        return sandbox
    }

    @Test func aDoneTopicIsListedWithTheDayItWasDoneAndCanBeReopened() throws {
        let sandbox = try Self.journalWithTopics()
        try #require(try sandbox.run("topic", "done", "1").succeeded)
        let today = Self.typed(Date()).prefix(10)

        #expect(try sandbox.run("topic", "list").output.hasPrefix("#2  the move"))
        let all = try sandbox.run("topic", "list", "--all").output
        #expect(all.contains("#1  ask about sleep (done \(today))  added \(today)\n"), "\(all)")

        let reopened = try sandbox.run("topic", "reopen", "#1")
        #expect(reopened.output == "Topic 1 is open again.\n", "\(reopened.errors)")
        #expect(try sandbox.run("prep", "--format", "json").output.contains("ask about sleep"))
        #expect(!(try sandbox.run("topic", "list", "--all").output.contains("(done")))
    }

    @Test func aTopicCanBeReworded() throws {
        let sandbox = try Self.journalWithTopics()

        let edited = try sandbox.run("topic", "edit", "2", "the", "move", "in", "May")

        #expect(edited.output == "Changed topic 2: the move in May\n", "\(edited.errors)")
        #expect(try sandbox.run("topic", "list").output.contains("#2  the move in May  added "))
    }

    @Test func topicDeleteShowsTheTopicAndAsks() throws {
        let sandbox = try Self.journalWithTopics()

        let deleted = try sandbox.runOnTerminal(["topic", "delete", "1"], typed: "y\n", environment: ["NO_COLOR": "1"])

        #expect(deleted.output.contains("#1  ask about sleep\r\nDelete this topic for good? [y/N]"), "\(deleted.output)")
        #expect(deleted.output.contains("Deleted topic 1."))
        #expect(!(try sandbox.run("topic", "list", "--all").output.contains("ask about sleep")))
        #expect(try sandbox.run("topic", "delete", "2", "--yes").output == "Deleted topic 2.\n")
    }

    @Test(
        "a topic change that cannot be made changes nothing",
        arguments: [
            (["topic", "reopen", "1"], "topic 1 is still open"),
            (["topic", "reopen", "9"], "there is no topic 9"),
            (["topic", "edit", "1", "  "], "the topic is empty"),
            (["topic", "edit", "9", "words"], "there is no topic 9"),
            (["topic", "delete", "9", "--yes"], "there is no topic 9"),
            (["topic", "delete", "1"], "to delete from a script, run journal topic delete 1 --yes"),
        ])
    func refusedTopicChanges(_ arguments: [String], _ message: String) throws {
        try Self.journalWithTopics().expectRefusal(arguments, containing: message)
    }
}
