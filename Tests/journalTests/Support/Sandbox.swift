import Foundation
import Testing

/// What one run of the `journal` binary printed and how it ended.
struct Outcome {
    var status: Int32
    var output: String
    var outputData: Data
    var errors: String

    var succeeded: Bool { status == 0 }
}

/// A temporary home folder with its own journal, in which the built `journal` binary runs as a
/// person would run it. Removed when the test ends.
final class Sandbox: Sendable {
    let home: URL
    let temporaryFolder: URL
    var databasePath: String { home.path + "/.local/share/journal/journal.sqlite" }

    init() throws {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("journal-e2e-\(UUID().uuidString)")
        temporaryFolder = home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    /// The binary built next to this test bundle; `JOURNAL_BINARY` overrides it.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["JOURNAL_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBundle.deletingLastPathComponent()
        // On macOS the tests run inside an .xctest bundle a few folders down.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("journal").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("journal")
    }

    /// The time zone `journal` runs in, unless a test gives another.
    static let timeZone = "Europe/Berlin"

    /// The environment of a person with this sandbox as home, in Berlin, with no editor set.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": home.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "TZ": Self.timeZone,
            "TMPDIR": temporaryFolder.path,
            "LANG": "C.UTF-8",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs `journal` with `arguments`, standard input from `input` (never a terminal).
    @discardableResult
    func run(_ arguments: [String], input: Data = Data(), environment extra: [String: String] = [:]) throws -> Outcome {
        try Self.execute(Self.binary, arguments, input: input, environment: environment(extra))
    }

    @discardableResult
    func run(_ arguments: String..., input: String = "", environment extra: [String: String] = [:]) throws -> Outcome {
        try run(arguments, input: Data(input.utf8), environment: extra)
    }

    /// Runs `journal` on a pseudo-terminal (through util-linux's `script`), as when a person
    /// types the command: standard input and output are both a terminal. `typed` is what the
    /// person types.
    func runOnTerminal(_ arguments: [String], typed: String = "", environment extra: [String: String] = [:]) throws -> Outcome {
        let command = ([Self.binary.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        var environment = environment(extra)
        environment["TERM"] = extra["TERM"] ?? "xterm"
        return try Self.execute(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
            input: Data(typed.utf8), environment: environment)
    }

    /// Runs `journal` as a person whom file permissions stop. They do not stop root, so as root
    /// (as in CI) it runs as the user nobody, through util-linux's `setpriv`, in a sandbox given
    /// to nobody first.
    func runSubjectToPermissions(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Outcome {
        guard getuid() == 0 else { return try run(arguments, environment: extra) }
        for name in [""] + (FileManager.default.subpaths(atPath: home.path) ?? []) {
            lchown(home.appendingPathComponent(name).path, Unprivileged.nobody, Unprivileged.nobody)
        }
        let asNobody = ["--reuid=\(Unprivileged.nobody)", "--regid=\(Unprivileged.nobody)", "--clear-groups"]
        return try Self.execute(
            URL(fileURLWithPath: Unprivileged.setpriv), asNobody + [Self.binary.path] + arguments, input: Data(),
            environment: environment(extra))
    }

    /// A file in the sandbox.
    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    /// The database's bytes, to prove a failed command left it untouched.
    func databaseSnapshot() -> Data? {
        FileManager.default.contents(atPath: databasePath)
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func execute(
        _ executable: URL, _ arguments: [String], input: Data, environment: [String: String]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()

        // Read both pipes while the process runs, so that a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var output = Data()
        nonisolated(unsafe) var errors = Data()
        DispatchQueue.global().async(group: group) { output = standardOutput.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errors = standardError.fileHandleForReading.readDataToEndOfFile() }
        try? standardInput.fileHandleForWriting.write(contentsOf: input)
        try? standardInput.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            outputData: output,
            errors: String(decoding: errors, as: UTF8.self))
    }
}

extension Outcome {
    /// The JSON printed on standard output.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: outputData, options: [.fragmentsAllowed])
    }
}

extension Sandbox {
    /// Runs `arguments`, which must fail with a `journal:` message containing `message` and
    /// leave the journal exactly as it was.
    func expectRefusal(
        _ arguments: [String], containing message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = databaseSnapshot()
        let outcome = try run(arguments)
        #expect(!outcome.succeeded, sourceLocation: sourceLocation)
        #expect(outcome.errors.hasPrefix("journal: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.contains(message), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(databaseSnapshot() == before, "the journal changed", sourceLocation: sourceLocation)
    }
}

extension Sandbox {
    /// A shell script in the sandbox, made executable; returns its path.
    func makeScript(named name: String, _ body: String) throws -> String {
        let path = path(name)
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        try writeExecutable("#!/bin/sh\n" + body + "\n", to: path)
        return path
    }

    /// An editor that saves `text`, then puts a file where the journal's folder would be made:
    /// a new journal cannot be created once it has closed.
    func editorThatBlocksANewJournal(saving text: String) throws -> String {
        let quoted = "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return try makeScript(
            named: "editor",
            """
            printf '%s' \(quoted) > "$1"
            mkdir -p "$HOME/.local/share" && printf x > "$HOME/.local/share/journal"
            """)
    }
}

/// Who runs `journal` in `Sandbox.runSubjectToPermissions` when the tests run as root.
enum Unprivileged {
    static let nobody: UInt32 = 65534
    static let setpriv = "/usr/bin/setpriv"

    /// Whether permissions can be tested: always for another user than root; for root, when
    /// nobody can run the built binary (not when it lies in a folder only root may enter).
    static let canRunJournal: Bool = {
        guard getuid() == 0 else { return true }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", Sandbox.binary.path, "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
