import CZlib
import Foundation
import ZIPFoundation

/// Whether each member of a zip that is deflated holds a whole deflate stream within the size
/// the zip gives it, checked with zlib before ZIPFoundation unpacks it.
///
/// ZIPFoundation 0.9.20's decoder on Linux reads on until the stream ends, and at the end of the
/// file reads nothing, again and again: a zip whose stream is cut short or damaged so that it
/// never ends kept `journal import` busy for ever (found by `Fuzz/run dayone`; its input is
/// `Fuzz/Crashes/dayone/`). This reads the zip's central directory and each member's local
/// header as the ZIP format gives them (PKWARE's APPNOTE.TXT, 4.3.7, 4.3.12, 4.3.16) to find the
/// member's bytes, and inflates them into nothing, stopping at the member's stated sizes.
struct ZipMemberCheck {
    private struct Member {
        let method: UInt16
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let localHeaderOffset: UInt64
    }

    private let file: FileHandle
    /// The central directory's records, in its order, which is also the order ZIPFoundation
    /// gives the entries in; nil when it could not be read.
    private let members: [Member]?

    init(path: String) throws {
        file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        members = try? Self.centralDirectory(of: file)
    }

    /// Whether the `index`-th entry of the archive (in its order) can be unpacked without
    /// ZIPFoundation reading past its stream: stored members always; deflated ones when their
    /// stream ends within their compressed size, giving no more than their uncompressed size.
    /// A zip whose directory cannot be read here (ZIP64) is left to ZIPFoundation.
    func canUnpack(_ entry: ZIPFoundation.Entry, at index: Int) -> Bool {
        guard let members else { return true }
        guard index < members.count else { return false }
        let member = members[index]
        guard member.method == 8 else { return true }
        guard member.compressedSize == entry.compressedSize, member.uncompressedSize == entry.uncompressedSize,
            let start = try? dataOffset(of: member)
        else { return false }
        return (try? inflatesWhole(from: start, member)) ?? false
    }

    // MARK: Reading the zip

    private static func centralDirectory(of file: FileHandle) throws -> [Member]? {
        let size = try file.seekToEnd()
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        let tailLength = min(size, 22 + 65_535)
        try file.seek(toOffset: size - tailLength)
        let tail = [UInt8](try file.read(upToCount: Int(tailLength)) ?? Data())
        guard tail.count >= 22,
            let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { uint32(tail, $0) == 0x0605_4B50 })
        else { return nil }
        let count = Int(uint16(tail, end + 10))
        let directorySize = UInt64(uint32(tail, end + 12))
        let directoryOffset = UInt64(uint32(tail, end + 16))
        // ZIP64 keeps the true values elsewhere.
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
            directoryOffset + directorySize <= size
        else { return nil }
        try file.seek(toOffset: directoryOffset)
        let directory = [UInt8](try file.read(upToCount: Int(directorySize)) ?? Data())
        var members: [Member] = []
        var position = 0
        while members.count < count, position + 46 <= directory.count, uint32(directory, position) == 0x0201_4B50 {
            let member = Member(
                method: uint16(directory, position + 10), compressedSize: UInt64(uint32(directory, position + 20)),
                uncompressedSize: UInt64(uint32(directory, position + 24)),
                localHeaderOffset: UInt64(uint32(directory, position + 42)))
            guard member.compressedSize != 0xFFFF_FFFF, member.uncompressedSize != 0xFFFF_FFFF,
                member.localHeaderOffset != 0xFFFF_FFFF
            else { return nil }
            members.append(member)
            position += 46 + Int(uint16(directory, position + 28)) + Int(uint16(directory, position + 30))
                + Int(uint16(directory, position + 32))
        }
        // A directory that ends before its stated count: ZIPFoundation reads the records there are.
        return members
    }

    /// Where the member's bytes start: after its local header, name and extra field.
    private func dataOffset(of member: Member) throws -> UInt64? {
        try file.seek(toOffset: member.localHeaderOffset)
        let header = [UInt8](try file.read(upToCount: 30) ?? Data())
        guard header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else { return nil }
        return member.localHeaderOffset + 30 + UInt64(Self.uint16(header, 26)) + UInt64(Self.uint16(header, 28))
    }

    /// Inflates the member's compressed bytes, a part at a time, into a buffer that is thrown
    /// away.
    private func inflatesWhole(from start: UInt64?, _ member: Member) throws -> Bool {
        guard let start else { return false }
        try file.seek(toOffset: start)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        var remaining = member.compressedSize
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var result = Z_OK
        while remaining > 0, result != Z_STREAM_END {
            guard var input = try file.read(upToCount: Int(min(remaining, 1 << 16))), !input.isEmpty else { return false }
            remaining -= UInt64(input.count)
            let count = input.count
            try input.withUnsafeMutableBytes { (bytes: UnsafeMutableRawBufferPointer) in
                stream.next_in = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(count)
                repeat {
                    output.withUnsafeMutableBytes { out in
                        stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                        stream.avail_out = uInt(out.count)
                        result = inflate(&stream, Z_NO_FLUSH)
                    }
                    guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else { throw DataError.unreadable }
                    guard UInt64(stream.total_out) <= member.uncompressedSize else { throw DataError.unreadable }
                } while result == Z_OK && stream.avail_out == 0
            }
        }
        return result == Z_STREAM_END
    }

    private enum DataError: Error { case unreadable }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }
}
