/// Why a picture could not be kept or shown, in words a person can act on. Each case names the
/// file as the person gave it (or the attachment's original name).
public enum AttachmentError: JournalFailure, Equatable {
    case missing(String)
    case isAFolder(String)
    case notReadable(String)
    case empty(String)
    /// `bytes` is nil when the size is not known: a pipe, or a file that grew while it was read.
    case tooLarge(String, bytes: Int?)
    case notAccepted(String)
    case truncated(String, AttachmentKind)
    /// The image library could not read it as the kind it looks like.
    case damaged(String, AttachmentKind)
    case tooManyPixels(String, width: Int, height: Int)
    /// journal-picture is in none of the places looked in (`searched`, in order).
    case helperMissing(searched: [String])
    /// journal-picture could not start: libvips or a library it needs is missing.
    case helperCannotStart
    /// journal-picture stopped without an answer (a crash, a signal).
    case helperStopped(String)
    case helperTookTooLong(String, seconds: Int)
    /// journal-picture answered something this journal does not understand: another version.
    case helperNotUnderstood
    case cannotWriteCopy
    /// Entry `entry` has `count` pictures, none numbered `number`.
    case noSuchPicture(entry: Int64, number: Int, count: Int)
    /// Picture `number` is all entry `entry` holds: without it the entry would be empty.
    case onlyContent(entry: Int64, number: Int)
    /// `journal attachment save` never writes over a file.
    case destinationExists(String)
    case cannotSave(String)

    public var problem: String {
        switch self {
        case .missing(let name): "there is no file \(name)"
        case .isAFolder(let name): "\(name) is a folder, not a picture"
        case .notReadable(let name): "cannot read \(name): permission denied"
        case .empty(let name): "\(name) is empty"
        case .tooLarge(let name, let bytes?):
            "\(name) is \(Self.megabytes(bytes)), more than the \(Self.megabytes(PictureLimits.largestFileSize)) a picture may be"
        case .tooLarge(let name, nil):
            "\(name) is larger than the \(Self.megabytes(PictureLimits.largestFileSize)) a picture may be"
        case .notAccepted(let name):
            "\(name) is not a kind of picture journal keeps"
        case .truncated(let name, let kind): "\(name) is cut short: the end of the \(kind.displayName) file is missing"
        case .damaged(let name, let kind): "\(name) looks like a \(kind.displayName) file but cannot be read as one"
        case .tooManyPixels(let name, let width, let height):
            "\(name) is \(width) × \(height) pixels, more than the \(PictureLimits.largestPixelCount / 1_000_000) million a picture may have"
        case .helperMissing(let searched):
            "the picture helper \(PictureHelper.executableName) is not installed (looked for it at \(searched.joined(separator: " and ")))"
        case .helperCannotStart: "the picture helper \(PictureHelper.executableName) could not start"
        case .helperStopped(let name): "the picture helper stopped while reading \(name)"
        case .helperTookTooLong(let name, let seconds):
            "reading \(name) took longer than \(seconds) seconds, so the picture helper was stopped"
        case .helperNotUnderstood: "the picture helper \(PictureHelper.executableName) gave an answer this journal does not understand"
        case .cannotWriteCopy: "the picture helper could not write the copy for printing"
        case .noSuchPicture(let entry, let number, 0): "entry \(entry) has no pictures, so there is no picture \(number)"
        case .noSuchPicture(let entry, let number, let count):
            "entry \(entry) has no picture \(number): it has \(Wording.count(count, "picture", "pictures"))"
        case .onlyContent(let entry, let number):
            "picture \(number) is all entry \(entry) holds, and an entry cannot be empty, so it was left attached"
        case .destinationExists(let path): "\(path) already exists, and a picture is never saved over a file"
        case .cannotSave(let path): "cannot write \(path)"
        }
    }

    public var advice: String {
        switch self {
        case .missing: "check the file's name and folder"
        case .isAFolder: "give the picture files in it instead"
        case .notReadable: "check who owns the file (ls -l), or copy it somewhere you can read it"
        case .empty, .truncated:
            "copy, download or export it again from where it came from, then attach it again"
        case .tooLarge, .tooManyPixels:
            "make it smaller (export the photo at a smaller size, or scan at 150 or 300 dpi) and attach it again"
        case .notAccepted: "attach a \(AttachmentKind.acceptedNames) file; most programs can save or export one of these"
        case .damaged, .helperStopped, .helperTookTooLong:
            "open it in an image viewer to check it, or export it again from where it came from"
        case .helperCannotStart: "install libvips (on Debian or Ubuntu: sudo apt-get install libvips42), then try again"
        case .helperMissing, .helperNotUnderstood:
            "install journal and \(PictureHelper.executableName) from the same build, as make install does (the README's \"Try it, then install it\" says how)"
        case .cannotWriteCopy: "check that there is free disk space in the temporary folder, and try again"
        case .noSuchPicture(let entry, _, _): "journal show \(entry) lists its pictures and their numbers"
        case .onlyContent(let entry, _):
            "give the entry some text first (journal edit \(entry)), or delete the whole entry (journal delete \(entry))"
        case .destinationExists: "give another file name with --output FILE"
        case .cannotSave: "check that the folder exists and that you can write to it"
        }
    }

    /// `bytes` in megabytes of 1,000,000 bytes, as file managers show them: "50 MB", "63.2 MB".
    /// Rounded up, so that a file just over the limit does not read as the limit itself.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
