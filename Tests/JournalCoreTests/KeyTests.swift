import CSQLCipher
import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Passphrases, keys and their derivation.
@Suite("Keys")
struct KeyTests {
    @Test(arguments: [
        ("correct horse", "correct horse"), ("correct horse\n", "correct horse"), ("correct horse\r\n", "correct horse"),
        ("two breaks\n\n", "two breaks\n"), (" spaces count ", " spaces count "), ("ünïcödé 🔑\n", "ünïcödé 🔑"),
    ])
    func aPassphraseLosesOneLineBreak(line: String, expected: String) throws {
        let passphrase = try Passphrase(line: SecretBytes(copying: Array(line.utf8)))
        #expect(passphrase.bytes == SecretBytes(copying: Array(expected.utf8)))
    }

    @Test(arguments: ["", "\n", "\r\n"])
    func anEmptyPassphraseIsRefused(line: String) {
        #expect(throws: EncryptionError.emptyPassphrase) { try Passphrase(line: SecretBytes(copying: Array(line.utf8))) }
    }

    @Test func theSameSaltGivesTheSameKeyAndAnotherSaltAnother() throws {
        let passphrase = try Keys.passphrase("same words")
        let salt = [UInt8](repeating: 1, count: 16)
        let key = try EncryptionKey.derive(from: passphrase, salt: salt)
        #expect(try EncryptionKey.derive(from: passphrase, salt: salt) == key)
        #expect(try EncryptionKey.derive(from: passphrase, salt: [UInt8](repeating: 2, count: 16)) != key)
        #expect(try EncryptionKey.derive(from: Keys.passphrase("other words"), salt: salt) != key)
    }

    @Test func newFilesGetRandomSalts() throws {
        let passphrase = try Keys.passphrase("same words")
        let first = try EncryptionKey.deriveForNewFile(from: passphrase)
        let second = try EncryptionKey.deriveForNewFile(from: passphrase)
        #expect(first.salt.count == 16)
        #expect(first.salt != second.salt)
        #expect(first.key != second.key)
    }

    /// PBKDF2-HMAC-SHA512 of "password" with "salt" and 1 iteration, as Python's
    /// hashlib.pbkdf2_hmac computes it.
    @Test func derivationIsPBKDF2HMACSHA512() throws {
        var key = [UInt8](repeating: 0, count: 64)
        #expect(journal_pbkdf2_hmac_sha512("password", 8, "salt", 4, 1, &key, 64) == 1)
        #expect(key.prefix(8) == [0x86, 0x7f, 0x70, 0xcf, 0x1a, 0xde, 0x02, 0xcf])
    }

    @Test func theRawKeySpecIsHexOfKeyAndSalt() throws {
        let key = try Keys.first
        let spec = key.rawKeySpec.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        #expect(spec.count == 3 + 96)
        #expect(spec.hasPrefix("x'") && spec.hasSuffix("'"))
        #expect(spec.hasSuffix(key.salt.map { String(format: "%02x", $0) }.joined() + "'"))
    }

    @Test func aKeyComesBackFromItsKeyringPayload() throws {
        let key = try Keys.first
        #expect(EncryptionKey(keyringPayload: key.keyringPayload) == key)
        #expect(EncryptionKey(keyringPayload: SecretBytes(copying: [1, 2, 3])) == nil)
    }

    @Test func keyingRequiresSQLCipher() throws {
        try DatabaseQueue().read { db in try SQLCipher.require(db) }
    }

    @Test func holdingASecretKeepsItOutOfCoreDumps() throws {
        _ = SecretBytes(copying: [1, 2, 3])
        #expect(ProcessProtection.isProtected)
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        #expect(limit.rlim_cur == 0)
    }
}
