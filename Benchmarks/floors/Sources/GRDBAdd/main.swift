import Foundation
import GRDB

// `journal add --mood 5 --tag bench TEXT` with nothing but GRDB: open the journal at the path
// given, the two INSERTs of an entry and its tag in one transaction, close. Closing checkpoints
// the WAL into the file, as the sqlite3 shell and journal do when they end.
let queue = try DatabaseQueue(path: CommandLine.arguments[1])
try queue.write { db in
    try db.execute(
        sql: "INSERT INTO entry (date, utcOffset, mood, text) VALUES (?, 3600, 5, 'Benchmark entry about the day')",
        arguments: [Int(Date().timeIntervalSince1970)])
    try db.execute(sql: "INSERT INTO entryTag (entryId, name) VALUES (?, 'bench')", arguments: [db.lastInsertedRowID])
}
try queue.close()
