import Foundation
import GRDB

/// What `journal search` is asked for: a query, filters, or both.
public struct SearchRequest: Sendable {
    public enum Order: String, Sendable, CaseIterable {
        /// Best match first.
        case relevance
        /// Newest first.
        case date
    }

    public var query: SearchQuery?
    public var since: Date?
    public var until: Date?
    /// Every one of these tags (those of the query's `#tags` too), as typed: a leading `#` is
    /// allowed.
    public var tags: [String]
    /// Every one of these feelings.
    public var feelings: [String]
    /// Mood strictly below this.
    public var moodBelow: Int?
    /// Mood strictly above this.
    public var moodAbove: Int?
    public var onlyFlagged: Bool
    /// Search looks in the writer's own journal: private entries are found too, marked as such.
    public var privacy: Privacy
    public var order: Order
    /// At most this many results; nil for all of them.
    public var limit: Int?

    public init(
        query: SearchQuery? = nil, since: Date? = nil, until: Date? = nil, tags: [String] = [],
        feelings: [String] = [], moodBelow: Int? = nil, moodAbove: Int? = nil, onlyFlagged: Bool = false,
        privacy: Privacy = .includesPrivate, order: Order = .relevance, limit: Int? = 20
    ) {
        self.query = query
        self.since = since
        self.until = until
        self.tags = tags
        self.feelings = feelings
        self.moodBelow = moodBelow
        self.moodAbove = moodAbove
        self.onlyFlagged = onlyFlagged
        self.privacy = privacy
        self.order = order
        self.limit = limit
    }
}

/// One entry found, with why it matched.
public struct SearchHit: Equatable, Sendable {
    public var entry: Entry
    /// A short passage of the text with the matched words between `SearchHit.highlightStart`
    /// and `SearchHit.highlightEnd`.
    public var snippet: String
    /// How well the entry matches, higher is better (FTS5's bm25, negated); nil without words
    /// to match.
    public var score: Double?

    /// Private-use characters, which no keyboard types, so they cannot clash with the text.
    public static let highlightStart: Character = "\u{E000}"
    public static let highlightEnd: Character = "\u{E001}"
}

extension JournalStore {
    /// When a query matches more entries than this, only the most recently written this many
    /// are ranked (unless all results are asked for). A word in most entries weighs almost
    /// nothing in bm25, so scoring every match would cost time (hundreds of milliseconds at
    /// 100,000 entries) and tell nothing.
    public static let rankedMatchLimit = 1000

    /// Entries matching the request, best match (or newest) first.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        do {
            return try read { db in try SearchExecution(request: request, db: db, store: self).run() }
        } catch let error as StoreError {
            // The query is always quoted, so SQLite should never reject it; if it does, say so in
            // the person's terms rather than SQLite's.
            if case .unexpected = error, let query = request.query { throw SearchQueryError.notUnderstood(query.description) }
            throw error
        }
    }
}

private struct SearchExecution {
    let request: SearchRequest
    let db: Database
    let store: JournalStore

    func run() throws -> [SearchHit] {
        guard let match = request.query?.matchExpression else { return try unmatchedHits() }
        let ids = request.order == .relevance ? try idsByRelevance(match) : try idsByDate(match)
        return try hits(for: ids, match: match)
    }

