import Foundation
import JournalCore
import Testing

/// Pictures where they leave the journal: the digest, the exports and the import.
@Suite("Pictures in the digest, the exports and the import")
struct AttachmentDigestTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    func write(_ bytes: Data, to name: String) throws -> String {
        let path = sandbox.path(name)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A phone photo taken on its side (200 × 100 stored, orientation 6) with where it was taken.
    func photoWithPosition() throws -> String {
        let plain = sandbox.path("plain.jpg")
        try TestPictures.photo(at: plain, width: 200, height: 100)
        return try write(TestPictures.withEXIF(try Data(contentsOf: URL(fileURLWithPath: plain)), orientation: 6), to: "IMG_0001.JPG")
    }

    /// A week of entries: a photo with a GPS position, a drawing with a script, a two-page scan
    /// alone, and a private entry's picture.
    func journalWithPictures() throws {
        let photo = try photoWithPosition()
        let drawing = try write(TestPictures.svgWithScript(background: "none"), to: "storm.svg")
        let scan = try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf")
        let secret = try write(TestPictures.pdf(pages: 1), to: "secret-scan.pdf")
        try #require(sandbox.run("add", "--date", "3 days ago 20:00", "--mood", "3", "--attach", photo, "The beach").succeeded)
        try #require(sandbox.run("add", "--date", "2 days ago 21:00", "--flag", "--attach", drawing, "Drawn after the fight").succeeded)
        try #require(sandbox.run("add", "--date", "yesterday 10:00", "--attach", scan).succeeded)
        try #require(sandbox.run("add", "--date", "yesterday 11:00", "--private", "--attach", secret, "Only mine").succeeded)
    }

    /// The pictures inline in an HTML page: their media types and bytes.
    static func inlinePictures(in html: String) -> [(type: String, bytes: Data)] {
        html.matches(of: #/<img src="data:([a-z/+]+);base64,([A-Za-z0-9+/=]+)"/#).compactMap { match in
            Data(base64Encoded: String(match.2)).map { (String(match.1), $0) }
        }
    }

    @Test(
        "The HTML digest shows each picture upright, a drawing as an image and a scan's first page, and no GPS position",
        .enabled(
            if: (TestPictures.vips != nil && TestPictures.exiftool != nil) || TestPictures.areRequired,
            "\(TestPictures.vipsMissing); \(TestPictures.exiftoolMissing)"))
    func theHTMLDigestShowsThePicturesWithoutTheirMetadata() throws {
        try journalWithPictures()
        let page = sandbox.path("digest.html")
        #expect(try sandbox.run("prep", "--format", "html", "--output", page).succeeded)
        let html = try String(contentsOfFile: page, encoding: .utf8)

        let pictures = Self.inlinePictures(in: html)
        #expect(pictures.count == 3, "the private entry's picture is left out")
        #expect(html.contains(#"width="100" height="200" alt="IMG_0001.JPG""#), "the photo is upright, and a small one is not enlarged")
        #expect(html.contains("<figcaption>IMG_0001.JPG · picture, 100 × 200</figcaption>"))
        #expect(html.contains("<figcaption>worksheet.pdf · PDF, first page of 2</figcaption>"))
        #expect(html.contains("<figcaption>storm.svg · drawing, 300 × 150</figcaption>"))
        #expect(!html.contains("secret-scan.pdf"))
        for markup in ["<script", "document.cookie", "onload", "alert("] {
            #expect(!html.contains(markup), "the drawing's \(markup) reached the page")
        }
        #expect(Set(pictures.map(\.type)) == ["image/jpeg", "image/png"], "only print copies, never an SVG or a PDF")

        for (index, picture) in pictures.enumerated() {
            let path = try write(picture.bytes, to: "inline-\(index)")
            // A PNG's header and pixel density describe the pixels, not the person.
            let tags = try TestPictures.metadataTags(at: path).filter { !$0.hasPrefix("PNG:") && !$0.hasPrefix("PNG-pHYs:") }
            #expect(tags == [], "picture \(index) carries metadata")
        }
        let original = try Data(contentsOf: URL(fileURLWithPath: sandbox.path("IMG_0001.JPG")))
        #expect(html.range(of: original.base64EncodedString().prefix(200)) == nil, "the original photo is in the page")
    }

