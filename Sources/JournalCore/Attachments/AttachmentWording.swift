/// How pictures are named in what the journal prints: the same words in `show`, `list`, the
/// digests and the exports.
public enum AttachmentWording {
    /// What a person calls it: `drawing` for an SVG, `PDF` for a PDF, `picture` for the rest (a
    /// JPEG or PNG may be a photo, a scan or a drawing; its content cannot tell which).
    public static func noun(_ kind: AttachmentKind) -> String {
        switch kind {
        case .svg: "drawing"
        case .pdf: "PDF"
        case .jpeg, .png, .gif, .webp, .heic, .heif: "picture"
        }
    }

    /// Where it stands in a text or Markdown digest: `[picture: storm.jpg, 1240×1754]`,
    /// `[PDF: worksheet.pdf, 2 pages]`.
    public static func placeholder(_ attachment: Attachment) -> String {
        placeholder(attachment, name: attachment.name)
    }

    /// The placeholder in Markdown, its name escaped so that it reads as written.
    static func markdownPlaceholder(_ attachment: Attachment) -> String {
        placeholder(attachment, name: MarkdownText.inline(attachment.name))
    }

    private static func placeholder(_ attachment: Attachment, name: String) -> String {
        "[\(noun(attachment.kind)): \(name), \(size(of: attachment, compact: true))]"
    }

    /// `JPEG, 4000 × 3000, 3.5 MB`; `PDF, 2 pages, 12 KB`: what `show` says after the name.
    public static func details(_ attachment: Attachment) -> String {
        "\(attachment.kind.displayName), \(size(of: attachment, compact: false)), \(byteCount(attachment.byteCount))"
    }

    /// `1240×1754` (compact) or `1240 × 1754`; a PDF's pages instead, whose size in points
    /// means little to a person.
    static func size(of attachment: Attachment, compact: Bool) -> String {
        if attachment.kind == .pdf { return Wording.count(attachment.pageCount, "page", "pages") }
        return compact ? "\(attachment.width)×\(attachment.height)" : "\(attachment.width) × \(attachment.height)"
    }

    /// `640 bytes`, `12 KB`, `3.5 MB`: in units of 1,000, as file managers show them, rounded
    /// up (megabytes to a tenth).
    public static func byteCount(_ bytes: Int) -> String {
        if bytes < 1000 { return Wording.count(bytes, "byte", "bytes") }
        if bytes < 1_000_000 { return "\((bytes + 999) / 1000) KB" }
        return AttachmentError.megabytes(bytes)
    }

    /// `2 pictures`, for the line of an entry in `list` and `search`.
    public static func count(_ attachments: [Attachment]) -> String {
        Wording.count(attachments.count, "picture", "pictures")
    }
}
