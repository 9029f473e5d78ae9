import Foundation
import GRDB

/// One worksheet found by `journal search`, with why it matched.
public struct WorksheetHit: Equatable, Sendable {
    public var worksheet: Worksheet
    /// A passage of its words with the matches between `SearchHit.highlightStart` and
    /// `SearchHit.highlightEnd`, as an entry's snippet.
    public var snippet: String
    /// How well it matches, higher is better (FTS5's bm25, negated).
    public var score: Double
}

extension JournalStore {
    /// Worksheets whose words (texts, names of moods and urges, thoughts, skills) match the
    /// request's words, best match (or newest) first, filtered by date, flag and privacy as
    /// entries are. The index (`worksheetFTS`) cuts words with the entries' tokenizer, so a
    /// query finds the same words in both. Worksheets have no mood, tags or feelings: a request
    /// filtering on them finds none, and so does one without words to match.
    public func searchWorksheets(_ request: SearchRequest) throws -> [WorksheetHit] {
        guard let match = request.query?.matchExpression, request.query?.tags.isEmpty ?? true, request.tags.isEmpty,
            request.feelings.isEmpty, request.moodBelow == nil, request.moodAbove == nil
        else { return [] }
        do {
            return try read { db in try Self.worksheetHits(match, request, db) }
        } catch let error as StoreError {
            if case .unexpected = error, let query = request.query { throw SearchQueryError.notUnderstood(query.description) }
            throw error
        }
    }

    private static func worksheetHits(_ match: String, _ request: SearchRequest, _ db: Database) throws -> [WorksheetHit] {
        let filter = WorksheetFilter(
            since: request.since, until: request.until, onlyFlagged: request.onlyFlagged, privacy: request.privacy)
        let (conditions, arguments) = filter.sql()
        let order = request.order == .relevance ? "bm25(worksheetFTS), worksheet.date DESC" : "worksheet.date DESC, worksheet.id DESC"
        let marks = [String(SearchHit.highlightStart), String(SearchHit.highlightEnd)]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT worksheet.id, -bm25(worksheetFTS), highlight(worksheetFTS, 0, ?, ?), CAST(worksheet.words AS BLOB)
                FROM worksheetFTS JOIN worksheet ON worksheet.id = worksheetFTS.rowid
                WHERE worksheetFTS MATCH ? AND \(conditions)
                ORDER BY \(order) \(request.limit.map { "LIMIT \($0)" } ?? "")
                """,
            arguments: StatementArguments(marks) + [match] + arguments)
        let worksheets = Dictionary(
            uniqueKeysWithValues: try Self.worksheets(ids: rows.map { $0[0] }, db).map { ($0.id, $0) })
        let snippet = Snippet(tokenizer: try SearchTokenizer(db: db, arguments: SearchTokenizer.indexArguments))
        return rows.compactMap { row in
            guard let worksheet = worksheets[row[0]] else { return nil }
            let words = ExactText.string(row[3])
            let passage = snippet.passage(of: words, highlighted: row[2] ?? "") ?? words
            return WorksheetHit(
                worksheet: worksheet, snippet: passage.split(whereSeparator: \.isNewline).joined(separator: " · "),
                score: ((row[1] as Double) * 1000).rounded() / 1000)
        }
    }
}
