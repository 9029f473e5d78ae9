import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Whether ICU's word breaks can be used here (the toolchain's `_FoundationICU` on Linux).
private let hasWordBreaks = "วันนี้".utf8.withContiguousStorageIfAvailable { ScriptWords().words(in: $0) != nil } ?? false

@Suite("How the search index cuts text into words")
struct SearchTokenizerTests {
    let store: JournalStore

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    /// The words the index keeps for `text`, or looks for when `text` is typed as a query.
    func words(_ text: String, asQuery: Bool = false) throws -> [String] {
        try store.dbWriter.read { db in
            let tokenizer = try db.makeTokenizer(
                FTS5TokenizerDescriptor(components: [SearchTokenizer.name] + SearchTokenizer.indexArguments))
            return try (asQuery ? tokenizer.tokenize(query: text) : tokenizer.tokenize(document: text)).map(\.token)
        }
    }

    @Test(arguments: [
        ("We argued at the café", ["we", "argu", "at", "the", "cafe"]),
        ("cafe\u{301}", ["cafe"]),
        ("Straße", ["strass"]),
        ("STRAẞE", ["strass"]),
        ("strasse", ["strass"]),
        ("my boss's office", ["my", "boss", "offic"]),
        ("my boss’s office", ["my", "boss", "offic"]),
        ("BOSS'S", ["boss"]),
        ("it's late", ["it", "late"]),
        ("don't", ["don", "t"]),
        ("'s", ["s"]),
        ("the s", ["the", "s"]),
        ("नमस्ते", ["नमस्ते"]),
        ("Привет, мир", ["привет", "мир"]),
        // Past the first eight bytes, which are looked at together.
        ("the long walk with my boss's dog", ["the", "long", "walk", "with", "my", "boss", "dog"]),
        ("a long evening at the STRAẞE", ["a", "long", "even", "at", "the", "strass"]),
    ])
    func textInScriptsWithSpacesIsStemmedAndFolded(text: String, expected: [String]) throws {
        #expect(try words(text) == expected)
        #expect(try words(text, asQuery: true) == expected)
    }

    @Test func chineseJapaneseAndKoreanAreCutIntoPairs() throws {
        #expect(try words("今天失眠了") == ["今天", "天失", "失眠", "眠了", "了"])
        #expect(try words("今天失眠了", asQuery: true) == ["今天", "天失", "失眠", "眠了"])
        #expect(try words("眠") == ["眠"])
        #expect(try words("眠", asQuery: true) == ["眠"])
        #expect(try words("上司に") == ["上司", "司に", "に"])
        #expect(try words("ストレス") == ["スト", "トレ", "レス", "ス"])
        #expect(try words("회사에서") == ["회사", "사에", "에서", "서"])
        // Punctuation and spaces end a run.
        #expect(try words("失眠，难受。") == ["失眠", "眠", "难受", "受"])
    }

    @Test func mixedScriptsKeepTheirOwnWords() throws {
        #expect(try words("Meeting with 老板 tomorrow") == ["meet", "with", "老板", "板", "tomorrow"])
        #expect(try words("3時に会議Meeting") == ["3", "時に", "に会", "会議", "議", "meet"])
    }

    @Test(.enabled(if: hasWordBreaks, "needs ICU's word breaks (the toolchain's _FoundationICU)"))
    func thaiLaoKhmerAndBurmeseAreCutIntoWords() throws {
        #expect(try words("วันนี้รู้สึกเหนื่อยมาก") == ["วัน", "นี้", "รู้สึก", "เหนื่อย", "มาก"])
        #expect(try words("เหนื่อย", asQuery: true) == ["เหนื่อย"])
        #expect(try words("ມື້ນີ້ຂ້ອຍເມື່ອຍຫຼາຍ").contains("ເມື່ອຍ"))
        #expect(try words("ថ្ងៃនេះខ្ញុំហត់ណាស់").contains("ហត់"))
        #expect(try words("ကျွန်တော် အရမ်းပင်ပန်းတယ်").contains("ပင်ပန်း"))
        #expect(try words("Today วันนี้ 3 ครั้ง") == ["todai", "วัน", "นี้", "3", "ครั้ง"])
    }

    @Test func wordsKnowWhereTheyAreInTheText() throws {
        let ranges = try store.dbWriter.read { db in
            try SearchTokenizer(db: db, arguments: SearchTokenizer.indexArguments).wordRanges(in: Array("Boss's 老板 Straße".utf8))
        }
        // "Boss" (the possessive s is no word), the pair 老板 (its lone last character is at
        // the same place), "Straße" whole although the index keeps "strass".
        #expect(ranges == [0..<4, 7..<13, 14..<21])
    }

    @Test func malformedBytesAreNotWords() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE5, 0xA4, 0xA9, 0xE5, 0x80]
        for index in bytes.indices {
            let scalar = bytes.withUnsafeBufferPointer { SearchTokenizer.scalar(in: $0, at: index) }
            #expect(scalar.length >= 1)
        }
        #expect(bytes.withUnsafeBufferPointer { SearchTokenizer.scalar(in: $0, at: 1) } == (0xFFFD, 1))
        #expect(bytes.withUnsafeBufferPointer { SearchTokenizer.scalar(in: $0, at: 3) } == (0x5929, 3))
        #expect(bytes.withUnsafeBufferPointer { SearchTokenizer.scalar(in: $0, at: 6) } == (0xFFFD, 1), "cut short")
    }
}

