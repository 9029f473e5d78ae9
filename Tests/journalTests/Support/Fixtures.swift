import Foundation

/// The small hand-written files under Tests/journalTests/Fixtures, which the end-to-end tests
/// hand to the binary as a person would.
enum Fixtures {
    /// The path of `Fixtures/Import/name`.
    static func importFile(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Import/\(name)").path
    }
}
