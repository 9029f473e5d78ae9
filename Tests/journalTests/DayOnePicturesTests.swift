import Foundation
import Testing

/// Day One's zip brings its photos and PDFs into the entries that have them; what the journal
/// cannot keep (a recording, a picture that is damaged or missing from the zip) is left behind
/// and counted, and the rest of the export still comes in.
@Suite("Day One's pictures")
struct DayOnePicturesTests {
    let sandbox: Sandbox
    let drawing = TestPictures.svgWithScript(background: "white")
    let scan = TestPictures.pdf(pages: 2)

    init() throws {
        sandbox = try Sandbox()
    }

    /// A Day One export: an entry with a photo Day One kept the name of and a PDF, an entry that
    /// is a photo alone, and one whose photo is damaged, whose other photo is not in the zip and
    /// whose recording the journal cannot keep.
    func dayOneZip() throws -> String {
        let journal = """
            {"metadata": {"version": "1.0"}, "entries": [
              {"uuid": "A1", "creationDate": "2026-11-15T18:30:00Z", "timeZone": "Europe/Berlin",
               "text": "Walk by the sea\\\\. ![](dayone-moment://P1)",
               "photos": [{"identifier": "P1", "md5": "11111111111111111111111111111111", "type": "svg", "filename": "Sea at dusk.svg"}],
               "pdfAttachments": [{"identifier": "D1", "md5": "22222222222222222222222222222222", "type": "pdf"}]},
              {"uuid": "B1", "creationDate": "2026-11-15T19:00:00Z", "timeZone": "Europe/Berlin",
               "photos": [{"identifier": "P2", "md5": "33333333333333333333333333333333", "type": "svg"}]},
              {"uuid": "C1", "creationDate": "2026-11-16T08:00:00Z", "timeZone": "Europe/Berlin",
               "text": "Bad night",
               "photos": [{"identifier": "P3", "md5": "44444444444444444444444444444444", "type": "jpeg"},
                          {"identifier": "P4", "md5": "55555555555555555555555555555555", "type": "jpeg"}],
               "audios": [{"identifier": "A4", "md5": "66666666666666666666666666666666", "format": "m4a"}]}
            ]}
            """
        let zip = TestZip.stored([
            ("Journal.json", Data(journal.utf8)),
            ("photos/11111111111111111111111111111111.svg", drawing),
            ("pdfs/22222222222222222222222222222222.pdf", scan),
            ("photos/33333333333333333333333333333333.svg", TestPictures.svgWithScript(background: "black")),
            // A JPEG cut off after its first bytes.
            ("photos/44444444444444444444444444444444.jpeg", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])),
            ("audios/66666666666666666666666666666666.m4a", Data("not really a recording".utf8)),
        ])
        let path = sandbox.path("Export.zip")
        try zip.write(to: URL(fileURLWithPath: path))
        return path
    }

    func attachments(_ id: Int) throws -> [[String: Any]] {
        let shown = try sandbox.run("show", "\(id)", "--format", "json")
        try #require(shown.succeeded, "\(shown.errors)")
        return try #require(try shown.json() as? [String: Any])["attachments"] as? [[String: Any]] ?? []
    }

    @Test func photosAndPDFsComeInWithTheirEntries() throws {
        let zip = try dayOneZip()
        let imported = try sandbox.run("import", zip)
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(
            imported.output
                == "Added 3 entries and 3 pictures, skipped 0 entries already in the journal, skipped 0 empty entries, "
                + "left behind 2 photos and 1 audio recording (missing from the file, damaged, or of a kind journal does not keep).\n")

        let first = try attachments(1)
        #expect(first.map { $0["name"] as? String } == ["Sea at dusk.svg", "22222222222222222222222222222222.pdf"])
        #expect(first.map { $0["type"] as? String } == ["image/svg+xml", "application/pdf"])
        let second = try attachments(2)
        #expect(second.map { $0["name"] as? String } == ["33333333333333333333333333333333.svg"])
        #expect(try attachments(3).isEmpty)

        for (number, original) in [(1, drawing), (2, scan)] {
            let saved = sandbox.path("saved-\(number)")
            try #require(sandbox.run("attachment", "save", "1", "\(number)", "--output", saved).succeeded)
            #expect(FileManager.default.contents(atPath: saved) == original, "picture \(number) comes back byte for byte")
        }
        let found = try #require(try sandbox.run("search", "dusk", "--format", "json").json() as? [[String: Any]])
        #expect(found.map { $0["id"] as? Int } == [1], "found by the name Day One kept")
        #expect(try sandbox.run("check").succeeded)

        let again = try sandbox.run("import", zip)
        #expect(again.succeeded, "\(again.errors)")
        #expect(again.output.hasPrefix("Added 0 entries, skipped 3 entries already in the journal"), "\(again.output)")
        #expect(try attachments(1).count == 2, "nothing added twice")
    }

    @Test func aDayOneJSONReadAloneLeavesItsPicturesBehind() throws {
        let json = sandbox.path("Journal.json")
        try Data(
            """
            {"metadata": {"version": "1.0"}, "entries": [
              {"uuid": "A1", "creationDate": "2026-11-15T18:30:00Z", "text": "Walk by the sea",
               "photos": [{"identifier": "P1", "md5": "11111111111111111111111111111111", "type": "jpeg"}]}]}
            """.utf8
        ).write(to: URL(fileURLWithPath: json))
        let imported = try sandbox.run("import", "--from", "dayone", json)
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(imported.output.hasPrefix("Added 1 entry, "))
        #expect(imported.output.contains("left behind 1 photo"))
        #expect(try attachments(1).isEmpty)
    }
}
