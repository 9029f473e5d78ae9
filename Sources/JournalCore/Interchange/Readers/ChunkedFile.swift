import Foundation

/// A file read from start to end a chunk at a time, so that reading a file of any size takes
/// the same small amount of memory.
final class ChunkedFile {
    static let chunkSize = 64 * 1024

    /// Where the file is opened from; messages use `name`.
    let path: String
    /// What messages call the file: its path as the person gave it, or "standard input".
    let name: String
    /// False for a pipe: what has been read from it is gone.
    let canBeReadAgain: Bool
    /// Nil for bytes in memory.
    private let descriptor: Int32?
    private var memory: ArraySlice<UInt8> = []
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private var hasReachedEnd = false
    /// How many bytes of `storage` the next `nextChunk()` hands over again, after `firstBytes()`.
    private var replayedCount: Int?
    /// How many bytes have been read from the file so far: the tests use it to prove that
    /// records arrive while most of a file is still unread.
    private(set) var bytesRead = 0

    init(path: String, name: String? = nil) throws(ImportError) {
        self.path = path
        self.name = name ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(name: self.name, code: errno, doing: "opened") }
        self.descriptor = descriptor
        var status = stat()
        canBeReadAgain = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        storage = .allocate(capacity: Self.chunkSize)
    }

    /// Bytes already in memory, read as a file called `name`: the first bytes of a file, to
    /// tell what kind of file it is.
    init(bytes: some Collection<UInt8>, name: String) {
        path = name
        self.name = name
        canBeReadAgain = false
        descriptor = nil
        memory = ArraySlice(bytes)
        storage = .allocate(capacity: Self.chunkSize)
    }

    deinit {
        if let descriptor { close(descriptor) }
        storage.deallocate()
    }

    /// The file's first bytes, a chunk at most, which the next `nextChunk()` hands over again:
    /// so that a pipe, too, can be looked at before it is read, as often as needed. Only before
    /// anything is read.
    func firstBytes() throws(ImportError) -> [UInt8] {
        if let replayedCount { return Array(storage[..<replayedCount]) }
        precondition(bytesRead == 0, "firstBytes() is for a file not read yet")
        let chunk = try nextChunk()
        replayedCount = chunk.count
        return Array(chunk)
    }

    /// The next bytes of the file, a full chunk unless the file ends first; empty at the end.
    /// Valid until the next call.
    func nextChunk() throws(ImportError) -> UnsafeBufferPointer<UInt8> {
        if let replayed = replayedCount {
            replayedCount = nil
            return UnsafeBufferPointer(rebasing: storage[..<replayed])
        }
        guard let descriptor else {
            let count = min(memory.count, storage.count)
            _ = storage.initialize(from: memory.prefix(count))
            memory = memory.dropFirst(count)
            bytesRead += count
            return UnsafeBufferPointer(rebasing: storage[..<count])
        }
        var filled = 0
        // A pipe hands over what it has, which may be less than asked for; filling the whole
        // chunk means every reader can rely on the first chunk holding a byte-order mark whole.
        while !hasReachedEnd, filled < storage.count {
            let count = read(descriptor, storage.baseAddress! + filled, storage.count - filled)
            if count > 0 {
                filled += count
            } else if count == 0 {
                hasReachedEnd = true
            } else if errno != EINTR {
                throw Self.failure(name: name, code: errno, doing: "read")
            }
        }
        bytesRead += filled
        return UnsafeBufferPointer(rebasing: storage[..<filled])
    }

    private static func failure(name: String, code: Int32, doing verb: String) -> ImportError {
        switch code {
        case ENOENT:
            ImportError(
                file: name, location: nil, reason: "there is no such file",
                remedy: "check the file's name and folder (ls shows what is there)")
        case EACCES:
            ImportError(
                file: name, location: nil, reason: "cannot be \(verb): permission denied",
                remedy: "make it readable to you (chmod u+r), or copy it somewhere you can read it")
        case EISDIR:
            ImportError(
                file: name, location: nil, reason: "is a folder, not a file",
                remedy: "name the file in it: Day One's zip or Journal.json, jrnl's journal, Daylio's CSV, or journal's own export")
        default:
            ImportError(
                file: name, location: nil, reason: "cannot be \(verb): \(String(cString: strerror(code)))",
                remedy: "check that the disk is there and the file whole, and import again")
        }
    }
}

/// A reading position in a `ChunkedFile`: the chunk being read and the next byte in it.
///
/// Readers scan `chunk` directly in their tight loops and call `peek()` at a chunk's end, which
/// is where the next chunk is read.
struct ByteCursor {
    let file: ChunkedFile
    private(set) var chunk: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Positioned at the first byte of the file's text, past a UTF-8 byte-order mark if there is
    /// one: editors on Windows and some exporters write it, and it is not part of the text.
    init(file: ChunkedFile) throws(ImportError) {
        self.file = file
        chunk = try file.nextChunk()
        if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
            index = 3
        }
    }

    /// The next byte, without moving past it; nil at the end of the file.
    @inline(__always)
    mutating func peek() throws(ImportError) -> UInt8? {
        if index < chunk.count { return chunk[index] }
        return try peekIntoNextChunk()
    }

    @inline(__always)
    mutating func advance() {
        index += 1
    }

    private mutating func peekIntoNextChunk() throws(ImportError) -> UInt8? {
        chunk = try file.nextChunk()
        index = 0
        return chunk.first
    }

    /// Reads the next line into `line`, without its line break (LF or CRLF); false at the end of
    /// the file.
    mutating func readLine(into line: inout [UInt8]) throws(ImportError) -> Bool {
        line.removeAll(keepingCapacity: true)
        var hasContent = false
        while true {
            var end = index
            while end < chunk.count, chunk[end] != 0x0A { end += 1 }
            if end > index {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[index..<end]))
                hasContent = true
            }
            index = end
            guard let byte = try peek() else { return hasContent }
            if byte == 0x0A {
                advance()
                if line.last == 0x0D { line.removeLast() }
                return true
            }
        }
    }
}
