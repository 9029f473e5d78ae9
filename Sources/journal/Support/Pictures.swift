import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the picture commands share: finding the picture helper beside this program, and
/// reading the files a person names. Only commands that work on pictures call it, so that no
/// other command looks for the helper.
enum Pictures {
    /// The picture helper, in the folder of this program (its symbolic links resolved) or in
    /// `../libexec/journal/`, with the temporary folder (`$TMPDIR`, else /tmp) for its work.
    ///
    /// - Throws: `AttachmentError.helperMissing`.
    static func helper() throws(AttachmentError) -> PictureHelper {
        try PictureHelper.locate(
            besideJournalAt: runningProgram, temporaryFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    /// This program's file: /proc/self/exe on Linux, which names the file whatever the command
    /// was typed as (through $PATH, a symbolic link or a relative path).
    private static var runningProgram: URL {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return URL(fileURLWithPath: String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)) }
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    }

    /// Reads and checks every file at `paths`, then has the helper make each ready to store,
    /// all before the journal is opened for writing: a file that cannot be kept is refused
    /// before anything changes.
    ///
    /// - Throws: the `AttachmentError` of the first file, in their order, that cannot be kept.
    static func prepare(_ paths: [String], attachedAt: Date) throws -> [PreparedPicture] {
        guard !paths.isEmpty else { return [] }
        let files = try paths.map { path throws(AttachmentError) in try AttachmentFile.read(atPath: path) }
        return try helper().prepare(files, attachedAt: attachedAt)
    }

    /// A picture helper found only once a picture needs it: an import whose file holds no
    /// pictures works without one.
    struct FoundOnFirstUse: PicturePreparing {
        func prepare(_ file: AttachmentFile, attachedAt: Date) throws(AttachmentError) -> PreparedPicture {
            try Pictures.helper().prepare(file, attachedAt: attachedAt)
        }
    }

    /// `storm.jpg was given twice; it is kept once.`: a note for each repeated picture.
    static func noteRepeated(_ names: [String]) {
        for name in names {
            Terminal.printNote("\(Terminal.errorStyle.safe(name)) holds the same picture as one given before it, so it is kept once.")
        }
    }
}
