import Foundation
import Testing

/// What someone new sees first: the README's first command (`make demo`) runs
/// Examples/demo-journal.sh, which must show a digest and leave the person's own journal alone.
@Suite("The first command")
struct FirstRunTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theDemoShowsADigestAndWritesNothingInTheHomeFolder() throws {
        let sandbox = try Sandbox()
        let demo = try Sandbox.execute(
            URL(fileURLWithPath: "/bin/bash"),
            [Self.packageRoot.appendingPathComponent("Examples/demo-journal.sh").path],
            input: Data(),
            environment: sandbox.environment(["JOURNAL": Sandbox.binary.path]))
        #expect(demo.succeeded, "\(demo.errors)")
        // The one thing said on the side is prep's note to the writer that it left the private entry out.
        #expect(demo.errors.split(separator: "\n") == ["Left out 1 private entry; --include-private adds them."], "\(demo.errors)")
        for part in ["TOPICS TO BRING UP", "Ask about the sleep medication", "Panic on the train home", "MOOD"] {
            #expect(demo.output.contains(part), "\(part)")
        }
        #expect(demo.output.contains("Something I am not ready to share yet.") == false, "a private entry stays out")

        // The home folder holds only the sandbox's own temporary folder, and that is empty again.
        let home = try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path)
        #expect(home == ["tmp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.temporaryFolder.path).isEmpty)
    }

    @Test func theDemoSaysHowToBuildWhenThereIsNoJournalYet() throws {
        let sandbox = try Sandbox()
        let demo = try Sandbox.execute(
            URL(fileURLWithPath: "/bin/bash"),
            [Self.packageRoot.appendingPathComponent("Examples/demo-journal.sh").path],
            input: Data(),
            environment: sandbox.environment(["JOURNAL": sandbox.path("no-such-journal")]))
        #expect(!demo.succeeded)
        #expect(demo.errors.contains("No journal binary at \(sandbox.path("no-such-journal")): build it first, with make"), "\(demo.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path) == ["tmp"])
    }
}
