import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the passphrase of an encrypted journal comes from: `--passphrase-fd N`, else the file
/// named by `JOURNAL_PASSPHRASE_FILE`, else the person at the terminal, typing without echo.
/// Never an environment variable holding the passphrase itself: other processes of the same
/// user can read a process's environment.
enum PassphraseInput {
    /// The longest passphrase read, in bytes: far more than anyone types, little enough to hold
    /// in locked memory.
    static let longestPassphrase = 1024
    /// How many passphrases a person may type at the terminal before the command gives up.
    static let triesOnTerminal = 3

    /// Where a passphrase is read from, in the order they are looked for.
    enum Source: Equatable {
        case descriptor(Int32)
        case file(String)
        case terminal

        /// `--passphrase-fd`'s descriptor when given, else `JOURNAL_PASSPHRASE_FILE`'s file when
        /// set, else the terminal.
        init(descriptor: Int32?) {
            if let descriptor {
                self = .descriptor(descriptor)
            } else if let path = Environment["JOURNAL_PASSPHRASE_FILE"], !path.isEmpty {
                self = .file(Arguments.path(path))
            } else {
                self = .terminal
            }
        }

        /// One passphrase from it; `prompt` is shown on the terminal only.
        func read(prompt: String) throws -> Passphrase {
            switch self {
            case .descriptor(let descriptor): try readLine(fromDescriptor: descriptor, source: "--passphrase-fd \(descriptor)")
            case .file(let path): try passphrase(fromFile: path)
            case .terminal: try passphraseFromTerminal(prompt: prompt)
            }
        }
    }

    /// The key source of the journal at `journalPath`: the key kept by `journal unlock`, else
    /// the passphrase from `--passphrase-fd`, the file, or the terminal, where a person may try
    /// `triesOnTerminal` times. A script gets one try: a wrong passphrase in a file stays wrong.
    static func keySource(descriptor: Int32?, journalPath: String) -> KeySource {
        let source = Source(descriptor: descriptor)
        return .passphrase(tries: source == .terminal ? triesOnTerminal : 1) { attempt in
            if attempt > 1 { try sayOnTerminal("Wrong passphrase, try again.\n") }
            return try source.read(prompt: "Passphrase of the journal at \(journalPath): ")
        }
    }

    /// A new passphrase from `source`: on the terminal typed twice, and refused when the two
    /// differ; from a descriptor or a file, its first line.
    /// `otherwise`: how to give the new passphrase when there is no terminal to ask it on.
    static func newPassphrase(from source: Source, otherwise: String) throws -> Passphrase {
        let passphrase: Passphrase
        do {
            passphrase = try source.read(prompt: "New passphrase: ")
        } catch PassphraseInputError.noTerminal {
            throw PassphraseInputError.noTerminalForNew(otherwise)
        }
        guard source == .terminal else { return passphrase }
        let again = try source.read(prompt: "The same passphrase again: ")
        guard passphrase == again else { throw PassphraseInputError.differ }
        return passphrase
    }

    /// Writes `text` on the controlling terminal.
    private static func sayOnTerminal(_ text: String) throws {
        let terminal = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { throw PassphraseInputError.noTerminal }
        defer { close(terminal) }
        _ = text.withCString { write(terminal, $0, strlen($0)) }
    }

    /// The first line of the file at `path`. Refused when others than its owner may read it, as
    /// ssh refuses such a key file: the passphrase would be as good as public.
    static func passphrase(fromFile path: String) throws -> Passphrase {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PassphraseInputError.cannotRead(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw PassphraseInputError.cannotRead(path) }
        // A pipe (`<(pass show journal)`) has no one else to keep out.
        if status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 != 0 {
            throw PassphraseInputError.readableByOthers(path)
        }
        return try readLine(fromDescriptor: descriptor, source: path)
    }

