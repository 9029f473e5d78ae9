import Foundation
import Testing

@testable import JournalCore

/// Telling plain from encrypted journals by their first bytes.
@Suite("The kind of a journal file")
struct JournalFileKindTests {
    let folder = Folder()

    @Test func missingAndEmptyFiles() throws {
        #expect(try JournalFileKind.of(fileAtPath: folder.path("none")) == .missing)
        let empty = folder.path("empty")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try JournalFileKind.of(fileAtPath: empty) == .empty)
    }

    @Test func aJournalIsPlainUntilEncrypted() throws {
        let path = try folder.journal(texts: ["Walked to the lake"])
        #expect(try JournalFileKind.of(fileAtPath: path) == .plain)
        try JournalEncryption.encrypt(journalAtPath: path, with: try Keys.first)
        #expect(try JournalFileKind.of(fileAtPath: path) == .encrypted)
        #expect(try JournalFileKind.salt(ofFileAtPath: path) == (try Keys.first).salt)
    }

    @Test(arguments: [
        Data("just some notes\n".utf8),
        Data("SQLite format 2\0".utf8) + Data(repeating: 0, count: 1000),
        Data([0x89, 0x50, 0x4E, 0x47]) + Data(repeating: 7, count: 1000),
    ])
    func otherFilesAreNeither(contents: Data) throws {
        let path = folder.path("other")
        #expect(FileManager.default.createFile(atPath: path, contents: contents))
        #expect(try JournalFileKind.of(fileAtPath: path) == .other)
    }

    @Test(.disabled(if: getuid() == 0, "root may read any file, so there is nothing to refuse"))
    func anUnreadableFileIsSaidToBeSo() throws {
        let path = try folder.journal(texts: ["x"])
        chmod(path, 0)
        #expect(throws: EncryptionError.cannotReadFile(path)) { try JournalFileKind.of(fileAtPath: path) }
    }
}
