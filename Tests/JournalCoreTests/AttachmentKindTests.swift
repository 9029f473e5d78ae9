import Foundation
import Testing

@testable import JournalCore

/// Files of each kind, written byte by byte: their framing is real, their pixels are not (the
/// kind is told from the framing alone).
enum FramedFiles {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func bigEndian32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static func littleEndian32(_ value: Int) -> [UInt8] { bigEndian32(value).reversed() }

    /// A JPEG segment: marker, then a length that counts itself.
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    /// A JPEG whose EXIF block holds a thumbnail with its own end marker, whose scan holds
    /// stuffed FF bytes and a restart marker, and with a phone's second picture after its end.
    static let jpeg: [UInt8] =
        [0xFF, 0xD8]
        + segment(0xE0, bytes("JFIF") + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        + segment(0xE1, bytes("Exif") + [0, 0, 0xFF, 0xD8, 0xFF, 0xD9])
        + segment(0xDB, [0] + Array(repeating: 1, count: 64))
        + segment(0xC0, [8, 0, 16, 0, 16, 1, 1, 0x11, 0])
        + segment(0xDA, [1, 1, 0, 0, 63, 0])
        + [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]
        + [0xFF, 0xD9]
        + [0xFF, 0xD8, 0xFF, 0xE1, 0, 4, 0, 0]

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        bigEndian32(data.count) + bytes(type) + data + [0, 0, 0, 0]
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func png(width: Int = 16, height: Int = 16) -> [UInt8] {
        pngSignature
            + pngChunk("IHDR", bigEndian32(width) + bigEndian32(height) + [8, 2, 0, 0, 0])
            + pngChunk("IDAT", [0x78, 0x9C, 1, 2, 3, 4])
            + pngChunk("IEND", [])
    }

    /// A GIF with a global colour table, a graphic control extension and one picture.
    static let gifWithoutTrailer: [UInt8] =
        bytes("GIF89a") + [1, 0, 1, 0, 0x80, 0, 0] + [0, 0, 0, 255, 255, 255]
        + [0x21, 0xF9, 4, 1, 0, 0, 0, 0]
        + [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0] + [2, 2, 0x4C, 0x01, 0]
    static let gif = gifWithoutTrailer + [0x3B]

    static func webp(declaringExtra extra: Int = 0) -> [UInt8] {
        let chunk = bytes("VP8L") + littleEndian32(5) + [0x2F, 0, 0, 0, 0] + [0]
        return bytes("RIFF") + littleEndian32(4 + chunk.count + extra) + bytes("WEBP") + chunk
    }

    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        bigEndian32(payload.count + 8) + bytes(type) + payload
    }

    static func isoMedia(brands major: String, _ compatible: [String], mediaData: [UInt8] = [1, 2, 3, 4]) -> [UInt8] {
        box("ftyp", bytes(major) + [0, 0, 0, 0] + compatible.flatMap(bytes))
            + box("meta", [0, 0, 0, 0])
            + box("mdat", mediaData)
    }

    static let heic = isoMedia(brands: "heic", ["mif1", "heic"])

    static let pdf: [UInt8] = bytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

    static let svg: [UInt8] = bytes(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- made by hand -->
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
          <!ENTITY colour "red">
        ]>
        <svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" data-note="a > b">
          <rect width="20" height="10" fill="blue"/>
        </svg>

