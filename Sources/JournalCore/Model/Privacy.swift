/// Which entries may be shown: the one rule the digest, export, stats and search apply to
/// private entries.
///
/// A private entry never leaves the journal (digest, export, and stats, where a tag used on
/// private entries alone would show its name) unless the writer asks for it with
/// `--include-private`; then it is only counted. Search looks in the writer's own journal, and
/// finds private entries too, marked as private.
public enum Privacy: Sendable, Equatable {
    /// Private entries are left out.
    case leavesOutPrivate
    /// Every entry, private ones included.
    case includesPrivate

    /// `includesPrivate` when asked for, else `leavesOutPrivate`.
    public init(includingPrivate: Bool) {
        self = includingPrivate ? .includesPrivate : .leavesOutPrivate
    }

    /// Whether `entry` is shown.
    public func shows(_ entry: Entry) -> Bool {
        self == .includesPrivate || !entry.isPrivate
    }

    /// The same rule in SQL, over the `entry` table; nil when every entry is shown.
    var sqlCondition: String? {
        self == .includesPrivate ? nil : "NOT entry.isPrivate"
    }
}
