import Foundation
import Testing

@testable import JournalCore
@testable import journal

/// Reading a passphrase from a descriptor or a file, as `--passphrase-fd` and
/// `JOURNAL_PASSPHRASE_FILE` will. Typing it on a terminal is tested end to end with the
/// commands that ask for it.
@Suite("Reading a passphrase")
struct PassphraseInputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-passphrase-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ contents: String, mode: mode_t) throws -> String {
        let path = folder.appendingPathComponent("passphrase-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(contents.utf8)))
        chmod(path, mode)
        return path
    }

    func bytes(_ passphrase: Passphrase) -> [UInt8] {
        passphrase.bytes.withUnsafeBytes { Array($0) }
    }

    @Test func theFirstLineOfAPrivateFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try file("correct horse battery\nnot this line\n", mode: 0o600)
        #expect(bytes(try PassphraseInput.passphrase(fromFile: path)) == Array("correct horse battery".utf8))
        let unended = try file("no line break at the end", mode: 0o400)
        #expect(bytes(try PassphraseInput.passphrase(fromFile: unended)) == Array("no line break at the end".utf8))
    }

    @Test(arguments: [0o640, 0o604, 0o644, 0o666] as [mode_t])
    func aFileOthersMayReadIsRefused(mode: mode_t) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try file("secret\n", mode: mode)
        #expect(throws: PassphraseInputError.readableByOthers(path)) { try PassphraseInput.passphrase(fromFile: path) }
    }

    @Test func anEmptyOrMissingFileIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try file("\n", mode: 0o600)
        #expect(throws: EncryptionError.emptyPassphrase) { try PassphraseInput.passphrase(fromFile: empty) }
        let missing = folder.appendingPathComponent("missing").path
        #expect(throws: PassphraseInputError.cannotRead(missing)) { try PassphraseInput.passphrase(fromFile: missing) }
    }

    @Test func oneLineFromADescriptorAndNothingMore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data("from a script\nwhat follows\n".utf8))
        try pipe.fileHandleForWriting.close()
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        let passphrase = try PassphraseInput.Source.descriptor(descriptor).read(prompt: "")
        #expect(bytes(passphrase) == Array("from a script".utf8))
        #expect(pipe.fileHandleForReading.readDataToEndOfFile() == Data("what follows\n".utf8), "left for whoever reads next")
    }

    @Test func aPassphraseLongerThanAnyoneTypesIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try file(String(repeating: "a", count: PassphraseInput.longestPassphrase + 1), mode: 0o600)
        #expect(throws: PassphraseInputError.tooLong(path)) { try PassphraseInput.passphrase(fromFile: path) }
        let longest = try file(String(repeating: "a", count: PassphraseInput.longestPassphrase) + "\n", mode: 0o600)
        #expect(bytes(try PassphraseInput.passphrase(fromFile: longest)).count == PassphraseInput.longestPassphrase)
    }
}
