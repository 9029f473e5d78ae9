import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    struct Attachment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attachment",
            abstract: "Get a picture kept with an entry back out.",
            discussion: """
                Example: journal attachment save 12 1 --output ~/storm.jpg
                """,
            subcommands: [Save.self])
    }
}

extension Journal.Attachment {
    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save",
            abstract: "Write a picture's original file out, exactly as it was attached.",
            discussion: """
                The file is readable only by you. Without --output it is written into the \\
                current folder under its original name. An existing file is never written over.

                Example: journal attachment save 12 1
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The entry's id, as journal list shows it.")
        var id: Int64

        @Argument(help: ArgumentHelp("The picture's number, as journal show lists it.", valueName: "n"))
        var number: Int

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write it to this new file instead.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var output: String?

        func validate() throws {
            if let output { try Arguments.validating { try options.checkOutput(output) } }
        }

        func run() throws {
            let (attachment, bytes) = try options.open(.readOnlyOrEmpty).original(ofPicture: number, entry: id)
            let path = output ?? attachment.name
            try Self.writeNew(bytes, to: path)
            Terminal.write(
                "Saved picture \(number) of entry \(id) (\(AttachmentWording.byteCount(bytes.count))) to "
                    + "\(Terminal.outputStyle.safe(path)).\n")
        }

        /// Writes `bytes` into a new file at `path`, 0600, never over an existing one; a file
        /// cut short by a full disk is removed.
        private static func writeNew(_ bytes: Data, to path: String) throws {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw errno == EEXIST ? AttachmentError.destinationExists(path) : AttachmentError.cannotSave(path)
            }
            fchmod(descriptor, 0o600)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: bytes)
                try handle.synchronize()
                try handle.close()
            } catch {
                unlink(path)
                throw AttachmentError.cannotSave(path)
            }
        }
    }
}
