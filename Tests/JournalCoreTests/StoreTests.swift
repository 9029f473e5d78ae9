import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("The store")
struct StoreTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    @discardableResult
    func add(
        _ text: String, mood: Int? = nil, tags: [String] = [], feelings: [String] = [],
        hoursAgo: Double = 0, flagged: Bool = false
    ) throws -> Entry {
        try store.add(
            NewEntry(
                text: text, mood: mood, feelings: feelings, tags: tags,
                moment: Moment(now.addingTimeInterval(-hoursAgo * 3600), utcOffsetSeconds: 3600), isFlagged: flagged),
            now: now)
    }

    @Test func addStoresEverythingAndReadsItBack() throws {
        let added = try add("Argued with Sam #Family", mood: 3, tags: ["money"], feelings: ["Anxious", "tired"])
        #expect(added.id == 1)
        #expect(added.mood == 3)
        #expect(added.tags == ["family", "money"])
        #expect(added.feelings == ["anxious", "tired"])
        #expect(added.moment.utcOffsetSeconds == 3600)
        #expect(added.date == now)
        #expect(try store.entry(id: 1) == added)
    }

    @Test func textComesBackExactlyIncludingNulsAndControls() throws {
        let text = "a\u{0}b\u{1B}[2Jc\u{7F}\u{9B} שלום 👋🏽 مرحبا"
        let added = try add(text)
        #expect(added.text == text)
        let long = String(repeating: "word ", count: 200_000) + "end"
        #expect(try add(long).text == long)
    }

    @Test func invalidEntriesStoreNothing() throws {
        #expect(throws: EntryError.moodOutOfRange(11)) { try add("x", mood: 11) }
        #expect(throws: EntryError.emptyText) { try add("  ") }
        #expect(throws: EntryError.dateInFuture) { try add("x", hoursAgo: -2) }
        #expect(try store.entryCount() == 0)
    }

    @Test func listGivesTheNewestOldestFirst() throws {
        for hour in (1...30).reversed() { try add("entry \(hour) hours ago", hoursAgo: Double(hour)) }
        let listed = try store.entries(EntryFilter(limit: 20))
        #expect(listed.count == 20)
        #expect(listed.first?.text == "entry 20 hours ago")
        #expect(listed.last?.text == "entry 1 hours ago")
    }

    @Test func listFilters() throws {
        try add("old #work", hoursAgo: 50)
        try add("flagged #family", hoursAgo: 20, flagged: true)
        try add("both #family #work", hoursAgo: 10)
        try add("recent", hoursAgo: 1)
        func texts(_ filter: EntryFilter) throws -> [String] { try store.entries(filter).map(\.text) }

        #expect(try texts(EntryFilter(since: now.addingTimeInterval(-11 * 3600))) == ["both #family #work", "recent"])
        #expect(try texts(EntryFilter(until: now.addingTimeInterval(-10 * 3600))) == ["old #work", "flagged #family"])
        #expect(try texts(EntryFilter(tags: ["family"])) == ["flagged #family", "both #family #work"])
        #expect(try texts(EntryFilter(tags: ["family", "work"])) == ["both #family #work"])
        #expect(try texts(EntryFilter(onlyFlagged: true)) == ["flagged #family"])
        #expect(try texts(EntryFilter(limit: 1)) == ["recent"])
    }

    @Test func updateChangesOnlyWhatIsAsked() throws {
        let entry = try add("first #draft", mood: 4, tags: ["kept"])
        let moodChanged = try store.update(id: entry.id, EntryChange(mood: .set(7), isFlagged: true), now: now).after
        #expect(moodChanged.mood == 7)
        #expect(moodChanged.isFlagged)
        #expect(moodChanged.text == entry.text)

        let textChanged = try store.update(id: entry.id, EntryChange(text: "second #final\n"), now: now).after
        #expect(textChanged.text == "second #final")
        #expect(textChanged.tags == ["final", "kept"])
        #expect(try store.update(id: entry.id, EntryChange(mood: .clear), now: now).after.mood == nil)

        #expect(throws: EntryError.dateInFuture) {
            try store.update(id: entry.id, EntryChange(moment: Moment(now.addingTimeInterval(7200), utcOffsetSeconds: 0)), now: now)
        }
        #expect(throws: EntryError.notFound(99)) { try store.update(id: 99, EntryChange(isFlagged: true), now: now) }
    }

    @Test func editingTheTextKeepsAGivenTagThatWasAlsoWrittenInline() throws {
        let entry = try add("Dinner #family #food", tags: ["family"])
        let edited = try store.update(id: entry.id, EntryChange(text: "Dinner, plain"), now: now).after
        #expect(edited.tags == ["family"], "#food left the text and goes; family was given with --tag and stays")
    }

    @Test func deleteRemovesTheEntryItsLabelsAndItsWords() throws {
        let entry = try add("unmistakable words #gone", feelings: ["sad"])
        try store.delete(ids: [entry.id])
        #expect(throws: EntryError.notFound(entry.id)) { try store.entry(id: entry.id) }
        #expect(throws: EntryError.notFound(entry.id)) { try store.delete(ids: [entry.id]) }
        let leftovers = try store.dbWriter.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM entryTag) + (SELECT count(*) FROM entryFeeling)
                        + (SELECT count(*) FROM entryFTS WHERE entryFTS MATCH 'unmistakable')
                    """)
        }
        #expect(leftovers == 0)
        #expect(try add("next").id == entry.id + 1, "a deleted id is never given again")
    }

    @Test func theSearchIndexFollowsTheTextWithStemmingAndWithoutAccents() throws {
        let entry = try add("We argued at the café")
        func matches(_ query: String) throws -> Int {
            try store.dbWriter.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM entryFTS WHERE entryFTS MATCH ?", arguments: [query])!
            }
        }
        #expect(try matches("argue") == 1)
        #expect(try matches("cafe") == 1)
        _ = try store.update(id: entry.id, EntryChange(text: "A quiet evening"), now: now)
        #expect(try matches("argue") == 0)
        #expect(try matches("quiet") == 1)
        // FTS5 checks the index against the entries and fails on any difference.
        try store.dbWriter.write { db in
            try db.execute(sql: "INSERT INTO entryFTS(entryFTS, rank) VALUES ('integrity-check', 1)")
        }
    }
}
