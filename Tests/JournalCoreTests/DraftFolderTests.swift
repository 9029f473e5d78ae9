import Foundation
import Testing

@testable import JournalCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Drafts kept in their folder")
struct DraftFolderTests {
    let home: String
    let kept = Moment(Date(timeIntervalSince1970: 1_795_205_100), utcOffsetSeconds: 3600)

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("drafts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func removeHome() { try? FileManager.default.removeItem(atPath: home) }

    static let text = "  First line\twith a tab\r\nCafe\u{301} 👋🏽 \u{0} שלום\n\n"

    static let drafts: [Draft] = [
        .newEntry(
            NewEntry(
                text: text, mood: 0, feelings: ["Anxious"], tags: ["#Work"],
                moment: Moment(Date(timeIntervalSince1970: 1_795_200_000), utcOffsetSeconds: -12_600), isFlagged: true,
                isPrivate: true)),
        .newEntry(NewEntry(text: text, moment: Moment(Date(timeIntervalSince1970: 1_795_200_000), utcOffsetSeconds: 0))),
        .newText(text, ofEntry: 12),
        .plan(text),
    ]

    @Test("a draft comes back exactly as it was kept", arguments: drafts)
    func roundTrip(_ draft: Draft) throws {
        defer { removeHome() }
        let folder = DraftFolder(dataHome: nil, home: home)

        let path = try #require(folder.keep(draft, at: kept))

        let read = try DraftFolder.read(path)
        #expect(read.draft == draft)
        #expect(Array(read.draft.text.utf8) == Array(Self.text.utf8), "not byte for byte")
        #expect(read.kept == kept)
        #expect(read.path == path)
        #expect(path.hasPrefix(home + "/.local/share/journal/drafts/"))
        #expect(folder.drafts() == [read])
    }

    @Test func draftsArePrivateAndNeverOverwriteEachOther() throws {
        defer { removeHome() }
        let folder = DraftFolder(dataHome: nil, home: home)
        let paths = try (1...3).map { _ in try #require(folder.keep(.plan("a plan"), at: kept)) }

        #expect(Set(paths).count == 3)
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == [
            "plan-2026-11-20-210500.json", "plan-2026-11-20-210500-2.json", "plan-2026-11-20-210500-3.json",
        ])
        for path in paths { #expect(mode(of: path) == 0o600) }
        #expect(mode(of: home + "/.local/share/journal/drafts") == 0o700)
        #expect(folder.drafts().map(\.path) == paths, "oldest first")
    }

    @Test func anAbsoluteDataHomeIsUsedAndARelativeOneIgnored() throws {
        defer { removeHome() }
        let data = home + "/data"
        #expect(DraftFolder(dataHome: data, home: home).locations.first == data + "/journal/drafts")
        #expect(DraftFolder(dataHome: "relative", home: home).locations.first == home + "/.local/share/journal/drafts")
    }

    @Test func whenTheUsualFolderCannotBeMadeTheHomeFolderTakesTheDraft() throws {
        defer { removeHome() }
        try FileManager.default.createDirectory(atPath: home + "/.local/share", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: home + "/.local/share/journal"))
        let folder = DraftFolder(dataHome: nil, home: home)

        let path = try #require(folder.keep(.plan("a plan"), at: kept))

        #expect(path.hasPrefix(home + "/journal-drafts/"))
        #expect(mode(of: home + "/journal-drafts") == 0o700)
        #expect(folder.drafts().map(\.path) == [path])
    }

    @Test func aFolderLeftOpenToOthersIsClosed() throws {
        defer { removeHome() }
        let drafts = home + "/.local/share/journal/drafts"
        try FileManager.default.createDirectory(atPath: drafts, withIntermediateDirectories: true)
        chmod(drafts, 0o755)

        _ = try #require(DraftFolder(dataHome: nil, home: home).keep(.plan("a plan"), at: kept))

        #expect(mode(of: drafts) == 0o700)
    }

    @Test func whatIsNotADraftIsRefusedAndPassedOver() throws {
        defer { removeHome() }
        let folder = DraftFolder(dataHome: nil, home: home)
        let kept = try #require(folder.keep(.plan("a plan"), at: kept))
        let drafts = URL(fileURLWithPath: kept).deletingLastPathComponent().path
        let documents = [
            "export.json": #"{"format": "journal-export", "version": 1}"#,
            "broken.json": #"{"format": "journal-draft", "version": 1, "kept": "2026"#,
            "newer.json": #"{"format": "journal-draft", "version": 3, "kept": "2026-11-20T21:05:00+01:00", "for": "plan", "text": "x"}"#,
            "unknown.json": #"{"format": "journal-draft", "version": 1, "kept": "2026-11-20T21:05:00+01:00", "for": "worksheet", "text": "x"}"#,
            "no-text.json": #"{"format": "journal-draft", "version": 1, "kept": "2026-11-20T21:05:00+01:00", "for": "entry-text", "entryId": 3}"#,
        ]
        for (name, document) in documents {
            try Data(document.utf8).write(to: URL(fileURLWithPath: drafts + "/" + name))
        }

        #expect(folder.drafts().map(\.path) == [kept])
        #expect(throws: DraftError.writtenByNewerVersion(drafts + "/newer.json")) { try DraftFolder.read(drafts + "/newer.json") }
        for name in ["export.json", "broken.json", "unknown.json", "no-text.json"] {
            #expect(throws: DraftError.notADraft(drafts + "/" + name)) { try DraftFolder.read(drafts + "/" + name) }
        }
        #expect(throws: DraftError.unreadable(drafts + "/missing.json")) { try DraftFolder.read(drafts + "/missing.json") }
    }

    @Test func theCommandThatStoresEachDraft() {
        #expect(Self.drafts[0].storeArguments(path: "/d/e.json") == ["add", "--from-draft", "/d/e.json"])
        #expect(Self.drafts[2].storeArguments(path: "/d/t.json") == ["edit", "12", "--from-draft", "/d/t.json"])
        #expect(Self.drafts[3].storeArguments(path: "/d/p.json") == ["plan", "edit", "--from-draft", "/d/p.json"])
        #expect(ShellWords.quoted("/home/me/drafts/entry-1.json") == "/home/me/drafts/entry-1.json")
        #expect(ShellWords.quoted("/home/me/my drafts/it's.json") == #"'/home/me/my drafts/it'\''s.json'"#)
    }

    private func mode(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
