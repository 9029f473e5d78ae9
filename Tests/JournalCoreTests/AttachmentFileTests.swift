import Foundation
import Testing

@testable import JournalCore

@Suite("Reading a picture file to keep")
final class AttachmentFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-attachments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aPictureIsReadWithItsKindItsOwnNameAndItsExactBytes() throws {
        let path = try file("storm drawing.svg", FramedFiles.svg)
        let picture = try AttachmentFile.read(atPath: path)
        #expect(picture == AttachmentFile(name: "storm drawing.svg", kind: .svg, bytes: Data(FramedFiles.svg)))
    }

    @Test func aMissingFileIsRefusedNamingIt() throws {
        let path = folder.appendingPathComponent("IMG_0001.HEIC").path
        #expect(throws: AttachmentError.missing(path)) { try AttachmentFile.read(atPath: path) }
        let inMissingFolder = folder.appendingPathComponent("gone/IMG_0001.HEIC").path
        #expect(throws: AttachmentError.missing(inMissingFolder)) { try AttachmentFile.read(atPath: inMissingFolder) }
    }

    @Test func aFolderIsRefused() throws {
        #expect(throws: AttachmentError.isAFolder(folder.path)) { try AttachmentFile.read(atPath: folder.path) }
    }

    @Test(.enabled(if: getuid() != 0, "root may read any file, so this runs only as another user"))
    func aFileThatCannotBeReadIsRefused() throws {
        let path = try file("private.png", FramedFiles.png())
        chmod(path, 0o000)
        #expect(throws: AttachmentError.notReadable(path)) { try AttachmentFile.read(atPath: path) }
    }

    @Test func aFileOverFiftyMegabytesIsRefusedWithItsSizeAndTheLimit() throws {
        let path = try file("scan.pdf", FramedFiles.pdf)
        // A sparse file: its size without writing 50 MB.
        #expect(truncate(path, off_t(PictureLimits.largestFileSize + 1)) == 0)
        #expect(throws: AttachmentError.tooLarge(path, bytes: PictureLimits.largestFileSize + 1)) {
            try AttachmentFile.read(atPath: path)
        }
        let error = AttachmentError.tooLarge("scan.pdf", bytes: 63_150_000)
        #expect(error.problem == "scan.pdf is 63.2 MB, more than the 50 MB a picture may be")
        #expect(AttachmentError.tooLarge("scan.pdf", bytes: 50_000_001).problem.contains("is 50.1 MB, more than the 50 MB"))
        #expect(AttachmentError.tooLarge("-", bytes: nil).problem == "- is larger than the 50 MB a picture may be")
    }

    @Test func anEmptyOrTruncatedFileIsRefused() throws {
        let empty = try file("empty.jpg", [])
        #expect(throws: AttachmentError.empty(empty)) { try AttachmentFile.read(atPath: empty) }
        let cut = try file("cut.png", Array(FramedFiles.png().prefix(40)))
        #expect(throws: AttachmentError.truncated(cut, .png)) { try AttachmentFile.read(atPath: cut) }
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(FramedFiles.gif))
            try? handle?.close()
        }
        writer.start()
        let picture = try AttachmentFile.read(atPath: path)
        #expect(picture.kind == .gif)
        #expect(picture.bytes == Data(FramedFiles.gif))
    }
}
