import CVipsWrappers
import Foundation
import JournalCore

/// One picture opened with libvips: what it is, and its copy for print.
final class PictureWork {
    let facts: PictureFacts
    private let name: String
    private let kind: AttachmentKind
    /// The file's bytes, which libvips reads from until the work is done.
    private let bytes: PictureBytes

    /// The JPEG quality of print copies: no visible loss on paper at a third of the size of 95.
    private static let jpegQuality = 85

    /// Opens `picture` with the loader of its kind only, reading its header but not its pixels.
    ///
    /// - Throws: `AttachmentError.damaged` when libvips cannot read it as that kind,
    ///   `.tooManyPixels` past `PictureLimits.largestPixelCount`.
    init(_ picture: AttachmentFile) throws(AttachmentError) {
        name = picture.name
        kind = picture.kind
        bytes = PictureBytes(copying: picture.bytes)
        Vips.allowOnlyLoader(for: kind)
        guard let header = VipsPicture(journal_vips_open(bytes.start, bytes.count)) else { throw .damaged(name, kind) }
        let swaps = header.orientationSwapsSides
        facts = PictureFacts(
            kind: kind, width: header.width, height: header.height, orientation: header.orientation,
            uprightWidth: swaps ? header.height : header.width, uprightHeight: swaps ? header.width : header.height,
            pages: header.pageCount, metadata: Self.metadata(named: header.fieldNames))
        // Drawings and pages are drawn at the size asked for, whatever size they declare.
        if !isDrawn, header.width * header.height > PictureLimits.largestPixelCount {
            throw .tooManyPixels(name, width: facts.uprightWidth, height: facts.uprightHeight)
        }
    }

    /// SVG and PDF have no pixels of their own: they are drawn.
    private var isDrawn: Bool { kind == .svg || kind == .pdf }

    /// The print copy: see `journal-picture print-copy --help`.
    func makePrintCopy() throws(AttachmentError) -> (kind: AttachmentKind, width: Int, height: Int, bytes: Data) {
        let reduced = VipsPicture(
            journal_vips_thumbnail(
                bytes.start, bytes.count, Int32(PictureLimits.printCopyLongestSide), isDrawn ? 1 : 0))
        guard let upright = reduced?.inSRGB() else { throw .damaged(name, kind) }
        // The pixels are decoded only now, as the copy is computed into memory. Errors from
        // opening the file are left out: the HEIF loader records a seek it recovers from.
        Vips.clearErrors()
        guard let picture = upright.inMemory(), !Vips.hasRecordedAnError else { throw .damaged(name, kind) }
        var opaque = picture
        if picture.hasAlpha {
            guard let alpha = picture.bands(from: picture.bandCount - 1, count: 1)?.minimum() else {
                throw .damaged(name, kind)
            }
            if alpha < picture.opaqueAlpha {
                guard let png = picture.png() else { throw .damaged(name, kind) }
                return (.png, picture.width, picture.height, png)
            }
            guard let withoutAlpha = picture.bands(from: 0, count: picture.bandCount - 1) else {
                throw .damaged(name, kind)
            }
            opaque = withoutAlpha
        }
        guard let jpeg = opaque.jpeg(quality: Self.jpegQuality) else { throw .damaged(name, kind) }
        return (.jpeg, opaque.width, opaque.height, jpeg)
    }

    /// The kinds of metadata that libvips's field names show.
    private static func metadata(named fields: [String]) -> [PictureMetadata] {
        let found = Set(
            fields.compactMap { field -> PictureMetadata? in
                switch field {
                case "exif-data": .exif
                case _ where field.hasPrefix("exif-ifd3-"): .gps
                case "xmp-data": .xmp
                case "iptc-data": .iptc
                case "icc-profile-data": .icc
                case "pdf-n_pages": nil
                case _ where field.contains("comment") || field.hasPrefix("pdf-"): .text
                default: nil
                }
            })
        return PictureMetadata.allCases.filter(found.contains)
    }
}

/// A picture's bytes at an address that stays put, for libvips, which keeps reading from it
/// after the call that was given it returns.
private final class PictureBytes {
    private let buffer: UnsafeMutableRawBufferPointer

    init(copying bytes: Data) {
        buffer = .allocate(byteCount: bytes.count, alignment: 16)
        buffer.copyBytes(from: bytes)
    }

    deinit {
        buffer.deallocate()
    }

    var start: UnsafeRawPointer? { UnsafeRawPointer(buffer.baseAddress) }
    var count: Int { buffer.count }
}