    /// The passphrase typed on the controlling terminal (/dev/tty, even when standard input is
    /// a pipe), with echo off until the line ends or the command is interrupted.
    static func passphraseFromTerminal(prompt: String) throws -> Passphrase {
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { throw PassphraseInputError.noTerminal }
        defer { close(terminal) }
        var settings = termios()
        guard tcgetattr(terminal, &settings) == 0 else { throw PassphraseInputError.noTerminal }
        // Echo off before the prompt shows: what is typed once it shows is never discarded by the
        // switch, nor shown.
        let passphrase = try EchoOff.during(terminal: terminal, settings: settings) {
            _ = prompt.withCString { write(terminal, $0, strlen($0)) }
            return try readLine(fromDescriptor: terminal, source: "the terminal")
        }
        // The line break typed was not echoed either.
        _ = write(terminal, "\n", 1)
        return passphrase
    }

    /// One line read from `descriptor` byte by byte, so that nothing after it is consumed and
    /// no copy of it is left in a buffer.
    private static func readLine(fromDescriptor descriptor: Int32, source: String) throws -> Passphrase {
        var length = 0
        // Room for the longest passphrase and a "\r\n" after it.
        let buffer = try SecretBytes(count: longestPassphrase + 2) { buffer in
            while length < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + length, 1)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw PassphraseInputError.cannotRead(source) }
                if count == 0 { break }
                length += 1
                if buffer[length - 1] == UInt8(ascii: "\n") { break }
            }
        }
        let line = buffer.withUnsafeBytes { bytes in SecretBytes(copying: bytes[0..<length]) }
        let passphrase = try Passphrase(line: line)
        guard passphrase.count <= longestPassphrase else { throw PassphraseInputError.tooLong(source) }
        return passphrase
    }
}

/// Turns the terminal's echo off for a while, and back on even when the command is interrupted
/// or stopped meanwhile (Ctrl-C, Ctrl-Z, a closed terminal, a kill): left off, the terminal
/// would hide everything typed afterwards.
private enum EchoOff {
    // Set before the handlers are installed; read by them, which may only call async-signal-safe
    // functions such as tcsetattr.
    nonisolated(unsafe) private static var terminal: Int32 = -1
    nonisolated(unsafe) private static var original = termios()

    static func during<Result>(terminal: Int32, settings: termios, _ body: () throws -> Result) throws -> Result {
        Self.terminal = terminal
        original = settings
        let interruptions = [SIGINT, SIGHUP, SIGTERM, SIGQUIT, SIGTSTP]
        let previousHandlers = interruptions.map { interruption in
            signal(interruption) { received in
                tcsetattr(EchoOff.terminal, TCSAFLUSH, &EchoOff.original)
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        defer {
            tcsetattr(terminal, TCSAFLUSH, &original)
            for (interruption, handler) in zip(interruptions, previousHandlers) { signal(interruption, handler) }
        }
        var silent = settings
        silent.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL)
        guard tcsetattr(terminal, TCSAFLUSH, &silent) == 0 else { throw PassphraseInputError.noTerminal }
        return try body()
    }
}

/// A passphrase that could not be read.
enum PassphraseInputError: JournalFailure, Equatable {
    case noTerminal
    case noTerminalForNew(String)
    case cannotRead(String)
    case readableByOthers(String)
    case tooLong(String)
    case differ

    var problem: String {
        switch self {
        case .noTerminal: "the journal is encrypted, and there is no terminal to ask for its passphrase"
        case .noTerminalForNew: "there is no terminal to ask for the new passphrase"
        case .cannotRead(let source): "cannot read the passphrase from \(source)"
        case .readableByOthers(let path): "the passphrase file \(path) can be read by other users, so it was not used"
        case .tooLong(let source): "the passphrase from \(source) is longer than \(PassphraseInput.longestPassphrase) bytes"
        case .differ: "the two passphrases typed differ, so nothing was changed"
        }
    }

    var advice: String {
        switch self {
        case .noTerminal: "give it with --passphrase-fd N, or name a file holding it in JOURNAL_PASSPHRASE_FILE"
        case .noTerminalForNew(let otherwise): otherwise
        case .cannotRead: "check that it exists and that you may read it"
        case .readableByOthers(let path): "make it yours alone with chmod 600 \(path), or use --passphrase-fd N"
        case .tooLong: "check that it holds the passphrase alone, on its first line"
        case .differ: "try again, typing the same passphrase twice"
        }
    }
}
