/// The formats of `journal prep`.
public enum DigestFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    /// One self-contained page to print or read on a tablet.
    case html
}

/// Renders a `Digest`; each format is one renderer of the same value.
public enum DigestRendering {
    /// How many lines of each other entry `--brief` keeps.
    public static let briefLineCount = 2

    /// `full` shows each check-in's answers item by item in the text digest too; the Markdown
    /// and HTML digests always do, the JSON never (`check-in list --format json` has them).
    public static func render(_ digest: Digest, format: DigestFormat, brief: Bool, full: Bool = false, style: TextStyle) -> String {
        switch format {
        case .text: DigestText(digest: digest, brief: brief, full: full, style: style).render()
        case .markdown: DigestMarkdown(digest: digest, brief: brief).render()
        case .json: DigestJSON.render(digest)
        case .html: DigestHTML(digest: digest, brief: brief).render()
        }
    }
}

extension DigestRendering {
    /// What was left out of the digest, for the writer alone (on the terminal, never in the
    /// digest a therapist reads: it would say that something is hidden): private entries,
    /// worksheets and messages, and the entries left out with `--exclude`. One line each; empty when nothing was.
    public static func leftOut(_ digest: Digest) -> [String] {
        var notes: [String] = []
        if digest.privateExcluded > 0 {
            notes.append("Left out \(Wording.count(digest.privateExcluded, "private entry", "private entries")); --include-private adds them.")
        }
        for case .messages(let messages) in digest.sections where messages.privateExcluded > 0 {
            notes.append(
                "Left out \(Wording.count(messages.privateExcluded, "private message", "private messages")); --include-private adds them.")
        }
        for case .worksheets(let worksheets) in digest.sections where worksheets.privateExcluded > 0 {
            notes.append(
                "Left out \(Wording.count(worksheets.privateExcluded, "private worksheet", "private worksheets")); --include-private adds them.")
        }
        if digest.excluded > 0 {
            notes.append("Left out \(Wording.count(digest.excluded, "entry", "entries")) you chose with --exclude.")
        }
        return notes
    }
}
