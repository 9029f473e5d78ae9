/// Where the key of an encrypted journal comes from when a command opens it: a field of
/// `JournalAccess`. A plain journal never asks it for anything.
public struct KeySource: Sendable {
    enum Origin: Sendable {
        case none
        case key(EncryptionKey)
        case passphrase(tries: Int, usesKeyring: Bool, ask: @Sendable (_ attempt: Int) throws -> Passphrase)
    }

    let origin: Origin

    /// No key: an encrypted journal is refused with `EncryptionError.encrypted`.
    public static let none = KeySource(origin: .none)

    /// A key already known, such as `JournalStore.key` of a store opened before: the journal
    /// opens without asking or deriving anything. A key that does not open it throws
    /// `EncryptionError.wrongPassphrase`.
    public static func key(_ key: EncryptionKey) -> KeySource {
        KeySource(origin: .key(key))
    }

    /// The key `journal unlock` keeps in the kernel keyring when it opens the journal (unless
    /// `usesKeyring` is false, or there is no keyring); else `ask` is called for a passphrase
    /// with the number of the attempt (1 to `tries`, at least 1) until the key derived from one
    /// opens the journal. After the last wrong one, throws `EncryptionError.wrongPassphrase`;
    /// what `ask` throws (no terminal, an unreadable file) ends the attempts at once.
    public static func passphrase(
        tries: Int, usesKeyring: Bool = true, ask: @escaping @Sendable (_ attempt: Int) throws -> Passphrase
    ) -> KeySource {
        KeySource(origin: .passphrase(tries: max(1, tries), usesKeyring: usesKeyring, ask: ask))
    }

    /// Calls `connect` with keys for the encrypted journal at `path`, whose salt is `salt`, until
    /// one opens it (`connect` throws `EncryptionError.wrongPassphrase` when a key does not);
    /// returns the connection and the key that made it.
    func unlock<Connection>(
        journalAtPath path: String, salt: [UInt8], _ connect: (EncryptionKey) throws -> Connection
    ) throws -> (connection: Connection, key: EncryptionKey) {
        switch origin {
        case .none:
            throw EncryptionError.encrypted(path)
        case .key(let key):
            guard key.salt == salt else { throw EncryptionError.wrongPassphrase }
            return (try connect(key), key)
        case .passphrase(let tries, let usesKeyring, let ask):
            if usesKeyring, let kept = JournalKeyring.keptKey(forSalt: salt) {
                // A copy of the journal made before its passphrase changed has the same salt and
                // another key: what is kept stays, for the journal it opens.
                do {
                    return (try connect(kept), kept)
                } catch EncryptionError.wrongPassphrase {}
            }
            for attempt in 1...tries {
                let key = try EncryptionKey.derive(from: try ask(attempt), salt: salt)
                do {
                    return (try connect(key), key)
                } catch EncryptionError.wrongPassphrase where attempt < tries {}
            }
            throw EncryptionError.wrongPassphrase
        }
    }
}
