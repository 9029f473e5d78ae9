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

    public static func render(_ digest: Digest, format: DigestFormat, brief: Bool, style: TextStyle) -> String {
        switch format {
        case .text: DigestText(digest: digest, brief: brief, style: style).render()
        case .markdown: DigestMarkdown(digest: digest, brief: brief).render()
        case .json: DigestJSON.render(digest)
        case .html: DigestHTML(digest: digest, brief: brief).render()
        }
    }
}
