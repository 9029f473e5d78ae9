/// Limits on the pictures the journal keeps and on the copies it makes for print (issue 18).
public enum PictureLimits {
    /// The largest picture file kept: 50 MB, of 1,000,000 bytes as file managers count them.
    public static let largestFileSize = 50_000_000
    /// The most pixels a picture may have: 300 million, so that a 200-megapixel phone photo
    /// fits but a small file that unpacks into an enormous picture is refused before it fills
    /// the memory.
    public static let largestPixelCount = 300_000_000
    /// The long side of a print copy, in pixels: about 230 dots per inch across an A4 or
    /// Letter page between the digest's margins.
    public static let printCopyLongestSide = 1600
}

/// What journal-picture reads off a picture: `journal-picture inspect FILE` prints it as JSON,
/// `print-copy` as its `source`.
///
/// `{"kind": "jpeg", "width": 4000, "height": 3000, "orientation": 6, "uprightWidth": 3000,
/// "uprightHeight": 4000, "pages": 1, "metadata": ["exif", "gps"]}`
public struct PictureFacts: Codable, Sendable, Equatable {
    public var kind: AttachmentKind
    /// The size in pixels as stored in the file. A PDF's first page counts one pixel per
    /// point (1/72 inch); an SVG its own width and height in CSS pixels.
    public var width: Int
    public var height: Int
    /// The EXIF orientation, 1 to 8; 1 (upright) when the file has none.
    public var orientation: Int
    /// The size once turned as the orientation says: the size a person sees.
    public var uprightWidth: Int
    public var uprightHeight: Int
    /// A PDF's pages; the frames of an animated GIF or WebP; 1 for a single picture. Only the
    /// first is ever shown.
    public var pages: Int
    /// What the file carries besides its pixels, in this order: none of it reaches a print copy.
    public var metadata: [PictureMetadata]

    public init(
        kind: AttachmentKind, width: Int, height: Int, orientation: Int, uprightWidth: Int, uprightHeight: Int,
        pages: Int, metadata: [PictureMetadata]
    ) {
        self.kind = kind
        self.width = width
        self.height = height
        self.orientation = orientation
        self.uprightWidth = uprightWidth
        self.uprightHeight = uprightHeight
        self.pages = pages
        self.metadata = metadata
    }
}

/// Kinds of metadata a picture can carry.
public enum PictureMetadata: String, Codable, Sendable, CaseIterable {
    case exif
    /// EXIF's GPS block: where the photo was taken.
    case gps
    case xmp
    case iptc
    /// An ICC colour profile.
    case icc
    /// Comments and text chunks (PNG, GIF, JPEG).
    case text
}

/// What `journal-picture print-copy FILE OUT` prints as JSON once OUT holds the copy.
///
/// `{"source": {…PictureFacts…}, "copy": {"kind": "jpeg", "width": 1200, "height": 1600,
/// "bytes": 412345}}`
public struct PrintCopyFacts: Codable, Sendable, Equatable {
    public struct Copy: Codable, Sendable, Equatable {
        /// `.jpeg`, or `.png` when the picture has transparent parts.
        public var kind: AttachmentKind
        public var width: Int
        public var height: Int
        public var bytes: Int

        public init(kind: AttachmentKind, width: Int, height: Int, bytes: Int) {
            self.kind = kind
            self.width = width
            self.height = height
            self.bytes = bytes
        }
    }

    public var source: PictureFacts
    public var copy: Copy

    public init(source: PictureFacts, copy: Copy) {
        self.source = source
        self.copy = copy
    }
}

/// What journal-picture prints as JSON when it exits with status 1: why the picture could not
/// be read or copied, without naming the file (the caller knows which it gave).
///
/// `{"failure": "tooManyPixels", "width": 30000, "height": 20000}`,
/// `{"failure": "damaged", "kind": "png"}`
public struct PictureHelperFailure: Codable, Sendable, Equatable {
    public enum Reason: String, Codable, Sendable {
        case missing, isAFolder, notReadable, empty, tooLarge, notAccepted, truncated, damaged, tooManyPixels
        case cannotWrite
    }

    public var failure: Reason
    public var kind: AttachmentKind?
    public var bytes: Int?
    public var width: Int?
    public var height: Int?

    /// The wire form of `error`; nil for the failures only the caller can have (finding and
    /// running the helper, and the journal's own about the pictures it holds).
    public init?(_ error: AttachmentError) {
        switch error {
        case .missing: failure = .missing
        case .isAFolder: failure = .isAFolder
        case .notReadable: failure = .notReadable
        case .empty: failure = .empty
        case .tooLarge(_, let size):
            failure = .tooLarge
            bytes = size
        case .notAccepted: failure = .notAccepted
        case .truncated(_, let kind):
            failure = .truncated
            self.kind = kind
        case .damaged(_, let kind):
            failure = .damaged
            self.kind = kind
        case .tooManyPixels(_, let width, let height):
            failure = .tooManyPixels
            self.width = width
            self.height = height
        case .cannotWriteCopy: failure = .cannotWrite
        case .helperMissing, .helperCannotStart, .helperStopped, .helperTookTooLong, .helperNotUnderstood, .noSuchPicture,
            .onlyContent, .destinationExists, .cannotSave:
            return nil
        }
    }

    /// The error this failure is for the picture `name`; `.helperNotUnderstood` when a detail
    /// it needs is missing.
    public func error(naming name: String) -> AttachmentError {
        switch failure {
        case .missing: return .missing(name)
        case .isAFolder: return .isAFolder(name)
        case .notReadable: return .notReadable(name)
        case .empty: return .empty(name)
        case .tooLarge: return .tooLarge(name, bytes: bytes)
        case .notAccepted: return .notAccepted(name)
        case .truncated:
            guard let kind else { return .helperNotUnderstood }
            return .truncated(name, kind)
        case .damaged:
            guard let kind else { return .helperNotUnderstood }
            return .damaged(name, kind)
        case .tooManyPixels:
            guard let width, let height else { return .helperNotUnderstood }
            return .tooManyPixels(name, width: width, height: height)
        case .cannotWrite: return .cannotWriteCopy
        }
    }
}
