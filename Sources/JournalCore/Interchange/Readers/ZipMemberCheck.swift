import CZlib
import Foundation
import ZIPFoundation

/// Whether each member of a zip holds whole data within the sizes the zip gives it, checked
/// before ZIPFoundation unpacks it.
///
/// ZIPFoundation 0.9.20's decoder on Linux reads on until the deflate stream ends, and at the end
/// of the file reads nothing, again and again: a zip whose stream is cut short or damaged so that
/// it never ends kept `journal import` busy for ever (found by `Fuzz/run dayone`; its inputs are in
/// `Fuzz/Crashes/dayone/`). This reads the zip's central directory, ZIP64's included, and each
/// member's local header as the ZIP format gives them (PKWARE's APPNOTE.TXT 4.3.7, 4.3.12,
/// 4.3.14–16, 4.5.3) to find the member's bytes, and inflates them into nothing, stopping at the
/// member's stated sizes. A record it cannot read is not unpacked at all.
struct ZipMemberCheck {
    private struct Member {
        let method: UInt16
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let localHeaderOffset: UInt64
    }

    private let file: FileHandle
    private let fileSize: UInt64
    /// The central directory's records, in its order, which is also the order ZIPFoundation
    /// gives the entries in; nil for a record this could not read.
    private let members: [Member?]
    /// Whether ZIPFoundation can list the entries without being sent past the end of the file.
    /// It turns any offset or size the zip gives into a file offset, and one beyond Int64's range
    /// stops the program (found by `Fuzz/run dayone`).
    let canList: Bool
    /// Whether a member is encrypted (flag bit 0), which ZIPFoundation does not list.
    let isEncrypted: Bool

    init(path: String) throws {
        file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        fileSize = try file.seekToEnd()
        let directory = try? Self.centralDirectory(of: file, size: fileSize)
        members = directory?.members ?? []
        canList = directory?.listable ?? false
        isEncrypted = directory?.encrypted ?? false
    }

    /// Whether the `index`-th entry is compressed with a method ZIPFoundation unpacks: stored
    /// (0) or deflated (8), or one this could not read.
    func hasKnownMethod(at index: Int) -> Bool {
        guard index < members.count, let member = members[index] else { return true }
        return member.method == 0 || member.method == 8
    }

    /// Whether the `index`-th entry of the archive (in its order) can be unpacked without
    /// ZIPFoundation reading past its data: a stored member whose bytes are all in the file; a
    /// deflated one whose stream ends within its compressed size, giving exactly its
    /// uncompressed size. Any other method is refused here, as ZIPFoundation refuses it.
    func canUnpack(_ entry: ZIPFoundation.Entry, at index: Int) -> Bool {
        guard index < members.count, let member = members[index],
            member.compressedSize == entry.compressedSize, member.uncompressedSize == entry.uncompressedSize,
            let start = try? dataOffset(of: member),
            // ZIPFoundation turns the size into an Int64 even when the stream ends well before it.
            start <= fileSize, member.compressedSize <= fileSize - start
        else { return false }
        switch member.method {
        case 0: return member.compressedSize == member.uncompressedSize
        case 8: return (try? inflatesWhole(from: start, member)) ?? false
        default: return false
        }
    }

    // MARK: Reading the zip

