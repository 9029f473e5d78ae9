import Foundation

/// The kinds of picture the journal keeps: what phones, drawing apps and scanners make.
///
/// A file's kind is read from its content (its first bytes, its ISO base media brands, its
/// XML root element), never from its name, which anything can have.
public enum AttachmentKind: String, Codable, Sendable, CaseIterable {
    case jpeg
    case png
    case gif
    case webp
    /// HEIF holding HEVC pictures, as phones take them (brands `heic`, `heix`, `hevc`, …).
    case heic
    /// HEIF with only the general brands `mif1` or `msf1`; AVIF, HEIF holding AV1, is not kept.
    case heif
    case svg
    case pdf

    /// The media type, as in an HTML `<img>`'s source or JSON's `"type"`.
    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .heic: "image/heic"
        case .heif: "image/heif"
        case .svg: "image/svg+xml"
        case .pdf: "application/pdf"
        }
    }

    /// The name a person knows the kind by.
    public var displayName: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .webp: "WebP"
        case .heic: "HEIC"
        case .heif: "HEIF"
        case .svg: "SVG"
        case .pdf: "PDF"
        }
    }

    /// "JPEG, PNG, GIF, WebP, HEIC or HEIF, SVG or PDF", for messages that name them all.
    public static var acceptedNames: String {
        "JPEG, PNG, GIF, WebP, HEIC or HEIF, SVG or PDF"
    }

    /// The kind of the picture in `bytes`, once its structure holds together as far as can be
    /// told without decoding it: the lengths it declares fit in the file and its end marker
    /// (where the format requires one) is there.
    ///
    /// - Throws: `AttachmentError.empty`, `.notAccepted` or `.truncated`, naming the file `name`.
    public static func recognising(_ bytes: Data, name: String) throws(AttachmentError) -> AttachmentKind {
        if bytes.isEmpty { throw .empty(name) }
        let recognition = bytes.withUnsafeBytes { ContentStructure(bytes: $0).recognise() }
        switch recognition {
        case .complete(let kind): return kind
        case .truncated(let kind): throw .truncated(name, kind)
        case .unknown: throw .notAccepted(name)
        }
    }
}
