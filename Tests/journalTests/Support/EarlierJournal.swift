import Foundation
import Testing

/// A journal made by an earlier release of `journal`, kept in Fixtures (see its README.md).
enum EarlierJournal {
    /// Made by the release before search understood feelings, tags and scripts without spaces
    /// (schema v1 to v3).
    static let beforeTheNewSearchIndex = "journal-v3.sqlite"

    /// One journal for each earlier schema version, made by the last release with that version
    /// (see Fixtures/README.md): v1 (entries, sessions, topics), v2 (with the plan and check-ins),
    /// v3 (tags given with --tag kept apart), v4 (the search index of feelings, tags and scripts
    /// without spaces), v5 (worksheets), v6 (pictures).
    static let everySchemaVersion = [
        "journal-v1.sqlite", "journal-v2.sqlite", "journal-v3.sqlite", "journal-v4.sqlite", "journal-v5.sqlite",
        "journal-v6.sqlite",
    ]

    /// Copies the fixture `name` to where `sandbox`'s journal lives, readable and writable only
    /// by its owner, as `journal` leaves its files.
    static func install(_ name: String, in sandbox: Sandbox) throws {
        let fixture = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/" + name)
        let folder = URL(fileURLWithPath: sandbox.databasePath).deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: sandbox.databasePath))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: sandbox.databasePath)
    }
}