        """)
}

@Suite("Telling a picture's kind from its content")
struct AttachmentKindTests {
    func kind(_ bytes: [UInt8]) throws -> AttachmentKind {
        try AttachmentKind.recognising(Data(bytes), name: "picture")
    }

    @Test func eachKindIsRecognisedByItsContent() throws {
        #expect(try kind(FramedFiles.jpeg) == .jpeg)
        #expect(try kind(FramedFiles.png()) == .png)
        #expect(try kind(FramedFiles.gif) == .gif)
        #expect(try kind(FramedFiles.webp()) == .webp)
        #expect(try kind(FramedFiles.heic) == .heic)
        #expect(try kind(FramedFiles.isoMedia(brands: "mif1", ["mif1"])) == .heif)
        #expect(try kind(FramedFiles.isoMedia(brands: "msf1", ["msf1", "iso8"])) == .heif)
        #expect(try kind(FramedFiles.pdf) == .pdf)
        #expect(try kind(FramedFiles.svg) == .svg)
    }

    @Test func mediaTypesAreTheRegisteredOnes() {
        #expect(AttachmentKind.allCases.map(\.mediaType) == [
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif", "image/svg+xml",
            "application/pdf",
        ])
    }

    @Test func aPhonesHEICIsRecognisedByAnHEVCBrandAmongItsCompatibleOnes() throws {
        #expect(try kind(FramedFiles.isoMedia(brands: "mif1", ["mif1", "heic", "miaf"])) == .heic)
        #expect(try kind(FramedFiles.isoMedia(brands: "msf1", ["msf1", "hevc"])) == .heic)
    }

    @Test func svgVariantsAreRecognised() throws {
        let variants = [
            #"<svg xmlns="http://www.w3.org/2000/svg"/>"#,
            "\u{FEFF}<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
            "\n  <svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:rect/></svg:svg>\n",
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n</svg >\n<!-- saved by an app -->\n",
            "<?xml version=\"1.0\"?><svg width='1' title='</svg'><g/></svg>",
        ]
        for variant in variants {
            #expect(try kind(FramedFiles.bytes(variant)) == .svg, "\(variant)")
        }
    }

    @Test func aPDFMayHaveBytesBeforeItsHeaderAndAfterItsEnd() throws {
        #expect(try kind(FramedFiles.bytes("garbage\n") + FramedFiles.pdf + FramedFiles.bytes("\n\n")) == .pdf)
    }

    @Test func aGIFThatEndsAfterAWholePictureWithoutItsTrailerIsKept() throws {
        #expect(try kind(FramedFiles.gifWithoutTrailer) == .gif)
    }

    @Test func theNameDoesNotDecide() throws {
        #expect(try AttachmentKind.recognising(Data(FramedFiles.png()), name: "photo.jpg") == .png)
        #expect(throws: AttachmentError.notAccepted("photo.jpg")) {
            try AttachmentKind.recognising(Data("not a photo".utf8), name: "photo.jpg")
        }
    }

    static let otherKinds: [(String, [UInt8])] = [
        ("plain text", FramedFiles.bytes("Dear diary, today was long.\n")),
        ("TIFF", [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 0, 0]),
        ("BMP", FramedFiles.bytes("BM") + [0, 0, 0, 0]),
        ("ZIP", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]),
        ("gzipped SVG", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0]),
        ("AVIF", FramedFiles.isoMedia(brands: "avif", ["avif", "mif1", "miaf"])),
        ("MP4 film", FramedFiles.isoMedia(brands: "isom", ["isom", "mp42"])),
        ("HTML", FramedFiles.bytes("<!DOCTYPE html><html><body><svg></svg></body></html>")),
        ("XML of another root", FramedFiles.bytes("<?xml version=\"1.0\"?><note><svg/></note>")),
        ("RIFF that is not WebP", FramedFiles.bytes("RIFF") + FramedFiles.littleEndian32(4) + FramedFiles.bytes("WAVE")),
    ]

    @Test(arguments: otherKinds.map(\.0))
    func otherKindsAreRefusedNamingTheKindsAccepted(name: String) throws {
        let bytes = try #require(Self.otherKinds.first { $0.0 == name }?.1)
        #expect(throws: AttachmentError.notAccepted("file")) { try AttachmentKind.recognising(Data(bytes), name: "file") }
        let error = AttachmentError.notAccepted("notes.txt")
        #expect(error.problem == "notes.txt is not a kind of picture journal keeps")
        #expect(error.advice.contains("JPEG, PNG, GIF, WebP, HEIC or HEIF, SVG or PDF"))
    }

    @Test func anEmptyFileIsRefusedAsEmpty() {
        #expect(throws: AttachmentError.empty("blank.png")) { try AttachmentKind.recognising(Data(), name: "blank.png") }
    }

    static let truncations: [(String, [UInt8], AttachmentKind)] = [
        ("JPEG cut in its scan", Array(FramedFiles.jpeg.prefix(FramedFiles.jpeg.count - 12)), .jpeg),
        ("JPEG cut in a segment", Array(FramedFiles.jpeg.prefix(30)), .jpeg),
        ("JPEG cut after its markers' FF", [0xFF, 0xD8, 0xFF], .jpeg),
        ("PNG without IEND", Array(FramedFiles.png().dropLast(12)), .png),
        ("PNG cut in IDAT", Array(FramedFiles.png().prefix(40)), .png),
        ("GIF cut in its picture", Array(FramedFiles.gif.prefix(FramedFiles.gif.count - 4)), .gif),
        ("GIF with no picture", Array(FramedFiles.gif.prefix(13)), .gif),
        ("WebP shorter than it says", FramedFiles.webp(declaringExtra: 100), .webp),
        ("HEIC cut in its media data", Array(FramedFiles.heic.dropLast(2)), .heic),
        ("PDF without %%EOF", Array(FramedFiles.pdf.dropLast(7)), .pdf),
        ("SVG without its end tag", Array(FramedFiles.svg.dropLast(8)), .svg),
        ("SVG cut in its start tag", FramedFiles.bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" wid"), .svg),
    ]

    @Test(arguments: truncations.map(\.0))
    func filesCutShortAreRefusedAsTruncated(name: String) throws {
        let (_, bytes, kind) = try #require(Self.truncations.first { $0.0 == name })
        #expect(throws: AttachmentError.truncated("scan", kind)) { try AttachmentKind.recognising(Data(bytes), name: "scan") }
    }

    @Test func aTruncatedFileIsNamedWithItsKind() {
        let error = AttachmentError.truncated("IMG_0001.HEIC", .heic)
        #expect(error.problem == "IMG_0001.HEIC is cut short: the end of the HEIC file is missing")
        #expect(error.advice.contains("export it again"))
    }

    /// Each file, and how much of it must be there: the JPEG up to its first end marker, the
    /// GIF up to the end of its picture, the HEIC up to the end of its `meta` box (a cut exactly
    /// between two boxes after it is the decoder's to find), the PDF and the SVG but their last
    /// line break.
    static let wholeLengths: [(file: [UInt8], whole: Int)] = [
        (FramedFiles.jpeg, FramedFiles.jpeg.count - 8), (FramedFiles.png(), FramedFiles.png().count),
        (FramedFiles.gif, FramedFiles.gifWithoutTrailer.count), (FramedFiles.webp(), FramedFiles.webp().count),
        (FramedFiles.heic, FramedFiles.heic.count - 12), (FramedFiles.pdf, FramedFiles.pdf.count - 1),
        (FramedFiles.svg, FramedFiles.svg.count - 1),
    ]

    @Test func aFileCutAnywhereBeforeItsEndIsRefused() throws {
        for (file, whole) in Self.wholeLengths {
            let kindOfWhole = try kind(file)
            for length in 1..<whole {
                #expect(throws: AttachmentError.self, "\(kindOfWhole) cut at \(length) of \(file.count) bytes") {
                    try kind(Array(file.prefix(length)))
                }
            }
            #expect(try kind(Array(file.prefix(whole))) == kindOfWhole)
        }
    }
}
