import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a script that tests run, closed on exec: a copy of the descriptor held by a child that
/// another test forks meanwhile would make running it fail ("text file busy").
func writeExecutable(_ contents: String, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(descriptor) }
    let bytes = Array(contents.utf8)
    guard write(descriptor, bytes, bytes.count) == bytes.count, fchmod(descriptor, 0o755) == 0 else {
        throw CocoaError(.fileWriteUnknown)
    }
}
