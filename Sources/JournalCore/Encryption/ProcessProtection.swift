import CKeyutils
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps what this process holds in memory (a passphrase, a derived key, decrypted entries) out
/// of core dumps, and other processes of the same user from reading its memory through a
/// debugger or /proc.
enum ProcessProtection {
    /// Done once, the first time a secret is made, and never undone: the command is short, and
    /// whatever it decrypted stays in its memory until it ends.
    static func keepSecretsOutOfCoreDumps() {
        _ = isProtected
    }

    /// Whether both took effect. A core-size limit of 0 stops the kernel writing a core file;
    /// not being "dumpable" also stops core handlers such as systemd-coredump (which ignore that
    /// limit) and ptrace by other processes of the user.
    static let isProtected: Bool = {
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        let limited = setrlimit(Int32(RLIMIT_CORE.rawValue), &noCore) == 0
        return journal_set_dumpable(0) == 0 && limited
    }()
}
