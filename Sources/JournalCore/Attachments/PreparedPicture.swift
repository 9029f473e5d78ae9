import Foundation

/// A picture read, checked and made ready to store: the original's bytes and checksum, what the
/// picture helper read off it and its print copy. Made before the journal is opened for
/// writing, so that a picture the journal cannot keep is refused before anything changes, and
/// the journal is never held while the helper works.
public struct PreparedPicture: Equatable, Sendable {
    /// As `AttachmentName.cleaned` keeps it.
    public let name: String
    public let kind: AttachmentKind
    /// The original, exactly as given.
    public let bytes: Data
    /// Its SHA-256, 32 bytes.
    public let checksum: Data
    public let facts: PictureFacts
    public let printCopy: PrintCopy
    /// When it counts as attached: now, or the time an imported file gives.
    public let attachedAt: Date

    init(_ file: AttachmentFile, checksum: Data, printCopy: PrintCopy, attachedAt: Date) {
        name = AttachmentName.cleaned(file.name, kind: file.kind)
        kind = file.kind
        bytes = file.bytes
        self.checksum = checksum
        facts = printCopy.source
        self.printCopy = printCopy
        self.attachedAt = attachedAt
    }

    /// The picture as stored at `number` of its entry.
    func attachment(number: Int) -> Attachment {
        Attachment(
            number: number, name: name, kind: kind, byteCount: bytes.count, width: facts.uprightWidth,
            height: facts.uprightHeight, pageCount: facts.pages, attachedAt: StoredTime.date(StoredTime.seconds(attachedAt)))
    }
}

/// Makes pictures ready to store: `PictureHelper`, or a stand-in in tests.
public protocol PicturePreparing: Sendable {
    /// - Throws: `AttachmentError`, naming the file.
    func prepare(_ file: AttachmentFile, attachedAt: Date) throws(AttachmentError) -> PreparedPicture
}

extension PictureHelper: PicturePreparing {
    /// `file` with its checksum and its print copy (`makePrintCopy(of:)`), which also says what
    /// the picture is.
    ///
    /// - Throws: as `makePrintCopy(of:)`; `.helperNotUnderstood` when the helper takes the file
    ///   for another kind than the journal did.
    public func prepare(_ file: AttachmentFile, attachedAt: Date) throws(AttachmentError) -> PreparedPicture {
        let copy = try makePrintCopy(of: file)
        guard copy.source.kind == file.kind else { throw .helperNotUnderstood }
        return PreparedPicture(file, checksum: Checksum.sha256(file.bytes), printCopy: copy, attachedAt: attachedAt)
    }
}

extension PicturePreparing {
    /// Every file of `files`, in their order, two at a time: a phone photo keeps the helper busy
    /// for a third of a second, and most machines have a second core.
    ///
    /// - Throws: the `AttachmentError` of the first file, in their order, that could not be prepared.
    public func prepare(_ files: [AttachmentFile], attachedAt: Date) throws(AttachmentError) -> [PreparedPicture] {
        guard files.count > 1 else { return try files.map { file throws(AttachmentError) in try prepare(file, attachedAt: attachedAt) } }
        let results = PreparationResults(count: files.count)
        let next = PreparationResults.Counter()
        DispatchQueue.concurrentPerform(iterations: min(2, files.count)) { _ in
            while let index = next.take(below: files.count) {
                results.set(index, Result { () throws(AttachmentError) in try prepare(files[index], attachedAt: attachedAt) })
            }
        }
        return try results.all()
    }
}

/// The results of preparing several pictures at once, each kept in its file's place.
private final class PreparationResults: @unchecked Sendable {
    private var results: [Result<PreparedPicture, AttachmentError>?]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<PreparedPicture, AttachmentError>) {
        lock.withLock { results[index] = result }
    }

    func all() throws(AttachmentError) -> [PreparedPicture] {
        try results.map { result throws(AttachmentError) in try result!.get() }
    }

    /// Hands out the files' indices one at a time to whichever worker is free.
    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below count: Int) -> Int? {
            lock.withLock {
                guard value < count else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
