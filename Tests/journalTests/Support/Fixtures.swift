import Foundation

/// The small hand-written files under Tests/journalTests/Fixtures, found beside this source
/// file: the end-to-end tests hand them to the binary as a person would.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The path of `Fixtures/Import/name`.
    static func importFile(_ name: String) -> String {
        folder.appendingPathComponent("Import").appendingPathComponent(name).path
    }
}
