import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Worksheets kept in the journal, found by search, and reviewed in the digest.
@Suite("Worksheets: the journal, search and the digest")
struct WorksheetStoreTests {
    typealias Forms = WorksheetForms
    let store: JournalStore
    var now: Date { Forms.now }

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    @discardableResult
    func add(
        _ kind: WorksheetKind, _ changes: [(String, String)] = [], flagged: Bool = false, isPrivate: Bool = false
    ) throws -> Worksheet {
        let new = try Forms.reader(kind).worksheet(fromForm: Forms.form(kind, changes), isFlagged: flagged, isPrivate: isPrivate)
        return try store.addWorksheet(new, now: now)
    }

    func digest(since: String? = nil, includingPrivate: Bool = false) throws -> Digest {
        try store.digest(
            DigestRequest(
                since: since.map { ISO8601DateFormatter().date(from: $0)! }, includesPrivate: includingPrivate, now: now,
                timeZone: Forms.berlin))
    }

    func worksheets(of digest: Digest) throws -> WorksheetsOfPeriod {
        try #require(digest.sections.lazy.compactMap { if case .worksheets(let value) = $0 { value } else { nil } }.first)
    }

    // MARK: Kept

    @Test func eachKindComesBackAsItWasStored() throws {
        let lists: [WorksheetKind: [(String, String)]] = [
            .thoughtRecord: [("Moods", "anxious 80\nashamed 60"), ("Automatic thoughts", "a\n* b"), ("Moods now", "anxious 30")],
            .diaryCard: [("Other urges", "binge eating 2 acted"), ("Skills used", "wise mind, TIP"), ("Notes", "line one\nline two")],
            .activity: [("Mood before", "3"), ("Planned beforehand", "no")],
            .sleep: [("Notes", "Coffee at 4pm\u{0}, then tea")],
            .exposure: [("Safety behaviours dropped", "did not hold the rail")],
        ]
        for kind in WorksheetKind.allCases {
            let stored = try add(kind, lists[kind] ?? [], flagged: kind == .sleep, isPrivate: kind == .exposure)
            #expect(try store.worksheet(id: stored.id) == stored, "\(kind)")
        }
        #expect(try store.worksheets(WorksheetFilter()).worksheets.count == 5)
    }

    @Test func aWorksheetIsReplacedMarkedAndDeleted() throws {
        let stored = try add(.activity)
        let changed = try Forms.validated(.activity, [("Pleasure", "3"), ("What I did", "a long walk")])
        let replaced = try store.replaceWorksheet(id: stored.id, with: changed)
        #expect(try store.worksheet(id: stored.id) == replaced)
        #expect(replaced.values.number(ActivityLog.pleasure) == 3)
        #expect(try store.searchWorksheets(SearchRequest(query: SearchQuery(parsing: "long"))).map(\.worksheet.id) == [stored.id])
        let marked = try store.markWorksheet(id: stored.id, isFlagged: true, isPrivate: nil)
        #expect(marked.isFlagged && !marked.isPrivate)
        try store.deleteWorksheet(id: stored.id)
        #expect(throws: WorksheetError.notFound(stored.id)) { try store.worksheet(id: stored.id) }
        #expect(throws: WorksheetError.notFound(stored.id)) { try store.deleteWorksheet(id: stored.id) }
        #expect(try store.searchWorksheets(SearchRequest(query: SearchQuery(parsing: "long"))).isEmpty)
    }

