import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension JournalPicture {
    struct PrintCopy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print-copy",
            abstract: "Make the copy of a picture that goes into a printed digest.",
            discussion: """
                The copy is at most 1600 pixels on its long side, upright as the camera meant, \
                in sRGB, a JPEG (a PNG when the picture has transparent parts), and carries no \
                metadata at all: no EXIF, GPS position, XMP, IPTC, colour profile or comment. A \
                PDF's first page is drawn; an SVG is drawn into pixels, never copied as markup. \
                Prints one JSON object: {"source": {…as inspect…}, "copy": {"kind": "jpeg", \
                "width": 1200, "height": 1600, "bytes": 412345}}
                """)

        @Argument(help: "The picture file.")
        var file: String

        @Argument(help: "Where to write the copy: a new file, readable by its owner only.")
        var output: String

        func run() throws {
            let picture = try AttachmentFile.read(atPath: file)
            let work = try PictureWork(picture)
            let copy = try work.makePrintCopy()
            try write(copy.bytes, to: output)
            Answer.print(
                PrintCopyFacts(
                    source: work.facts,
                    copy: .init(kind: copy.kind, width: copy.width, height: copy.height, bytes: copy.bytes.count)))
        }

        /// Writes `bytes` into a new file at `path`, 0600, never over an existing one.
        private func write(_ bytes: Data, to path: String) throws(AttachmentError) {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw .cannotWriteCopy }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: bytes)
                try handle.close()
            } catch {
                unlink(path)
                throw .cannotWriteCopy
            }
        }
    }
}
