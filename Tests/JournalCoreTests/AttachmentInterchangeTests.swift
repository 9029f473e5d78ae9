import Foundation
import Testing

@testable import JournalCore

@Suite("Pictures in exports and imports")
struct AttachmentInterchangeTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    @discardableResult
    func add(_ text: String, _ files: [AttachmentFile], hoursAgo: Double = 1, isPrivate: Bool = false) throws -> Entry {
        let pictures = try StandInHelper().prepare(files, attachedAt: now.addingTimeInterval(-hoursAgo * 3600 + 5))
        return try store.add(
            NewEntry(
                text: text, moment: Moment(now.addingTimeInterval(-hoursAgo * 3600), utcOffsetSeconds: 3600),
                isPrivate: isPrivate, pictures: pictures),
            now: now)
    }

    func export(_ from: JournalStore, _ request: ExportRequest = ExportRequest(format: .json, includesPrivate: true)) throws -> String {
        var text = ""
        _ = try from.export(request) { text += $0 }
        return text
    }

    /// Imports `document`, this tool's export, into `into` through a file.
    func importExport(_ document: String, into: JournalStore, pictures: (any PicturePreparing)? = StandInHelper()) throws -> ImportSummary {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).json").path
        try document.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try into.importRecords(file: "export.json", now: now, pictures: pictures) { keep in
            try ImportReading.read(path: path, name: "export.json", format: .json, options: ImportOptions(timeZone: .gmt), keep)
        }
    }

    @Test func theJSONExportCarriesEachPictureAndComesBackTheSame() throws {
        try add("", [pictureFile("storm.png")], hoursAgo: 3)
        let second = try add("two pictures", [pictureFile("a.png", seed: 1), pictureFile("scan.pdf", kind: .pdf)], hoursAgo: 2)
        _ = try store.detach(number: 1, fromEntry: second.id)
        try add("words only", [], hoursAgo: 1)
        let exported = try export(store)
        #expect(exported.contains(#""version": 2"#))
        #expect(exported.contains(#""data": "\#(Data(FramedFiles.png()).base64EncodedString())""#))
        #expect(exported.contains(#""attached": "2026-11-20T17:05:05+00:00""#))

        let copy = try JournalStore.makeEmpty()
        let summary = try importExport(exported, into: copy)
        #expect(summary.added(.entry) == 3)
        #expect(summary.picturesAdded == 2)
        #expect(try export(copy) == exported)
        let (_, bytes) = try copy.original(ofPicture: 1, entry: second.id)
        #expect(bytes == Data(FramedFiles.pdf + [0]))

        let again = try importExport(exported, into: copy)
        #expect(again.added(.entry) == 0)
        #expect(again.picturesAdded == 0)
        #expect(try export(copy) == exported, "importing twice adds nothing")
    }

    @Test func anExportWithoutPicturesStaysVersionOne() throws {
        try add("words only", [])
        try add("private picture", [pictureFile("secret.png")], isPrivate: true)
        let exported = try export(store, ExportRequest(format: .json))
        #expect(exported.contains(#""version": 1"#))
        #expect(!exported.contains("secret.png"), "a private entry's picture never leaves unless asked")
        #expect(try export(store).contains(#""version": 2"#))
    }

    @Test func picturesAnEntryLacksAreAddedToItAndThoseItHasPassedOver() throws {
        try add("shared", [pictureFile("a.png")])
        let exported = try export(store)
        let other = try JournalStore.makeEmpty()
        let first = try StandInHelper().prepare([pictureFile("a.png"), pictureFile("b.png", seed: 1)], attachedAt: now)
        _ = try other.add(
            NewEntry(text: "shared", moment: Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 3600), pictures: [first[1]]),
            now: now)
        let summary = try importExport(exported, into: other)
        #expect(summary.skipped(.entry) == 1)
        #expect(summary.picturesAdded == 1)
        #expect(try other.entry(id: 1).attachments.map(\.name) == ["b.png", "a.png"])
        #expect(ImportRendering.summary(summary, dryRun: false).hasPrefix("Added 0 entries and 1 picture, skipped 1 entry already in the journal"))
    }

    @Test func aPictureTheJournalCannotKeepStopsTheImportNamingTheEntry() throws {
        try add("first", [], hoursAgo: 2)
        try add("with a picture", [pictureFile("a.png")])
        let exported = try export(store)
        let notAPicture = exported.replacingOccurrences(
            of: Data(FramedFiles.png()).base64EncodedString(), with: Data("Dear diary".utf8).base64EncodedString())
        let target = try JournalStore.makeEmpty()
        #expect(throws: ImportError(file: "export.json", location: .entry(2), reason: "a.png is not a kind of picture journal keeps")) {
            _ = try importExport(notAPicture, into: target)
        }
        let notBase64 = exported.replacingOccurrences(of: Data(FramedFiles.png()).base64EncodedString(), with: "%%%")
        #expect(throws: ImportError.self) { _ = try importExport(notBase64, into: target) }
        do {
            _ = try importExport(notBase64, into: target)
        } catch let error as ImportError {
            #expect(error.reason.hasPrefix("picture 1: \"data\" is not base64"))
        }
        #expect(throws: ImportError.self) { _ = try importExport(exported, into: target, pictures: nil) }
        #expect(try target.entryCount() == 0, "nothing was stored")
    }

    @Test func aMarkdownExportWritesThePicturesIntoAFolderAndLinksThem() throws {
        let entry = try add("drawn", [pictureFile("my storm (1).png"), pictureFile("scan.pdf", kind: .pdf)])
        try add("", [pictureFile("alone.svg", kind: .svg)], hoursAgo: 0.5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)-pictures").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var summary: ExportSummary?
        var text = ""
        summary = try store.export(ExportRequest(format: .markdown, picturesFolder: folder)) { text += $0 }
        let folderName = URL(fileURLWithPath: folder).lastPathComponent
        #expect(text.contains("drawn\n\n![my storm (1).png](\(folderName)/\(entry.id)-1-my%20storm%20%281%29.png)\n"))
        #expect(text.contains("[scan.pdf (PDF, 2 pages)](\(folderName)/\(entry.id)-2-scan.pdf)"))
        #expect(text.contains(" -->\n\n![alone.svg](\(folderName)/2-1-alone.svg)\n"), "an entry of pictures alone: \(text)")
        #expect(summary?.picturesWritten == 3)
        #expect(FileManager.default.contents(atPath: "\(folder)/\(entry.id)-1-my storm (1).png") == Data(FramedFiles.png()))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect(attributes[.posixPermissions] as? Int == 0o700)

        var named = ""
        let withoutFolder = try store.export(ExportRequest(format: .markdown)) { named += $0 }
        #expect(named.contains("[picture: my storm (1).png, 30×40]"))
        #expect(withoutFolder.picturesNotWritten == 3)
        var csv = ""
        #expect(try store.export(ExportRequest(format: .csv)) { csv += $0 }.picturesNotWritten == 3)
    }
}
