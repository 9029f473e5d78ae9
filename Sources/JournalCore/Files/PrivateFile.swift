import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files the journal hands out (digests, exports): readable by their owner only, and
/// atomically, so that a reader never sees half a file and a failure leaves the old one.
public enum PrivateFile {
    public static func write(_ text: String, toPath path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw PrivateFileError.isAFolder(path)
        }
        let temporaryPath = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporaryPath, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PrivateFileError.cannotWrite(path) }
        var renamed = false
        defer { if !renamed { unlink(temporaryPath) } }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            fchmod(descriptor, 0o600)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            throw PrivateFileError.cannotWrite(path)
        }
        guard rename(temporaryPath, path) == 0 else { throw PrivateFileError.cannotWrite(path) }
        renamed = true
    }
}

public enum PrivateFileError: JournalFailure, Equatable {
    case cannotWrite(String)
    case isAFolder(String)

    public var problem: String {
        switch self {
        case .cannotWrite(let path): "cannot write \(path)"
        case .isAFolder(let path): "\(path) is a folder"
        }
    }

    public var advice: String {
        switch self {
        case .cannotWrite: "check that the folder exists and that you can write to it"
        case .isAFolder: "give a file name, like \(path(of: self))/digest.md"
        }
    }

    private func path(of error: PrivateFileError) -> String {
        switch error {
        case .cannotWrite(let path), .isAFolder(let path): path
        }
    }
}
