import Foundation
import Testing

/// Issue 20, "A message instead of messaging": `journal message` keeps what the writer would
/// have sent, shows what the plan says about contact between sessions, and the messages are
/// listed, shown, edited, deleted, searched, counted and brought to the digest.
@Suite("journal message: a message kept instead of sent")
struct MessageCommandTests {
    static let contactRule = "Email only to move an appointment. In an emergency, call 112."
    static let topic = "Agree on contact between sessions: how, when, and for what"

    static func planWithContact() -> String {
        """
        # My plan between sessions

        ## What contact my therapist and I agreed between sessions (how, when, for what)

        \(contactRule)

        ## What helps me cope

        A walk round the block.
        """
    }

    static func sandbox(plan: String?) throws -> Sandbox {
        let sandbox = try Sandbox()
        if let plan { try #require(try sandbox.run(["plan", "edit"], input: Data(plan.utf8)).succeeded) }
        return sandbox
    }

    // MARK: What the plan says

    @Test func withTheContactSectionItIsShownAndNoTopicIsOffered() throws {
        let sandbox = try Self.sandbox(plan: Self.planWithContact())
        let kept = try sandbox.run("message", "--mood", "4", "I wanted to tell you about the argument")

        #expect(kept.succeeded, "\(kept.errors)")
        #expect(kept.output.hasPrefix("Kept message 1 · "), "\(kept.output)")
        #expect(kept.output.contains("Nothing was sent: it waits for your next session."))
        #expect(kept.output.contains("What you and your therapist agreed about contact between sessions, as your plan says:"))
        #expect(kept.output.contains(Self.contactRule))
        #expect(!kept.output.contains("A walk round the block"), "only the part about contact")
        #expect(!kept.output.contains("worth agreeing on") && !kept.errors.contains("topic"))
        #expect(try sandbox.run("topic", "list").output.contains(Self.topic) == false)
    }

    @Test(arguments: [nil, "# My plan\n\n## What helps me cope\n\nA walk.\n"])
    func withoutItTheTopicIsOfferedAndAddedOnlyWhenAsked(plan: String?) throws {
        let sandbox = try Self.sandbox(plan: plan)
        let hasPlan = plan != nil
        let said = hasPlan
            ? "Your plan does not say yet what contact you and your therapist agreed between sessions."
            : "You have no plan for between sessions yet"

        let script = try sandbox.run("message", "First message")
        #expect(script.succeeded)
        #expect(script.output.replacingOccurrences(of: "\n", with: " ").contains(said), "\(script.output)")
        #expect(script.output.replacingOccurrences(of: "\n", with: " ").contains("That is worth agreeing on at your next session"))
        #expect(script.errors.contains("journal topic add \"\(Self.topic)\""), "a script is told how, not asked")

        let no = try sandbox.run("message", "--no", "Second message")
        #expect(no.succeeded && !no.errors.contains("topic add"))
        #expect(!(try sandbox.run("topic", "list").output.contains(Self.topic)))

        let yes = try sandbox.run("message", "--yes", "Third message")
        #expect(yes.output.contains("Added topic 1: \(Self.topic)."), "\(yes.output)")
        let again = try sandbox.run("message", "--yes", "Fourth message")
        #expect(again.output.contains("It is on your topics for the next session already."))
        let topics = try sandbox.run("topic", "list").output
        #expect(topics.components(separatedBy: Self.topic).count == 2, "added once: \(topics)")
    }

    @Test(arguments: [("y\n", true), ("\n", false)])
    func onATerminalTheTopicIsAskedFor(typed: String, adds: Bool) throws {
        let sandbox = try Sandbox()
        let asked = try sandbox.runOnTerminal(["message", "Kept on a terminal"], typed: typed, environment: ["NO_COLOR": "1"])
        #expect(asked.succeeded, "\(asked.output)")
        #expect(asked.output.contains("Add \"\(Self.topic)\" as a topic for your next session? [y/N]"))
        #expect(try sandbox.run("topic", "list").output.contains(Self.topic) == adds)
    }

    @Test func aMoodOfZeroOrOneShowsTheWholePlan() throws {
        let sandbox = try Self.sandbox(plan: Self.planWithContact())
        let low = try sandbox.run("message", "--mood", "1", "I cannot go on like this")
        #expect(low.succeeded)
        #expect(low.errors.contains("A walk round the block."), "the plan, unasked: \(low.errors)")
        let fine = try sandbox.run("message", "--mood", "6", "Better today")
        #expect(!fine.errors.contains("A walk round the block."))
    }

    @Test func theTextComesFromStandardInputOrTheEditor() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(["message", "--no"], input: Data("Piped in\nover two lines\n".utf8)).succeeded)
        let editor = try sandbox.makeScript(named: "editor", "printf 'From the editor' > \"$1\"")
        let edited = try sandbox.runOnTerminal(["message", "--no"], environment: ["EDITOR": editor])
        #expect(edited.succeeded, "\(edited.output)")
        let listed = try #require(try sandbox.run("list", "--messages", "--format", "json").json() as? [[String: Any]])
        #expect(listed.map { $0["text"] as? String } == ["Piped in\nover two lines", "From the editor"])
    }

    @Test func aMessageWhoseEditorIsKilledIsKeptAsADraftAndStoredFromIt() throws {
        let sandbox = try Sandbox()
        let killed = try sandbox.makeScript(named: "editor", "printf 'Written, then the editor died' > \"$1\"\nkill -KILL $$")
        let refused = try sandbox.runOnTerminal(["message", "--mood", "2", "--no"], environment: ["EDITOR": killed])
        #expect(refused.status != 0)
        let folder = sandbox.path(".local/share/journal/drafts")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("message-") }
        try #require(kept.count == 1, "\(kept)")
        let path = folder + "/" + kept[0]
        #expect(refused.output.contains("journal message --from-draft \(path) stores it"), "\(refused.output)")
        #expect(try sandbox.run("drafts").output.contains("a new message"))

        let stored = try sandbox.run("message", "--no", "--from-draft", path)
        #expect(stored.succeeded, "\(stored.errors)")
        let listed = try #require(try sandbox.run("list", "--messages", "--format", "json").json() as? [[String: Any]])
        #expect(listed.first?["text"] as? String == "Written, then the editor died" && listed.first?["mood"] as? Int == 2)
        #expect(!FileManager.default.fileExists(atPath: path))

        let changed = try sandbox.makeScript(named: "editor2", "printf 'New text, then the editor died' > \"$1\"\nkill -KILL $$")
        #expect(try sandbox.runOnTerminal(["edit", "--message", "1"], environment: ["EDITOR": changed]).status != 0)
        let text = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("text-of-message-1-") }
        try #require(text.count == 1, "\(text)")
        try sandbox.expectRefusal(["message", "--from-draft", folder + "/" + text[0]], containing: "journal edit --message 1 --from-draft")
        #expect(try sandbox.run("edit", "--message", "1", "--from-draft", folder + "/" + text[0]).output == "Changed message 1: text changed.\n")
    }

    // MARK: Listed, shown, edited, deleted, searched, counted

    @Test func messagesAreListedShownEditedAndDeletedLikeEntries() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "An entry, not a message").succeeded)
        #expect(try sandbox.run("list", "--messages").output == "No messages yet. Keep the first for your session with: journal message \"…\"\n")
        try #require(try sandbox.run("message", "--no", "--mood", "3", "About the panic on the train").succeeded)
        try #require(try sandbox.run("message", "--no", "--private", "Only for me").succeeded)

        let json = try #require(try sandbox.run("list", "--messages", "--format", "json").json() as? [[String: Any]])
        #expect(json.count == 2)
        #expect(Set(json[0].keys) == ["id", "date", "mood", "text", "private"])
        #expect(json[0]["mood"] as? Int == 3 && json[1]["private"] as? Bool == true)
        let text = try sandbox.run("list", "--messages").output
        #expect(text.contains("#1  ") && text.contains("About the panic on the train") && text.contains("private"))
        #expect(!text.contains("An entry, not a message"))
        #expect(!(try sandbox.run("list").output.contains("About the panic")), "entries stay entries")
        let limited = try sandbox.run("list", "--messages", "--limit", "1")
        #expect(limited.errors.contains("1 older message not shown"))

        let shown = try sandbox.run("show", "--message", "1")
        #expect(shown.output.hasPrefix("Message 1  ") && shown.output.contains("Mood: 3 of 10"), "\(shown.output)")
        #expect(try sandbox.run("show", "--message", "#1", "--format", "markdown").output.contains("> About the panic on the train"))

        let edited = try sandbox.run("edit", "--message", "1", "--mood", "5", "--text", "About the bus")
        #expect(edited.output == "Changed message 1: text changed, mood 3 → 5.\n", "\(edited.output)")
        #expect(try sandbox.run("edit", "--message", "2", "--public").output == "Changed message 2: no longer private.\n")
        let piped = try sandbox.run(["edit", "--message", "1"], input: Data("From a pipe".utf8))
        #expect(piped.output == "Changed message 1: text changed.\n")

        let found = try sandbox.run("search", "pipe")
        #expect(found.output.contains("Messages") && found.output.contains("From a **pipe**") == false)
        #expect(found.output.contains("From a pipe"), "\(found.output)")
        let foundJSON = try #require(try sandbox.run("search", "pipe", "--format", "json").json() as? [[String: Any]])
        #expect(foundJSON.first?["record"] as? String == "message" && foundJSON.first?["snippet"] as? String == "From a **pipe**")
        #expect(try sandbox.run("search", "pipe", "--tag", "work").output.contains("No entries match"))

        let deleted = try sandbox.run("delete", "--message", "1", "2", "--yes")
        #expect(deleted.output == "Deleted messages 1 and 2.\n")
        #expect(try sandbox.run("list", "--messages").output.hasPrefix("No messages yet."))
        #expect(try sandbox.run("list").output.contains("An entry, not a message"), "the entry is still there")
    }

    @Test func statsCountTheMessages() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "--mood", "5", "An entry").succeeded)
        for text in ["One", "Two"] { try #require(try sandbox.run("message", "--no", text).succeeded) }
        try #require(try sandbox.run("message", "--no", "--private", "Three").succeeded)
        #expect(try sandbox.run("stats").output.contains("Messages kept for a session instead of sent: 2"))
        let json = try #require(try sandbox.run("stats", "--format", "json").json() as? [String: Any])
        #expect(json["messages"] as? Int == 2)
        #expect(try sandbox.run("stats", "--include-private").output.contains("Messages kept for a session instead of sent: 3"))
    }

    // MARK: The digest and the export

    @Test func theDigestOpensWithThemInEveryFormatAndPrivateOnesStayUnlessAsked() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("session", "add", "2 days ago 17:00").succeeded)
        try #require(try sandbox.run("add", "--flag", "--date", "yesterday 10:00", "A flagged entry").succeeded)
        try #require(try sandbox.run("topic", "add", "sleep").succeeded)
        try #require(try sandbox.run("message", "--no", "--mood", "2", "First thing I wanted to say").succeeded)
        try #require(try sandbox.run("message", "--no", "Second thing").succeeded)
        try #require(try sandbox.run("message", "--no", "--private", "Not for the session").succeeded)

        for format in ["text", "markdown", "html"] {
            let prep = try sandbox.run("prep", "--format", format)
            #expect(prep.succeeded)
            let title = format == "text" ? "WHAT I WANTED TO TELL YOU" : "What I wanted to tell you"
            let parts = [title, "First thing I wanted to say", "Second thing", format == "text" ? "TOPICS TO BRING UP" : "Topics to bring up"]
            let positions = parts.map { prep.output.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(format): \(prep.output)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(format): in order")
            #expect(!prep.output.contains("Not for the session"), "\(format)")
            #expect(!prep.output.lowercased().contains("private"), "\(format): the handout does not say something is hidden")
            #expect(prep.errors.contains("Left out 1 private message; --include-private adds them."), "\(format)")
            #expect(prep.output.contains("mood 2"), "\(format)")
        }
        let only = try sandbox.run("prep", "--only", "messages,homework")
        #expect(only.succeeded)
        #expect(only.output.contains("WHAT I WANTED TO TELL YOU") && only.output.contains("Second thing"))
        #expect(!only.output.contains("TOPICS TO BRING UP") && !only.output.contains("A flagged entry"))
        let topicsOnly = try sandbox.run("prep", "--only", "topics")
        #expect(topicsOnly.output.contains("TOPICS TO BRING UP") && !topicsOnly.output.contains("Second thing"))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let messages = try #require(json["messages"] as? [[String: Any]])
        #expect(messages.map { $0["text"] as? String } == ["First thing I wanted to say", "Second thing"])
        #expect(json["privateMessagesExcluded"] as? Int == 1)
        let all = try #require(try sandbox.run("prep", "--format", "json", "--include-private").json() as? [String: Any])
        #expect((all["messages"] as? [[String: Any]])?.count == 3)

        let export = try sandbox.run("export")
        #expect(!export.output.contains("Not for the session") && export.output.contains("Second thing"))
        #expect(export.errors.contains("Left out 1 private message; --include-private adds them."))
        #expect(try sandbox.run("export", "--include-private").output.contains("Not for the session"))
    }

    // MARK: Bad input

    @Test func badMessagesAreRefusedAndLeaveTheJournalUntouched() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("message", "--no", "Already here").succeeded)
        try #require(try sandbox.run("add", "An entry").succeeded)
        try sandbox.expectRefusal(["message", "--mood", "11", "Too much"], containing: "mood")
        try sandbox.expectRefusal(["message", "--mood", "high", "Too much"], containing: "high")
        try sandbox.expectRefusal(["message"], containing: "the message is empty, so nothing was stored")
        try sandbox.expectRefusal(["message", "   "], containing: "the message is empty")
        try sandbox.expectRefusal(["message", "--yes", "--no", "Both"], containing: "--yes and --no contradict each other")
        try sandbox.expectRefusal(["message", "--from-draft", sandbox.path("nothing.json")], containing: "draft")
        try sandbox.expectRefusal(["show", "--message", "9"], containing: "there is no message 9 — journal list --messages")
        try sandbox.expectRefusal(["edit", "--message", "9", "--mood", "3"], containing: "there is no message 9")
        try sandbox.expectRefusal(["edit", "--message", "1", "--mood", "12"], containing: "12")
        try sandbox.expectRefusal(["edit", "--message", "1", "--text", " "], containing: "the message is empty")
        try sandbox.expectRefusal(["edit", "--message", "1", "--tag", "work"], containing: "no feelings, tags or flag")
        try sandbox.expectRefusal(["edit", "--message", "1", "--date", "yesterday"], containing: "keeps the time it was written")
        try sandbox.expectRefusal(["delete", "--message", "1", "9", "--yes"], containing: "there is no message 9")
        try sandbox.expectRefusal(["delete", "--message", "1"], containing: "there is no terminal to confirm on, and message 1")
        try sandbox.expectRefusal(["list", "--messages", "--flagged"], containing: "messages have no tags and no flag")
        try sandbox.expectRefusal(["list", "--messages", "--tag", "x"], containing: "messages have no tags and no flag")
        let refused = try sandbox.run("message", "--mood", "11", "Secret words here")
        #expect(!refused.errors.contains("Secret words"), "never quoted")
        #expect(try sandbox.run("list", "--messages", "--format", "json").output.contains("Already here"))
    }
}
