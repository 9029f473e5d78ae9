import CChecksum
import Foundation

/// The SHA-256 of a picture's bytes. Stored beside them, it lets `journal check` tell that they
/// are still the bytes given, and `journal attach` that the same picture is already there.
enum Checksum {
    /// 32 bytes.
    static func sha256(_ bytes: Data) -> Data {
        var digest = Data(count: Int(JOURNAL_SHA256_LENGTH))
        digest.withUnsafeMutableBytes { output in
            bytes.withUnsafeBytes { input in
                journal_sha256(input.baseAddress, input.count, output.bindMemory(to: UInt8.self).baseAddress)
            }
        }
        return digest
    }
}
