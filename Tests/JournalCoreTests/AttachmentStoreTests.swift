import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Pictures made ready without the picture helper: what it would say of each, and a stand-in
/// print copy, so that the store can be tested in memory. The real helper is tested end to end.
struct StandInHelper: PicturePreparing {
    func prepare(_ file: AttachmentFile, attachedAt: Date) throws(AttachmentError) -> PreparedPicture {
        let facts = PictureFacts(
            kind: file.kind, width: 40, height: 30, orientation: 6, uprightWidth: 30, uprightHeight: 40,
            pages: file.kind == .pdf ? 2 : 1, metadata: [.exif, .gps])
        let copy = PrintCopy(source: facts, kind: .jpeg, width: 30, height: 40, bytes: Data("copy of \(file.name)".utf8))
        return PreparedPicture(file, checksum: Checksum.sha256(file.bytes), printCopy: copy, attachedAt: attachedAt)
    }
}

/// A PNG whose bytes differ with `seed`, so that pictures of one test are not the same picture.
func pictureFile(_ name: String, seed: UInt8 = 0, kind: AttachmentKind = .png) -> AttachmentFile {
    var bytes: [UInt8]
    switch kind {
    case .pdf: bytes = FramedFiles.pdf + [seed]
    case .svg: bytes = FramedFiles.svg + Array("<!-- \(seed) -->".utf8)
    default: bytes = FramedFiles.png(width: 16 + Int(seed), height: 16)
    }
    return AttachmentFile(name: name, kind: kind, bytes: Data(bytes))
}

