import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the journal lives when nobody says otherwise.
public enum JournalLocation {
    /// `--db`, else `$JOURNAL_DB`, else `$XDG_DATA_HOME/journal/journal.sqlite`, else
    /// `~/.local/share/journal/journal.sqlite`.
    public static func path(
        explicit: String?, environment: (String) -> String?, homeDirectory: String
    ) -> String {
        if let explicit, !explicit.isEmpty { return expandingTilde(in: explicit, homeDirectory: homeDirectory) }
        if let path = environment("JOURNAL_DB"), !path.isEmpty {
            return expandingTilde(in: path, homeDirectory: homeDirectory)
        }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environment("XDG_DATA_HOME"), dataHome.hasPrefix("/") {
            return dataHome + "/journal/journal.sqlite"
        }
        return homeDirectory + "/.local/share/journal/journal.sqlite"
    }

    /// `path` with a leading `~` or `~name` replaced by that home folder, as a shell would: no
    /// shell does in `--db=~/journal.sqlite` or in a quoted `JOURNAL_DB="~/journal.sqlite"`.
    /// A `~name` of nobody known stays as it is.
    public static func expandingTilde(in path: String, homeDirectory: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let name = path.dropFirst().prefix { $0 != "/" }
        let rest = path.dropFirst(1 + name.count)
        if name.isEmpty { return homeDirectory + rest }
        guard let account = getpwnam(String(name)) else { return path }
        return String(cString: account.pointee.pw_dir) + rest
    }
}
