import Foundation

@testable import JournalCore

/// Keys for the tests, derived once: each derivation takes a good part of a second on purpose.
enum Keys {
    static func passphrase(_ text: String) throws -> Passphrase {
        try Passphrase(line: SecretBytes(copying: Array(text.utf8)))
    }

    static let firstPassphrase = "a quiet morning by the sea"
    static let secondPassphrase = "tea at four, always"

    static var first: EncryptionKey { get throws { try derived.get().first } }
    static var other: EncryptionKey { get throws { try derived.get().other } }
    /// `secondPassphrase` with the salt of `first`, as for a change of passphrase.
    static var second: EncryptionKey { get throws { try derived.get().second } }

    private static let derived = Result {
        let first = try EncryptionKey.deriveForNewFile(from: passphrase(firstPassphrase))
        return (
            first: first,
            other: try EncryptionKey.deriveForNewFile(from: passphrase(firstPassphrase)),
            second: try EncryptionKey.derive(from: passphrase(secondPassphrase), salt: first.salt)
        )
    }
}

/// A temporary folder for one test, removed with it.
final class Folder: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-encryption-\(UUID().uuidString)")

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A plain journal holding entries with `texts`.
    func journal(_ name: String = "journal.sqlite", texts: [String]) throws -> String {
        let path = self.path(name)
        let store = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        for text in texts {
            _ = try store.add(NewEntry(text: text, mood: 4, tags: ["walk"], moment: Moment(Date(), utcOffsetSeconds: 0)))
        }
        return path
    }

    /// The names of the files in the folder.
    var files: [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? [] }
}
