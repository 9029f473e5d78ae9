#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file's content says it is, and whether all of it is there.
///
/// Only the framing is read: signatures, the lengths a format declares, the end marker it
/// requires. Whether the pixels inside decode is the image library's to say (journal-picture);
/// a frame that does not hold together in a way other than running past the end is left to it
/// too, so "truncated" here means only "cut short".
struct ContentStructure {
    enum Recognition: Equatable {
        case complete(AttachmentKind)
        case truncated(AttachmentKind)
        case unknown
    }

    let bytes: UnsafeRawBufferPointer

    func recognise() -> Recognition {
        if matches([0xFF, 0xD8, 0xFF], at: 0) { return judge(.jpeg, isJPEGComplete) }
        if matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], at: 0) { return judge(.png, isPNGComplete) }
        if matches("GIF87a", at: 0) || matches("GIF89a", at: 0) { return judge(.gif, isGIFComplete) }
        if matches("RIFF", at: 0), matches("WEBP", at: 8) { return judge(.webp, isRIFFComplete) }
        if matches("ftyp", at: 4), let kind = heifKind() { return judge(kind, areBoxesComplete) }
        if let header = pdfHeader() { return judge(.pdf, { hasPDFEnd(after: header) }) }
        if let root = svgRoot() { return judge(.svg, { isSVGComplete(root) }) }
        return .unknown
    }

    private func judge(_ kind: AttachmentKind, _ isComplete: () -> Bool) -> Recognition {
        isComplete() ? .complete(kind) : .truncated(kind)
    }

    // MARK: JPEG

    /// Segments with lengths up to the first scan, then the end-of-image marker somewhere
    /// after it (a scan's data never holds FF D9: an FF in it is followed by 00 or a restart
    /// marker). Phones put more pictures after the end marker, which is fine.
    private func isJPEGComplete() -> Bool {
        var position = 2
        while true {
            guard position < bytes.count else { return false }
            guard bytes[position] == 0xFF else { return true }
            while position < bytes.count, bytes[position] == 0xFF { position += 1 }
            guard position < bytes.count else { return false }
            let marker = bytes[position]
            position += 1
            switch marker {
            case 0xD9: return true
            case 0x01, 0xD0...0xD7: continue
            default:
                guard let length = uint16BigEndian(at: position) else { return false }
                guard length >= 2 else { return true }
                position += length
                guard position <= bytes.count else { return false }
                if marker == 0xDA { return contains([0xFF, 0xD9], from: position) }
            }
        }
    }

    // MARK: PNG

    /// Chunks of declared lengths, up to IEND.
    private func isPNGComplete() -> Bool {
        var position = 8
        while let length = uint32BigEndian(at: position), position + 8 <= bytes.count {
            let end = position + 12 + length
            guard end <= bytes.count else { return false }
            if matches("IEND", at: position + 4) { return true }
            position = end
        }
        return false
    }

    // MARK: GIF

    /// Blocks up to the trailer. A file that ends right after a whole picture without the
    /// trailer is complete: decoders show it, and some programs leave the trailer out.
    private func isGIFComplete() -> Bool {
        guard bytes.count >= 13 else { return false }
        var position = 13 + colourTableLength(flags: bytes[10])
        var hasPicture = false
        while position < bytes.count {
            switch bytes[position] {
            case 0x3B:
                return true
            case 0x21:
                guard let end = endOfSubBlocks(from: position + 2) else { return false }
                position = end
            case 0x2C:
                guard position + 10 <= bytes.count else { return false }
                let start = position + 10 + colourTableLength(flags: bytes[position + 9]) + 1
                guard let end = endOfSubBlocks(from: start) else { return false }
                position = end
                hasPicture = true
            default:
                return true
            }
        }
        return hasPicture
    }

    private func colourTableLength(flags: UInt8) -> Int {
        flags & 0x80 == 0 ? 0 : 3 << (Int(flags & 0x07) + 1)
    }

    /// Past the terminator of the sub-blocks (a length byte, then that many bytes) from
    /// `position`; nil when they run past the end.
    private func endOfSubBlocks(from start: Int) -> Int? {
        var position = start
        while position < bytes.count {
            let length = Int(bytes[position])
            position += 1
            if length == 0 { return position }
            position += length
        }
        return nil
    }

    // MARK: WebP

    private func isRIFFComplete() -> Bool {
        guard let length = uint32LittleEndian(at: 4) else { return false }
        return 8 + length <= bytes.count
    }

    // MARK: HEIC and HEIF

    /// HEVC brands: what phones write.
    private static let heicBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]
    /// Brands of HEIF that say nothing of the codec.
    private static let heifBrands: Set<String> = ["mif1", "msf1", "mif2"]
    /// AV1 in HEIF, which is AVIF, another kind.
    private static let avifBrands: Set<String> = ["avif", "avis"]

    /// The kind the `ftyp` box's brands say, or nil when they name none of HEIF's kept ones
    /// (an MP4 or QuickTime film, AVIF).
    private func heifKind() -> AttachmentKind? {
        guard let boxLength = uint32BigEndian(at: 0) else { return nil }
        let end = min(bytes.count, boxLength)
        var brands = Set<String>()
        for position in stride(from: 8, to: end - 3, by: 4) where position != 12 {
            brands.insert(ascii(at: position, count: 4))
        }
        guard !brands.isEmpty else { return nil }
        if !brands.isDisjoint(with: Self.heicBrands) { return .heic }
        if !brands.isDisjoint(with: Self.avifBrands) { return nil }
        if !brands.isDisjoint(with: Self.heifBrands) { return .heif }
        return nil
    }

    /// Top-level boxes of declared lengths (32-bit, or 64-bit after a length of 1; 0 runs to
    /// the end) that tile the file, the `meta` box that describes the pictures among them. A
    /// file cut exactly between two boxes after `meta` passes: which boxes hold the pixels only
    /// the decoder finds out.
    private func areBoxesComplete() -> Bool {
        var position = 0
        var hasMeta = false
        while position < bytes.count {
            guard let length = uint32BigEndian(at: position), position + 8 <= bytes.count else { return false }
            if matches("meta", at: position + 4) { hasMeta = true }
            switch length {
            case 0: return hasMeta
            case 1:
                guard let high = uint32BigEndian(at: position + 8), let low = uint32BigEndian(at: position + 12),
                    high == 0
                else { return false }
                guard low >= 16 else { return true }
                position += low
            case 2..<8: return true
            default: position += length
            }
        }
        return position == bytes.count && hasMeta
    }

    // MARK: PDF

    /// Where the `%PDF-` header starts: readers accept it anywhere in the first 1,024 bytes.
    private func pdfHeader() -> Int? {
        firstIndex(of: Array("%PDF-".utf8), in: 0..<min(bytes.count, 1024))
    }

    /// Whether `%%EOF` closes the file (in its last 1,024 bytes, where readers look for it).
    private func hasPDFEnd(after header: Int) -> Bool {
        firstIndex(of: Array("%%EOF".utf8), in: max(header, bytes.count - 1024)..<bytes.count) != nil
    }

    // MARK: SVG

    /// How far into the file the root element is looked for: past the XML declaration,
    /// comments and a document type declaration.
    private static let svgPrologLimit = 65_536

    /// The root element's qualified name and where its start tag's name ends, when the file is
    /// XML whose root element is `svg` (with or without a namespace prefix).
    private func svgRoot() -> (name: String, end: Int)? {
        var position = matches([0xEF, 0xBB, 0xBF], at: 0) ? 3 : 0
        let limit = min(bytes.count, Self.svgPrologLimit)
        while position < limit {
            let byte = bytes[position]
            if Self.isWhiteSpace(byte) {
                position += 1
            } else if matches("<?", at: position) {
                guard let end = firstIndex(of: Array("?>".utf8), in: position..<limit) else { return nil }
                position = end + 2
            } else if matches("<!--", at: position) {
                guard let end = firstIndex(of: Array("-->".utf8), in: position..<limit) else { return nil }
                position = end + 3
            } else if matches("<!DOCTYPE", at: position) {
                guard let end = endOfDocumentType(from: position, limit: limit) else { return nil }
                position = end
            } else if byte == UInt8(ascii: "<") {
                let nameStart = position + 1
                var nameEnd = nameStart
                while nameEnd < bytes.count, !Self.endsName(bytes[nameEnd]) { nameEnd += 1 }
                let name = ascii(at: nameStart, count: nameEnd - nameStart)
                let localName = name.split(separator: ":", omittingEmptySubsequences: false).last
                return localName == "svg" ? (name, nameEnd) : nil
            } else {
                return nil
            }
        }
        return nil
    }

    /// Past the `>` closing a document type declaration, skipping its internal subset.
    private func endOfDocumentType(from start: Int, limit: Int) -> Int? {
        var position = start
        var insideSubset = false
        while position < limit {
            switch bytes[position] {
            case UInt8(ascii: "["): insideSubset = true
            case UInt8(ascii: "]"): insideSubset = false
            case UInt8(ascii: ">") where !insideSubset: return position + 1
            default: break
            }
            position += 1
        }
        return nil
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isWhiteSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// Whether the root's start tag closes itself, or the file ends with its end tag (then
    /// perhaps comments and white space).
    private func isSVGComplete(_ root: (name: String, end: Int)) -> Bool {
        guard let startTagEnd = endOfStartTag(from: root.end) else { return false }
        if startTagEnd.closesItself { return true }
        var end = bytes.count
        while true {
            while end > startTagEnd.position, Self.isWhiteSpace(bytes[end - 1]) { end -= 1 }
            guard end - 3 >= startTagEnd.position, matches("-->", at: end - 3),
                let commentStart = lastIndex(of: Array("<!--".utf8), in: startTagEnd.position..<end)
            else { break }
            end = commentStart
        }
        guard end > startTagEnd.position, bytes[end - 1] == UInt8(ascii: ">") else { return false }
        var nameEnd = end - 1
        while nameEnd > startTagEnd.position, Self.isWhiteSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let endTag = Array("</\(root.name)".utf8)
        return nameEnd - endTag.count >= startTagEnd.position && matches(endTag, at: nameEnd - endTag.count)
    }

    /// Past the `>` of the start tag whose attributes begin at `start`, skipping quoted values.
    private func endOfStartTag(from start: Int) -> (position: Int, closesItself: Bool)? {
        var position = start
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return (position + 1, position > start && bytes[position - 1] == UInt8(ascii: "/"))
            }
            position += 1
        }
        return nil
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Reading bytes

    private func matches(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position >= 0, position + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    private func matches(_ text: String, at position: Int) -> Bool {
        matches(Array(text.utf8), at: position)
    }

    private func ascii(at position: Int, count: Int) -> String {
        String(decoding: bytes[position..<min(position + count, bytes.count)], as: UTF8.self)
    }

    private func uint16BigEndian(at position: Int) -> Int? {
        guard position + 2 <= bytes.count else { return nil }
        return Int(bytes[position]) << 8 | Int(bytes[position + 1])
    }

    private func uint32BigEndian(at position: Int) -> Int? {
        guard position + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 << 8 | Int(bytes[position + $1]) }
    }

    private func uint32LittleEndian(at position: Int) -> Int? {
        guard position + 4 <= bytes.count else { return nil }
        return (0..<4).reversed().reduce(0) { $0 << 8 | Int(bytes[position + $1]) }
    }

    private func contains(_ pattern: [UInt8], from start: Int) -> Bool {
        firstIndex(of: pattern, in: start..<bytes.count) != nil
    }

    /// Jumps from one occurrence of the pattern's first byte to the next with `memchr`: a
    /// photo's scan, megabytes long, is searched for its end marker twice on every attach (by
    /// journal and by the helper), and a loop over its bytes took 10 ms each time.
    private func firstIndex(of pattern: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count, let start = bytes.baseAddress else { return nil }
        var position = range.lowerBound
        let last = range.upperBound - pattern.count
        while position <= last {
            guard let found = memchr(start + position, Int32(first), last - position + 1) else { return nil }
            position = start.distance(to: UnsafeRawPointer(found))
            if matches(pattern, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func lastIndex(of pattern: [UInt8], in range: Range<Int>) -> Int? {
        guard range.count >= pattern.count else { return nil }
        var position = range.upperBound - pattern.count
        while position >= range.lowerBound {
            if matches(pattern, at: position) { return position }
            position -= 1
        }
        return nil
    }
}
