import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes that must not outlive their use: a passphrase, a key. They live in memory of their
/// own, locked out of swap where the system allows it, and are overwritten with zeros when the
/// last reference goes. Creating one turns core dumps off for the rest of the process
/// (`ProcessProtection`), so that no crash writes them to disk.
///
/// A Swift `String` or `Array` cannot be wiped (copies are made freely), so secrets are built
/// in place with `init(count:_:)` and handed on as `SecretBytes`.
public final class SecretBytes: @unchecked Sendable {
    // Written only by `fill` in `init`, read-only afterwards: safe to share between threads.
    private let start: UnsafeMutableRawPointer
    private let capacity: Int
    private let isLocked: Bool

    /// How many bytes there are.
    public let count: Int

    /// `count` bytes (0 or more) filled in place by `fill`; wiped at once when `fill` throws.
    public init(count: Int, _ fill: (UnsafeMutableRawBufferPointer) throws -> Void) rethrows {
        ProcessProtection.keepSecretsOutOfCoreDumps()
        self.count = count
        capacity = max(count, 1)
        start = .allocate(byteCount: capacity, alignment: 16)
        start.initializeMemory(as: UInt8.self, repeating: 0, count: capacity)
        isLocked = mlock(start, capacity) == 0
        do {
            try fill(UnsafeMutableRawBufferPointer(start: start, count: count))
        } catch {
            explicit_bzero(start, capacity)
            throw error
        }
    }

    /// A copy of `bytes`; the caller wipes the original if it can.
    public convenience init<Bytes: Collection>(copying bytes: Bytes) where Bytes.Element == UInt8 {
        self.init(count: bytes.count) { buffer in buffer.copyBytes(from: bytes) }
    }

    deinit {
        explicit_bzero(start, capacity)
        if isLocked { munlock(start, capacity) }
        start.deallocate()
    }

    /// Calls `body` with the bytes, which must not escape it.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }
}

extension SecretBytes: Equatable {
    /// Compares in time that depends on the length only, not on where the bytes first differ.
    public static func == (left: SecretBytes, right: SecretBytes) -> Bool {
        guard left.count == right.count else { return false }
        return left.withUnsafeBytes { leftBytes in
            right.withUnsafeBytes { rightBytes in
                zip(leftBytes, rightBytes).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
            }
        }
    }
}