@Suite("Pictures in the store")
struct AttachmentStoreTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func prepared(_ files: AttachmentFile...) throws -> [PreparedPicture] {
        try StandInHelper().prepare(files, attachedAt: now)
    }

    func add(_ text: String, pictures: [PreparedPicture] = [], isPrivate: Bool = false) throws -> Entry {
        try store.add(
            NewEntry(text: text, moment: Moment(now, utcOffsetSeconds: 3600), isPrivate: isPrivate, pictures: pictures), now: now)
    }

    @Test func sha256IsTheStandardOne() {
        #expect(
            Checksum.sha256(Data("abc".utf8)).map { String(format: "%02x", $0) }.joined()
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Checksum.sha256(Data()).count == 32)
    }

    @Test func anEntryMayBePicturesAloneButNotNothing() throws {
        let entry = try add("", pictures: try prepared(pictureFile("storm.png")))
        #expect(entry.text == "")
        #expect(entry.attachments.map(\.name) == ["storm.png"])
        #expect(try store.entry(id: entry.id) == entry, "what add returns is what is stored")
        #expect(throws: EntryError.emptyText) { _ = try add("  \n") }
        #expect(EntryContent(text: " ", attachmentCount: 1).hasContent)
        #expect(!EntryContent(text: " ", attachmentCount: 0).hasContent)
    }

    @Test func theEntryKnowsItsPicturesWithoutTheirBytes() throws {
        let entry = try add("drawn", pictures: try prepared(pictureFile("storm.png"), pictureFile("scan.pdf", kind: .pdf)))
        let attachments = try store.entry(id: entry.id).attachments
        #expect(attachments.map(\.number) == [1, 2])
        #expect(attachments[0] == Attachment(
            number: 1, name: "storm.png", kind: .png, byteCount: FramedFiles.png().count, width: 30, height: 40, pageCount: 1,
            attachedAt: now))
        #expect(attachments[1].kind == .pdf)
        #expect(attachments[1].pageCount == 2)
        #expect(try store.entries(EntryFilter()).first?.attachments == attachments, "list has them too")
    }

    @Test func theSamePictureTwiceIsKeptOnceAndSaidSo() throws {
        let validated = try NewEntry(
            text: "twice", moment: Moment(now, utcOffsetSeconds: 0),
            pictures: try prepared(pictureFile("a.png"), pictureFile("copy-of-a.png"), pictureFile("b.png", seed: 1))
        ).validated(now: now)
        #expect(validated.pictures.map(\.name) == ["a.png", "b.png"])
        #expect(validated.repeatedPictures == ["copy-of-a.png"])

        let entry = try store.add(validated)
        let outcomes = try store.attach(try prepared(pictureFile("again.png"), pictureFile("c.png", seed: 2)), toEntry: entry.id)
        #expect(outcomes.count == 2)
        guard case .alreadyThere(let existing, let name) = outcomes[0] else {
            Issue.record("the same bytes were attached again: \(outcomes[0])")
            return
        }
        #expect(existing.name == "a.png")
        #expect(existing.number == 1)
        #expect(name == "again.png")
        #expect(outcomes[1] == .added(try store.attachment(number: 3, ofEntry: entry.id)))
        #expect(try store.entry(id: entry.id).attachments.map(\.name) == ["a.png", "b.png", "c.png"])
    }

    @Test func detachingMovesTheLaterPicturesUp() throws {
        let entry = try add(
            "four", pictures: try prepared(pictureFile("1.png"), pictureFile("2.png", seed: 1), pictureFile("3.png", seed: 2),
                pictureFile("4.png", seed: 3)))
        #expect(try store.detach(number: 2, fromEntry: entry.id).name == "2.png")
        let left = try store.entry(id: entry.id).attachments
        #expect(left.map(\.name) == ["1.png", "3.png", "4.png"])
        #expect(left.map(\.number) == [1, 2, 3])
        let (attachment, bytes) = try store.original(ofPicture: 3, entry: entry.id)
        #expect(attachment.name == "4.png")
        #expect(bytes == pictureFile("4.png", seed: 3).bytes)
    }

    @Test func aPictureThatIsAllTheEntryHoldsStays() throws {
        let entry = try add("", pictures: try prepared(pictureFile("only.png")))
        #expect(throws: AttachmentError.onlyContent(entry: entry.id, number: 1)) { _ = try store.detach(number: 1, fromEntry: entry.id) }
        _ = try store.update(id: entry.id, EntryChange(text: "now with words"), now: now)
        _ = try store.detach(number: 1, fromEntry: entry.id)
        #expect(try store.entry(id: entry.id).attachments.isEmpty)
        let second = try add("", pictures: try prepared(pictureFile("other.png", seed: 4)))
        #expect(try store.update(id: second.id, EntryChange(text: " "), now: now).after.text == "", "a caption may be emptied")
    }

    @Test func missingPicturesAndEntriesAreNamed() throws {
        let entry = try add("one picture", pictures: try prepared(pictureFile("a.png")))
        let plain = try add("no pictures")
        #expect(throws: AttachmentError.noSuchPicture(entry: entry.id, number: 2, count: 1)) {
            _ = try store.attachment(number: 2, ofEntry: entry.id)
        }
        #expect(throws: AttachmentError.noSuchPicture(entry: plain.id, number: 1, count: 0)) {
            _ = try store.original(ofPicture: 1, entry: plain.id)
        }
        #expect(throws: EntryError.notFound(99)) { _ = try store.attach(try prepared(pictureFile("b.png")), toEntry: 99) }
        #expect(AttachmentError.noSuchPicture(entry: 3, number: 2, count: 1).problem == "entry 3 has no picture 2: it has 1 picture")
    }

    @Test func deletingAnEntryTakesItsPicturesWithIt() throws {
        let entry = try add("gone soon", pictures: try prepared(pictureFile("a.png"), pictureFile("b.pdf", kind: .pdf)))
        try store.delete(ids: [entry.id])
        let counts = try store.read { db in
            try ["attachment", "attachmentOriginal", "attachmentCopy"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        }
        #expect(counts == [0, 0, 0])
    }

    @Test func checkFindsAPictureWhoseBytesChanged() throws {
        let entry = try add("kept", pictures: try prepared(pictureFile("a.png"), pictureFile("b.png", seed: 1)))
        #expect(try store.check().isHealthy)
        #expect(try store.check().pictureCount == 2)
        try store.write { db in
            try db.execute(sql: "UPDATE attachmentOriginal SET bytes = x'00' WHERE attachmentId = (SELECT id FROM attachment WHERE number = 2)")
            try db.execute(sql: "DELETE FROM attachmentCopy WHERE attachmentId = (SELECT id FROM attachment WHERE number = 1)")
        }
        #expect(try store.check().problems == [
            "picture 1 of entry \(entry.id) has lost its copy for the digest",
            "picture 2 of entry \(entry.id) is not the file it was (its checksum differs)",
        ])
    }

    @Test func theDigestGetsPrintCopiesOnlyWhenAskedAndNeverOfPrivateEntries() throws {
        let shown = try add("shown", pictures: try prepared(pictureFile("shown.png")))
        _ = try add("kept to myself", pictures: try prepared(pictureFile("private.png", seed: 1)), isPrivate: true)
        let zone = TimeZone(identifier: "Europe/Berlin")!
        let named = try store.digest(DigestRequest(now: now.addingTimeInterval(60), timeZone: zone))
        #expect(named.pictures.isEmpty)
        #expect(named.entries.map(\.attachments.count) == [1])
        let shownDigest = try store.digest(DigestRequest(now: now.addingTimeInterval(60), timeZone: zone, includesPictures: true))
        #expect(shownDigest.pictures.keys.sorted() == [shown.id])
        #expect(shownDigest.pictures[shown.id]?.first?.bytes == Data("copy of shown.png".utf8))

        let text = DigestRendering.render(named, format: .text, brief: false, style: .plain)
        #expect(text.contains("[picture: shown.png, 30×40]"))
        #expect(!text.contains("private.png"))
        let html = DigestRendering.render(shownDigest, format: .html, brief: false, style: .plain)
        #expect(html.contains(#"<img src="data:image/jpeg;base64,\#(Data("copy of shown.png".utf8).base64EncodedString())" width="30" height="40" alt="shown.png">"#))
        let brief = DigestRendering.render(shownDigest, format: .html, brief: true, style: .plain)
        #expect(!brief.contains("<img"), "in brief, an other entry's pictures are named")
        #expect(brief.contains("[picture: shown.png, 30×40]"))
    }

    @Test func namesAreShownAsWrittenAndNeverAsMarkup() throws {
        let entry = try add("x", pictures: try prepared(pictureFile("<b>*bold*<b> & [link](x).png")))
        let zone = TimeZone(identifier: "Europe/Berlin")!
        let digest = try store.digest(DigestRequest(now: now.addingTimeInterval(60), timeZone: zone, includesPictures: true))
        let html = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;*bold*&lt;b&gt; &amp; [link](x).png"))
        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.contains(#"[picture: \<b>\*bold\*\<b> & \[link\](x).png, 30×40]"#))
        #expect(try store.entry(id: entry.id).attachments.first?.name == "<b>*bold*<b> & [link](x).png")
    }

    @Test(arguments: [
        ("storm.jpg", "storm.jpg"), ("../../.bashrc", ".bashrc"), ("folder/", "picture.png"), ("..", "picture.png"),
        ("line\nbreak\u{1B}[2J.png", "line_break_[2J.png"), ("", "picture.png"), ("a\u{0}b", "a_b"),
    ])
    func namesAreKeptWithoutFoldersOrControlCharacters(given: String, kept: String) {
        #expect(AttachmentName.cleaned(given, kind: .png) == kept)
    }

    @Test func aVeryLongNameKeepsItsExtension() {
        let kept = AttachmentName.cleaned(String(repeating: "a", count: 500) + ".jpeg", kind: .jpeg)
        #expect(kept.count == AttachmentName.longest)
        #expect(kept.hasSuffix("a.jpeg"))
    }

    @Test func sizesReadAsFileManagersShowThem() {
        #expect(AttachmentWording.byteCount(1) == "1 byte")
        #expect(AttachmentWording.byteCount(999) == "999 bytes")
        #expect(AttachmentWording.byteCount(1000) == "1 KB")
        #expect(AttachmentWording.byteCount(812_345) == "813 KB")
        #expect(AttachmentWording.byteCount(3_500_000) == "3.5 MB")
        let scan = Attachment(
            number: 1, name: "worksheet.pdf", kind: .pdf, byteCount: 12_000, width: 595, height: 842, pageCount: 2, attachedAt: now)
        #expect(AttachmentWording.placeholder(scan) == "[PDF: worksheet.pdf, 2 pages]")
        #expect(AttachmentWording.details(scan) == "PDF, 2 pages, 12 KB")
        var drawing = scan
        drawing.kind = .svg
        drawing.name = "storm.svg"
        #expect(AttachmentWording.placeholder(drawing) == "[drawing: storm.svg, 595×842]")
    }
}
