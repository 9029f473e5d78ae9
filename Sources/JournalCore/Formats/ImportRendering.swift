/// What `journal import` says it did.
public enum ImportRendering {
    /// `Added 3 entries, skipped 1 entry already in the journal, 1 of 2 sessions added.`: the
    /// entries always, the pictures when any were added, then each other kind the file held, in
    /// the order of `RecordKind`. A dry
    /// run says what it would have added, and that nothing was stored.
    public static func summary(_ summary: ImportSummary, dryRun: Bool) -> String {
        var parts = [
            "\(dryRun ? "Would add" : "Added") \(Wording.count(summary.added(.entry), "entry", "entries"))",
            "skipped \(Wording.count(summary.skipped(.entry), "entry", "entries")) already in the journal",
        ]
        if summary.picturesAdded > 0 { parts.append("\(Wording.count(summary.picturesAdded, "picture", "pictures")) added") }
        for kind in RecordKind.allCases where kind != .entry {
            let total = summary.added(kind) + summary.skipped(kind)
            if total > 0 { parts.append("\(summary.added(kind)) of \(Wording.count(total, kind.name, kind.pluralName)) added") }
        }
        return parts.joined(separator: ", ") + (dryRun ? ". Nothing was stored (--dry-run).\n" : ".\n")
    }
}
