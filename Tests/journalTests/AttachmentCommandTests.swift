import Foundation
import JournalCore
import Testing

/// Pictures kept with entries, as a person uses them: `add --attach`, `attach`, `show`,
/// `attachment save`, `detach`, and what `list`, `check`, `backup` and `delete` do with them.
@Suite("Pictures kept with entries")
struct AttachmentCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    static let vipsCondition = ConditionTrait.enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing)

    func write(_ bytes: Data, to name: String) throws -> String {
        let path = sandbox.path(name)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The entry `id` as `show --format json` prints it.
    func shown(_ id: Int) throws -> [String: Any] {
        let outcome = try sandbox.run("show", "\(id)", "--format", "json")
        try #require(outcome.succeeded, "show failed: \(outcome.errors)")
        return try #require(try outcome.json() as? [String: Any])
    }

    func attachments(_ id: Int) throws -> [[String: Any]] {
        try shown(id)["attachments"] as? [[String: Any]] ?? []
    }

    /// A picture of each kind the journal keeps: photos made by vips, the rest written by hand.
    /// Returns its path, its media type and the size a person sees.
    func picture(_ kind: String) throws -> (path: String, type: String, width: Int, height: Int) {
        switch kind {
        case "svg": return (try write(TestPictures.svgWithScript(background: "white"), to: "storm.svg"), "image/svg+xml", 300, 150)
        case "pdf": return (try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf"), "application/pdf", 595, 842)
        case "jpg":
            let plain = sandbox.path("plain.jpg")
            try TestPictures.photo(at: plain, width: 200, height: 100)
            return (try write(TestPictures.withEXIF(try contents(plain), orientation: 6), to: "IMG_0001.JPG"), "image/jpeg", 100, 200)
        default:
            let path = sandbox.path("photo.\(kind)")
            try TestPictures.photo(at: path, width: 64, height: 48)
            let type = ["png": "image/png", "gif": "image/gif", "webp": "image/webp", "heic": "image/heic"][kind]!
            return (path, type, 64, 48)
        }
    }

    @Test(
        "Each kind is kept, shown with its size, and saved back exactly as given", Self.vipsCondition,
        arguments: ["jpg", "png", "gif", "webp", "heic", "svg", "pdf"])
    func eachKindIsKeptAndSavedBack(_ kind: String) throws {
        let picture = try picture(kind)
        let added = try sandbox.run("add", "--attach", picture.path, "What the evening looked like")
        #expect(added.succeeded, "\(added.errors)")
        #expect(added.output.hasPrefix("Added entry 1 · "))
        #expect(added.output.hasSuffix(" · 1 picture\n"))

        let attachment = try #require(try attachments(1).first)
        #expect(attachment["number"] as? Int == 1)
        #expect(attachment["name"] as? String == URL(fileURLWithPath: picture.path).lastPathComponent)
        #expect(attachment["type"] as? String == picture.type)
        #expect(attachment["bytes"] as? Int == (try contents(picture.path)).count)
        #expect(attachment["width"] as? Int == picture.width)
        #expect(attachment["height"] as? Int == picture.height)

        let saved = sandbox.path("saved")
        let outcome = try sandbox.run("attachment", "save", "1", "1", "--output", saved)
        #expect(outcome.succeeded, "\(outcome.errors)")
        #expect(try contents(saved) == (try contents(picture.path)))
        #expect(try FileManager.default.attributesOfItem(atPath: saved)[.posixPermissions] as? Int == 0o600)
        #expect(try sandbox.run("check").output.contains("1 picture"))
    }

    @Test func showListsThePicturesAndListCountsThem() throws {
        let scan = try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf")
        let drawing = try write(TestPictures.svgWithScript(background: "none"), to: "storm.svg")
        #expect(try sandbox.run("add", "--mood", "4", "--attach", scan, "--attach", drawing, "Homework").succeeded)
        let detail = try sandbox.run("show", "1").output
        #expect(detail.contains("Pictures\n  1  worksheet.pdf · PDF, 2 pages, "))
        #expect(detail.contains("  2  storm.svg · SVG, 300 × 150, "))
        #expect(try sandbox.run("list").output.contains("mood 4 · 2 pictures"))
        let found = try #require(try sandbox.run("search", "homework", "--format", "json").json() as? [[String: Any]])
        #expect((found.first?["attachments"] as? [Any])?.count == 2)
        try #require(try sandbox.run("add", "No pictures").succeeded)
        #expect(try shown(2)["attachments"] == nil, "an entry without pictures has no attachments key")
    }

    @Test func anEntryMayBeAPictureAloneWithoutTheEditorWhenInputIsNotATerminal() throws {
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "storm.svg")
        let added = try sandbox.run("add", "--attach", drawing)
        #expect(added.succeeded, "\(added.errors)")
        #expect(try shown(1)["text"] as? String == "")
        #expect(try sandbox.run("list").output.contains("[drawing: storm.svg, 300×150]"))
        try sandbox.expectRefusal(["add"], containing: "the entry is empty")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux's script for a terminal"))
    func onATerminalTheEditorOpensForAnOptionalCaption() throws {
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "storm.svg")
        let silent = try sandbox.makeScript(named: "silent-editor", ": > \"$1\"")
        let empty = try sandbox.runOnTerminal(["add", "--attach", drawing], environment: ["EDITOR": silent])
        #expect(empty.succeeded, "\(empty.output)")
        #expect(try shown(1)["text"] as? String == "")

        let scan = try write(TestPictures.pdf(pages: 1), to: "scan.pdf")
        let captioning = try sandbox.makeScript(named: "caption-editor", "printf 'The storm, drawn after the session' > \"$1\"")
        #expect(try sandbox.runOnTerminal(["add", "--attach", scan], environment: ["EDITOR": captioning]).succeeded)
        #expect(try shown(2)["text"] as? String == "The storm, drawn after the session")
    }

    @Test func theSamePictureTwiceIsANoOpThatSaysSo() throws {
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "storm.svg")
        let copy = try write(TestPictures.svgWithScript(background: "white"), to: "storm-copy.svg")
        let added = try sandbox.run("add", "--attach", drawing, "--attach", copy, "Twice")
        #expect(added.succeeded)
        #expect(added.errors.contains("storm-copy.svg holds the same picture as one given before it, so it is kept once."))
        #expect(try attachments(1).count == 1)

        let before = sandbox.databaseSnapshot()
        let again = try sandbox.run("attach", "1", copy)
        #expect(again.succeeded)
        #expect(again.output == "storm-copy.svg is already attached to entry 1, as picture 1; nothing changed.\n")
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test(Self.vipsCondition)
    func everyRefusalLeavesTheJournalUnchanged() throws {
        let good = try write(TestPictures.pdf(pages: 1), to: "good.pdf")
        let notes = try write(Data("Dear diary\n".utf8), to: "notes.jpg")
        let photo = sandbox.path("whole.jpg")
        try TestPictures.photo(at: photo, width: 400, height: 300)
        let whole = try contents(photo)
        let cut = try write(whole.prefix(whole.count / 2), to: "cut.jpg")
        let garbled = try write(TestPictures.pngWithGarbledPixels(width: 16, height: 16), to: "garbled.png")
        let big = sandbox.path("big.png")
        // A PNG's signature, then nothing: a file that is too large is refused by its size alone.
        #expect(FileManager.default.createFile(atPath: big, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 51_000_000)
        try handle.close()
        let folder = sandbox.path("a-folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let refusals: [(String, String)] = [
            (notes, "notes.jpg is not a kind of picture journal keeps — attach a JPEG, PNG, GIF, WebP, HEIC or HEIF, SVG or PDF file"),
            (big, "big.png is 51 MB, more than the 50 MB a picture may be"),
            (cut, "cut.jpg is cut short: the end of the JPEG file is missing"),
            (garbled, "garbled.png looks like a PNG file but cannot be read as one"),
            (sandbox.path("gone.heic"), "there is no file \(sandbox.path("gone.heic"))"),
            (folder, "a-folder is a folder, not a picture"),
        ]
        for (file, message) in refusals {
            try sandbox.expectRefusal(["add", "--attach", file, "Never stored"], containing: message)
            #expect(sandbox.databaseSnapshot() == nil, "a journal was created for a refused picture")
        }
        #expect(try sandbox.run("add", "A first entry").succeeded)
        for (file, message) in refusals {
            try sandbox.expectRefusal(["add", "--attach", good, "--attach", file, "Never stored"], containing: message)
            try sandbox.expectRefusal(["attach", "1", good, file], containing: message)
        }
        #expect(try attachments(1).isEmpty)
        try sandbox.expectRefusal(["attach", "7", good], containing: "there is no entry 7")
    }

    @Test func detachAsksOrTakesYesAndTheLaterPicturesMoveUp() throws {
        let files = try (1...3).map { try write(TestPictures.pdf(pages: $0), to: "page-\($0).pdf") }
        #expect(try sandbox.run(["add", "Three scans"] + files.flatMap { ["--attach", $0] }).succeeded)
        try sandbox.expectRefusal(["detach", "1", "2"], containing: "there is no terminal to confirm on — to remove it from a script, run journal detach 1 2 --yes")
        try sandbox.expectRefusal(["detach", "1", "4", "--yes"], containing: "entry 1 has no picture 4: it has 3 pictures — journal show 1 lists")
        let removed = try sandbox.run("detach", "1", "2", "--yes")
        #expect(removed.output == "Removed picture 2 (page-2.pdf) from entry 1.\n")
        #expect(try attachments(1).map { $0["name"] as? String } == ["page-1.pdf", "page-3.pdf"])
        #expect(try attachments(1).map { $0["number"] as? Int } == [1, 2])

        #expect(try sandbox.run("add", "--attach", files[1]).succeeded)
        try sandbox.expectRefusal(
            ["detach", "2", "1", "--yes"], containing: "picture 1 is all entry 2 holds, and an entry cannot be empty")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux's script for a terminal"))
    func detachOnATerminalAsksFirst() throws {
        let scan = try write(TestPictures.pdf(pages: 1), to: "scan.pdf")
        #expect(try sandbox.run("add", "--attach", scan, "Scanned").succeeded)
        let declined = try sandbox.runOnTerminal(["detach", "1", "1"], typed: "n\n")
        #expect(declined.output.contains("Remove picture 1 (scan.pdf) from entry 1 for good? [y/N]"))
        #expect(declined.output.contains("Nothing was removed."))
        #expect(try attachments(1).count == 1)
        #expect(try sandbox.runOnTerminal(["detach", "1", "1"], typed: "y\n").output.contains("Removed picture 1 (scan.pdf)"))
        #expect(try attachments(1).isEmpty)
    }

    @Test func saveWritesTheOriginalNameIntoTheCurrentFolderAndNeverOverAFile() throws {
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "storm.svg")
        #expect(try sandbox.run("add", "--attach", drawing, "Drawn").succeeded)
        let folder = sandbox.path("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let saved = try Sandbox.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", #"cd "$1" && exec "$2" attachment save 1 1"#, "sh", folder, Sandbox.binary.path],
            input: Data(), environment: sandbox.environment())
        #expect(saved.succeeded, "\(saved.errors)")
        #expect(try contents(folder + "/storm.svg") == (try contents(drawing)))
        try sandbox.expectRefusal(
            ["attachment", "save", "1", "1", "--output", drawing],
            containing: "\(drawing) already exists, and a picture is never saved over a file — give another file name with --output FILE")
        try sandbox.expectRefusal(["attachment", "save", "1", "2"], containing: "entry 1 has no picture 2: it has 1 picture")
        try sandbox.expectRefusal(["attachment", "save", "5", "1"], containing: "there is no entry 5")
        #expect(try contents(drawing) == TestPictures.svgWithScript(background: "white"))
    }

    @Test func deletingAnEntryOverwritesItsPicturesInTheFile() throws {
        let marker = "a-drawing-only-this-entry-holds-\(UUID().uuidString)"
        let drawing = try write(
            Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>\#(marker)</desc></svg>"#.utf8), to: "d.svg")
        #expect(try sandbox.run("add", "--attach", drawing, "Soon gone").succeeded)
        #expect(try sandbox.run("add", "Stays").succeeded)
        func journalHolds(_ text: String) -> Bool {
            ["", "-wal"].contains { suffix in
                FileManager.default.contents(atPath: sandbox.databasePath + suffix)?.range(of: Data(text.utf8)) != nil
            }
        }
        #expect(journalHolds(marker))
        #expect(try sandbox.run("delete", "1", "--yes").succeeded)
        #expect(!journalHolds(marker))
        #expect(try sandbox.run("check").output.contains("0 pictures"))
    }

    @Test func aBackupHoldsThePictures() throws {
        let scan = try write(TestPictures.pdf(pages: 2), to: "scan.pdf")
        #expect(try sandbox.run("add", "--attach", scan, "Scanned").succeeded)
        let backup = sandbox.path("backup.sqlite")
        #expect(try sandbox.run("backup", backup).succeeded)
        let saved = sandbox.path("from-backup.pdf")
        #expect(try sandbox.run("--db", backup, "attachment", "save", "1", "1", "--output", saved).succeeded)
        #expect(try contents(saved) == (try contents(scan)))
    }

    @Test func journalFindsItsHelperBesideItselfThroughALinkAndSaysWhenItIsMissing() throws {
        let scan = try write(TestPictures.pdf(pages: 1), to: "scan.pdf")
        let bin = sandbox.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/journal", withDestinationPath: Sandbox.binary.path)
        let linked = try Sandbox.execute(
            URL(fileURLWithPath: bin + "/journal"), ["add", "--attach", scan, "Through a link"], input: Data(),
            environment: sandbox.environment())
        #expect(linked.succeeded, "the helper beside the real program was not found: \(linked.errors)")

        let alone = sandbox.path("alone")
        try FileManager.default.createDirectory(atPath: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Sandbox.binary.path, toPath: alone + "/journal")
        let before = sandbox.databaseSnapshot()
        let refused = try Sandbox.execute(
            URL(fileURLWithPath: alone + "/journal"), ["add", "--attach", scan, "No helper"], input: Data(),
            environment: sandbox.environment())
        #expect(!refused.succeeded)
        #expect(
            refused.errors.hasPrefix(
                "journal: the picture helper journal-picture is not installed (looked for it at \(alone)/journal-picture and "))
        #expect(sandbox.databaseSnapshot() == before)
        let withoutPictures = try Sandbox.execute(
            URL(fileURLWithPath: alone + "/journal"), ["add", "Words only"], input: Data(), environment: sandbox.environment())
        #expect(withoutPictures.succeeded, "a command without pictures looked for the helper: \(withoutPictures.errors)")
    }

    @Test(.enabled(if: SQLiteShell.isAvailable, "needs the sqlite3 shell to change a picture behind the journal's back"))
    func checkFindsAPictureThatChanged() throws {
        let scan = try write(TestPictures.pdf(pages: 2), to: "scan.pdf")
        #expect(try sandbox.run("add", "--attach", scan, "Scanned").succeeded)
        try SQLiteShell.run(sandbox.databasePath, "UPDATE attachmentOriginal SET bytes = CAST('changed' AS BLOB)")
        let checked = try sandbox.run("check")
        #expect(!checked.succeeded)
        #expect(checked.errors.contains("picture 1 of entry 1 is not the file it was (its checksum differs)"))
    }
}
