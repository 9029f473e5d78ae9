import Foundation
import Testing

/// A caption written in the editor that cannot be stored is kept as a draft with its pictures:
/// `add --from-draft` stores both, even once the picture files are gone.
@Suite("Drafts with pictures")
struct PictureDraftTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux's script for a terminal"))
    func aCaptionThatCannotBeStoredIsKeptWithItsPictures() throws {
        let drawing = TestPictures.svgWithScript(background: "white")
        let scan = TestPictures.pdf(pages: 2)
        let drawingPath = sandbox.path("storm.svg")
        let scanPath = sandbox.path("scan.pdf")
        try drawing.write(to: URL(fileURLWithPath: drawingPath))
        try scan.write(to: URL(fileURLWithPath: scanPath))
        let failing = try sandbox.makeScript(named: "failing-editor", "printf 'The storm, drawn after the session' > \"$1\"\nexit 1")

        let refused = try sandbox.runOnTerminal(
            ["add", "--mood", "3", "--attach", drawingPath, "--attach", scanPath], environment: ["EDITOR": failing])
        #expect(refused.status != 0)
        #expect(!refused.output.contains("attach them again"), "\(refused.output)")
        #expect(sandbox.databaseSnapshot() == nil, "nothing was stored")
        let folder = sandbox.path(".local/share/journal/drafts")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("entry-") }
        try #require(kept.count == 1, "kept: \(kept)")
        let draft = folder + "/" + kept[0]
        #expect(try FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int == 0o600)

        // The pictures live in the draft, not in the files they came from.
        try FileManager.default.removeItem(atPath: drawingPath)
        try FileManager.default.removeItem(atPath: scanPath)
        let stored = try sandbox.run("add", "--from-draft", draft)
        #expect(stored.succeeded, "\(stored.errors)")
        #expect(!FileManager.default.fileExists(atPath: draft))

        let shown = try #require(try sandbox.run("show", "1", "--format", "json").json() as? [String: Any])
        #expect(shown["text"] as? String == "The storm, drawn after the session")
        #expect(shown["mood"] as? Int == 3)
        let attachments = try #require(shown["attachments"] as? [[String: Any]])
        #expect(attachments.map { $0["name"] as? String } == ["storm.svg", "scan.pdf"])
        for (number, original) in [(1, drawing), (2, scan)] {
            let saved = sandbox.path("saved-\(number)")
            try #require(sandbox.run("attachment", "save", "1", "\(number)", "--output", saved).succeeded)
            #expect(FileManager.default.contents(atPath: saved) == original)
        }
        let html = sandbox.path("digest.html")
        try #require(sandbox.run("prep", "--format", "html", "--output", html).succeeded)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<img"), "the print copies came with the draft")
        #expect(try sandbox.run("check").succeeded)
    }

    @Test func aDraftWhosePictureWasTamperedWithIsRefused() throws {
        let drawing = sandbox.path("storm.svg")
        try TestPictures.svgWithScript(background: "white").write(to: URL(fileURLWithPath: drawing))
        let draft = sandbox.path("entry.json")
        let original = Data("not a picture at all".utf8).base64EncodedString()
        try Data(
            """
            {"format": "journal-draft", "version": 2, "kept": "2026-11-20T21:05:00+01:00", "for": "entry",
             "entry": {"date": "2026-11-20T21:00:00+01:00", "mood": null, "text": "caption", "tags": [], "feelings": [],
                       "flagged": false, "private": false,
                       "pictures": [{"name": "storm.svg", "attachedAt": 1795000000, "original": "\(original)",
                                     "facts": {"kind": "svg", "width": 300, "height": 150, "orientation": 1,
                                               "uprightWidth": 300, "uprightHeight": 150, "pages": 1, "metadata": []},
                                     "copyKind": "png", "copyWidth": 300, "copyHeight": 150, "copy": "\(original)"}]}}
            """.utf8
        ).write(to: URL(fileURLWithPath: draft))
        try sandbox.expectRefusal(["add", "--from-draft", draft], containing: "is not a draft kept by journal")
        #expect(FileManager.default.fileExists(atPath: draft), "the draft stays")
    }
}
