import Foundation
import Testing

/// Issue 15, "Files": with neither $VISUAL nor $EDITOR, the system's choice of editor, then
/// nano, then vi; and, before the editor opens, one line on how to store and how to cancel.
@Suite("Which editor opens, and what is said before it does")
struct EditorChoiceTests {
    static let fallbacks = ["sensible-editor", "editor", "nano", "vi"]

    @Test("without VISUAL and EDITOR, the first of sensible-editor, editor, nano and vi on PATH opens", arguments: 0..<4)
    func fallbackOrder(_ first: Int) throws {
        let sandbox = try Sandbox()
        // Only the sandbox's programs are on PATH, so that the real ones cannot answer.
        for name in Self.fallbacks[first...] {
            _ = try sandbox.makeScript(named: "bin/\(name)", "printf 'Written in %s' '\(name)' > \"$1\"")
        }

        let added = try sandbox.runOnTerminal(["add"], environment: ["PATH": sandbox.path("bin")])

        #expect(added.succeeded, "\(added.output)")
        #expect(try shownEntry(1, in: sandbox).text == "Written in \(Self.fallbacks[first])")
    }

    @Test func withNoEditorAtAllNothingIsCreatedAndTheMessageSaysWhatToSet() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(atPath: sandbox.path("bin"), withIntermediateDirectories: true)

        let refused = try sandbox.runOnTerminal(["add"], environment: ["PATH": sandbox.path("bin")])

        #expect(refused.status != 0)
        #expect(refused.output.contains("journal: could not start the editor (vi), so nothing was stored — set VISUAL or EDITOR"))
        #expect(sandbox.databaseSnapshot() == nil)
    }

    @Test(
        "one line before the editor opens says how to store and how to cancel",
        arguments: [
            (["add"], "the entry"), (["edit", "1"], "the new text of entry 1"), (["plan", "edit"], "your plan"),
        ])
    func theLineBeforeTheEditor(_ arguments: [String], _ purpose: String) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run("add", "An entry").succeeded)
        let editor = try sandbox.makeScript(named: "editor", "echo 'THE EDITOR IS OPEN'\nprintf 'Written' > \"$1\"")

        let outcome = try sandbox.runOnTerminal(arguments, environment: ["EDITOR": editor])

        #expect(outcome.succeeded, "\(outcome.output)")
        let line = "Opening \(editor): to store \(purpose), save and close it; to cancel, leave the file empty.\r\n"
        let said = try #require(outcome.output.range(of: line), "\(outcome.output)")
        let opened = try #require(outcome.output.range(of: "THE EDITOR IS OPEN"))
        #expect(said.upperBound <= opened.lowerBound, "said after the editor opened")
    }
}
