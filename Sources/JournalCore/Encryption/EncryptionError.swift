/// Why an encrypted journal could not be opened, or a journal not encrypted, decrypted or given a
/// new passphrase, in words a person can act on. Never SQLite's or SQLCipher's own messages.
public enum EncryptionError: JournalFailure, Equatable {
    /// The passphrase (or a cached key) does not open the journal.
    case wrongPassphrase
    case emptyPassphrase
    /// The journal is encrypted, and no passphrase was given to open it.
    case encrypted(String)
    /// The SQLite this program runs on is not SQLCipher: a key would be ignored, and entries
    /// written in plain text.
    case notSQLCipher
    case cannotDeriveKey
    case cannotReadFile(String)
    case alreadyEncrypted(String)
    case notEncrypted(String)
    /// Another command has the journal open with changes not yet in the file itself.
    case inUse(String)
    /// The converted copy did not match the journal; the journal was left as it was.
    case copyDoesNotMatch(String)
    case cannotReplace(String)

    public var problem: String {
        switch self {
        case .wrongPassphrase: "wrong passphrase"
        case .emptyPassphrase: "the passphrase is empty"
        case .encrypted(let path): "the journal at \(path) is encrypted, and no passphrase was given"
        case .notSQLCipher:
            "this journal program was built without encryption (its SQLite is not SQLCipher), so it does not open encrypted journals"
        case .cannotDeriveKey: "the key could not be made from the passphrase"
        case .cannotReadFile(let path): "cannot read \(path)"
        case .alreadyEncrypted(let path): "the journal at \(path) is already encrypted"
        case .notEncrypted(let path): "the journal at \(path) is not encrypted"
        case .inUse(let path): "another journal command is using the journal at \(path), so it was left as it was"
        case .copyDoesNotMatch(let path):
            "the converted copy of the journal at \(path) did not match it, so the journal was left as it was"
        case .cannotReplace(let path): "cannot replace the journal at \(path) with its converted copy, so it was left as it was"
        }
    }

    public var advice: String {
        switch self {
        case .wrongPassphrase: "try again (capitals and spaces count); nothing was changed"
        case .emptyPassphrase: "type a passphrase, or check the passphrase file"
        case .encrypted: "give its passphrase"
        case .notSQLCipher: "build journal as the README says (Scripts/fetch-sqlcipher, then swift build)"
        case .cannotDeriveKey: "try again; if it keeps happening, reinstall OpenSSL's libcrypto"
        case .cannotReadFile: "check that the file exists and that you may read it"
        case .alreadyEncrypted: "use journal passphrase to change its passphrase"
        case .notEncrypted: "use journal encrypt to encrypt it"
        case .inUse: "wait for the other command to finish, then try again"
        case .copyDoesNotMatch: "run journal check, and keep a copy of the file before anything else"
        case .cannotReplace: "check that you may write to the journal's folder, and that the disk is not full"
        }
    }
}