    /// The directory's records as ZIPFoundation walks them: from the offset the end record gives
    /// (or a ZIP64 end record just before its locator, wherever there is one), one after the
    /// other, up to the stated count or the first that cannot be read; and whether none of them
    /// gives an offset or size past the end of the file that ZIPFoundation would go to.
    private static func centralDirectory(
        of file: FileHandle, size: UInt64
    ) throws -> (members: [Member?], listable: Bool, encrypted: Bool)? {
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        let tailLength = min(size, 22 + 65_535)
        let tailStart = size - tailLength
        let tail = try read(file, size: size, at: tailStart, count: Int(tailLength))
        guard tail.count >= 22,
            let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { uint32(tail, $0) == 0x0605_4B50 })
        else { return nil }
        var count = UInt64(uint16(tail, end + 10))
        var directoryOffset = UInt64(uint32(tail, end + 16))
        let endOffset = tailStart + UInt64(end)
        if endOffset > 76 {
            // A ZIP64 end record of 56 bytes, then its locator of 20 (APPNOTE 4.3.14–15).
            let zip64 = try read(file, size: size, at: endOffset - 76, count: 76)
            if zip64.count == 76, uint32(zip64, 56) == 0x0706_4B50, uint32(zip64, 0) == 0x0606_4B50, uint16(zip64, 14) >= 45 {
                count = uint64(zip64, 32)
                directoryOffset = uint64(zip64, 48)
            }
        }
        guard directoryOffset <= size else { return ([], false, false) }
        var members: [Member?] = []
        var listable = true
        var encrypted = false
        var position = directoryOffset
        while UInt64(members.count) < count {
            let header = try read(file, size: size, at: position, count: 46)
            guard header.count == 46, uint32(header, 0) == 0x0201_4B50 else { break }
            let nameLength = Int(uint16(header, 28))
            let extraLength = Int(uint16(header, 30))
            let variableLength = nameLength + extraLength + Int(uint16(header, 32))
            let variable = try read(file, size: size, at: position + 46, count: variableLength)
            guard variable.count == variableLength else { break }
            let member = member(header, extra: Array(variable[nameLength..<nameLength + extraLength]))
            encrypted = encrypted || uint16(header, 8) & 0x1 != 0
            if let member {
                // With a data descriptor (flag bit 3), ZIPFoundation looks for it after the data.
                let describedSize = member.method == 0 ? member.uncompressedSize : member.compressedSize
                if member.localHeaderOffset > size || (uint16(header, 8) & 0x8 != 0 && describedSize > size) {
                    listable = false
                }
            }
            members.append(member)
            position += 46 + UInt64(variableLength)
        }
        return (members, listable, encrypted)
    }

    /// The record whose fixed part is `header`, its sizes and offset taken from the ZIP64 field of
    /// its `extra` where the record holds 0xFFFFFFFF; nil when that field is missing or too short.
    private static func member(_ header: [UInt8], extra: [UInt8]) -> Member? {
        var values = [24, 20, 42].map { UInt64(uint32(header, $0)) }
        if values.contains(0xFFFF_FFFF) {
            var field = 0
            while field + 4 <= extra.count, uint16(extra, field) != 0x0001 {
                field += 4 + Int(uint16(extra, field + 2))
            }
            guard field + 4 <= extra.count else { return nil }
            let dataEnd = min(field + 4 + Int(uint16(extra, field + 2)), extra.count)
            // Only the values the record left at 0xFFFFFFFF are there, in this order.
            var read = field + 4
            for index in values.indices where values[index] == 0xFFFF_FFFF {
                guard read + 8 <= dataEnd else { return nil }
                values[index] = uint64(extra, read)
                read += 8
            }
        }
        return Member(
            method: uint16(header, 10), compressedSize: values[1], uncompressedSize: values[0],
            localHeaderOffset: values[2])
    }

    /// Where the member's bytes start: after its local header, name and extra field.
    private func dataOffset(of member: Member) throws -> UInt64? {
        let header = try Self.read(file, size: fileSize, at: member.localHeaderOffset, count: 30)
        guard header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else { return nil }
        return member.localHeaderOffset + 30 + UInt64(Self.uint16(header, 26)) + UInt64(Self.uint16(header, 28))
    }

    /// Inflates the member's compressed bytes, a part at a time, into a buffer that is thrown
    /// away; whole when the stream ends with exactly the uncompressed size.
    private func inflatesWhole(from start: UInt64, _ member: Member) throws -> Bool {
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
        return result == Z_STREAM_END && UInt64(stream.total_out) == member.uncompressedSize
    }

    private enum DataError: Error { case unreadable }

    /// Up to `count` bytes at `offset`; none past the end. An offset the zip gives can be any
    /// number, and FileHandle stops the program for one beyond Int64's range.
    private static func read(_ file: FileHandle, size: UInt64, at offset: UInt64, count: Int) throws -> [UInt8] {
        guard offset < size else { return [] }
        try file.seek(toOffset: offset)
        return [UInt8](try file.read(upToCount: count) ?? Data())
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    private static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
