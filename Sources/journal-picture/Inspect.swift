import ArgumentParser
import JournalCore

extension JournalPicture {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "inspect",
            abstract: "Print what a picture is: its kind, size, orientation, pages and metadata.",
            discussion: """
                Prints one JSON object: {"kind": "jpeg", "width": 4000, "height": 3000, \
                "orientation": 6, "uprightWidth": 3000, "uprightHeight": 4000, "pages": 1, \
                "metadata": ["exif", "gps"]}
                """)

        @Argument(help: "The picture file.")
        var file: String

        func run() throws {
            let picture = try AttachmentFile.read(atPath: file)
            Answer.print(try PictureWork(picture).facts)
        }
    }
}
