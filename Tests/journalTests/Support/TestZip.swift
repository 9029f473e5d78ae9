import Foundation

/// A zip of members stored as they are (no compression), as Day One's export is read: local
/// headers, the central directory and its end record, all little-endian (PKWARE's APPNOTE 4.3).
enum TestZip {
    static func stored(_ members: [(path: String, bytes: Data)]) -> Data {
        var zip = Data()
        var directory = Data()
        for member in members {
            let name = Data(member.path.utf8)
            let crc = TestPictures.crc32(member.bytes)
            let size = UInt32(member.bytes.count)
            // Version 2.0, no flags, stored, 1980-01-01 00:00.
            let common = le(UInt16(20)) + le(UInt16(0)) + le(UInt16(0)) + le(UInt16(0)) + le(UInt16(0x21))
                + le(crc) + le(size) + le(size) + le(UInt16(name.count)) + le(UInt16(0))
            directory += le(UInt32(0x0201_4B50)) + le(UInt16(20)) + common
                + le(UInt16(0)) + le(UInt16(0)) + le(UInt16(0)) + le(UInt32(0)) + le(UInt32(zip.count)) + name
            zip += le(UInt32(0x0403_4B50)) + common + name + member.bytes
        }
        let count = UInt16(members.count)
        return zip + directory + le(UInt32(0x0605_4B50)) + le(UInt16(0)) + le(UInt16(0)) + le(count) + le(count)
            + le(UInt32(directory.count)) + le(UInt32(zip.count)) + le(UInt16(0))
    }

    private static func le<Integer: FixedWidthInteger>(_ value: Integer) -> Data {
        withUnsafeBytes(of: value.littleEndian) { Data($0) }
    }
}
