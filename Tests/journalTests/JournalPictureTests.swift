import Foundation
import JournalCore
import Testing

/// journal-picture, the helper that does journal's picture work with libvips, run as journal
/// runs it, on pictures made in the tests.
@Suite("journal-picture: reading pictures and making their print copies")
struct JournalPictureTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// The helper built beside `journal`.
    static var helper: URL {
        Sandbox.binary.deletingLastPathComponent().appendingPathComponent(PictureHelper.executableName)
    }

    func runHelper(_ arguments: String...) throws -> Outcome {
        try Sandbox.execute(Self.helper, arguments, input: Data(), environment: [:])
    }

    func write(_ bytes: Data, to name: String) throws -> String {
        let path = sandbox.path(name)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    func inspect(_ path: String) throws -> PictureFacts {
        let outcome = try runHelper("inspect", path)
        try #require(outcome.succeeded, "inspect failed: \(outcome.errors)")
        return try JSONDecoder().decode(PictureFacts.self, from: outcome.outputData)
    }

    /// Makes the print copy of `path` at `path`.copy and returns what the helper said of it.
    func printCopy(_ path: String) throws -> PrintCopyFacts {
        let outcome = try runHelper("print-copy", path, path + ".copy")
        try #require(outcome.succeeded, "print-copy failed: \(outcome.errors)")
        #expect(outcome.errors.isEmpty, "standard error: \(outcome.errors)")
        let facts = try JSONDecoder().decode(PrintCopyFacts.self, from: outcome.outputData)
        let copy = try #require(FileManager.default.contents(atPath: path + ".copy"))
        #expect(copy.count == facts.copy.bytes)
        let permissions = try FileManager.default.attributesOfItem(atPath: path + ".copy")[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        return facts
    }

    static let photoKinds: [(String, AttachmentKind)] = [
        ("jpg", .jpeg), ("png", .png), ("gif", .gif), ("webp", .webp), ("heic", .heic),
    ]

    @Test(
        "Each kind of photo is read and copied for print",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing),
        arguments: photoKinds.map(\.0))
    func eachKindOfPhotoIsReadAndCopied(extension name: String) throws {
        let kind = try #require(Self.photoKinds.first { $0.0 == name }?.1)
        let path = sandbox.path("photo.\(name)")
        try TestPictures.photo(at: path, width: 320, height: 200)
        let facts = try inspect(path)
        #expect(facts.kind == kind)
        #expect([facts.width, facts.height, facts.uprightWidth, facts.uprightHeight, facts.pages] == [320, 200, 320, 200, 1] as [Int])

        let copy = try printCopy(path)
        #expect(copy.source == facts)
        #expect(copy.copy.kind == .jpeg)
        #expect([copy.copy.width, copy.copy.height] == [320, 200] as [Int], "a small photo is not enlarged")
        #expect(try inspect(path + ".copy").kind == .jpeg)
    }

    /// A phone photo taken on its side: 200 × 100 pixels stored, turned a quarter by its EXIF
    /// orientation 6, with the place it was taken.
    func photoOnItsSide() throws -> String {
        let plain = sandbox.path("plain.jpg")
        try TestPictures.photo(at: plain, width: 200, height: 100)
        return try write(TestPictures.withEXIF(try Data(contentsOf: URL(fileURLWithPath: plain)), orientation: 6), to: "IMG_0001.JPG")
    }

    @Test(
        "A photo taken on its side is copied upright, without where it was taken (read back by journal-picture itself)",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func aRotatedPhotoIsCopiedUprightWithoutItsPosition() throws {
        let path = try photoOnItsSide()
        let facts = try inspect(path)
        #expect(facts.orientation == 6)
        #expect([facts.width, facts.height, facts.uprightWidth, facts.uprightHeight] == [200, 100, 100, 200] as [Int])
        #expect(facts.metadata.contains(.gps))

        let copy = try printCopy(path)
        #expect([copy.copy.width, copy.copy.height] == [100, 200] as [Int])
        let copied = try inspect(path + ".copy")
        #expect(copied.orientation == 1)
        #expect([copied.width, copied.height] == [100, 200] as [Int])
        #expect(copied.metadata == [], "the copy still carries \(copied.metadata)")
    }

    @Test(
        "The copy carries no metadata at all, as exiftool reads it",
        .enabled(
            if: (TestPictures.vips != nil && TestPictures.exiftool != nil) || TestPictures.areRequired,
            "\(TestPictures.vipsMissing); \(TestPictures.exiftoolMissing)"))
    func theCopyCarriesNoMetadataAsExiftoolReadsIt() throws {
        let path = try photoOnItsSide()
        #expect(try TestPictures.metadataTags(at: path).contains("GPS:GPSLatitude"), "the test photo has no position")
        _ = try printCopy(path)
        #expect(try TestPictures.metadataTags(at: path + ".copy") == [])
    }

    @Test func aDrawingWithAScriptIsDrawnIntoPixelsNeverCopiedAsMarkup() throws {
        let transparent = try write(TestPictures.svgWithScript(background: "none"), to: "storm.svg")
        let facts = try inspect(transparent)
        #expect(facts.kind == .svg)
        #expect([facts.width, facts.height] == [300, 150] as [Int])

        let copy = try printCopy(transparent)
        #expect(copy.copy.kind == .png, "a drawing with transparent parts keeps them")
        #expect([copy.copy.width, copy.copy.height] == [1600, 800] as [Int], "a drawing is drawn at print size")
        let bytes = try #require(FileManager.default.contents(atPath: transparent + ".copy"))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        for markup in ["<svg", "<script", "document.cookie", "alert"] {
            #expect(bytes.range(of: Data(markup.utf8)) == nil, "the copy holds \(markup)")
        }

        let opaque = try write(TestPictures.svgWithScript(background: "white"), to: "sea.svg")
        #expect(try printCopy(opaque).copy.kind == .jpeg, "an opaque drawing becomes a JPEG")
    }

    @Test func aDrawingThatRefersToOtherFilesShowsNoneOfThem() throws {
        let elsewhere = try write(
            Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>"#.utf8),
            to: "secret.svg")
        func drawing(_ images: String) -> Data {
            Data(
                """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">
                <rect width="100" height="100" fill="white"/>\(images)</svg>
                """.utf8)
        }
        let plain = try write(drawing(""), to: "plain.svg")
        let referring = try write(
            drawing(
                """
                <image href="file://\(elsewhere)" width="100" height="100"/>
                <image xlink:href="secret.svg" width="100" height="100"/>
                """), to: "referring.svg")
        _ = try printCopy(plain)
        _ = try printCopy(referring)
        #expect(
            FileManager.default.contents(atPath: referring + ".copy") == FileManager.default.contents(atPath: plain + ".copy"),
            "the copy shows a file the drawing refers to")
    }

    @Test func aScanOfTwoPagesShowsItsFirstPageAndSaysHowManyItHas() throws {
        let path = try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf")
        let facts = try inspect(path)
        #expect(facts.kind == .pdf)
        #expect(facts.pages == 2)
        #expect([facts.width, facts.height] == [595, 842] as [Int])

        let copy = try printCopy(path)
        #expect(copy.source.pages == 2)
        #expect(copy.copy.kind == .jpeg)
        #expect([copy.copy.width, copy.copy.height] == [1131, 1600] as [Int])
    }

    @Test(
        "A 12-megapixel photo is copied at 1600 pixels on its long side",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func aTwelveMegapixelPhotoIsReducedForPrint() throws {
        let path = sandbox.path("IMG_0002.jpg")
        try TestPictures.photo(at: path, width: 4000, height: 3000)
        let copy = try printCopy(path)
        #expect([copy.source.width, copy.source.height] == [4000, 3000] as [Int])
        #expect([copy.copy.kind.rawValue, "\(copy.copy.width)", "\(copy.copy.height)"] == ["jpeg", "1600", "1200"])
    }

    @Test(
        "A picture with transparent parts is copied as a PNG that keeps them",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func transparencyIsKept() throws {
        let path = sandbox.path("sticker.png")
        try TestPictures.photo(at: path, width: 64, height: 64, transparent: true)
        let copy = try printCopy(path)
        #expect(copy.copy.kind == .png)
    }

    /// Runs `arguments`, which must fail with status 1, `failure` as JSON on standard output
    /// and one line in plain words on standard error: no library's own message.
    func expectFailure(
        _ arguments: [String], _ failure: PictureHelperFailure.Reason, saying message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let outcome = try Sandbox.execute(Self.helper, arguments, input: Data(), environment: [:])
        #expect(outcome.status == 1, sourceLocation: sourceLocation)
        let answer = try JSONDecoder().decode(PictureHelperFailure.self, from: outcome.outputData)
        #expect(answer.failure == failure, sourceLocation: sourceLocation)
        #expect(outcome.errors.hasPrefix("journal-picture: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.contains(message), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.split(separator: "\n").count == 1, "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
    }

    @Test func whatIsNotAPictureItKeepsIsRefusedNamingTheKindsAccepted() throws {
        let path = try write(Data("Dear diary\n".utf8), to: "notes.jpg")
        try expectFailure(
            ["inspect", path], .notAccepted, saying: "is not a kind of picture journal keeps — attach a JPEG, PNG")
    }

    @Test(
        "A photo cut short is refused",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func aPhotoCutShortIsRefused() throws {
        let path = sandbox.path("whole.jpg")
        try TestPictures.photo(at: path, width: 400, height: 300)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = try write(whole.prefix(whole.count / 2), to: "cut.jpg")
        try expectFailure(["print-copy", cut, cut + ".copy"], .truncated, saying: "is cut short")
        #expect(!FileManager.default.fileExists(atPath: cut + ".copy"))
    }

    @Test func aPictureWhosePixelsCannotBeDecodedIsRefusedAsDamaged() throws {
        let path = try write(TestPictures.pngWithGarbledPixels(width: 16, height: 16), to: "garbled.png")
        try expectFailure(["print-copy", path, path + ".copy"], .damaged, saying: "looks like a PNG file but cannot be read")
        #expect(!FileManager.default.fileExists(atPath: path + ".copy"))
    }

    /// libvips 8.14 lets a decoder's error in one of its threads go now and then: run often,
    /// and several at once, the refusal must come every time.
    @Test func aPictureWhosePixelsCannotBeDecodedIsRefusedEveryTime() throws {
        let path = try write(TestPictures.pngWithGarbledPixels(width: 16, height: 16), to: "garbled.png")
        let copied = Copies()
        DispatchQueue.concurrentPerform(iterations: 40) { run in
            let copy = path + ".copy-\(run)"
            let outcome = try? Sandbox.execute(Self.helper, ["print-copy", path, copy], input: Data(), environment: [:])
            if outcome?.status != 1 || FileManager.default.fileExists(atPath: copy) { copied.add(run) }
        }
        #expect(copied.runs.isEmpty, "a copy was made of a damaged picture in runs \(copied.runs.sorted())")
    }

    @Test func aPictureOfTooManyPixelsIsRefusedBeforeItIsDecoded() throws {
        let path = try write(TestPictures.pngWithGarbledPixels(width: 30000, height: 20000), to: "huge.png")
        try expectFailure(["print-copy", path, path + ".copy"], .tooManyPixels, saying: "is 30000 × 20000 pixels")
    }

    @Test func anExistingFileIsNeverWrittenOver() throws {
        let path = try write(TestPictures.pdf(pages: 1), to: "scan.pdf")
        let existing = try write(Data("keep me".utf8), to: "scan.jpg")
        try expectFailure(["print-copy", path, existing], .cannotWrite, saying: "could not write the copy")
        #expect(try Data(contentsOf: URL(fileURLWithPath: existing)) == Data("keep me".utf8))
    }

    @Test func aMissingFileIsRefused() throws {
        try expectFailure(["inspect", sandbox.path("gone.heic")], .missing, saying: "there is no file")
    }

    @Test func helpIsPrintedAndIsNoFailure() throws {
        let outcome = try runHelper("--help")
        #expect(outcome.status == 0, "stderr: \(outcome.errors)")
        #expect(outcome.output.contains("OVERVIEW: Read pictures and make their copies for print"))
    }

    @Test func wrongArgumentsAreAUsageError() throws {
        let outcome = try runHelper("print-copy")
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("Missing expected argument"))
    }

    @Test(
        "journal runs the helper through JournalCore and gets the copy back",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func journalCoreRunsTheHelper() throws {
        let helper = PictureHelper(executable: Self.helper, temporaryFolder: sandbox.temporaryFolder)
        let picture = try AttachmentFile.read(atPath: try photoOnItsSide())
        let copy = try helper.makePrintCopy(of: picture)
        #expect(copy.source.metadata.contains(.gps))
        #expect([copy.kind.rawValue, "\(copy.width)", "\(copy.height)"] == ["jpeg", "100", "200"])
        let facts = try helper.inspect(AttachmentFile(name: "copy.jpg", kind: .jpeg, bytes: copy.bytes))
        #expect(facts.metadata == [])
        #expect([facts.orientation, facts.width, facts.height] == [1, 100, 200] as [Int])
    }

    @Test(
        "journal itself does not load libvips: only the helper does",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd"), "needs ldd to list the libraries a program loads"))
    func journalDoesNotLoadTheImageLibrary() throws {
        let journal = try PrintTools.run("/usr/bin/ldd", [Sandbox.binary.path]).output
        #expect(journal.contains("libc.so"), "ldd listed nothing: \(journal)")
        #expect(!journal.contains("libvips"))
        #expect(try PrintTools.run("/usr/bin/ldd", [Self.helper.path]).output.contains("libvips"))
    }
}

/// The runs of a test that ran several at once, gathered safely.
private final class Copies: @unchecked Sendable {
    private var gathered: [Int] = []
    private let lock = NSLock()

    func add(_ run: Int) {
        lock.withLock { gathered.append(run) }
    }

    var runs: [Int] { lock.withLock { gathered } }
}
