import Foundation
import Testing

/// Issue 15, "Moods, feelings and ids": an id written as the listings show it (`#12`) is taken
/// wherever an id is.
@Suite("Ids as the listings show them")
struct RecordIDTests {
    /// One of everything that has an id, each the first of its kind.
    static let everything = JournalTemplate([["--date", "2025-03-01 10:00", "An entry"]])

    static func journalWithOneOfEach() throws -> Sandbox {
        let sandbox = try everything.makeSandbox()
        for arguments in [
            ["topic", "add", "a topic"], ["session", "add", "3 days ago 17:00"],
            ["check-in", "gad7", "--answers", "1,1,1,1,1,1,1", "--date", "2 days ago"],
        ] {
            try #require(try sandbox.run(arguments).succeeded, "\(arguments)")
        }
        return sandbox
    }

    @Test(
        "#1 is taken as 1",
        arguments: [
            (["show", "#1"], "Entry 1  "),
            (["edit", "#1", "--flag"], "Changed entry 1: flagged."),
            (["topic", "done", "#1"], "Topic 1 is done."),
            (["topic", "edit", "#1", "another", "topic"], "Changed topic 1: another topic"),
            (["session", "edit", "#1", "--note", "a note"], "Changed session 1: note added."),
            (["session", "delete", " #1", "--yes"], "Deleted session 1."),
            (["check-in", "delete", "#1", "--yes"], "Deleted check-in 1."),
            (["topic", "delete", "#1", "--yes"], "Deleted topic 1."),
            (["delete", "#1", "--yes"], "Deleted entry 1."),
        ])
    func hashAndNumber(_ arguments: [String], _ printed: String) throws {
        let sandbox = try Self.journalWithOneOfEach()
        let outcome = try sandbox.run(arguments)
        #expect(outcome.succeeded, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix(printed), "\(outcome.output)")
    }

    @Test("what is not an id is refused, naming it", arguments: ["#", "#x", "1x", "0", "##1", "#-1", "١"])
    func notAnId(_ typed: String) throws {
        let sandbox = try Self.journalWithOneOfEach()
        for command in [["show"], ["delete"], ["topic", "done"], ["session", "delete"], ["check-in", "delete"]] {
            let arguments = command + [typed] + (command == ["show"] ? [] : ["--yes"])
            try sandbox.expectRefusal(arguments, containing: "'\(typed)'")
        }
    }
}
