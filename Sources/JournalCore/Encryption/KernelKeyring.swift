import CKeyutils
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keys kept for a while in the Linux kernel's session keyring (keyrings(7)), where
/// `journal unlock` leaves a journal's derived key so that the next commands of the same login
/// session neither ask for the passphrase nor derive the key again.
///
/// A key is a "user" key in the session keyring, readable only by processes of that session
/// (its possessors), never swapped out, and removed by the kernel when its time runs out or the
/// session ends. Other sessions of the same user (another login, a cron job) do not see it.
public struct KernelKeyring: Sendable {
    /// The session keyring's serial number.
    private let keyring: key_serial_t

    /// How long a key is kept at most: the kernel's timeout is in seconds, as an `unsigned`.
    public static let longestTime = Duration.seconds(Int64(UInt32.max))

    /// The session keyring, when this process may use it; throws
    /// `KeyringError.unavailable` with the reason when not (no kernel support, or a container
    /// or sandbox that forbids the keyctl system call).
    public init() throws {
        // Not "create": a process without a session keyring would get a new one of its own, which
        // ends with it, and a kept key with it. Without, the kernel gives it the user's default
        // session keyring, which the user's other processes without a session share. Named by
        // its number from then on: the kernel may still give KEY_SPEC_SESSION_KEYRING, asked to
        // add a key, a new session keyring of this process's own.
        let keyring = keyctl_get_keyring_ID(KEY_SPEC_SESSION_KEYRING, 0)
        guard keyring >= 0 else { throw KeyringError.unavailable(reason: KeyringError.reason(errno)) }
        self.keyring = keyring
    }

    /// Keeps `payload` under `name` for `time` (rounded up to whole seconds, at least one),
    /// replacing what was kept under that name before.
    public func store(_ payload: SecretBytes, as name: String, for time: Duration) throws {
        let seconds = min(max(1, (time + .nanoseconds(999_999_999)).components.seconds), Int64(UInt32.max))
        let permissions = key_perm_t(
            KEY_POS_VIEW | KEY_POS_READ | KEY_POS_WRITE | KEY_POS_SEARCH | KEY_POS_SETATTR | KEY_USR_VIEW)
        let serial = payload.withUnsafeBytes { bytes in
            add_key("user", name, bytes.baseAddress, bytes.count, keyring)
        }
        guard serial >= 0 else { throw KeyringError.failed(reason: KeyringError.reason(errno)) }
        // Restricted before the timeout is set: a key that could not be restricted is removed.
        guard keyctl_setperm(serial, permissions) == 0, keyctl_set_timeout(serial, UInt32(seconds)) == 0 else {
            let error = errno
            keyctl_invalidate(serial)
            throw KeyringError.failed(reason: KeyringError.reason(error))
        }
    }

    /// What is kept under `name`, or nil when nothing is (never kept, forgotten, or expired).
    public func read(_ name: String) throws -> SecretBytes? {
        guard let serial = try find(name) else { return nil }
        var buffer: UnsafeMutableRawPointer?
        let length = keyctl_read_alloc(serial, &buffer)
        guard length >= 0, let buffer else {
            // It expired or was forgotten between finding it and reading it.
            if errno == EKEYEXPIRED || errno == EKEYREVOKED || errno == ENOKEY { return nil }
            throw KeyringError.failed(reason: KeyringError.reason(errno))
        }
        defer {
            explicit_bzero(buffer, Int(length))
            free(buffer)
        }
        return SecretBytes(copying: UnsafeRawBufferPointer(start: buffer, count: Int(length)))
    }

    /// Removes what is kept under `name` at once; false when nothing was.
    @discardableResult
    public func forget(_ name: String) throws -> Bool {
        guard let serial = try find(name) else { return false }
        guard keyctl_invalidate(serial) == 0 else {
            if errno == ENOKEY || errno == EKEYEXPIRED || errno == EKEYREVOKED { return false }
            throw KeyringError.failed(reason: KeyringError.reason(errno))
        }
        return true
    }

    private func find(_ name: String) throws -> key_serial_t? {
        let serial = keyctl_search(keyring, "user", name, 0)
        guard serial >= 0 else {
            if errno == ENOKEY || errno == EKEYEXPIRED || errno == EKEYREVOKED { return nil }
            throw KeyringError.failed(reason: KeyringError.reason(errno))
        }
        return key_serial_t(serial)
    }
}

/// Why the kernel keyring could not be used.
public enum KeyringError: JournalFailure, Equatable {
    /// No session keyring for this process: the passphrase is asked for every time.
    case unavailable(reason: String)
    case failed(reason: String)

    public var problem: String {
        switch self {
        case .unavailable(let reason): "the kernel keyring is not available here (\(reason)), so the key cannot be kept"
        case .failed(let reason): "the kernel keyring refused to keep or give back the key (\(reason))"
        }
    }

    public var advice: String {
        switch self {
        case .unavailable:
            "journal will ask for the passphrase each time; containers often forbid the keyring, a normal login session has one"
        case .failed: "try again, or lock and unlock the journal again"
        }
    }

    /// The reason behind `error`, an errno of the keyctl calls, in plain words.
    static func reason(_ error: Int32) -> String {
        switch error {
        case ENOSYS: "this kernel has no key retention service"
        case EPERM, EACCES: "the system does not allow this program to use it"
        case EDQUOT: "the keyring is full"
        case ENOMEM: "out of memory"
        default: String(cString: strerror(error)).lowercased()
        }
    }
}
