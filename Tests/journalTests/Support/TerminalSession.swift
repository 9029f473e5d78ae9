import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `journal` running in a terminal of its own (a tmux pane), on which keys can be pressed and
/// which can be closed, as a person does: the kernel then sends the signals a real Ctrl-C or a
/// closed window sends.
///
/// Nothing waits for a time. The editor in the sandbox says when it is open by writing to a
/// named pipe (`readyPipe`), and the test learns that journal has ended when its end of another
/// named pipe, inherited by journal and the editor, is closed by all of them.
final class TerminalSession {
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { tmux != nil }

    private let sandbox: Sandbox
    private let socket: String
    private let ready: Int32
    private let ended: Int32

    /// The named pipe the editor writes a line into once it has written its text.
    let readyPipe: String

    /// Starts `journal arguments` in a new terminal, 100 columns wide.
    init(_ arguments: [String], in sandbox: Sandbox, environment extra: [String: String]) throws {
        self.sandbox = sandbox
        socket = sandbox.path("tmux.socket")
        readyPipe = sandbox.path("editor-ready")
        let endedPipe = sandbox.path("journal-ended")
        for pipe in [readyPipe, endedPipe] { try #require(mkfifo(pipe, 0o600) == 0) }
        // Opened for reading without waiting for a writer, so that the writers never wait.
        ready = open(readyPipe, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        ended = open(endedPipe, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        try #require(ready >= 0 && ended >= 0)

        let configuration = sandbox.path("tmux.conf")
        // The pane stays once journal has ended, so that what it printed can be read.
        try Data("set -g remain-on-exit on\nset -g history-limit 1000\n".utf8).write(to: URL(fileURLWithPath: configuration))
        let command = "exec " + ([Sandbox.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
            + " 3>" + Self.quoted(endedPipe)
        var environment = sandbox.environment(extra)
        environment["SHELL"] = "/bin/sh"
        environment["TERM"] = "xterm"
        try run(["-f", configuration, "new-session", "-d", "-x", "100", "-y", "50", "-s", "journal", command], environment: environment)
    }

    deinit {
        _ = try? run(["kill-server"], environment: sandbox.environment())
        Glibc.close(ready)
        Glibc.close(ended)
    }

    /// Waits until the editor says it has written its text.
    func waitForTheEditor() throws {
        try #require(Self.wait(for: ready, until: POLLIN), "the editor never said it was open")
    }

    /// Presses `key` as tmux names it (`C-c` is Ctrl-C).
    func press(_ key: String) throws {
        try run(["send-keys", "-t", "journal", key], environment: sandbox.environment())
    }

    /// Closes the terminal, as closing its window does.
    func close() throws {
        try run(["kill-server"], environment: sandbox.environment())
    }

    /// Waits until journal, and the editor it started, have ended.
    func waitForJournalToEnd() throws {
        try #require(Self.wait(for: ended, until: POLLHUP), "journal did not end")
    }

    /// What the terminal shows, with its scroll-back.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-J", "-S", "-1000", "-t", "journal"], environment: sandbox.environment(), capturing: true)
    }

    /// Waits for `event` on a pipe. The limit only ends a test that would otherwise hang when
    /// something went wrong; it is never what the test waits for.
    private static func wait(for descriptor: Int32, until event: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let limit = 120_000
        while poll(&poller, 1, Int32(limit)) > 0 {
            let events = Int32(poller.revents)
            if events & event != 0 { return true }
            // Every writer left without the event.
            if events & POLLHUP != 0 { return false }
            // Read what the writers wrote, so that only the end is left to wait for.
            var buffer = [UInt8](repeating: 0, count: 64)
            _ = read(descriptor, &buffer, buffer.count)
        }
        return false
    }

    /// Runs tmux and waits for it. Spawned directly rather than through Foundation's `Process`:
    /// the tmux server it starts must begin with every signal at its default and none blocked
    /// (a test's thread may block some, and the server and the pane would inherit that), and
    /// `Process` did not notice when those tmux clients ended.
    @discardableResult
    private func run(_ arguments: [String], environment: [String: String], capturing: Bool = false) throws -> String {
        let tmux = try #require(Self.tmux)
        var argv = ([tmux, "-S", socket] + arguments).map { strdup($0) } + [nil]
        var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var output: [Int32] = [-1, -1]
        try #require(pipe(&output) == 0)
        for descriptor in output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capturing {
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, &argv, &envp)
        Glibc.close(output[1])
        defer { Glibc.close(output[0]) }
        try #require(spawned == 0, "tmux could not be started")
        var captured = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while capturing {
            let count = read(output[0], &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            captured.append(contentsOf: buffer[0..<count])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return String(decoding: captured, as: UTF8.self)
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
