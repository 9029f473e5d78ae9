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

    /// The files to remove, as C strings made before any signal can arrive, the list ended by
    /// nil: a signal handler may only call functions like `unlink`, and must not allocate.
    nonisolated(unsafe) private static var pendingPaths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// Removes a temporary file holding private text when the command is interrupted while
    /// writing it: an export or digest cut short must not leave its text behind in a hidden
    /// file. With `isDatabase`, SQLite's `-wal`, `-shm` and `-journal` files beside it too.
    static func removing<Result>(_ path: String, isDatabase: Bool = false, during body: () throws -> Result) throws -> Result {
        let paths = [path] + (isDatabase ? ["-wal", "-shm", "-journal"].map { path + $0 } : [])
        let pending = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: paths.count + 1)
        for (index, path) in paths.enumerated() { pending[index] = strdup(path) }
        pending[paths.count] = nil
        pendingPaths = pending
        // A signal the caller ignores (nohup ignores SIGHUP) stays ignored: the command then
        // runs to its end, and leaves nothing behind either.
        let previousHandlers = signals.map { interruption in
            let previous = signal(interruption, SIG_IGN)
            guard unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) else { return previous }
            signal(interruption) { received in
                if var next = Interruption.pendingPaths {
                    while let path = next.pointee {
                        unlink(path)
                        next += 1
                    }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            return previous
        }
        defer {
            for (interruption, handler) in zip(signals, previousHandlers) { signal(interruption, handler) }
            pendingPaths = nil
            for index in 0..<paths.count { free(pending[index]) }
            pending.deallocate()
        }
        return try body()
    }
}
