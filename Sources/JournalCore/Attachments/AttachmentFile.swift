import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A picture read from a file: of a kind the journal keeps, whole as far as its framing tells,
/// and no larger than `PictureLimits.largestFileSize`.
public struct AttachmentFile: Sendable, Equatable {
    /// The file's own name, without its folder: what the journal keeps and shows.
    public var name: String
    public var kind: AttachmentKind
    /// The file's bytes, exactly as read.
    public var bytes: Data

    public init(name: String, kind: AttachmentKind, bytes: Data) {
        self.name = name
        self.kind = kind
        self.bytes = bytes
    }

    /// Reads the picture at `path`: a file, or a pipe or device such as /dev/stdin, read to its
    /// end. A file larger than the limit is refused before any of it is read.
    ///
    /// - Throws: `AttachmentError` naming `path`: `.missing`, `.isAFolder`, `.notReadable`,
    ///   `.tooLarge`, `.empty`, `.notAccepted`, `.truncated`.
    public static func read(atPath path: String) throws(AttachmentError) -> AttachmentFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing(path) : .notReadable(path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .notReadable(path) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isAFolder(path) }
        if status.st_mode & S_IFMT == S_IFREG, status.st_size > PictureLimits.largestFileSize {
            throw .tooLarge(path, bytes: Int(status.st_size))
        }
        let bytes = try readToEnd(descriptor, path: path, expecting: Int(max(status.st_size, 0)))
        let kind = try AttachmentKind.recognising(bytes, name: path)
        return AttachmentFile(name: URL(fileURLWithPath: path).lastPathComponent, kind: kind, bytes: bytes)
    }

    /// The picture in `bytes`, already read (from an import file), checked as `read(atPath:)`
    /// checks a file. `name` may hold a folder, which is dropped.
    ///
    /// - Throws: `AttachmentError` naming the file by its name: `.tooLarge`, `.empty`,
    ///   `.notAccepted`, `.truncated`.
    public static func checking(_ bytes: Data, name: String) throws(AttachmentError) -> AttachmentFile {
        let shownName = name.split(separator: "/").last.map(String.init) ?? name
        guard bytes.count <= PictureLimits.largestFileSize else { throw .tooLarge(shownName, bytes: bytes.count) }
        let kind = try AttachmentKind.recognising(bytes, name: shownName)
        return AttachmentFile(name: shownName, kind: kind, bytes: bytes)
    }

    /// Reads until the end, or until one byte past the limit shows the file is too large (a
    /// pipe has no size to look at first, and a file may grow while it is read).
    private static func readToEnd(_ descriptor: Int32, path: String, expecting size: Int) throws(AttachmentError) -> Data {
        let limit = PictureLimits.largestFileSize
        var bytes = Data(count: min(size, limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { throw .tooLarge(path, bytes: nil) }
                bytes.count = min(max(bytes.count * 2, 65_536), limit + 1)
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, into: buffer.baseAddress! + filled, count: buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw errno == EISDIR ? .isAFolder(path) : .notReadable(path) }
            if count == 0 { break }
            filled += count
        }
        bytes.count = filled
        return bytes
    }
}

/// The system's `read`, which `AttachmentFile.read(atPath:)` hides inside the type.
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    read(descriptor, buffer, count)
}
