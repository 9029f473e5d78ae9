/// The derived keys `journal unlock` keeps in the kernel keyring (`KernelKeyring`), one per
/// encrypted journal, each under the name `journal:` and the journal's salt in hex. The salt is
/// random for every journal and the same in each copy of it, so a backup made with
/// `journal backup` opens with the same kept key.
public enum JournalKeyring {
    /// How long `journal unlock` keeps a key when not told: long enough for a few entries in a
    /// row, short enough that a computer left alone soon asks again.
    public static let usualTime = Duration.seconds(15 * 60)

    /// Keeps `key` for `time`, replacing what was kept for the same journal. Throws
    /// `KeyringError.unavailable` (with the reason) where there is no kernel keyring.
    public static func keep(_ key: EncryptionKey, for time: Duration) throws {
        try KernelKeyring().store(key.keyringPayload, as: name(forSalt: key.salt), for: time)
    }

    /// Forgets at once the key kept for the encrypted journal at `path`; false when none was
    /// kept. Throws `EncryptionError.notEncrypted` for a plain journal, `KeyringError.unavailable`
    /// where there is no kernel keyring.
    @discardableResult
    public static func forgetKey(ofJournalAtPath path: String) throws -> Bool {
        switch try JournalFileKind.of(fileAtPath: path) {
        case .encrypted: break
        case .plain: throw EncryptionError.notEncrypted(path)
        case .missing, .empty: throw StoreError.noJournal(path)
        case .other: throw StoreError.notAJournal(path)
        }
        return try forgetKey(forSalt: JournalFileKind.salt(ofFileAtPath: path))
    }

    /// Forgets what is kept for the journal with `salt`; false when nothing was.
    static func forgetKey(forSalt salt: [UInt8]) throws -> Bool {
        try KernelKeyring().forget(name(forSalt: salt))
    }

    /// The key kept for the journal with `salt`; nil when none is, or where there is no
    /// keyring: the passphrase is asked for then.
    static func keptKey(forSalt salt: [UInt8]) -> EncryptionKey? {
        guard let keyring = try? KernelKeyring(), let payload = try? keyring.read(name(forSalt: salt)),
            let key = EncryptionKey(keyringPayload: payload), key.salt == salt
        else { return nil }
        return key
    }

    static func name(forSalt salt: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return "journal:" + String(salt.flatMap { byte in [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] })
    }
}
