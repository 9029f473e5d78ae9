import Foundation

/// A picture kept with an entry, as `list`, `show` and the digest know it: everything but its
/// bytes, which only `journal attachment save`, the digest's print copies and the exports read.
public struct Attachment: Equatable, Sendable {
    /// Its place among the entry's pictures: 1, 2, 3, … in the order they were attached, with
    /// no gaps (detaching one moves those after it up a place).
    public var number: Int
    /// The original file's name, without its folder (see `AttachmentName`).
    public var name: String
    public var kind: AttachmentKind
    /// The original file's size in bytes.
    public var byteCount: Int
    /// The size a person sees, in pixels, once turned as its EXIF orientation says. A PDF's
    /// first page counts one pixel per point (1/72 inch); an SVG its own width and height.
    public var width: Int
    public var height: Int
    /// A PDF's pages, the frames of an animated GIF or WebP; 1 for a single picture.
    public var pageCount: Int
    /// When it was attached, to the second.
    public var attachedAt: Date

    public init(
        number: Int, name: String, kind: AttachmentKind, byteCount: Int, width: Int, height: Int, pageCount: Int,
        attachedAt: Date
    ) {
        self.number = number
        self.name = name
        self.kind = kind
        self.byteCount = byteCount
        self.width = width
        self.height = height
        self.pageCount = pageCount
        self.attachedAt = attachedAt
    }
}

/// A picture's print copy, as the digest shows it under its entry: at most
/// `PictureLimits.printCopyLongestSide` pixels on its long side, upright, without metadata.
public struct PrintedPicture: Equatable, Sendable {
    public var attachment: Attachment
    /// `.jpeg`, or `.png` when the picture has transparent parts.
    public var kind: AttachmentKind
    public var width: Int
    public var height: Int
    public var bytes: Data
}

/// The names the journal keeps for pictures.
enum AttachmentName {
    /// The longest name kept, in characters; a longer one keeps its start and its extension.
    static let longest = 200

    /// `name` as the journal keeps it: the part after its last `/`, with control characters
    /// (line breaks, escape sequences, NUL) as `_`, so that it can be shown on a terminal and
    /// used as a file name in a folder; `picture.jpg` (of its kind) when nothing is left of it.
    static func cleaned(_ name: String, kind: AttachmentKind) -> String {
        let lastPart = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var scalars = String.UnicodeScalarView()
        for scalar in lastPart.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
            scalars.append(isControl ? "_" : scalar)
        }
        var cleaned = String(scalars)
        if cleaned.count > longest {
            let dot = cleaned.lastIndex(of: ".").flatMap { cleaned.distance(from: $0, to: cleaned.endIndex) <= 10 ? $0 : nil }
            let fileExtension = dot.map { String(cleaned[$0...]) } ?? ""
            cleaned = String(cleaned.prefix(longest - fileExtension.count)) + fileExtension
        }
        guard !cleaned.allSatisfy({ $0 == "." || $0.isWhitespace }) else { return "picture." + kind.fileExtension }
        return cleaned
    }
}

extension AttachmentKind {
    /// The usual extension of a file of this kind, without its dot.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .gif: "gif"
        case .webp: "webp"
        case .heic: "heic"
        case .heif: "heif"
        case .svg: "svg"
        case .pdf: "pdf"
        }
    }
}
