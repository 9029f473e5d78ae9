import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The environment variables journal reads, one at a time.
///
/// `ProcessInfo.environment` copies the whole environment into a dictionary on every use,
/// slow next to the rest of `journal add`.
enum Environment {
    static subscript(name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// `$HOME`, else the home folder the system knows for this user.
    static var homeDirectory: String {
        Self["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// The home folders a leading `~` names: this user's, and any other's the system knows.
    static var homeFolders: HomeFolders {
        HomeFolders(current: homeDirectory) { name in
            getpwnam(name).map { String(cString: $0.pointee.pw_dir) }
        }
    }
}
