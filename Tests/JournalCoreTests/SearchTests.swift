import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("Understanding what is typed after journal search")
struct SearchQueryTests {
    @Test(arguments: [
        ("panic train", "\"panic\"* AND \"train\"*"),
        ("Anx", "\"Anx\"*"),
        ("\"the long way\"", "\"the long way\""),
        ("sam OR panic", "(\"sam\"* OR \"panic\"*)"),
        ("sam -money", "(\"sam\"*) NOT (\"money\"*)"),
        ("sam -\"bad day\"", "(\"sam\"*) NOT (\"bad day\")"),
        ("couldn't", "\"couldn't\"*"),
        ("self-care", "\"self-care\"*"),
        ("\"unbalanced quote", "\"unbalanced quote\""),
        ("NEAR( x", "\"NEAR(\"* AND \"x\"*"),
        ("'; DROP TABLE entry; --", "\"DROP\"* AND \"TABLE\"* AND \"entry;\"*"),
        ("panic 🙂", "\"panic\"*"),
        ("* panic -", "\"panic\"*"),
        ("a OR b c OR d", "(\"a\"* OR \"b\"*) AND (\"c\"* OR \"d\"*)"),
        ("sleep AND work", "\"sleep\"* AND \"work\"*"),
        ("sleep NOT work", "(\"sleep\"*) NOT (\"work\"*)"),
        ("sleep AND NOT work", "(\"sleep\"*) NOT (\"work\"*)"),
        ("a OR b AND c", "(\"a\"* OR \"b\"*) AND \"c\"*"),
        ("\"bad day\" and \"panic\"", "\"bad day\" AND \"panic\""),
        ("\"bad day\" or \"panic\"", "(\"bad day\" OR \"panic\")"),
        ("\"bad day\" not \"panic\"", "(\"bad day\") NOT (\"panic\")"),
        ("sleep and work", "\"sleep\"* AND \"and\"* AND \"work\"*"),
        ("เหนื่อย", "\"เหนื่อย\"*"),
        ("失眠", "\"失眠\"*"),
        ("boss's", "\"boss's\"*"),
    ])
    func queriesBecomeQuotedExpressions(typed: String, expression: String) throws {
        #expect(try SearchQuery(parsing: typed).matchExpression == expression)
    }

    @Test func tagsAndExclusionsAloneHaveNoMatchExpression() throws {
        let query = try SearchQuery(parsing: "#Family -work")
        #expect(query.tags == ["family"])
        #expect(query.matchExpression == nil)
        #expect(query.excludedExpression == "(\"work\"*)")
        #expect(try SearchQuery(parsing: "#family NOT work") == query)
        #expect(try SearchQuery(parsing: "#family AND #work").tags == ["family", "work"])
    }

    @Test(arguments: [
        ("OR", "OR"), ("OR OR", "OR"), ("panic OR", "OR"), ("OR panic", "OR"), ("panic OR OR train", "OR"),
        ("panic OR -train", "OR"), ("panic OR #tag", "OR"), ("panic -train OR work", "OR"), ("panic OR NOT train", "OR"),
        ("panic NOT train OR work", "OR"), ("AND", "AND"), ("AND panic", "AND"), ("panic AND", "AND"),
        ("panic AND AND train", "AND"), ("panic OR AND train", "OR"), ("panic NOT AND train", "NOT"), ("NOT", "NOT"),
        ("NOT panic", "NOT"), ("panic NOT", "NOT"), ("panic NOT NOT train", "NOT"), ("panic NOT -train", "NOT"),
        ("panic AND 🙂", "AND"),
    ])
    func misplacedOperatorsAreRefused(typed: String, word: String) {
        #expect(throws: SearchQueryError.misplacedOperator(word, query: typed)) { try SearchQuery(parsing: typed) }
    }

    @Test func misplacedOperatorsAreExplainedPlainly() {
        for word in ["OR", "AND", "NOT"] {
            let error = SearchQueryError.misplacedOperator(word, query: "")
            #expect(error.problem == "\(word) needs a word on each side")
            #expect(error.advice.contains("journal search"))
        }
        #expect(SearchQueryError.misplacedOperator("NOT", query: "").advice.contains("-work"))
    }

