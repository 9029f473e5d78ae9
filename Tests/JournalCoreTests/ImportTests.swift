import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("Storing imported records")
struct ImportTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func entry(_ text: String, daysAgo: Double, mood: Int? = nil, line: Int) -> ImportedRecord {
        .entry(
            ImportedEntry(
                moment: Moment(now.addingTimeInterval(-daysAgo * 86_400), utcOffsetSeconds: 3600), text: text, mood: mood,
                tags: ["Imported"], location: .line(line)))
    }

    func matches(_ words: String) throws -> [String] {
        try store.search(SearchRequest(query: SearchQuery(parsing: words))).map(\.entry.text)
    }

    @Test func importedEntriesAreSearchableAndTheIndexStaysSound() throws {
        _ = try store.add(NewEntry(text: "written before the import", moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        let summary = try store.importRecords(file: "f", now: now) { store in
            try store(entry("an imported walk by the river", daysAgo: 2, line: 1))
            try store(entry("another imported evening", daysAgo: 1, line: 2))
        }
        #expect(summary.added(.entry) == 2)
        #expect(try matches("evening") == ["another imported evening"])
        #expect(try matches("river") == ["an imported walk by the river"])
        #expect(try matches("before") == ["written before the import"])
        _ = try store.add(NewEntry(text: "written after the import", moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        #expect(try matches("after") == ["written after the import"], "the insert trigger is back")
        #expect(try store.check().isHealthy)
    }

    @Test func aMalformedRecordRollsEverythingBackTriggerIncluded() throws {
        #expect(throws: ImportError.self) {
            try store.importRecords(file: "f", now: now) { store in
                try store(entry("fine", daysAgo: 2, line: 1))
                try store(entry("mood out of range", daysAgo: 1, mood: 11, line: 7))
            }
        }
        #expect(try store.entryCount() == 0)
        _ = try store.add(NewEntry(text: "still indexed", moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        #expect(try matches("indexed") == ["still indexed"])
        #expect(try store.check().isHealthy)
    }

    @Test func theErrorNamesThePlaceAndNotTheText() throws {
        do {
            _ = try store.importRecords(file: "journal.txt", now: now) { store in
                try store(entry("my secret words", daysAgo: 1, mood: 11, line: 7))
            }
            Issue.record("the import should have failed")
        } catch let error as ImportError {
            #expect(error.problem.hasPrefix("journal.txt:7: mood 11 is out of range"))
            #expect(!error.problem.contains("secret"))
        }
    }

    @Test func aDryRunStoresNothingAndDuplicatesAreSkipped() throws {
        let records = [entry("same text", daysAgo: 1, line: 1), entry("same text", daysAgo: 1, line: 5)]
        let dry = try store.importRecords(file: "f", dryRun: true, now: now) { store in try records.forEach(store) }
        #expect(dry.added(.entry) == 1 && dry.skipped(.entry) == 1)
        #expect(try store.entryCount() == 0)
        let real = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(real.added(.entry) == 1)
        let again = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(again.added(.entry) == 0 && again.skipped(.entry) == 2)
        #expect(try matches("same") == ["same text"])
    }

    @Test func planVersionsAndCheckInsComeInOnceAndAreChecked() throws {
        let records: [ImportedRecord] = [
            .planVersion(ImportedPlanVersion(text: "# Plan\n\nCall Ana.", saved: Moment(now.addingTimeInterval(-86_400), utcOffsetSeconds: 0), location: .line(3))),
            .checkIn(ImportedCheckIn(instrument: .gad7, answers: [1, 2, 1, 0, 0, 1, 2], moment: Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 0), location: .line(9))),
        ]
        let first = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(first.added(.planVersion) == 1 && first.added(.checkIn) == 1)
        let again = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(again.skipped(.planVersion) == 1 && again.skipped(.checkIn) == 1)
        #expect(try store.currentPlan()?.text == "# Plan\n\nCall Ana.")
        #expect(try store.checkInTrends().map(\.checkIn.total) == [7])

        let wrong = ImportedRecord.checkIn(
            ImportedCheckIn(instrument: .phq9, answers: [1, 2], moment: Moment(now, utcOffsetSeconds: 0), location: .line(12)))
        #expect(throws: ImportError.self) {
            try store.importRecords(file: "f", now: now) { store in try store(wrong) }
        }
        #expect(try store.checkInTrends().count == 1)
    }

    @Test func entriesThatHoldNothingAreSkippedAndWhatTheyHadIsLeftBehind() throws {
        let photo = ImportedMedia(kind: .photo, path: "photos/1.jpeg")
        let moment = Moment(now.addingTimeInterval(-86_400), utcOffsetSeconds: 3600)
        let records: [ImportedEntry] = [
            ImportedEntry(moment: moment, text: "", media: [photo], location: .entry(1)),
            ImportedEntry(moment: moment, text: " \n\t", location: .entry(2)),
            ImportedEntry(moment: moment, text: "words", media: [photo, ImportedMedia(kind: .audio)], location: .entry(3)),
        ]
        let first = try store.importRecords(file: "f", now: now) { store in for record in records { try store(.entry(record)) } }
        #expect(first.added(.entry) == 1)
        #expect(first.emptyEntriesSkipped == 2)
        #expect(first.leftBehind(.photo) == 2)
        #expect(first.leftBehind(.audio) == 1)
        // Once the entry is there, what it had is not left behind again; an empty entry's is.
        let second = try store.importRecords(file: "f", now: now) { store in for record in records { try store(.entry(record)) } }
        #expect(second.skipped(.entry) == 1)
        #expect(second.leftBehind(.photo) == 1)
        #expect(second.leftBehind(.audio) == 0)
    }

    @Test func aFileWithOnlyTheClocksTimeFindsEntriesWrittenInAnyOffset() throws {
        // Written at 08:00 in Kolkata; a jrnl export says 08:00, which Berlin makes another instant.
        let written = Moment(Date(timeIntervalSince1970: 1_794_972_600), utcOffsetSeconds: 19_800)
        _ = try store.add(NewEntry(text: "far away", moment: written), now: now)
        let sameClock = Moment(written.date.addingTimeInterval(19_800 - 3600), utcOffsetSeconds: 3600)
        let summary = try store.importRecords(file: "f", now: now) { store in
            try store(.entry(ImportedEntry(moment: sameClock, text: "far away", hasOnlyLocalTime: true, location: .line(1))))
            try store(.entry(ImportedEntry(moment: sameClock, text: "far away", location: .line(2))))
        }
        #expect(summary.skipped(.entry) == 1, "by the clock's time")
        #expect(summary.added(.entry) == 1, "an instant the file gives is another instant")
    }

    @Test func aTimeTheClockChangeSkippedIsFoundAtItsInstant() throws {
        // 02:30 on 29 March 2026 never happened in Berlin; a file that says so is read as the
        // same instant, which Berlin's clock showed as 03:30.
        let instant = Date(timeIntervalSince1970: 1_774_747_800)
        _ = try store.add(NewEntry(text: "in the gap", moment: Moment(instant, utcOffsetSeconds: 3600)), now: now)
        let summary = try store.importRecords(file: "f", now: now) { store in
            try store(
                .entry(
                    ImportedEntry(
                        moment: Moment(instant, utcOffsetSeconds: 7200), text: "in the gap", hasOnlyLocalTime: true,
                        location: .line(1))))
        }
        #expect(summary.skipped(.entry) == 1)
    }

    @Test func jrnlsAddedTagLineDoesNotMakeANewEntry() throws {
        let moment = Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 3600)
        _ = try store.add(NewEntry(text: "Plain", tags: ["therapy"], moment: moment), now: now)
        let summary = try store.importRecords(file: "f", now: now) { store in
            try store(
                .entry(
                    ImportedEntry(
                        moment: moment, text: "Plain\n@therapy", tags: ["therapy"], textWithoutAddedTags: "Plain",
                        location: .line(1))))
        }
        #expect(summary.skipped(.entry) == 1)
        #expect(try store.entryCount() == 1)
    }

    @Test func theSummarySaysWhatWasAddedOfEachKindTheFileHeld() {
        var summary = ImportSummary()
        for added in [true, true, true, false] { summary.count(.entry, added: added) }
        for added in [true, false] { summary.count(.session, added: added) }
        summary.count(.checkIn, added: false)
        summary.countEmptyEntry()
        summary.leaveBehind([ImportedMedia(kind: .photo), ImportedMedia(kind: .video), ImportedMedia(kind: .photo)])
        #expect(
            ImportRendering.summary(summary, dryRun: false)
                == "Added 3 entries, skipped 1 entry already in the journal, skipped 1 empty entry, left behind 2 photos "
                + "and 1 video (missing from the file, damaged, or of a kind journal does not keep); 1 of 2 sessions added, 0 of 1 check-in added.\n")
        #expect(
            ImportRendering.summary(ImportSummary(), dryRun: true)
                == "Would add 0 entries, would skip 0 entries already in the journal, would skip 0 empty entries, "
                + "would leave nothing behind. Nothing was stored (--dry-run).\n")
    }

    /// The writer and the reader go through the same list of kinds: whatever one writes, the
    /// other reads back, kind by kind.
    @Test func everyKindTheExportWritesComesBackInAnImport() throws {
        _ = try store.add(NewEntry(text: "an entry", moment: Moment(now.addingTimeInterval(-7200), utcOffsetSeconds: 3600)), now: now)
        _ = try store.addSession(at: Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 3600), note: "a note", now: now)
        _ = try store.addTopic("a topic", now: now)
        _ = try store.savePlan("# Plan\n\nCall Ana.", at: Moment(now, utcOffsetSeconds: 3600))
        _ = try store.addCheckIn(
            NewCheckIn(instrument: .gad7, answers: [1, 1, 1, 1, 1, 1, 1], moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        let exposure = "## Situation faced\nthe bus\n## Distress predicted\n80\n## Peak distress\n60\n## Distress at the end\n30\n## Minutes\n20"
        _ = try store.addWorksheet(WorksheetReader(kind: .exposure, now: now, timeZone: .gmt).worksheet(fromForm: exposure), now: now)
        _ = try store.addMessage(NewMessage(text: "a message", mood: 4, moment: Moment(now, utcOffsetSeconds: 3600)), now: now)
        _ = try store.addHomework(
            NewHomework(text: "homework", worksheets: WorksheetTarget(kind: .exposure, times: 2), set: Moment(now, utcOffsetSeconds: 3600)))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("export.json").path
        try PrivateFile.write(toPath: path) { file in try store.export(ExportRequest(format: .json), to: file.write) }
        let document = try String(contentsOfFile: path, encoding: .utf8)
        for kind in RecordKind.allCases {
            #expect(document.contains("\n  \"\(kind.listKey)\": [\n    {"), "\(kind.name)")
        }
        let copy = try JournalStore.makeEmpty()
        let summary = try copy.importRecords(file: path, now: now) { keep in
            try ImportReading.read(path: path, format: .json, options: ImportOptions(timeZone: .gmt), keep)
        }
        for kind in RecordKind.allCases {
            #expect(summary.added(kind) == 1, "\(kind.name)")
        }
    }
}
