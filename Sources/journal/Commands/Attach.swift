import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach",
            abstract: "Keep drawings, photos or scans with an entry.",
            discussion: """
                JPEG, PNG, GIF, WebP, HEIC and HEIF (what phones take), SVG (drawing apps) and \\
                PDF (scans), told by their content, not their names, up to 50 MB each. The files \\
                are copied into the journal exactly as they are; the digest shows a copy sized \\
                for print, without the photo's metadata (such as where it was taken). A picture \\
                the entry already has is not added twice.

                Examples:
                  journal attach 12 storm.jpg
                  journal attach 12 page-1.pdf page-2.pdf
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The entry's id, as journal list shows it.")
        var id: Int64

        @Argument(help: ArgumentHelp("The picture files.", valueName: "file"), completion: .file(), transform: Arguments.path)
        var files: [String]

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            // The entry is looked for first: the picture helper takes a moment per picture. No
            // transaction is open while it works.
            _ = try store.entry(id: id)
            let pictures = try Pictures.prepare(files, attachedAt: Arguments.now)
            let outcomes = try store.attach(pictures, toEntry: id)
            let style = Terminal.outputStyle
            for outcome in outcomes {
                switch outcome {
                case .added(let attachment):
                    Terminal.write("Attached \(style.safe(attachment.name)) to entry \(id) as picture \(attachment.number).\n")
                case .alreadyThere(let attachment, let name):
                    Terminal.write(
                        "\(style.safe(name)) is already attached to entry \(id), as picture \(attachment.number); nothing changed.\n")
                }
            }
        }
    }
}
