import ArgumentParser
import GRDB

/// A bare search command: every word as a prefix, the best 20 matches by bm25 with a snippet
/// each, printed. What `journal search` adds to this is its own work (filters, the newest
/// 1,000 ranked, tags and feelings, the layout).
@main
struct CommandSearch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "command-search")

    @Option(help: "The journal file.") var db: String
    @Argument(help: "Words to find.") var words: [String]

    func run() throws {
        let queue = try DatabaseQueue(path: db)
        let match = words.map { "\"\($0)\"*" }.joined(separator: " AND ")
        let rows = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT entry.id, entry.date, snippet(entryFTS, 0, '**', '**', '…', 14)
                    FROM entryFTS JOIN entry ON entry.id = entryFTS.rowid
                    WHERE entryFTS MATCH ? ORDER BY bm25(entryFTS) LIMIT 20
                    """,
                arguments: [match])
        }
        for row in rows {
            let id: Int64 = row[0]
            let snippet: String = row[2]
            print("#\(id)  \(snippet)")
        }
        try queue.close()
    }
}
