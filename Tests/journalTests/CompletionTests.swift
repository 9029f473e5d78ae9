import Foundation
import Testing

/// The completion scripts the README tells people to install.
@Suite("Shell completion")
struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptNamesEveryCommandAndCreatesNoJournal(_ shell: String) throws {
        let sandbox = try Sandbox()
        let script = try sandbox.run("--generate-completion-script", shell)
        #expect(script.succeeded, "\(script.errors)")
        for word in ["add", "prep", "check-in", "phq9", "include-private", "since"] {
            #expect(script.output.contains(word), "\(word)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test func filesAreCompletedWhereAFileIsAskedFor() throws {
        let script = try Sandbox().run("--generate-completion-script", "zsh")
        #expect(script.succeeded, "\(script.errors)")
        let lines = script.output.split(separator: "\n").map(String.init)
        let db = lines.filter { $0.contains("'--db[") }
        #expect(!db.isEmpty && db.allSatisfy { $0.hasSuffix(":path:_files'") })
        let output = lines.filter { $0.contains("--output}'[") }
        #expect(output.count == 3 && output.allSatisfy { $0.hasSuffix(":file:_files'") }, "prep, export and attachment save")
        for (command, files) in [("import", "':file:_files'"), ("backup", "':file:_files'"), ("attach", "'*:file:_files'")] {
            let start = try #require(lines.firstIndex(of: "_journal_\(command)() {"))
            let body = lines[start...].prefix { $0 != "}" }
            #expect(body.contains("        " + files), "\(command)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash"))
    func bashCompletesACommandAndAFormat() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("journal.bash")
        try sandbox.run("--generate-completion-script", "bash").outputData.write(to: URL(fileURLWithPath: path))
        // What bash sets before it calls the completion function for `journal pr<Tab>`, and
        // for `journal prep --format <Tab>`.
        let complete = """
            source "$0"
            COMP_WORDS=(journal pr); COMP_CWORD=1; COMP_LINE="journal pr"; COMP_POINT=${#COMP_LINE}
            _journal journal pr journal; echo "${COMPREPLY[*]}"
            COMPREPLY=()
            COMP_WORDS=(journal prep --format ""); COMP_CWORD=3; COMP_LINE="journal prep --format "
            COMP_POINT=${#COMP_LINE}; _journal journal "" --format; echo "${COMPREPLY[*]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", complete, path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        process.waitUntilExit()
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first == "prep")
        #expect(Set(lines.last?.split(separator: " ").map(String.init) ?? []) == ["text", "markdown", "json", "html"])
    }
}