    @Test(.enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func textAndMarkdownDigestsNameEachPictureWhereItBelongs() throws {
        try journalWithPictures()
        let text = try sandbox.run("prep").output
        #expect(text.contains("    The beach\n    [picture: IMG_0001.JPG, 100×200]\n"))
        #expect(text.contains("    Drawn after the fight\n    [drawing: storm.svg, 300×150]\n"))
        #expect(text.contains("[PDF: worksheet.pdf, 2 pages]"))
        #expect(!text.contains("secret-scan"))
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("> The beach\n\n[picture: IMG_0001.JPG, 100×200]"))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.compactMap { ($0["attachments"] as? [[String: Any]])?.first?["type"] as? String }
            == ["image/jpeg", "image/svg+xml", "application/pdf"])
    }

    @Test(
        "export → import into an empty journal → export gives the same bytes, pictures included",
        .enabled(if: TestPictures.vips != nil || TestPictures.areRequired, TestPictures.vipsMissing))
    func exportImportExportIsByteIdentical() throws {
        try journalWithPictures()
        let extra = try write(TestPictures.pdf(pages: 3), to: "three.pdf")
        try #require(sandbox.run("attach", "2", extra).succeeded)
        try #require(sandbox.run("detach", "2", "1", "--yes").succeeded)
        let first = sandbox.path("first.json")
        #expect(try sandbox.run("export", "--include-private", "--output", first).succeeded)
        let exported = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(String(decoding: exported, as: UTF8.self).contains(#""version": 2"#))

        let copy = sandbox.path("copy.sqlite")
        let imported = try sandbox.run("--db", copy, "import", first, "--from", "json")
        #expect(
            imported.output
                == "Added 4 entries and 4 pictures, skipped 0 entries already in the journal, skipped 0 empty entries, left nothing behind.\n",
            "\(imported.errors)")
        let second = sandbox.path("second.json")
        #expect(try sandbox.run("--db", copy, "export", "--include-private", "--output", second).succeeded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second)) == exported)

        let saved = sandbox.path("saved.jpg")
        #expect(try sandbox.run("--db", copy, "attachment", "save", "1", "1", "--output", saved).succeeded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == Data(contentsOf: URL(fileURLWithPath: sandbox.path("IMG_0001.JPG"))))
        #expect(try sandbox.run("--db", copy, "import", first, "--from", "json").output.hasPrefix("Added 0 entries, skipped 4"))
    }

    @Test func anImportWithAPictureTheJournalCannotKeepStoresNothing() throws {
        #expect(try sandbox.run("add", "Already here").succeeded)
        let file = try write(
            Data(
                #"""
                {"format": "journal-export", "version": 2, "entries": [
                  {"date": "2026-11-01T10:00:00+01:00", "text": "fine"},
                  {"date": "2026-11-02T10:00:00+01:00", "text": "", "attachments": [{"name": "notes.jpg", "data": "RGVhciBkaWFyeQo="}]}
                ]}
                """#.utf8), to: "bad.json")
        try sandbox.expectRefusal(
            ["import", file, "--from", "json"], containing: "\(file):entry 2: notes.jpg is not a kind of picture journal keeps; nothing was imported")
        let newer = try write(Data(#"{"format": "journal-export", "version": 3, "entries": []}"#.utf8), to: "newer.json")
        try sandbox.expectRefusal(
            ["import", newer, "--from", "json"], containing: "export version 3), which this one cannot read; nothing was imported — update this journal")
    }

    @Test func aMarkdownExportPutsThePicturesInAFolderBesideIt() throws {
        let scan = try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf")
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "my storm.svg")
        #expect(try sandbox.run("add", "--attach", drawing, "--attach", scan, "Homework").succeeded)
        let document = sandbox.path("out/2026.md")
        try FileManager.default.createDirectory(atPath: sandbox.path("out"), withIntermediateDirectories: true)
        let exported = try sandbox.run("export", "--format", "markdown", "--output", document)
        #expect(exported.errors.contains("Wrote 2 pictures into \(sandbox.path("out/2026-pictures"))."))
        let text = try String(contentsOfFile: document, encoding: .utf8)
        #expect(text.contains("Homework\n\n![my storm.svg](2026-pictures/1-1-my%20storm.svg)\n\n[worksheet.pdf (PDF, 2 pages)](2026-pictures/1-2-worksheet.pdf)\n"))
        #expect(FileManager.default.contents(atPath: sandbox.path("out/2026-pictures/1-2-worksheet.pdf")) == TestPictures.pdf(pages: 2))

        let piped = try sandbox.run("export", "--format", "markdown")
        #expect(piped.output.contains("[drawing: my storm.svg, 300×150]"))
        #expect(piped.errors.contains("Named 2 pictures without writing them: with --output FILE they go into a folder beside the file."))
        #expect(try sandbox.run("export", "--format", "csv").errors.contains("Left out 2 pictures"))
    }

    /// Every format comes back in: the Markdown export's pictures from the folder beside it,
    /// and pictures only named (written to the screen) counted as left behind.
    @Test func aMarkdownExportWithPicturesComesBackIn() throws {
        let scan = try write(TestPictures.pdf(pages: 2), to: "worksheet.pdf")
        let drawing = try write(TestPictures.svgWithScript(background: "white"), to: "my storm.svg")
        #expect(try sandbox.run("add", "--attach", drawing, "--attach", scan, "Homework").succeeded)
        #expect(try sandbox.run("add", "--date", "yesterday 9pm", "--attach", scan).succeeded)
        #expect(try sandbox.run("add", "--date", "yesterday 8pm", "No pictures").succeeded)
        try FileManager.default.createDirectory(atPath: sandbox.path("out"), withIntermediateDirectories: true)
        let document = sandbox.path("out/2026.md")
        try #require(try sandbox.run("export", "--format", "markdown", "--output", document).succeeded)

        let copy = sandbox.path("copy.sqlite")
        let imported = try sandbox.run("--db", copy, "import", document)
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(imported.output.hasPrefix("Added 3 entries and 3 pictures"), "\(imported.output)")
        let shown = try sandbox.run("--db", copy, "show", "3").output
        #expect(shown.contains("my storm.svg") && shown.contains("worksheet.pdf"), "\(shown)")
        let saved = sandbox.path("saved.pdf")
        #expect(try sandbox.run("--db", copy, "attachment", "save", "3", "2", "--output", saved).succeeded)
        #expect(FileManager.default.contents(atPath: saved) == TestPictures.pdf(pages: 2))
        #expect(try sandbox.run("--db", copy, "check").succeeded)
        #expect(try sandbox.run("--db", copy, "import", document).output.hasPrefix("Added 0 entries"), "nothing twice")

        let piped = sandbox.path("piped.md")
        try Data(try sandbox.run("export", "--format", "markdown").output.utf8).write(to: URL(fileURLWithPath: piped))
        let named = try sandbox.run("--db", sandbox.path("named.sqlite"), "import", piped)
        #expect(named.succeeded, "\(named.errors)")
        #expect(named.output.contains("skipped 1 empty entry, left behind 1 photo and 2 PDFs"), "the entry of a scan alone has nothing left: \(named.output)")
    }

    @Test func aPictureLinkOutsideTheFolderBesideTheExportIsNotTaken() throws {
        _ = try write(TestPictures.pdf(pages: 1), to: "elsewhere.pdf")
        let document = try write(
            Data(
                """
                # Journal

                ## Sun 1 Nov 2026

                ### 10:00 · no mood
                <!-- journal-entry { "date": "2026-11-01T10:00:00+01:00", "mood": null, "tags": [], "feelings": [], "flagged": false, "private": false } -->

                > A day

                [elsewhere.pdf (PDF, 1 page)](../\(URL(fileURLWithPath: sandbox.path("")).lastPathComponent)/elsewhere.pdf)
                """.utf8), to: "hand.md")
        let imported = try sandbox.run("import", document)
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(imported.output.contains("Added 1 entry") && imported.output.contains("left behind 1 PDF"), "\(imported.output)")
    }
}