    @Test(arguments: ["", "   ", "-", "*", "\"", "🙂", "«»", "- * ( )", "，。", "\"  \""])
    func nothingToSearchForIsRefused(typed: String) {
        #expect(throws: SearchQueryError.nothingToSearch(typed)) { try SearchQuery(parsing: typed) }
    }

    @Test func aVeryLongQueryIsRefusedWithItsLength() {
        let typed = String(repeating: "word ", count: 2000)
        #expect(throws: SearchQueryError.tooManyWords(2000)) { try SearchQuery(parsing: typed) }
    }

    @Test(arguments: [("panic train", 2), ("don't", 2), ("เหนื่อยมาก", 1), ("नमस्ते दुनिया", 2), ("🙂 -", 0), ("今天 失眠", 2)])
    func wordsAreCountedWithTheirMarks(text: String, count: Int) {
        #expect(SearchQuery.wordCount(of: text) == count)
    }
}

@Suite("Searching the journal")
struct SearchTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)

    init() throws {
        store = try JournalStore.makeEmpty()
        let entries: [(String, Int?, [String], Bool, Bool)] = [
            ("We argued about money at the café", 3, ["anxious"], false, false),
            ("Anxiety on the train, a panic attack", 2, ["panicky"], true, false),
            ("Panic again, this time at work #work", 4, ["anxious"], false, false),
            ("Quiet evening, a good book", 7, ["calm"], false, false),
            ("A private panic I keep to myself", 1, [], false, true),
        ]
        for (index, (text, mood, feelings, flagged, isPrivate)) in entries.enumerated() {
            _ = try store.add(
                NewEntry(
                    text: text, mood: mood, feelings: feelings,
                    moment: Moment(now.addingTimeInterval(Double(index - entries.count) * 86_400), utcOffsetSeconds: 3600),
                    isFlagged: flagged, isPrivate: isPrivate),
                now: now)
        }
    }

    func texts(_ typed: String?, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> [String] {
        var request = SearchRequest(query: try typed.map { try SearchQuery(parsing: $0) })
        configure(&request)
        return try store.search(request).map(\.entry.text)
    }

    @Test func prefixesStemsAccentsAndCase() throws {
        #expect(try texts("atta") == ["Anxiety on the train, a panic attack"])
        #expect(try texts("ARGUE") == ["We argued about money at the café"])
        #expect(try texts("cafe") == ["We argued about money at the café"])
    }

    @Test func everyWordMustMatch() throws {
        #expect(try texts("panic train") == ["Anxiety on the train, a panic attack"])
        #expect(try Set(texts("panic")) == [
            "Anxiety on the train, a panic attack", "Panic again, this time at work #work", "A private panic I keep to myself",
        ])
    }

    @Test func phrasesOrAndExclusion() throws {
        #expect(try texts("\"panic attack\"") == ["Anxiety on the train, a panic attack"])
        #expect(try texts("\"attack panic\"").isEmpty)
        #expect(try Set(texts("book OR money")) == ["Quiet evening, a good book", "We argued about money at the café"])
        #expect(try Set(texts("panic -work -private")) == ["Anxiety on the train, a panic attack"])
        #expect(try texts("#work") == ["Panic again, this time at work #work"])
        #expect(try texts("panic AND work") == texts("panic work"))
        #expect(try texts("panic NOT work") == texts("panic -work"))
        #expect(try texts("-panic", { $0.order = .date }) == ["Quiet evening, a good book", "We argued about money at the café"])
    }

    @Test func filtersWithAndWithoutWords() throws {
        #expect(try texts("panic", { $0.moodBelow = 2 }) == ["A private panic I keep to myself"])
        #expect(try texts("panic", { $0.moodAbove = 3 }) == ["Panic again, this time at work #work"])
        #expect(try texts(nil, { $0.feelings = ["anxious"] }) == ["Panic again, this time at work #work", "We argued about money at the café"])
        #expect(try texts(nil, { $0.onlyFlagged = true }) == ["Anxiety on the train, a panic attack"])
        #expect(try Set(texts("panic", { $0.since = now.addingTimeInterval(-3.5 * 86_400) })) == [
            "Panic again, this time at work #work", "A private panic I keep to myself",
        ])
        #expect(try texts("panic", { $0.limit = 1 }).count == 1)
    }

    @Test func sortingByDateIsNewestFirst() throws {
        #expect(try texts("panic", { $0.order = .date }) == [
            "A private panic I keep to myself", "Panic again, this time at work #work", "Anxiety on the train, a panic attack",
        ])
    }

    @Test func feelingsAreWordsRankedLikeText() throws {
        #expect(try Set(texts("anx")) == [
            "Anxiety on the train, a panic attack", "We argued about money at the café", "Panic again, this time at work #work",
        ])
        #expect(try texts("calm") == ["Quiet evening, a good book"])
        #expect(try texts("money anxious") == ["We argued about money at the café"], "one word in the text, one in the feelings")
        let hits = try store.search(SearchRequest(query: SearchQuery(parsing: "anxious")))
        #expect(hits.allSatisfy { ($0.score ?? 0) > 0 })
        let argued = try #require(hits.first { $0.entry.text.hasPrefix("We argued") })
        #expect(argued.snippet == "feeling \u{E000}anxious\u{E001}")
        let panic = try #require(hits.first { $0.entry.text.hasPrefix("Panic again") })
        #expect(panic.snippet == "feeling \u{E000}anxious\u{E001}")
    }

    @Test func aMatchInTheTextIsShownBeforeOneInTheFeelings() throws {
        let hit = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "panic"))).first { $0.entry.feelings == ["panicky"] })
        #expect(hit.snippet == "Anxiety on the train, a \u{E000}panic\u{E001} attack")
    }

    @Test func tagsAreWordsWithOrWithoutTheirSign() throws {
        _ = try store.add(NewEntry(text: "Woke at four again", tags: ["sleep", "night"], moment: Moment(now, utcOffsetSeconds: 0)), now: now)
        #expect(try texts("sleep") == ["Woke at four again"])
        #expect(try texts("#sleep") == ["Woke at four again"])
        #expect(try texts("sle") == ["Woke at four again"])
        let hit = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "sleep"))).first)
        #expect(hit.snippet == "#\u{E000}sleep\u{E001}")
        let both = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "calm OR night OR anxious"))).first {
            $0.entry.text == "Woke at four again"
        })
        #expect(both.snippet == "#\u{E000}night\u{E001}")
    }

    @Test func hitsCarryAHighlightedSnippetAndAScore() throws {
        let hit = try #require(try store.search(SearchRequest(query: SearchQuery(parsing: "train"))).first)
        #expect(hit.snippet.contains("\u{E000}train\u{E001}"))
        #expect((hit.score ?? 0) > 0)
        #expect(hit.entry.feelings == ["panicky"])
    }

    @Test func aWordInMostEntriesRanksOnlyTheNewestMatches() throws {
        let start = 1_700_000_000
        try store.dbWriter.write { db in
            for index in 0..<(JournalStore.rankedMatchLimit + 500) {
                // The oldest entries say "common" most often, so bm25 would put them first.
                let repeats = index < 500 ? 5 : 1
                let text = Array(repeating: "common", count: repeats).joined(separator: " ") + " filler \(index)"
                try db.execute(
                    sql: "INSERT INTO entry (date, utcOffset, text) VALUES (?, 0, ?)", arguments: [start + index, text])
            }
        }
        let hits = try store.search(SearchRequest(query: SearchQuery(parsing: "common"), limit: 20))
        #expect(hits.count == 20)
        #expect(hits.allSatisfy { !$0.entry.text.hasPrefix("common common") })
        let all = try store.search(SearchRequest(query: SearchQuery(parsing: "common"), limit: nil))
        #expect(all.count == JournalStore.rankedMatchLimit + 500, "asked for all, all are ranked")
        #expect(all.first?.entry.text.hasPrefix("common common") == true)
    }
}
