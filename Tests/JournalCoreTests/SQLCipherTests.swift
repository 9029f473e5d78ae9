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
            "EXTRA_INIT=sqlcipher_extra_init",
        ] {
            #expect(options.contains(option), "compiled without \(option)")
        }
    }

    /// SQLCipher's cryptography is libgcrypt's (Sources/CSQLCipher/CSQLCipher.c), in SQLCipher 4's
    /// format: the page, its HMAC-SHA512 and the key derived with PBKDF2-HMAC-SHA512.
    @Test func anEncryptedDatabaseUsesLibgcrypt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlcipher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA key = 'a test passphrase'") }
        let path = folder.appendingPathComponent("test.sqlite").path
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE note(text TEXT); INSERT INTO note VALUES ('kept encrypted')")
        }
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA cipher_provider") } == "libgcrypt")
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA cipher_integrity_check") } == nil)
        try queue.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.range(of: Data("kept encrypted".utf8)) == nil)
        #expect(bytes.range(of: Data("SQLite format 3".utf8)) == nil)
    }

    @Test func sqlcipherLogsNothing() throws {
        let queue = try DatabaseQueue()
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA cipher_log_level") } == "NONE")
    }
}
