/// What `journal import` says it did.
public enum ImportRendering {
    /// One line: the entries added (and the pictures, when any were), those skipped as already
    /// in the journal and as empty, what was left behind by kind, then each other kind the file
    /// held, in the order of `RecordKind`:
    ///
    ///     Added 3 entries, skipped 1 entry already in the journal, skipped 1 empty entry, left
    ///     behind 2 photos and 1 video (missing from the file, damaged, or of a kind journal does not keep); 1 of 2 sessions added.
    ///
    /// A dry run says what it would have done, and that nothing was stored.
    public static func summary(_ summary: ImportSummary, dryRun: Bool) -> String {
        let leftBehind = ImportedMedia.Kind.allCases.compactMap { kind -> String? in
            let count = summary.leftBehind(kind)
            return count > 0 ? Wording.count(count, kind.name, kind.pluralName) : nil
        }
        var line = [
            "\(dryRun ? "Would add" : "Added") \(Wording.count(summary.added(.entry), "entry", "entries"))"
                + (summary.picturesAdded > 0 ? " and \(Wording.count(summary.picturesAdded, "picture", "pictures"))" : ""),
            "\(dryRun ? "would skip" : "skipped") \(Wording.count(summary.skipped(.entry), "entry", "entries")) already in the journal",
            "\(dryRun ? "would skip" : "skipped") \(Wording.count(summary.emptyEntriesSkipped, "empty entry", "empty entries"))",
            leftBehind.isEmpty
                ? "\(dryRun ? "would leave" : "left") nothing behind"
                : "\(dryRun ? "would leave" : "left") behind \(DigestPhrases.listed(leftBehind)) (missing from the file, damaged, or of a kind journal does not keep)",
        ].joined(separator: ", ")
        let others = RecordKind.allCases.filter { $0 != .entry }.compactMap { kind -> String? in
            let total = summary.added(kind) + summary.skipped(kind)
            return total > 0 ? "\(summary.added(kind)) of \(Wording.count(total, kind.name, kind.pluralName)) added" : nil
        }
        if !others.isEmpty { line += "; " + others.joined(separator: ", ") }
        return line + (dryRun ? ". Nothing was stored (--dry-run).\n" : ".\n")
    }
}
