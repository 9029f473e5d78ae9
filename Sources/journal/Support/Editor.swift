import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets the person write in their own editor: `$VISUAL`, else `$EDITOR`, else `vi`.
///
/// The text lives in a file created 0600 inside a folder only its owner can enter, and both are
/// removed afterwards, whether the editor succeeded or not: the draft of a private entry must
/// not linger in /tmp.
enum Editor {
    static func edit(_ initialText: String) throws -> String {
        let command = [Environment["VISUAL"], Environment["EDITOR"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? "vi"

        let folder = try makePrivateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/entry.md"
        try writePrivateFile(file, contents: initialText)

        // Ctrl-C, a closed terminal or a polite kill reach the editor; journal outlives them to
        // remove the draft.
        let interruptions = [SIGINT, SIGHUP, SIGTERM]
        let previousHandlers = interruptions.map { signal($0) { _ in } }
        defer { for (interruption, handler) in zip(interruptions, previousHandlers) { signal(interruption, handler) } }

        // Through the shell, like git does, so that "code --wait" or "emacs -nw" work.
        try run(["/bin/sh", "-c", command + " \"$1\"", "sh", file], command: command)
        guard let data = FileManager.default.contents(atPath: file) else { throw EditorError.fileGone }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError.notUTF8 }
        return text
    }

    /// Runs the editor and waits for it, and only for it.
    ///
    /// Not with Foundation's `Process`, whose child inherits a socket that `waitUntilExit`
    /// waits on: an editor that leaves its server running (`emacsclient -a ""`) kept journal
    /// waiting until that server ended.
    private static func run(_ arguments: [String], command: String) throws {
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
        guard posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ) == 0 else {
            throw EditorError.couldNotStart(command)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw EditorError.failed(command) }
        }
        // Exited (no signal in the low seven bits) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { throw EditorError.failed(command) }
    }

    private static func makePrivateFolder() throws -> String {
        let template = NSTemporaryDirectory().appending("/journal-XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let created = mkdtemp(&bytes) else { throw EditorError.noTemporaryFolder }
        return String(cString: created)
    }

    private static func writePrivateFile(_ path: String, contents: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw EditorError.noTemporaryFolder }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(contents.utf8))
        try handle.close()
    }
}

enum EditorError: JournalFailure {
    case couldNotStart(String)
    case failed(String)
    case fileGone
    case noTemporaryFolder

    var problem: String {
        switch self {
        case .couldNotStart(let command): "could not start the editor (\(command)), so nothing was stored"
        case .failed(let command): "the editor (\(command)) stopped with an error, so nothing was stored"
        case .fileGone: "the text file disappeared while the editor was open, so nothing was stored"
        case .noTemporaryFolder: "could not create a private temporary file for the editor"
        }
    }

    var advice: String {
        switch self {
        case .couldNotStart, .failed:
            "set VISUAL or EDITOR to an editor that works here, or give the text as arguments"
        case .fileGone: "try again, and save the file in the editor before closing it"
        case .noTemporaryFolder: "check that TMPDIR (or /tmp) exists and is writable"
        }
    }
}
