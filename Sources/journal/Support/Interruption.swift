import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes a temporary file holding private text when the command is interrupted (Ctrl-C, a
/// closed terminal, a kill) while writing it: an export or digest cut short must not leave its
/// text behind in a hidden file.
enum Interruption {
    /// The file to remove, as a C string made before any signal can arrive: a signal handler
    /// may only call functions like `unlink`, and must not allocate.
    nonisolated(unsafe) private static var pendingPath: UnsafeMutablePointer<CChar>?

    static func removing<Result>(_ path: String, during body: () throws -> Result) throws -> Result {
        pendingPath = strdup(path)
        let interruptions = [SIGINT, SIGHUP, SIGTERM]
        let previousHandlers = interruptions.map { interruption in
            signal(interruption) { received in
                if let path = Interruption.pendingPath { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        defer {
            for (interruption, handler) in zip(interruptions, previousHandlers) { signal(interruption, handler) }
            free(pendingPath)
            pendingPath = nil
        }
        return try body()
    }
}
