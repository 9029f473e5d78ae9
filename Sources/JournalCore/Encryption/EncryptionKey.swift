import CSQLCipher
import Foundation

/// A passphrase as typed or read from a file: its bytes as given (UTF-8 text, not normalised),
/// without the line break that ends it.
public struct Passphrase: Sendable {
    let bytes: SecretBytes

    /// Its length in bytes.
    public var count: Int { bytes.count }

    /// The passphrase in `line`: one line break at its end (`\n` or `\r\n`) is left off, as a
    /// terminal, `echo` and most editors end a line with one. Throws
    /// `EncryptionError.emptyPassphrase` when nothing is left.
    public init(line: SecretBytes) throws {
        let length = line.withUnsafeBytes { bytes in
            guard bytes.last == UInt8(ascii: "\n") else { return bytes.count }
            return bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "\r") ? bytes.count - 2 : bytes.count - 1
        }
        guard length > 0 else { throw EncryptionError.emptyPassphrase }
        bytes = line.withUnsafeBytes { bytes in SecretBytes(copying: bytes[0..<length]) }
    }
}

extension Passphrase: Equatable {
    /// Compares in time that depends on the lengths only (`SecretBytes`).
    public static func == (left: Passphrase, right: Passphrase) -> Bool {
        left.bytes == right.bytes
    }
}

/// The key an encrypted journal is opened with, and the salt it was derived with.
///
/// Derived as SQLCipher 4 derives a key from a passphrase by default — PBKDF2-HMAC-SHA512 over
/// 256,000 iterations, 32 bytes of key, a random 16-byte salt kept as the first 16 bytes of the
/// file — so that other SQLCipher 4 programs (the sqlcipher3 Python package, the sqlcipher shell)
/// open the journal with the passphrase alone. Deriving it here rather than inside SQLCipher
/// lets a derived key be cached (`journal unlock`) and opened without deriving it again.
public struct EncryptionKey: Sendable, Equatable {
    /// SQLCipher 4's defaults (https://www.zetetic.net/sqlcipher/sqlcipher-api/#cipher_compatibility).
    public static let iterations = 256_000
    public static let keyLength = 32
    public static let saltLength = 16

    /// `keyLength` bytes.
    let key: SecretBytes
    /// `saltLength` bytes: the first bytes of the encrypted file, not a secret.
    public let salt: [UInt8]

    /// Derives the key of `passphrase` with `salt` (`saltLength` bytes: read from an encrypted
    /// journal's first bytes with `JournalFileKind.salt(ofFileAtPath:)`). Slow on purpose, 0.1 to
    /// 0.3 seconds here, as is every guess of someone who has the file.
    public static func derive(from passphrase: Passphrase, salt: [UInt8]) throws -> EncryptionKey {
        precondition(salt.count == saltLength, "a salt is \(saltLength) bytes")
        let key = try SecretBytes(count: keyLength) { key in
            let succeeded = passphrase.bytes.withUnsafeBytes { passphrase in
                journal_pbkdf2_hmac_sha512(
                    passphrase.baseAddress, Int32(passphrase.count), salt, Int32(salt.count),
                    Int32(iterations), key.baseAddress, Int32(key.count))
            }
            guard succeeded == 1 else { throw EncryptionError.cannotDeriveKey }
        }
        return EncryptionKey(key: key, salt: salt)
    }

    /// Derives a key for a journal about to be encrypted, with a new random salt: two journals
    /// with the same passphrase get different keys.
    public static func deriveForNewFile(from passphrase: Passphrase) throws -> EncryptionKey {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try derive(from: passphrase, salt: salt)
    }

    init(key: SecretBytes, salt: [UInt8]) {
        precondition(key.count == Self.keyLength && salt.count == Self.saltLength)
        self.key = key
        self.salt = salt
    }

    /// The key and the salt as one piece (`keyLength + saltLength` bytes), to keep in the kernel
    /// keyring; `init(keyringPayload:)` reads it back.
    public var keyringPayload: SecretBytes {
        key.withUnsafeBytes { key in
            SecretBytes(count: Self.keyLength + Self.saltLength) { payload in
                payload.copyBytes(from: key)
                UnsafeMutableRawBufferPointer(rebasing: payload[Self.keyLength...]).copyBytes(from: salt)
            }
        }
    }

    /// A key kept with `keyringPayload`; nil when `payload` is not one.
    public init?(keyringPayload payload: SecretBytes) {
        guard payload.count == Self.keyLength + Self.saltLength else { return nil }
        key = payload.withUnsafeBytes { payload in SecretBytes(copying: payload[0..<Self.keyLength]) }
        salt = payload.withUnsafeBytes { payload in Array(payload[Self.keyLength...]) }
    }

    /// SQLCipher's raw key spec, `x'<key in hex><salt in hex>'`, which keys a connection
    /// without deriving anything, and gives a new file this salt.
    var rawKeySpec: SecretBytes {
        let hexDigits = Array("0123456789abcdef".utf8)
        return key.withUnsafeBytes { key in
            SecretBytes(count: 3 + 2 * (key.count + salt.count)) { spec in
                spec[0] = UInt8(ascii: "x")
                spec[1] = UInt8(ascii: "'")
                // Byte by byte into the secret's own memory: no copy of the key in between.
                func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from start: Int) {
                    for (index, byte) in bytes.enumerated() {
                        spec[start + 2 * index] = hexDigits[Int(byte >> 4)]
                        spec[start + 2 * index + 1] = hexDigits[Int(byte & 0x0F)]
                    }
                }
                write(key, from: 2)
                write(salt, from: 2 + 2 * key.count)
                spec[spec.count - 1] = UInt8(ascii: "'")
            }
        }
    }
}
