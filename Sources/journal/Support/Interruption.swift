import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What Ctrl-C, a closed terminal or a polite kill (SIGINT, SIGHUP, SIGTERM) do to a command
/// while it holds private text or writing that exists nowhere else.
enum Interruption {
    private static let signals = [SIGINT, SIGHUP, SIGTERM]

    /// From now until journal ends, those signals are held off: journal outlives them (the
    /// editor, which gets them too, may not), so that what was written is stored or kept, and
    /// the message that says where reaches the terminal if there still is one. A closing
    /// terminal may send them more than once, and at any moment, until journal has ended.
    static func holdOffFromNowOn() {
        // A handler that does nothing rather than SIG_IGN: it lets a wait return, and the
        // editor, whose signals start at their defaults, is left to react as it does.
        for interruption in signals { signal(interruption) { _ in } }
    }

    /// The file to remove, as a C string made before any signal can arrive: a signal handler
    /// may only call functions like `unlink`, and must not allocate.
    nonisolated(unsafe) private static var pendingPath: UnsafeMutablePointer<CChar>?

    /// Removes a temporary file holding private text when the command is interrupted while
    /// writing it: an export or digest cut short must not leave its text behind in a hidden
    /// file.
    static func removing<Result>(_ path: String, during body: () throws -> Result) throws -> Result {
        pendingPath = strdup(path)
        let previousHandlers = signals.map { interruption in
            signal(interruption) { received in
                if let path = Interruption.pendingPath { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        defer {
            for (interruption, handler) in zip(signals, previousHandlers) { signal(interruption, handler) }
            free(pendingPath)
            pendingPath = nil
        }
        return try body()
    }
}
