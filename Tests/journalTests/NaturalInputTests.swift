import Foundation
import Testing

/// Moods, feelings, tags and text as people type them, through the binary.
@Suite("Moods, feelings, tags and text as people type them")
struct NaturalInputTests {
    static let secret = "Told Sam about the panic attacks"

    func sandboxWithAnEntry() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--mood", "4", Self.secret).succeeded)
        return sandbox
    }

    func onlyEntry(of sandbox: Sandbox) throws -> [String: Any] {
        let entries = try #require(try sandbox.run("list", "--format", "json").json() as? [[String: Any]])
        return try #require(entries.last)
    }

    @Test(arguments: [("7/10", 7), ("5.0", 5), ("10/10", 10), (" 3 / 10 ", 3), ("0.0", 0), ("6.", 6)])
    func moodsOutOfTenOrWithAPointAreWholeNumbers(typed: String, mood: Int) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "--mood", typed, "A day")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try onlyEntry(of: sandbox)["mood"] as? Int == mood)
    }

    @Test(arguments: [
        ("7.5", "mood 7.5 is not a whole number; moods are whole numbers from 0 (the worst) to 10 (the best) — round it to a whole number: --mood 7 or --mood 8"),
        ("6,5", "mood 6,5 is not a whole number; moods are whole numbers from 0"),
        ("3.25", "round it to a whole number: --mood 3 or --mood 4"),
        ("3/5", "mood 3/5 is not out of 10"),
        ("11/10", "mood 11 is out of range"),
    ])
    func moodsThatAreNotWholeNumbersOutOfTenAreRefused(typed: String, message: String) throws {
        let sandbox = try sandboxWithAnEntry()
        try sandbox.expectRefusal(["add", "--mood", typed, "Another day"], containing: message)
        try sandbox.expectRefusal(["edit", "1", "--mood", typed], containing: message)
        #expect(!(try sandbox.run("add", "--mood", typed, "x").errors.contains("is not a number")))
    }

    @Test func feelingsAndTagsSeparatedByCommasAreSeveral() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(
            "add", "--feeling", "anxious, tired", "--feeling", "Hopeful,calm", "--tag", "family, work", "--tag", "#sleep",
            "Long day")
        #expect(added.succeeded, "\(added.errors)")
        let entry = try onlyEntry(of: sandbox)
        #expect(entry["feelings"] as? [String] == ["anxious", "calm", "hopeful", "tired"])
        #expect(entry["tags"] as? [String] == ["family", "sleep", "work"])

        // The digest counts each feeling, and no "anxious, tired" as a kind of its own.
        let digest = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let feelings = try #require(digest["feelings"] as? [[String: Any]])
        #expect(Set(feelings.compactMap { $0["name"] as? String }) == ["anxious", "calm", "hopeful", "tired"])
        #expect(feelings.allSatisfy { $0["count"] as? Int == 1 })

        // Filters read them the same way.
        let listed = try #require(try sandbox.run("list", "--tag", "family, work", "--format", "json").json() as? [Any])
        #expect(listed.count == 1)
    }

    @Test(arguments: [(["--feeling", ","], "cannot be a feeling"), (["--feeling", " , "], "cannot be a feeling"),
        (["--tag", ","], "cannot be a tag"), (["--tag", "family, two words"], "\"two words\" cannot be a tag")])
    func optionsOfNothingButCommasAreRefused(options: [String], message: String) throws {
        let sandbox = try sandboxWithAnEntry()
        try sandbox.expectRefusal(["add"] + options + ["Another day"], containing: message)
    }

    @Test(arguments: [
        ["add", "-5 degrees and I felt it"],
        ["add", "--mood", "3", "-1 day at a time"],
        ["add", "--flag", "- not okay today"],
        ["add", "-5"],
    ])
    func textThatStartsWithADashIsToldToPutTwoDashesBeforeIt(arguments: [String]) throws {
        let sandbox = try sandboxWithAnEntry()
        try sandbox.expectRefusal(arguments, containing: "put -- before the text")
        let refused = try sandbox.run(arguments)
        let text = try #require(arguments.last)
        #expect(!refused.errors.contains(text.dropFirst()), "the text was quoted: \(refused.errors)")
        #expect(refused.status == 64)

        var withDashes = arguments
        withDashes.insert("--", at: withDashes.count - 1)
        let added = try sandbox.run(withDashes)
        #expect(added.succeeded, "\(added.errors)")
        #expect(try onlyEntry(of: sandbox)["text"] as? String == text)
    }

    @Test func textOfATopicThatStartsWithADashGetsTheSameAdvice() throws {
        let sandbox = try sandboxWithAnEntry()
        try sandbox.expectRefusal(["topic", "add", "-1 thing to raise"], containing: "put -- before the text: journal topic add -- ")
        // Letters after a dash read as short options, -h among them, would show the help.
        try sandbox.expectRefusal(["add", "-the worst day"], containing: "put -- before the text: journal add -- ")
    }
}

