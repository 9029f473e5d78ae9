import CSQLCipher
import Foundation
import GRDB

/// Keying a connection to an encrypted journal, and making sure encryption is really there.
enum SQLCipher {
    /// SQLCipher's version, or nil when the SQLite in use is not SQLCipher: then `PRAGMA key` is
    /// silently ignored and everything would be written in plain text.
    static func version(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "PRAGMA cipher_version")
    }

    /// Throws `EncryptionError.notSQLCipher` unless the SQLite in use is SQLCipher. Checked at
    /// every opening of an encrypted journal, before the key is given.
    static func require(_ db: Database) throws {
        guard try version(db) != nil else { throw EncryptionError.notSQLCipher }
    }

    /// Keys the database `name` of `db` ("main", or an attached one) with `key`; for a new file,
    /// gives it the key's salt. Call before anything reads that database.
    static func key(_ db: Database, name: String = "main", with key: EncryptionKey) throws {
        try require(db)
        let code = key.rawKeySpec.withUnsafeBytes { spec in
            journal_sqlcipher_key(db.sqliteConnection, name, spec.baseAddress, Int32(spec.count))
        }
        guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// Re-encrypts every page of the open database `db` under `newKey`, which must have the
    /// file's salt.
    static func rekey(_ db: Database, to newKey: EncryptionKey) throws {
        let code = newKey.rawKeySpec.withUnsafeBytes { spec in
            journal_sqlcipher_rekey(db.sqliteConnection, "main", spec.baseAddress, Int32(spec.count))
        }
        guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// Throws `EncryptionError.wrongPassphrase` when the key given to `db` does not open it: SQLite
    /// finds no database in pages it cannot decrypt.
    static func checkKey(_ db: Database) throws {
        do {
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw EncryptionError.wrongPassphrase
        }
    }
}

extension Configuration {
    /// Has every connection keyed with `key` before it reads anything, refused unless SQLite is
    /// SQLCipher, and refused with `EncryptionError.wrongPassphrase` when the key does not open
    /// the file. `JournalStore.configuration(key:)` calls it between the pragmas, which read
    /// nothing, and what reads the file.
    mutating func useEncryptionKey(_ key: EncryptionKey) {
        prepareDatabase { db in
            try SQLCipher.key(db, with: key)
            try SQLCipher.checkKey(db)
        }
    }
}
