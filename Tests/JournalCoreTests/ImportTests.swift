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
        #expect(summary.entriesAdded == 2)
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
        #expect(dry.entriesAdded == 1 && dry.entriesSkipped == 1)
        #expect(try store.entryCount() == 0)
        let real = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(real.entriesAdded == 1)
        let again = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(again.entriesAdded == 0 && again.entriesSkipped == 2)
        #expect(try matches("same") == ["same text"])
    }

    @Test func planVersionsAndCheckInsComeInOnceAndAreChecked() throws {
        let records: [ImportedRecord] = [
            .planVersion(ImportedPlanVersion(text: "# Plan\n\nCall Ana.", saved: Moment(now.addingTimeInterval(-86_400), utcOffsetSeconds: 0), location: .line(3))),
            .checkIn(ImportedCheckIn(instrument: .gad7, answers: [1, 2, 1, 0, 0, 1, 2], moment: Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 0), location: .line(9))),
        ]
        let first = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(first.planVersionsAdded == 1 && first.checkInsAdded == 1)
        let again = try store.importRecords(file: "f", now: now) { store in try records.forEach(store) }
        #expect(again.planVersionsSkipped == 1 && again.checkInsSkipped == 1)
        #expect(try store.currentPlan()?.text == "# Plan\n\nCall Ana.")
        #expect(try store.checkInTrends().map(\.checkIn.total) == [7])

        let wrong = ImportedRecord.checkIn(
            ImportedCheckIn(instrument: .phq9, answers: [1, 2], moment: Moment(now, utcOffsetSeconds: 0), location: .line(12)))
        #expect(throws: ImportError.self) {
            try store.importRecords(file: "f", now: now) { store in try store(wrong) }
        }
        #expect(try store.checkInTrends().count == 1)
    }
}