@Suite("Mistyped commands")
struct CommandSuggestionTests {
    @Test(arguments: [
        // The examples.
        (["ad", "Long day"], "there is no command 'ad'. Did you mean 'add'?"),
        (["serach", "panic"], "there is no command 'serach'. Did you mean 'search'?"),
        (["sesion", "next", "thursday 17:00"], "there is no command 'sesion'. Did you mean 'session'?"),
        (["topics", "list"], "there is no command 'topics'. Did you mean 'topic'?"),
        (["checkin", "phq9"], "there is no command 'checkin'. Did you mean 'check-in'?"),
        (["check-in", "phq-9"], "there is no command 'phq-9' of journal check-in. Did you mean 'phq9'?"),
        // More of the kind.
        (["lst"], "there is no command 'lst'. Did you mean 'list'?"),
        (["exprot"], "there is no command 'exprot'. Did you mean 'export'?"),
        (["session", "nxt", "thursday"], "there is no command 'nxt' of journal session. Did you mean 'next'?"),
        (["topic", "don", "1"], "there is no command 'don' of journal topic. Did you mean 'done'?"),
        (["--db", "other.sqlite", "Prep"], "there is no command 'Prep'. Did you mean 'prep'?"),
    ])
    func aMistypedCommandGetsASuggestion(arguments: [String], message: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "First").succeeded)
        try sandbox.expectRefusal(arguments, containing: message)
        #expect(try sandbox.run(arguments).status == 64)
    }

    @Test func aWordLikeNoCommandIsNotRepeated() throws {
        let sandbox = try Sandbox()
        let refused = try sandbox.run("Everything", "went", "wrong")
        #expect(!refused.succeeded)
        #expect(refused.errors.hasPrefix("journal: that is not a command of journal"))
        #expect(refused.errors.contains("journal add"))
        #expect(!refused.errors.contains("Everything"), "\(refused.errors)")
        #expect(sandbox.databaseSnapshot() == nil)
    }

    @Test(arguments: [
        (["help", "nonsense"], "there is no command 'nonsense' — journal help lists the commands"),
        (["help", "sesion"], "there is no command 'sesion'. Did you mean 'session'?"),
        (["help", "session", "nonsense"], "there is no command 'nonsense' of journal session — journal help session lists its commands"),
        (["session", "help"], "journal help session shows its help"),
    ])
    func helpOfACommandThatDoesNotExistSaysSo(arguments: [String], message: String) throws {
        let refused = try Sandbox().run(arguments)
        #expect(refused.status == 64)
        #expect(refused.output.isEmpty)
        #expect(refused.errors.hasPrefix("journal: "))
        #expect(refused.errors.contains(message), "\(refused.errors)")
    }

    @Test func helpOfACommandThatExistsStillHelps() throws {
        let help = try Sandbox().run("help", "check-in", "phq9")
        #expect(help.succeeded)
        #expect(help.output.contains("PHQ-9"))
    }
}
