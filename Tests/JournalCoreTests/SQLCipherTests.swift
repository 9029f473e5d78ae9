import Foundation
import GRDB
import Testing

/// The SQLite that GRDB runs on is SQLCipher's, built with what the journal relies on.
@Suite("SQLCipher in place of SQLite")
struct SQLCipherTests {
    @Test func grdbRunsOnSQLCipher() throws {
        let queue = try DatabaseQueue()
        let version = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA cipher_version") }
        #expect(version?.hasPrefix("4.") == true, "cipher_version is \(version ?? "NULL")")
        // The same SQLite serves plain journals, as the rest of the tests show.
        #expect(try queue.read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") } == "3.53.4")
    }

    @Test func builtWithWhatTheJournalNeeds() throws {
        let options = try DatabaseQueue().read { db in try Set(String.fetchAll(db, sql: "PRAGMA compile_options")) }
        for option in [
            "HAS_CODEC", "ENABLE_FTS5", "TEMP_STORE=3", "THREADSAFE=1", "USE_URI", "SECURE_DELETE",
            "MAX_VARIABLE_NUMBER=250000", "ENABLE_MATH_FUNCTIONS", "OMIT_LOAD_EXTENSION",
            "EXTRA_INIT=journal_extra_init",
        ] {
            #expect(options.contains(option), "compiled without \(option)")
        }
    }

    @Test func sqlcipherLogsNothing() throws {
        let queue = try DatabaseQueue()
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA cipher_log_level") } == "NONE")
    }
}
