import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// journal's picture helper: the one program of the package that loads libvips, run by
/// `journal` for picture work so that no other command pays for loading it (see
/// `PictureHelper` in JournalCore, which runs it and decodes its answers).
///
/// The protocol: arguments in; on success exit status 0 and one JSON object on standard
/// output; when the picture cannot be read or copied, exit status 1, a `PictureHelperFailure`
/// as JSON on standard output and the same in plain words on standard error. Exit status 64
/// is a usage error, 69 a libvips that cannot start.
@main
struct JournalPicture: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal-picture",
        abstract: "Read pictures and make their copies for print, for journal.",
        discussion: """
            journal runs this program for its picture work; it can be run by hand too. It \
            reads JPEG, PNG, GIF, WebP, HEIC and HEIF, SVG and PDF files, recognised by their \
            content, and answers in JSON.
            """,
        subcommands: [Inspect.self, PrintCopy.self])

    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        let messages = LibraryMessages.silence()
        guard Vips.start() else {
            messages.say("journal-picture: libvips could not start — reinstall libvips (Debian: apt-get install libvips42)")
            Foundation.exit(69)
        }
        do {
            var command = command
            try command.run()
        } catch let error as AttachmentError {
            if let failure = PictureHelperFailure(error) { Answer.print(failure) }
            messages.say("journal-picture: \(error.problem) — \(error.advice)")
            Foundation.exit(1)
        } catch {
            // ArgumentParser's own: --help runs a command that throws its request for help.
            messages.restore()
            exit(withError: error)
        }
    }
}

/// The JSON answers on standard output.
enum Answer {
    static func print(_ answer: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard var data = try? encoder.encode(answer) else { return }
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}

/// The helper's own standard error, kept aside while the libraries' writes to it (poppler,
/// librsvg and the codecs print some of theirs directly, past GLib) go to /dev/null.
struct LibraryMessages {
    private let descriptor: Int32

    static func silence() -> LibraryMessages {
        let kept = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        if null >= 0 {
            dup2(null, STDERR_FILENO)
            close(null)
        }
        return LibraryMessages(descriptor: kept >= 0 ? kept : STDERR_FILENO)
    }

    /// Gives standard error back, for ArgumentParser's messages.
    func restore() {
        dup2(descriptor, STDERR_FILENO)
    }

    func say(_ message: String) {
        let line = Array((message + "\n").utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
