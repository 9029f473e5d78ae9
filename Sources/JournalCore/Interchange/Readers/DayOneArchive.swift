import Foundation
import ZIPFoundation

/// Day One's export as Day One writes it: a zip holding one JSON file for each journal at its
/// top (`Journal.json`, `Work.json`), and the media of their entries in `photos/`, `audios/`,
/// `videos/` and `pdfs/`, named by their MD5 (`photos/5f2b….jpeg`).
///
/// Each JSON file is read as `DayOneReader` reads a `Journal.json` of its own, one after the
/// other, in the order of their names; messages call it `export.zip (Journal.json)`. Its bytes
/// are unpacked into memory first: a member of a zip cannot be read a piece at a time the way
/// a file can, and Day One's JSON of years of writing takes tens of megabytes. The media stay
/// in the zip until their entry is read: its photos and PDFs are unpacked then, one entry's at
/// a time (`DayOneReader.members`), none larger than a picture may be.
struct DayOneArchive {
    /// A member larger than this is not unpacked: no journal's text comes near it, and a zip
    /// can claim any size.
    static let largestJournal: UInt64 = 1 << 30

    let path: String
    let name: String

    /// What to do with a zip journal cannot unpack although it is whole.
    static let unzipElsewhere =
        "unzip it with another program (unzip, or your file manager) and import the Journal.json in it; "
        + "its pictures are then left behind"

    /// Whether these first bytes of a file are those of a zip.
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    func read(timeZone: TimeZone, _ body: (ImportedRecord) throws -> Void) throws {
        let unreadable = ImportError(file: name, location: nil, reason: "this zip file cannot be read; is it whole?")
        // Checked first: ZIPFoundation stops the program on some offsets a damaged zip gives.
        guard let check = try? ZipMemberCheck(path: path), check.canList,
            let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        else { throw unreadable }
        guard !check.isEncrypted else {
            throw ImportError(
                file: name, location: nil, reason: "this zip is protected by a password, which journal cannot open",
                remedy: Self.unzipElsewhere)
        }
        // In the zip's order, which is the order of its directory that ZipMemberCheck reads.
        let entries = Array(archive)
        let journals = entries.indices.filter { index in
            let entry = entries[index]
            return entry.type == .file && !entry.path.contains("/") && entry.path.lowercased().hasSuffix(".json")
        }.sorted { entries[$0].path < entries[$1].path }
        guard !journals.isEmpty else {
            throw ImportError(
                file: name, location: nil, reason: "this zip holds no JSON file at its top, where Day One puts Journal.json",
                remedy: "export from Day One again as JSON, or import the JSON file itself with --from dayone")
        }
        let members = Members(archive: archive, entries: entries, check: check, zip: name)
        for index in journals {
            let journal = entries[index]
            guard journal.uncompressedSize <= Self.largestJournal else {
                throw ImportError(
                    file: "\(name) (\(journal.path))", location: nil, reason: "it is larger than a gigabyte, more than journal unpacks")
            }
            let bytes = try members.unpack(at: index)
            try DayOneReader(file: ChunkedFile(bytes: bytes, name: "\(name) (\(journal.path))"), timeZone: timeZone) { path in
                try members.picture(at: path)
            }.read(body)
        }
    }

    /// The zip's members, unpacked once `ZipMemberCheck` has found them whole.
    private struct Members {
        let archive: Archive
        let entries: [ZIPFoundation.Entry]
        let check: ZipMemberCheck
        let zip: String

        func unpack(at index: Int) throws -> Data {
            let entry = entries[index]
            let unpackable = ImportError(
                file: "\(zip) (\(entry.path))", location: nil, reason: "it cannot be unpacked from the zip; is the zip whole?")
            guard check.hasKnownMethod(at: index) else {
                throw ImportError(
                    file: "\(zip) (\(entry.path))", location: nil,
                    reason: "it is compressed in a way journal cannot unpack (only stored and deflated)",
                    remedy: DayOneArchive.unzipElsewhere)
            }
            guard check.canUnpack(entry, at: index) else { throw unpackable }
            var bytes = Data()
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry) { bytes.append($0) }
            } catch {
                throw unpackable
            }
            return bytes
        }

        /// The bytes of the member at `path`; nil when the zip has none there, or one larger
        /// than a picture may be, which is left behind unread.
        func picture(at path: String) throws -> Data? {
            // The first with that name, as ZIPFoundation's subscript finds it.
            guard let index = entries.firstIndex(where: { $0.path == path }), entries[index].type == .file,
                entries[index].uncompressedSize <= UInt64(PictureLimits.largestFileSize)
            else { return nil }
            return try unpack(at: index)
        }
    }
}