@Suite("Keeping the search index up to date")
struct SearchIndexTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func found(_ typed: String) throws -> [String] {
        try store.search(SearchRequest(query: SearchQuery(parsing: typed))).map(\.entry.text)
    }

    func expectSoundIndex(sourceLocation: SourceLocation = #_sourceLocation) throws {
        // FTS5 cuts every entry again and compares with the index.
        try store.dbWriter.write { db in
            try db.execute(sql: "INSERT INTO entryFTS(entryFTS, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func feelingsAndTagsFollowTheEntry() throws {
        let entry = try store.add(
            NewEntry(text: "Dinner with Sam #family", feelings: ["anxious", "left out"], tags: ["food"], moment: Moment(now, utcOffsetSeconds: 0)),
            now: now)
        #expect(try found("anxious") == ["Dinner with Sam #family"])
        #expect(try found("\"left out\"") == ["Dinner with Sam #family"])
        #expect(try found("food") == ["Dinner with Sam #family"])
        _ = try store.update(id: entry.id, EntryChange(text: "Dinner alone"), now: now)
        #expect(try found("family").isEmpty, "the inline tag left with the text")
        #expect(try found("food") == ["Dinner alone"], "the given tag stays")
        #expect(try found("sam").isEmpty)
        try expectSoundIndex()
        try store.delete(ids: [entry.id])
        #expect(try found("anxious").isEmpty)
        #expect(try found("food").isEmpty)
        try expectSoundIndex()
    }

    @Test func entriesInEveryScriptAreFoundAndTheIndexStaysSound() throws {
        let texts = [
            "今天晚上又失眠了，心里很难受", "会社で上司に怒られて眠れなかった", "오늘 회사에서 너무 힘들었다", "วันนี้รู้สึกเหนื่อยมาก",
            "Meeting with 老板 tomorrow", "Walked down the Straße to my boss's office",
        ]
        for text in texts { _ = try store.add(NewEntry(text: text, moment: Moment(now, utcOffsetSeconds: 0)), now: now) }
        #expect(try found("失眠") == [texts[0]])
        #expect(try found("难受") == [texts[0]])
        #expect(try found("上司") == [texts[1]])
        #expect(try found("怒られ") == [texts[1]])
        #expect(try found("회사") == [texts[2]])
        #expect(try found("เหนื่อย") == [texts[3]])
        #expect(try found("老板") == [texts[4]])
        #expect(try found("\"with 老板 tomorrow\"") == [texts[4]])
        #expect(try found("strasse") == [texts[5]])
        #expect(try found("boss's") == [texts[5]])
        #expect(try found("眠").count == 2)
        try expectSoundIndex()
        for id in try store.entries(EntryFilter(limit: nil)).map(\.id) { try store.delete(ids: [id]) }
        try expectSoundIndex()
    }

    @Test func aLongTextWithoutSpacesGetsAPassageAroundItsMatch() throws {
        let text = "会社で上司に怒られて眠れなかった。明日も会社に行かなければならない。本当に疲れた。部長とは話したくない。"
        _ = try store.add(NewEntry(text: text, moment: Moment(now, utcOffsetSeconds: 0)), now: now)
        let hit = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "部長"))).first)
        // The passage starts at the sentence holding the match, after the full stop.
        #expect(hit.snippet == "…\u{E000}部長\u{E001}とは話したくない。")
        let earlier = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "明日"))).first)
        #expect(earlier.snippet.hasPrefix("…\u{E000}明日\u{E001}も会社に"), "\(earlier.snippet)")
        #expect(earlier.snippet.hasSuffix("…"), "\(earlier.snippet)")
    }

    @Test func importedFeelingsAndTagsAreSearchable() throws {
        let summary = try store.importRecords(file: "f", now: now) { store in
            try store(
                .entry(
                    ImportedEntry(
                        moment: Moment(now, utcOffsetSeconds: 0), text: "A long walk", tags: ["outside"], feelings: ["hopeful"],
                        location: .line(1))))
        }
        #expect(summary.added(.entry) == 1)
        #expect(try found("hopeful") == ["A long walk"])
        #expect(try found("outside") == ["A long walk"])
        let later = try store.add(NewEntry(text: "Later", feelings: ["calm"], moment: Moment(now, utcOffsetSeconds: 0)), now: now)
        #expect(try found("calm") == ["Later"], "the triggers are back")
        try store.delete(ids: [later.id])
        try expectSoundIndex()
    }

    @Test func aJournalOfTheEarlierSchemaIsIndexedAgainWhenItIsUpgraded() throws {
        let queue = try DatabaseQueue(configuration: JournalStore.configuration())
        try JournalStore.migrator.migrate(queue, upTo: "v3")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO entry (id, date, utcOffset, text) VALUES (1, 0, 0, 'Argued with Sam'), (2, 0, 0, '今天又失眠了');
                    INSERT INTO entryFeeling (entryId, name) VALUES (1, 'anxious'), (1, 'tired');
                    INSERT INTO entryTag (entryId, name) VALUES (1, 'family');
                    """)
        }
        try JournalStore.migrator.migrate(queue)
        let upgraded = JournalStore(queue, path: ":memory:")
        #expect(try upgraded.search(SearchRequest(query: SearchQuery(parsing: "anx"))).map(\.entry.id) == [1])
        #expect(try upgraded.search(SearchRequest(query: SearchQuery(parsing: "失眠"))).map(\.entry.id) == [2])
        let words = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT feelingWords, tagWords FROM entry WHERE id = 1")
        }
        #expect(words?["feelingWords"] == "anxious, tired")
        #expect(words?["tagWords"] == "#family")
        #expect(try upgraded.check().isHealthy)
    }
}
