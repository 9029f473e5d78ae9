import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// journal-picture, the program beside `journal` that reads pictures and makes their print
/// copies with libvips.
///
/// Pictures are worked on in a process of their own for two reasons. Loading libvips and the
/// 130 libraries it brings takes 50 to 80 ms and over 40 MB, several times a whole `journal
/// add`: in `journal` itself every command would pay for it (Benchmarks/pictures.md). And a malformed picture that crashes
/// an image decoder then stops the helper, never the journal in the middle of a change.
///
/// It lives here rather than in the command line because storing a picture (the second half of
/// issue 18) needs its answers inside one JournalCore call; it prints nothing and exits nothing:
/// the helper's standard error goes nowhere and its answers come back as values or as
/// `AttachmentError`s.
public struct PictureHelper: Sendable {
    public static let executableName = "journal-picture"

    /// The helper program.
    public let executable: URL
    /// Where the picture and its copy are written for the helper, each time in a new folder
    /// only the owner can enter, removed afterwards.
    public let temporaryFolder: URL
    /// How long the helper may work on one picture before it is stopped, in seconds.
    public let timeLimit: Int

    public init(executable: URL, temporaryFolder: URL, timeLimit: Int = 60) {
        self.executable = executable
        self.temporaryFolder = temporaryFolder
        self.timeLimit = timeLimit
    }

    /// Where the helper is looked for, in order: in the same folder as the `journal` program
    /// (as `swift build` leaves them, and as the README copies them), then in
    /// `../libexec/journal/` from that folder (as a system installs helpers:
    /// /usr/local/bin/journal and /usr/local/libexec/journal/journal-picture). `journal` is the
    /// running program with its symbolic links resolved.
    public static func candidates(besideJournalAt journal: URL) -> [URL] {
        let folder = journal.deletingLastPathComponent()
        return [
            folder.appendingPathComponent(executableName),
            folder.deletingLastPathComponent().appendingPathComponent("libexec/journal/\(executableName)"),
        ].map(\.standardizedFileURL)
    }

    /// The first of `candidates(besideJournalAt:)` that can be run.
    ///
    /// - Throws: `AttachmentError.helperMissing` listing where it looked.
    public static func locate(
        besideJournalAt journal: URL, temporaryFolder: URL
    ) throws(AttachmentError) -> PictureHelper {
        let candidates = candidates(besideJournalAt: journal)
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw .helperMissing(searched: candidates.map(\.path))
        }
        return PictureHelper(executable: found, temporaryFolder: temporaryFolder)
    }

    /// What the helper reads off `picture` (`journal-picture inspect`).
    ///
    /// - Throws: `AttachmentError`: `.damaged` or `.tooManyPixels` for the picture, or one of
    ///   the helper's own (`.helperStopped`, `.helperTookTooLong`, `.helperNotUnderstood`).
    public func inspect(_ picture: AttachmentFile) throws(AttachmentError) -> PictureFacts {
        try withWorkFolder(for: picture) { folder throws(AttachmentError) in
            try run(["inspect", folder.input], for: picture, answer: PictureFacts.self)
        }
    }

    /// The copy of `picture` that goes into a digest (`journal-picture print-copy`): at most
    /// `PictureLimits.printCopyLongestSide` pixels on its long side, upright, in sRGB, a JPEG or
    /// (with transparent parts) a PNG, with no metadata at all; a PDF's first page, an SVG
    /// drawn into pixels.
    ///
    /// - Throws: as `inspect(_:)`, and `.cannotWriteCopy`.
    public func makePrintCopy(of picture: AttachmentFile) throws(AttachmentError) -> PrintCopy {
        try withWorkFolder(for: picture) { folder throws(AttachmentError) in
            let facts = try run(["print-copy", folder.input, folder.output], for: picture, answer: PrintCopyFacts.self)
            guard let bytes = FileManager.default.contents(atPath: folder.output), bytes.count == facts.copy.bytes else {
                throw .helperNotUnderstood
            }
            return PrintCopy(source: facts.source, kind: facts.copy.kind, width: facts.copy.width,
                height: facts.copy.height, bytes: bytes)
        }
    }

    private struct WorkFolder {
        var path: String
        var input: String { path + "/picture" }
        var output: String { path + "/copy" }
    }

    /// Calls `body` with a new folder holding `picture`'s bytes, removed afterwards.
    private func withWorkFolder<Result>(
        for picture: AttachmentFile, _ body: (WorkFolder) throws(AttachmentError) -> Result
    ) throws(AttachmentError) -> Result {
        var template = Array(temporaryFolder.appendingPathComponent("journal-picture-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else { throw .cannotWriteCopy }
        let folder = WorkFolder(path: String(cString: made))
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let descriptor = PrivateFile.createExclusively(folder.input)
        guard descriptor >= 0 else { throw .cannotWriteCopy }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: picture.bytes)
            try handle.close()
        } catch {
            throw .cannotWriteCopy
        }
        return try body(folder)
    }

    /// Runs the helper with `arguments` and decodes its answer: `Answer` on exit status 0, a
    /// `PictureHelperFailure` on 1.
    private func run<Answer: Decodable>(
        _ arguments: [String], for picture: AttachmentFile, answer: Answer.Type
    ) throws(AttachmentError) -> Answer {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // None of the person's environment: a VIPS_ or G_DEBUG variable could change what the
        // library does (G_DEBUG=fatal-warnings turns a warning into a crash).
        process.environment = [:]
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let standardOutput = Pipe()
        process.standardOutput = standardOutput
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .helperMissing(searched: [executable.path])
        }

        let reading = DispatchGroup()
        nonisolated(unsafe) var output = Data()
        DispatchQueue.global().async(group: reading) {
            output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        }
        if finished.wait(timeout: .now() + .seconds(timeLimit)) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            reading.wait()
            throw .helperTookTooLong(picture.name, seconds: timeLimit)
        }
        reading.wait()

        guard process.terminationReason == .exit else { throw .helperStopped(picture.name) }
        let decoder = JSONDecoder()
        switch process.terminationStatus {
        case 0:
            guard let answer = try? decoder.decode(Answer.self, from: output) else { throw .helperNotUnderstood }
            return answer
        case 1:
            guard let failure = try? decoder.decode(PictureHelperFailure.self, from: output) else {
                throw .helperNotUnderstood
            }
            throw failure.error(naming: picture.name)
        case 64:
            // A usage error: the helper is of another version, with other arguments.
            throw .helperNotUnderstood
        default:
            // 127 from the dynamic loader when a library is missing, 69 when libvips will not start.
            throw .helperCannotStart
        }
    }
}

/// A picture's copy for print, and what the helper read off the original.
public struct PrintCopy: Sendable, Equatable {
    public var source: PictureFacts
    /// `.jpeg`, or `.png` when the picture has transparent parts.
    public var kind: AttachmentKind
    public var width: Int
    public var height: Int
    public var bytes: Data
}