    @Test func aSecondDiaryCardForADayIsRefused() throws {
        let first = try add(.diaryCard)
        #expect(throws: WorksheetError.anotherCardThatDay(try #require(first.values.day(DiaryCard.day)), id: first.id)) {
            try add(.diaryCard, [("Sadness", "5")])
        }
        let other = try add(.diaryCard, [("Day", "2026-11-26")])
        #expect(throws: WorksheetError.self) {
            try store.replaceWorksheet(id: other.id, with: try Forms.validated(.diaryCard))
        }
        _ = try store.replaceWorksheet(id: first.id, with: try Forms.validated(.diaryCard, [("Sadness", "5")]))
    }

    @Test func theListIsFilteredByKindDateFlagAndPrivacy() throws {
        try add(.sleep)  // into bed 27 Nov 23:10
        try add(.activity, flagged: true)  // 28 Nov 15:00
        try add(.exposure, isPrivate: true)  // 28 Nov 10:00
        func ids(_ filter: WorksheetFilter) throws -> [Int64] { try store.worksheets(filter).worksheets.map(\.id) }
        #expect(try ids(WorksheetFilter(kinds: [.sleep, .exposure])) == [1, 3])
        #expect(try ids(WorksheetFilter(onlyFlagged: true)) == [2])
        #expect(try ids(WorksheetFilter(privacy: .leavesOutPrivate)) == [1, 2])
        #expect(try ids(WorksheetFilter(since: Forms.moment("2026-11-28T00:00:00+01:00").date)) == [3, 2])
        #expect(try store.worksheetCount(WorksheetFilter(since: Forms.moment("2026-11-28T00:00:00+01:00").date, kinds: [.activity])) == 1)
        let limited = try store.worksheets(WorksheetFilter(limit: 2))
        #expect(limited.worksheets.map(\.id) == [3, 2] && limited.notShown == 1)
    }

    // MARK: Search

    @Test func worksheetWordsAreSearchedAsEntryTextIs() throws {
        try add(.thoughtRecord, [("Situation", "Argued with Sam at the café"), ("Moods", "anxious 80")])
        try add(.exposure, [("Situation faced", "今天晚上又失眠了"), ("What I learned", "nothing terrible happened")], isPrivate: true)
        try add(.diaryCard, [("Skills used", "wise mind, opposite action")], flagged: true)
        func found(_ query: String, _ request: (inout SearchRequest) -> Void = { _ in }) throws -> [WorksheetKind] {
            var search = SearchRequest(query: try SearchQuery(parsing: query))
            request(&search)
            return try store.searchWorksheets(search).map(\.worksheet.kind)
        }
        #expect(try found("argue cafe") == [.thoughtRecord])
        #expect(try found("anx") == [.thoughtRecord], "mood names are words too")
        #expect(try found("失眠") == [.exposure])
        #expect(try found("opposite") == [.diaryCard])
        #expect(try found("opposite") { $0.onlyFlagged = true } == [.diaryCard])
        #expect(try found("terrible") { $0.privacy = .leavesOutPrivate } == [])
        #expect(try found("terrible") { $0.since = now } == [])
        #expect(try found("terrible") { $0.moodBelow = 5 } == [], "worksheets have no mood")
        #expect(try found("argued -sam") == [])
        let hit = try #require(try store.searchWorksheets(SearchRequest(query: SearchQuery(parsing: "sam"))).first)
        #expect(hit.snippet.contains("\(SearchHit.highlightStart)Sam\(SearchHit.highlightEnd)"))
        #expect(try store.check().isHealthy)
    }

    // MARK: The digest

    @Test func theDigestHasAPartPerKindWithItsFigures() throws {
        try add(.sleep)
        try add(.sleep, [("The night of", "2026-11-26"), ("Minutes awake in the night", "55")])
        try add(.sleep, [("The night of", "2026-11-10")])  // the period before
        try add(.thoughtRecord, [("Belief in the hot thought now", "40")])
        try add(.activity)
        try add(.exposure)
        try add(.exposure, [("Peak distress", "60")])
        try add(.diaryCard)
        try add(.activity, [("What I did", "a private walk")], isPrivate: true)
        let section = try worksheets(of: digest(since: "2026-11-20T00:00:00+01:00"))
        #expect(section.kinds == WorksheetKind.allCases)
        #expect(section.worksheets.count == 7)
        #expect(section.privateExcluded == 1)
        let sleep = try #require(section.sleep)
        #expect(sleep.nights.map(\.totalSleep) == [360, 400])
        #expect(sleep.averages.totalSleep == 380)
        #expect(sleep.previous?.nightCount == 1 && sleep.previous?.totalSleep == 400)
        #expect(section.thoughtRecords.count == 1)
        #expect(section.activitySummary?.count == 1)
        #expect(section.exposures.first?.attempts.map(\.peak) == [80, 60])
        #expect(section.diaryCards?.days.count == 3)
        #expect(section.toRaiseFirst.isEmpty)
        let everything = try worksheets(of: digest(since: "2026-11-20T00:00:00+01:00", includingPrivate: true))
        #expect(everything.activities.count == 2 && everything.privateExcluded == 0)
    }

    @Test func aDiaryCardWithUrgesIsRaisedFirst() throws {
        try add(.diaryCard, [("Suicidal urges", "2")])
        try add(.diaryCard, [("Day", "2026-11-28"), ("Urge to self-harm", "3 acted")])
        try add(.diaryCard, [("Day", "2026-11-26"), ("Urge to self-harm", "4")])
        let digest = try digest()
        #expect(digest.sections.firstIndex { if case .urgesToRaise = $0 { true } else { false } } == 1)
        let raised = try #require(digest.sections.lazy.compactMap { if case .urgesToRaise(let cards) = $0 { cards } else { nil } }.first)
        #expect(raised.map { $0.values.day(DiaryCard.day)?.dayOfMonth } == [27, 28])
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
            "To raise first: your diary cards of Fri 27 Nov 2026 (suicidal urges 2 of 5) and Sat 28 Nov 2026 (urge to "
                + "self-harm 3 of 5, acted on) show suicidal urges or an urge to self-harm acted on."))
        #expect(text.range(of: "To raise first")!.lowerBound < text.range(of: "TOPICS TO BRING UP")!.lowerBound)
    }

    @Test func withoutASessionThePeriodStartsAtTheFirstWorksheet() throws {
        try add(.exposure)
        let digest = try digest()
        #expect(digest.from.localTime.iso8601 == "2026-11-28T10:00:00+01:00")
        #expect(try worksheets(of: digest).worksheets.count == 1)
    }

    @Test func theTextDigestStaysWithin80Columns() throws {
        let long = String(repeating: "a long sentence about what happened ", count: 8)
        try add(.thoughtRecord, [("Situation", long), ("Balanced thought", long), ("Belief in the balanced thought", "70")])
        try add(.activity, [("What I did", long)])
        try add(.sleep)
        try add(.exposure, [("Situation faced", long), ("What I learned", long)])
        try add(.diaryCard, [("Skills used", "wise mind, TIP, opposite action, check the facts"), ("Other emotions", "guilt 3")])
        let text = DigestRendering.render(try digest(), format: .text, brief: false, style: .plain)
        #expect(text.contains("WORKSHEETS"))
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "\(line.count): \(line)")
        }
    }

    @Test func everyFormatShowsTheSection() throws {
        try add(.sleep)
        try add(.diaryCard, [("Other emotions", "guilt <b>3</b> 3")])
        let digest = try digest()
        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.contains("## Worksheets\n\n### Sleep diary (1 night)"))
        #expect(markdown.contains("| 27 Nov | 23:10 | 07:15 | 8h 05m | 6h 40m | 82% | 4 |"))
        let html = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(html.contains(#"<table class="grid sleep">"#) && html.contains(#"<table class="grid cards">"#))
        #expect(html.contains("guilt &lt;b&gt;3&lt;/b&gt; 3") && !html.contains("<b>3</b>"))
        let json = DigestRendering.render(digest, format: .json, brief: false, style: .plain)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let worksheets = try #require(object["worksheets"] as? [String: Any])
        let sleep = try #require(worksheets["sleep"] as? [String: Any])
        let nights = try #require(sleep["nights"] as? [[String: Any]])
        #expect((nights.first?["figures"] as? [String: Any])?["sleepEfficiency"] as? Double == 82.47)
        #expect(worksheets["thoughtRecords"] as? [Any] != nil && worksheets["activities"] is NSNull)
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys.suffix(2) == ["worksheets", "privateExcluded"])
    }

    // MARK: Export and import

    @Test func theExportComesBackWhole() throws {
        try add(.thoughtRecord, [("Moods", "anxious 80"), ("Automatic thoughts", "a\n* b")])
        try add(.sleep, flagged: true)
        try add(.diaryCard, [("Other urges", "binge 2 acted"), ("Skills used", "TIP")], isPrivate: true)
        func export(_ store: JournalStore) throws -> String {
            var document = ""
            _ = try store.export(ExportRequest(format: .json, includesPrivate: true)) { document += $0 }
            return document
        }
        let first = try export(store)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-worksheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("export.json").path
        try PrivateFile.write(first, toPath: path)
        let copy = try JournalStore.makeEmpty()
        let read = { (keep: (ImportedRecord) throws -> Void) throws in
            try ImportReading.read(path: path, format: .json, options: ImportOptions(timeZone: Forms.berlin), keep)
        }
        let summary = try copy.importRecords(file: path, now: now, from: read)
        #expect(summary.added(.worksheet) == 3)
        #expect(try export(copy) == first)
        #expect(try copy.importRecords(file: path, now: now, from: read).skipped(.worksheet) == 3)

        var withoutPrivate = ""
        let left = try store.export(ExportRequest(format: .json)) { withoutPrivate += $0 }
        #expect(left.privateWorksheetsLeftOut == 1 && !withoutPrivate.contains("binge"))
    }

    @Test func aWorksheetOfAnImportIsCheckedAsAFormIs() throws {
        let record = """
            {"format": "journal-export", "version": 1, "worksheets": [
              {"kind": "sleep", "date": "2026-11-27T23:10:00+01:00", "fields": {"quality": 9}}
            ]}
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-worksheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.json").path
        try PrivateFile.write(record, toPath: path)
        let error = #expect(throws: ImportError.self) {
            try store.importRecords(file: "bad.json", now: now) { keep in
                try ImportReading.read(path: path, format: .json, options: ImportOptions(timeZone: Forms.berlin), keep)
            }
        }
        #expect(error?.problem == "bad.json:2: Into bed is empty, and the sleep diary needs it; nothing was imported")
        #expect(try store.worksheets(WorksheetFilter()).worksheets.isEmpty)
    }
}
