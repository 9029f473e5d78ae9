import Foundation
import Testing

/// A command that keeps running while the test types into it and watches what it prints, so that
/// a test waits for what it awaits (a prompt on screen, a write under way), never for a time.
final class RunningCommand {
    /// The longest wait for something to be printed or for the command to end: far beyond what any
    /// command here takes, so that reaching it means the command hangs, not that the machine is busy.
    static let patience: TimeInterval = 120

    private let process: Process
    private let input: FileHandle
    private let output: PrintedOutput
    private let errors: PrintedOutput

    init(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        input = standardInput.fileHandleForWriting
        try process.run()
        output = PrintedOutput(reading: standardOutput.fileHandleForReading)
        errors = PrintedOutput(reading: standardError.fileHandleForReading)
    }

    /// A test that stops early leaves nothing running behind it.
    deinit {
        try? input.close()
        if process.isRunning { process.terminate() }
    }

    /// Types `text` on the command's standard input.
    func type(_ text: String) throws {
        try input.write(contentsOf: Data(text.utf8))
    }

    /// Ends the command's standard input, as Ctrl-D on a terminal or the end of a file does.
    func closeInput() throws {
        try input.close()
    }

    /// Waits until standard output holds `text` `times` times. False when the command ended, or
    /// `patience` ran out, before it did.
    func waitUntilPrinted(_ text: String, times: Int = 1) -> Bool {
        output.waitUntil(RunningCommand.patience) { printed in printed.components(separatedBy: text).count > times }
    }

    /// Waits for the command to end and returns how it ended; a command still running after
    /// `patience` is stopped, and the test fails.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        if !output.waitUntilEnded(Self.patience), process.isRunning {
            Issue.record("still running after \(Int(Self.patience)) s, so it was stopped", sourceLocation: sourceLocation)
            process.terminate()
        }
        _ = errors.waitUntilEnded(Self.patience)
        process.waitUntilExit()
        let printed = output.data
        return Outcome(
            status: process.terminationStatus, output: String(decoding: printed, as: UTF8.self), outputData: printed,
            errors: String(decoding: errors.data, as: UTF8.self))
    }
}

/// What a running command has printed on one stream so far, read on a thread of its own.
private final class PrintedOutput: @unchecked Sendable {
    // `printed` and `ended` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var printed = Data()
    private var ended = false

    init(reading handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { printed.append(chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    var data: Data {
        condition.lock()
        defer { condition.unlock() }
        return printed
    }

    /// Waits until what was printed satisfies `isDone`: false when the stream ended, or `limit`
    /// seconds passed, before it did.
    func waitUntil(_ limit: TimeInterval, _ isDone: (String) -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: limit)
        condition.lock()
        defer { condition.unlock() }
        while !isDone(String(decoding: printed, as: UTF8.self)) {
            guard !ended, condition.wait(until: deadline) else { return false }
        }
        return true
    }

    /// Waits until the stream ends (the command closed it, or ended): false when `limit` seconds
    /// passed first.
    func waitUntilEnded(_ limit: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: limit)
        condition.lock()
        defer { condition.unlock() }
        while !ended {
            guard condition.wait(until: deadline) else { return false }
        }
        return true
    }
}

extension Sandbox {
    /// Starts `journal` with `arguments`, standard input a pipe the test types into.
    func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunningCommand {
        try RunningCommand(Self.binary, arguments, environment: environment(extra))
    }

    /// Starts `journal` on a pseudo-terminal (through util-linux's `script`), as `runOnTerminal`
    /// runs it, but keeps the terminal open for the test to type into as the command asks.
    func startOnTerminal(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunningCommand {
        let command = ([Self.binary.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        var environment = environment(extra)
        environment["TERM"] = "xterm"
        return try RunningCommand(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], environment: environment)
    }
}
