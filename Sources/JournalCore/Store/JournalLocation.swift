/// Where the journal lives when nobody says otherwise.
public enum JournalLocation {
    /// What chose the journal's path, for messages that name it.
    public enum Origin: Sendable, Equatable {
        /// `--db PATH`.
        case option
        /// `$JOURNAL_DB`.
        case environment
        /// `$XDG_DATA_HOME/journal/journal.sqlite`.
        case dataHome
        /// `~/.local/share/journal/journal.sqlite`.
        case home
    }

    /// `--db`, else `$JOURNAL_DB`, else `$XDG_DATA_HOME/journal/journal.sqlite`, else
    /// `~/.local/share/journal/journal.sqlite`.
    public static func path(explicit: String?, environment: (String) -> String?, home: HomeFolders) -> String {
        locate(explicit: explicit, environment: environment, home: home).path
    }

    /// The path `path(explicit:environment:home:)` gives, and what chose it.
    public static func locate(
        explicit: String?, environment: (String) -> String?, home: HomeFolders
    ) -> (path: String, origin: Origin) {
        if let explicit, !explicit.isEmpty { return (expandingTilde(in: explicit, home: home), .option) }
        if let path = environment("JOURNAL_DB"), !path.isEmpty {
            return (expandingTilde(in: path, home: home), .environment)
        }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environment("XDG_DATA_HOME"), dataHome.hasPrefix("/") {
            return (dataHome + "/journal/journal.sqlite", .dataHome)
        }
        return (home.current + "/.local/share/journal/journal.sqlite", .home)
    }

    /// `path` with a leading `~` or `~name` replaced by that home folder, as a shell would: no
    /// shell does in `--db=~/journal.sqlite` or in a quoted `JOURNAL_DB="~/journal.sqlite"`.
    /// A `~name` of nobody known stays as it is.
    public static func expandingTilde(in path: String, home: HomeFolders) -> String {
        guard path.hasPrefix("~") else { return path }
        let name = path.dropFirst().prefix { $0 != "/" }
        let rest = path.dropFirst(1 + name.count)
        if name.isEmpty { return home.current + rest }
        guard let folder = home.ofUser(String(name)) else { return path }
        return folder + rest
    }
}

/// The home folders a leading `~` names, as the system knows them. The command line looks
/// them up; JournalCore reads neither the environment nor the system's list of users.
public struct HomeFolders: Sendable {
    /// This user's, for `~`.
    public var current: String
    /// The home folder of the user named after a `~`; nil for nobody known.
    public var ofUser: @Sendable (String) -> String?

    public init(current: String, ofUser: @escaping @Sendable (String) -> String?) {
        self.current = current
        self.ofUser = ofUser
    }
}
