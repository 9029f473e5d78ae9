import Foundation
import Testing

@Suite("journal session, topic and prep")
struct PrepTests {
    /// A journal with two sessions, entries before and after the last one, a topic and a
    /// private entry.
    func preparedSandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("session", "add", "14 days ago 17:00", "--note", "first session").succeeded)
        try #require(sandbox.run("add", "--date", "10 days ago 10:00", "--mood", "7", "before the last session").succeeded)
        try #require(sandbox.run("session", "add", "7 days ago 17:00").succeeded)
        try #require(sandbox.run("add", "--date", "5 days ago 22:10", "--mood", "3", "--feeling", "anxious", "Argued with Sam #family").succeeded)
        try #require(sandbox.run("add", "--date", "3 days ago 19:45", "--mood", "2", "--flag", "Panic on the train").succeeded)
        try #require(sandbox.run("add", "--date", "2 days ago 08:00", "--mood", "6", "Calmer morning\nsecond line\nthird line").succeeded)
        try #require(sandbox.run("add", "--private", "--mood", "1", "my private words #secret").succeeded)
        try #require(sandbox.run("topic", "add", "ask about sleep meds").succeeded)
        try #require(sandbox.run("session", "next", "in 3 days 17:00").succeeded)
        return sandbox
    }

    @Test func textDigestHasEverySectionInOrder() throws {
        let sandbox = try preparedSandbox()
        let prep = try sandbox.run("prep")
        #expect(prep.succeeded)
        let headings = ["TOPICS TO BRING UP", "FLAGGED TO DISCUSS", "MOOD", "FEELINGS AND TAGS", "THE HARDEST MOMENTS", "ALL OTHER ENTRIES"]
        let positions = try headings.map { try #require(prep.output.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(prep.output.hasPrefix("Since your last session: "))
        #expect(prep.output.contains("ask about sleep meds"))
        #expect(prep.output.contains("Panic on the train"))
        #expect(prep.output.contains("3 of 3 entries rated, average 3.7"))
        #expect(prep.output.contains("The period before: average 7.0 (down 3.3)"))
        #expect(!prep.output.contains("private"), "the digest says nothing of private entries")
        #expect(prep.errors.contains("Left out 1 private entry; --include-private adds them."), "the writer is told")
        #expect(!prep.output.contains("before the last session"))
        #expect(!prep.output.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func briefCutsOtherEntriesToTheirFirstLines() throws {
        let sandbox = try preparedSandbox()
        let brief = try sandbox.run("prep", "--brief").output
        #expect(brief.contains("second line …"))
        #expect(!brief.contains("third line"))
        #expect(try sandbox.run("prep").output.contains("third line"))
    }

    @Test func jsonFollowsTheDocumentedShape() throws {
        let sandbox = try preparedSandbox()
        let digest = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        for key in ["period", "session", "nextSession", "entries", "flagged", "topics", "mood", "feelings", "tags", "privateExcluded"] {
            #expect(digest[key] != nil, "missing \(key)")
        }
        let period = try #require(digest["period"] as? [String: Any])
        #expect(period["from"] is String && period["to"] is String)
        #expect((digest["session"] as? [String: Any])?["date"] is String)
        #expect((digest["nextSession"] as? [String: Any])?["date"] is String)
        let entries = try #require(digest["entries"] as? [[String: Any]])
        #expect(entries.map { $0["text"] as? String } == ["Argued with Sam #family", "Panic on the train", "Calmer morning\nsecond line\nthird line"])
        #expect((digest["flagged"] as? [[String: Any]])?.count == 1)
        let mood = try #require(digest["mood"] as? [String: Any])
        #expect(mood["count"] as? Int == 3)
        #expect(mood["average"] as? Double == 3.67)
        #expect(mood["min"] as? Int == 2)
        #expect(mood["max"] as? Int == 6)
        let daily = try #require(mood["daily"] as? [[String: Any]])
        #expect(daily.count == 3)
        #expect(daily.allSatisfy { $0["day"] is String && $0["average"] is Double })
        #expect((digest["feelings"] as? [[String: Any]])?.first?["name"] as? String == "anxious")
        #expect((digest["tags"] as? [[String: Any]])?.first?["count"] as? Int == 1)
        #expect((digest["topics"] as? [[String: Any]])?.first?["text"] as? String == "ask about sleep meds")
        #expect(digest["privateExcluded"] as? Int == 1)

        let withPrivate = try #require(try sandbox.run("prep", "--format", "json", "--include-private").json() as? [String: Any])
        #expect((withPrivate["entries"] as? [Any])?.count == 4)
        #expect(withPrivate["privateExcluded"] as? Int == 0)
    }

    @Test func markdownHasHeadingsAndADayTable() throws {
        let sandbox = try preparedSandbox()
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.hasPrefix("# Since your last session\n"))
        #expect(markdown.contains("\n## Flagged to discuss\n"))
        #expect(markdown.contains("| Day | Average mood |\n| --- | ---: |\n"))
        #expect(markdown.contains("### "))
        #expect(!markdown.contains("private words"))
    }

    @Test func outputIsWrittenWholeAndPrivate() throws {
        let dayOfTest = DayOfTest()
        let sandbox = try preparedSandbox()
        let path = sandbox.path("digest.md")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
        chmod(path, 0o644)
        let written = try sandbox.run("prep", "--format", "markdown", "-o", path)
        #expect(written.succeeded)
        #expect(written.output.isEmpty)
        #expect(written.errors.contains("Wrote the digest to"))
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        let printed = try sandbox.run("prep", "--format", "markdown").output
        // Both digests end today: after midnight the second would end a day later.
        try dayOfTest.cancelIfMidnightPassed()
        #expect(contents == printed)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anEmptyPeriodSaysSoAndStillShowsTopics() throws {
        let sandbox = try Sandbox()
        try #require(sandbox.run("topic", "add", "the move").succeeded)
        let prep = try sandbox.run("prep")
        #expect(prep.succeeded)
        #expect(prep.output.contains("No entries in this period."))
        #expect(prep.output.contains("the move"))
    }

    @Test func onATerminalColourFollowsNoColor() throws {
        let sandbox = try preparedSandbox()
        let coloured = try sandbox.runOnTerminal(["prep"])
        #expect(coloured.output.contains("\u{1B}[1m"))
        let plain = try sandbox.runOnTerminal(["prep"], environment: ["NO_COLOR": "1"])
        #expect(!plain.output.contains("\u{1B}["))
        #expect(plain.output.contains("TOPICS TO BRING UP"))
    }

    @Test func aTerminalThatCannotShowColourGetsNone() throws {
        let sandbox = try preparedSandbox()
        let plain = try sandbox.runOnTerminal(["prep"], environment: ["TERM": "dumb"])
        #expect(plain.succeeded)
        #expect(!plain.output.contains("\u{1B}["))
        #expect(plain.output.contains("TOPICS TO BRING UP"))
        let coloured = try sandbox.runOnTerminal(["prep"], environment: ["TERM": "xterm-256color"])
        #expect(coloured.output.contains("\u{1B}[1m"), "any other terminal keeps its colour")
    }

    @Test func checkInsOfThePeriodAppearInEveryFormat() throws {
        let sandbox = try preparedSandbox()
        try #require(sandbox.run("check-in", "phq9", "--answers", "1,1,1,1,1,1,1,1,0", "--date", "9 days ago").succeeded)
        try #require(sandbox.run("check-in", "phq9", "--answers", "2,2,2,1,1,1,1,1,1", "--date", "4 days ago").succeeded)
        try #require(sandbox.run("check-in", "gad7", "--answers", "1,1,1,1,1,0,0", "--date", "2 days ago").succeeded)

        let text = try sandbox.run("prep").output
        let blocks = text.components(separatedBy: "\n\n")
        try #require(blocks.count > 1, "\(text)")
        #expect(blocks[1].hasPrefix("To raise first: in your PHQ-9 check-in of "), "right after the header")
        #expect(text.contains("\nCHECK-INS\n  PHQ-9 on "))
        #expect(text.contains(": 12 of 27, moderate — up 4 since "))
        #expect(text.contains(": 5 of 21, mild — no earlier GAD-7 to compare with"))
        let mood = try #require(text.range(of: "\nMOOD\n"))
        let checkIns = try #require(text.range(of: "\nCHECK-INS\n"))
        #expect(mood.lowerBound < checkIns.lowerBound)

        let markdown = try sandbox.run("prep", "--format", "markdown").output
        let markdownBlocks = markdown.components(separatedBy: "\n\n")
        try #require(markdownBlocks.count > 3, "\(markdown)")
        #expect(markdownBlocks[3].hasPrefix("> **To raise first: "))
        #expect(markdown.contains("\n## Check-ins\n\n- PHQ-9 on "))

        let digest = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let section = try #require(digest["checkIns"] as? [String: Any])
        #expect(section["phq9Item9AboveZero"] as? Bool == true)
        let instruments = try #require(section["instruments"] as? [[String: Any]])
        #expect(instruments.map { $0["instrument"] as? String } == ["phq9", "gad7"])
        #expect(instruments.map { $0["change"] as? Int } == [4, nil])
        #expect(instruments.map { $0["band"] as? String } == ["moderate", "mild"])
    }

    @Test func sessionListCountsEntriesBetweenSessions() throws {
        let sandbox = try preparedSandbox()
        let list = try sandbox.run("session", "list").output
        #expect(list.contains("0 entries before it · first session"))
        #expect(list.contains("1 entry before it"))
        #expect(list.contains("Since the last session: 4 entries"))
        #expect(list.contains("Next session: "))
    }

    @Test func topicsLeaveTheDigestWhenDone() throws {
        let sandbox = try preparedSandbox()
        #expect(try sandbox.run("topic", "done", "1").output == "Topic 1 is done.\n")
        #expect(!(try sandbox.run("prep").output.contains("ask about sleep meds")))
        #expect(try sandbox.run("topic", "list", "--all").output.contains("ask about sleep meds (done 20"))
    }

    @Test func sinceOverridesTheLastSession() throws {
        let sandbox = try preparedSandbox()
        let prep = try sandbox.run("prep", "--since", "12 days ago")
        #expect(prep.output.hasPrefix("Your journal: "))
        #expect(prep.output.contains("before the last session"))
    }

    @Test(arguments: [
        (["session", "add", "tomorrow 17:00"], "can only be recorded as held once it happened"),
        (["session", "next", "yesterday 17:00"], "that date has passed"),
        (["session", "delete", "99"], "there is no session 99"),
        (["topic", "done", "99"], "there is no topic 99"),
        (["topic", "add", "   "], "the topic is empty"),
        (["prep", "--format", "pdf"], "pdf"),
        (["prep", "--since", "next blursday"], "\"next blursday\" is not a date I understand"),
        (["prep", "-o", "/nonexistent-folder/digest.md"], "cannot write /nonexistent-folder/digest.md"),
    ])
    func badInputIsRefusedAndChangesNothing(arguments: [String], message: String) throws {
        try preparedSandbox().expectRefusal(arguments, containing: message)
    }
}
