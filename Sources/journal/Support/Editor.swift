import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets the person write in their own editor: `$VISUAL`, else `$EDITOR`, else the system's
/// choice (`sensible-editor`, then `editor`, as Debian and Ubuntu set them), else `nano`, else
/// `vi`.
///
/// The text lives in a file created 0600 inside a folder only its owner can enter, and both are
/// removed afterwards, whether the editor succeeded or not: the draft of a private entry must
/// not linger in /tmp. What the editor left there is handed back even when it failed, so that
/// it can be kept (see `EditorWriting`); Ctrl-C, a closed terminal or a polite kill do not end
/// journal before that (see `Interruption.holdOffFromNowOn`).
enum Editor {
    /// Looked for on `PATH`, in this order, when neither `VISUAL` nor `EDITOR` is set.
    static let fallbacks = ["sensible-editor", "editor", "nano", "vi"]

    /// The editor's command, as the shell runs it.
    static var command: String {
        let chosen = [Environment["VISUAL"], Environment["EDITOR"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        return chosen ?? fallbacks.first(where: isOnPath) ?? "vi"
    }

    /// Says on the terminal how to store and how to cancel, opens the editor on `initialText`
    /// and returns what was saved. `purpose` ends "to store …": `the entry`, `your plan`.
    ///
    /// Throws `EditorFailure`, with what the editor left in its file when it did not close
    /// normally after the text was changed.
    static func edit(_ initialText: String, toStore purpose: String) throws -> String {
        let command = self.command
        let folder = try makePrivateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/entry.md"
        try writePrivateFile(file, contents: initialText)

        Terminal.printNote("Opening \(command): to store \(purpose), save and close it; to cancel, leave the file empty.")
        Interruption.holdOffFromNowOn()
        // Through the shell, like git does, so that "code --wait" or "emacs -nw" work.
        let ending = try run(["/bin/sh", "-c", command + " \"$1\"", "sh", file], command: command)
        let data = FileManager.default.contents(atPath: file)
        // A text that is not UTF-8 is kept with its bad bytes replaced: better than nothing.
        let written = data.map { String(decoding: $0, as: UTF8.self) }
        let writing = written.flatMap { $0 != initialText && !$0.isBlank ? $0 : nil }
        if let reason = ending { throw EditorFailure(command: command, reason: reason, writing: writing) }
        guard let data else { throw EditorFailure(command: command, reason: .fileGone, writing: nil) }
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw EditorFailure(command: command, reason: .notUTF8, writing: writing)
        }
        return text
    }

    /// Runs the editor and waits for it, and only for it; returns why it did not close
    /// normally, or nil when it did.
    ///
    /// Not with Foundation's `Process`, whose child inherits a socket that `waitUntilExit`
    /// waits on: an editor that leaves its server running (`emacsclient -a ""`) kept journal
    /// waiting until that server ended.
    private static func run(_ arguments: [String], command: String) throws -> EditorFailure.Reason? {
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        // The editor starts with every signal at its default and none blocked, whatever
        // journal does with them meanwhile.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ) == 0 else { return .couldNotStart }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .failed }
        }
        // Killed by a signal: the low seven bits hold it.
        guard status & 0x7f == 0 else { return .stopped }
        switch (status >> 8) & 0xff {
        case 0: return nil
        // The shell's own: the command was not found, or could not be run.
        case 126, 127: return .couldNotStart
        // The shell's way of saying that the editor was killed by a signal.
        case 129...192: return .stopped
        default: return .failed
        }
    }

    private static func isOnPath(_ name: String) -> Bool {
        (Environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains { folder in
            access("\(folder)/\(name)", X_OK) == 0
        }
    }

    private static func makePrivateFolder() throws -> String {
        let template = NSTemporaryDirectory().appending("/journal-XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let created = mkdtemp(&bytes) else { throw EditorFailure(command: "", reason: .noTemporaryFolder, writing: nil) }
        return String(cString: created)
    }

    private static func writePrivateFile(_ path: String, contents: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw EditorFailure(command: "", reason: .noTemporaryFolder, writing: nil) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(contents.utf8))
        try handle.close()
    }
}

/// The editor did not give back a text.
struct EditorFailure: JournalFailure {
    enum Reason {
        case couldNotStart
        case failed
        case stopped
        case fileGone
        case notUTF8
        case noTemporaryFolder
    }

    let command: String
    let reason: Reason
    /// What the editor left in its file, when that differs from what it started with and holds
    /// writing: to be kept.
    let writing: String?

    var problem: String {
        switch reason {
        case .couldNotStart: "could not start the editor (\(command)), so nothing was stored"
        case .failed: "the editor (\(command)) stopped with an error, so nothing was stored"
        case .stopped: "the editor (\(command)) was stopped before it closed, so nothing was stored"
        case .fileGone: "the text file disappeared while the editor was open, so nothing was stored"
        case .notUTF8: "the text is not valid UTF-8, so nothing was stored"
        case .noTemporaryFolder: "could not create a private temporary file for the editor"
        }
    }

    var advice: String {
        switch reason {
        case .couldNotStart, .failed, .stopped:
            "set VISUAL or EDITOR to an editor that works here, or give the text as arguments"
        case .fileGone: "try again, and save the file in the editor before closing it"
        case .notUTF8: "save the text as UTF-8 and try again"
        case .noTemporaryFolder: "check that TMPDIR (or /tmp) exists and is writable"
        }
    }
}