    private func idsByRelevance(_ match: String) throws -> [Int64] {
        var conditions = ["entryFTS MATCH ?"]
        var arguments: StatementArguments = [match]
        appendFilters(to: &conditions, &arguments)
        if request.limit != nil, let lowestRowID = try lowestRankedRowID(conditions, arguments) {
            conditions.append("entryFTS.rowid >= ?")
            arguments += [lowestRowID]
        }
        let sql = """
            SELECT entry.id FROM entryFTS JOIN entry ON entry.id = entryFTS.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY bm25(entryFTS), entry.date DESC \(limitClause)
            """
        return try Int64.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// Newest first: the matching ids are gathered once, then the date index is walked from the
    /// newest entry until enough of them are found, without reading the entries' text.
    private func idsByDate(_ match: String) throws -> [Int64] {
        // `+` keeps SQLite from looking the matches up one by one in the entries instead.
        var conditions = ["+entry.id IN (SELECT rowid FROM entryFTS WHERE entryFTS MATCH ?)"]
        var arguments: StatementArguments = [match]
        appendFilters(to: &conditions, &arguments)
        let sql = """
            SELECT entry.id FROM entry INDEXED BY entry_on_date WHERE \(conditions.joined(separator: " AND "))
            ORDER BY entry.date DESC, entry.id DESC \(limitClause)
            """
        return try Int64.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The rowid of the `rankedMatchLimit`-th newest match (or the limit's, when larger), when
    /// there are more matches than that: ranking starts there. Walking matches in rowid order scores nothing, so this is
    /// cheap even for a word in every entry.
    private func lowestRankedRowID(_ conditions: [String], _ arguments: StatementArguments) throws -> Int64? {
        let sql = """
            SELECT entryFTS.rowid FROM entryFTS JOIN entry ON entry.id = entryFTS.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY entryFTS.rowid DESC LIMIT 1 OFFSET ?
            """
        let ranked = max(JournalStore.rankedMatchLimit, request.limit ?? 0)
        return try Int64.fetchOne(db, sql: sql, arguments: arguments + [ranked - 1])
    }

    /// Filters alone, or only words to exclude: newest first, each with its opening words.
    private func unmatchedHits() throws -> [SearchHit] {
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let excluded = request.query?.excludedExpression {
            conditions.append("entry.id NOT IN (SELECT rowid FROM entryFTS WHERE entryFTS MATCH ?)")
            arguments += [excluded]
        }
        appendFilters(to: &conditions, &arguments)
        let sql = """
            SELECT entry.id FROM entry WHERE \(conditions.joined(separator: " AND "))
            ORDER BY entry.date DESC, entry.id DESC \(limitClause)
            """
        let ids = try Int64.fetchAll(db, sql: sql, arguments: arguments)
        return try entries(ids).map { entry in
            SearchHit(entry: entry, snippet: Self.opening(of: entry.text), score: nil)
        }
    }

    private var limitClause: String { request.limit.map { "LIMIT \($0)" } ?? "" }

    private func appendFilters(to conditions: inout [String], _ arguments: inout StatementArguments) {
        if let since = request.since {
            conditions.append("entry.date >= ?")
            arguments += [StoredTime.bound(since)]
        }
        if let until = request.until {
            conditions.append("entry.date < ?")
            arguments += [StoredTime.bound(until)]
        }
        for tag in request.tags + (request.query?.tags ?? []) {
            conditions.append("entry.id IN (SELECT entryId FROM entryTag WHERE name = ?)")
            arguments += [Tags.name(typed: tag)]
        }
        for feeling in request.feelings {
            conditions.append("entry.id IN (SELECT entryId FROM entryFeeling WHERE name = ?)")
            arguments += [feeling.lowercased()]
        }
        if let moodBelow = request.moodBelow {
            conditions.append("entry.mood < ?")
            arguments += [moodBelow]
        }
        if let moodAbove = request.moodAbove {
            conditions.append("entry.mood > ?")
            arguments += [moodAbove]
        }
        if request.onlyFlagged { conditions.append("entry.isFlagged") }
        if let condition = request.privacy.sqlCondition { conditions.append(condition) }
    }

    /// Snippets and scores for the entries found, computed for those alone.
    ///
    /// FTS5 reads the whole list of entries holding a prefix each time it starts matching, and
    /// it would start once per id of an `IN` list; so the ids go in as one range, which FTS5
    /// narrows to, and `+rowid IN` (an expression FTS5 is not asked to handle) keeps the found.
    private func hits(for ids: [Int64], match: String) throws -> [SearchHit] {
        var details: [Int64: (score: Double, text: String, feelings: String, tags: String, pictures: String)] = [:]
        let marks = [String(SearchHit.highlightStart), String(SearchHit.highlightEnd)]
        for batch in ids.batched() {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, -bm25(entryFTS), highlight(entryFTS, 0, ?, ?), highlight(entryFTS, 1, ?, ?),
                        highlight(entryFTS, 2, ?, ?), highlight(entryFTS, 3, ?, ?)
                    FROM entryFTS
                    WHERE entryFTS MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(batch.sqlPlaceholders))
                    """,
                arguments: StatementArguments(marks + marks + marks + marks) + [match, batch.min()!, batch.max()!]
                    + StatementArguments(batch))
            for row in rows { details[row[0]] = (row[1], row[2] ?? "", row[3] ?? "", row[4] ?? "", row[5] ?? "") }
        }
        let snippet = Snippet(tokenizer: try SearchTokenizer(db: db, arguments: SearchTokenizer.indexArguments))
        return try entries(ids).map { entry in
            let detail = details[entry.id]
            let passage = detail.flatMap { detail in
                snippet.passage(of: entry.text, highlighted: detail.text)
                    ?? Snippet.labels(feelings: detail.feelings, tags: detail.tags, pictures: detail.pictures)
            }
            return SearchHit(
                entry: entry, snippet: Self.oneLine(passage ?? Self.opening(of: entry.text)),
                score: detail.map { ($0.score * 1000).rounded() / 1000 })
        }
    }

    private func entries(_ ids: [Int64]) throws -> [Entry] {
        try store.entries(ids: ids, db)
    }

    private static func opening(of text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let opening = words.prefix(Snippet.wordCount).joined(separator: " ")
        return words.count > Snippet.wordCount ? opening + "…" : opening
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension SearchQuery: CustomStringConvertible {
    /// The query as a person would type it again.
    public var description: String {
        func text(_ term: Term) -> String {
            switch term {
            case .word(let text): text
            case .phrase(let text): "\"\(text)\""
            }
        }
        let required = groups.map { $0.map(text).joined(separator: " OR ") }
        return (required + excluded.map { "-" + text($0) } + tags.map { "#" + $0 }).joined(separator: " ")
    }
}
