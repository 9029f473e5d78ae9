/// `journal encrypt`, `decrypt`, `passphrase`, `unlock` and `lock`: what each does with the
/// journal `access` names, whatever the mode `access` was given (each opens the journal as it
/// must).
///
/// Decrypting and changing the passphrase ask for the passphrase even while the journal is
/// unlocked: someone at a computer left unlocked may read the journal, but must not take its
/// encryption off or lock its writer out of it.
extension JournalEncryption {
    /// Encrypts the plain journal at `access.path` with a passphrase from `newPassphrase`, which
    /// is called only once the journal is known to be a plain journal this user may write (an
    /// earlier version's is brought up to date first). Copies made before (backups, the old
    /// file's blocks on the disk) stay as they were. Throws `EncryptionError.alreadyEncrypted`,
    /// the errors of `JournalStore.open`, and those of `encrypt(journalAtPath:with:)`.
    public static func encrypt(_ access: JournalAccess, newPassphrase: () throws -> Passphrase) throws {
        var request = access
        request.mode = .mustExist(readOnly: false)
        request.key = .none
        do {
            _ = try JournalStore.open(request)
        } catch EncryptionError.encrypted {
            throw EncryptionError.alreadyEncrypted(access.path)
        }
        let key = try EncryptionKey.deriveForNewFile(from: newPassphrase())
        try encrypt(journalAtPath: access.path, with: key)
    }

    /// Decrypts the encrypted journal at `access.path`, asking `access.key` for its passphrase
    /// (never the kept key), and forgets the key `journal unlock` kept for it. Throws
    /// `EncryptionError.notEncrypted` for a plain journal, before asking anything.
    public static func decrypt(_ access: JournalAccess) throws {
        let key = try typedKey(access)
        try decrypt(journalAtPath: access.path, with: key)
        _ = try? JournalKeyring.forgetKey(forSalt: key.salt)
    }

    /// Gives the encrypted journal at `access.path` the passphrase from `newPassphrase`, called
    /// once the current one, asked of `access.key` (never the kept key), opened it. The salt
    /// stays. Returns whether a key `journal unlock` kept for the journal was forgotten: it
    /// opened the journal with the old passphrase only.
    public static func changePassphrase(_ access: JournalAccess, newPassphrase: () throws -> Passphrase) throws -> Bool {
        let current = try typedKey(access)
        let new = try EncryptionKey.derive(from: newPassphrase(), salt: current.salt)
        try changeKey(ofJournalAtPath: access.path, from: current, to: new)
        return (try? JournalKeyring.forgetKey(forSalt: current.salt)) ?? false
    }

    /// The key of the encrypted journal at `access.path`, from a passphrase asked of
    /// `access.key` without looking in the keyring; checked by opening the journal to write, and
    /// closing it again before returning.
    private static func typedKey(_ access: JournalAccess) throws -> EncryptionKey {
        if try JournalFileKind.of(fileAtPath: access.path) == .plain { throw EncryptionError.notEncrypted(access.path) }
        var request = access
        request.mode = .mustExist(readOnly: false)
        request.key = access.key.withoutKeyring
        guard let key = try JournalStore.open(request).key else { throw EncryptionError.notEncrypted(access.path) }
        return key
    }
}

extension JournalKeyring {
    /// `journal unlock`: keeps the key of the encrypted journal at `access.path` in the kernel
    /// keyring for `time`, so that commands of this login session open it without asking or
    /// deriving the key. A journal unlocked already is kept for `time` from now, without asking.
    /// Throws `KeyringError.unavailable` (before asking anything) where there is no kernel
    /// keyring, and `EncryptionError.notEncrypted` for a plain journal.
    public static func unlock(_ access: JournalAccess, for time: Duration) throws {
        _ = try KernelKeyring()
        if try JournalFileKind.of(fileAtPath: access.path) == .plain { throw EncryptionError.notEncrypted(access.path) }
        var request = access
        request.mode = .mustExist(readOnly: true)
        guard let key = try JournalStore.open(request).key else { throw EncryptionError.notEncrypted(access.path) }
        try keep(key, for: time)
    }
}

extension KeySource {
    /// The same source, without looking in the kernel keyring first.
    var withoutKeyring: KeySource {
        guard case .passphrase(let tries, _, let ask) = origin else { return self }
        return KeySource(origin: .passphrase(tries: tries, usesKeyring: false, ask: ask))
    }
}
