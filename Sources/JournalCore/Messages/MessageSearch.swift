import Foundation
import GRDB

/// One message found by `journal search`, with why it matched.
public struct MessageHit: Equatable, Sendable {
    public var message: Message
    /// A passage of its text with the matches between `SearchHit.highlightStart` and
    /// `SearchHit.highlightEnd`, as an entry's snippet.
    public var snippet: String
    /// How well it matches, higher is better (FTS5's bm25, negated).
    public var score: Double
}

extension JournalStore {
    /// Messages whose text matches the request's words, best match (or newest) first, filtered
    /// by date, mood and privacy as entries are. The index (`messageFTS`) cuts words with the
    /// entries' tokenizer, so a query finds the same words in both. Messages have no tags,
    /// feelings or flag: a request filtering on them finds none, and so does one without words
    /// to match.
    public func searchMessages(_ request: SearchRequest) throws -> [MessageHit] {
        guard let match = request.query?.matchExpression, request.query?.tags.isEmpty ?? true, request.tags.isEmpty,
            request.feelings.isEmpty, !request.onlyFlagged
        else { return [] }
        do {
            return try read { db in try Self.messageHits(match, request, db) }
        } catch let error as StoreError {
            if case .unexpected = error, let query = request.query { throw SearchQueryError.notUnderstood(query.description) }
            throw error
        }
    }

    private static func messageHits(_ match: String, _ request: SearchRequest, _ db: Database) throws -> [MessageHit] {
        var conditions = ["messageFTS MATCH ?"]
        var arguments: StatementArguments = [match]
        if let since = request.since {
            conditions.append("message.date >= ?")
            arguments += [StoredTime.bound(since)]
        }
        if let until = request.until {
            conditions.append("message.date < ?")
            arguments += [StoredTime.bound(until)]
        }
        if let moodBelow = request.moodBelow {
            conditions.append("message.mood < ?")
            arguments += [moodBelow]
        }
        if let moodAbove = request.moodAbove {
            conditions.append("message.mood > ?")
            arguments += [moodAbove]
        }
        if let condition = request.privacy.messageSQLCondition { conditions.append(condition) }
        let order = request.order == .relevance ? "bm25(messageFTS), message.date DESC" : "message.date DESC, message.id DESC"
        let marks = [String(SearchHit.highlightStart), String(SearchHit.highlightEnd)]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT message.id, -bm25(messageFTS), highlight(messageFTS, 0, ?, ?)
                FROM messageFTS JOIN message ON message.id = messageFTS.rowid
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY \(order) \(request.limit.map { "LIMIT \($0)" } ?? "")
                """,
            arguments: StatementArguments(marks) + arguments)
        let snippet = Snippet(tokenizer: try SearchTokenizer(db: db, arguments: SearchTokenizer.indexArguments))
        return try rows.map { row in
            let message = try message(id: row[0], db)
            let passage = snippet.passage(of: message.text, highlighted: row[2] ?? "") ?? message.text
            return MessageHit(
                message: message, snippet: passage.split(whereSeparator: \.isNewline).joined(separator: " "),
                score: ((row[1] as Double) * 1000).rounded() / 1000)
        }
    }
}
