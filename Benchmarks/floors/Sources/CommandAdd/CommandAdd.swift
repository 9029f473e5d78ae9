import ArgumentParser
import Foundation
import GRDB

/// GRDBAdd behind one ArgumentParser command with the options `journal add` is timed with.
@main
struct CommandAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "command-add")

    @Option(help: "The journal file.") var db: String
    @Option(help: "A mood from 0 to 10.") var mood: Int
    @Option(help: "A tag.") var tag: String
    @Argument(help: "The entry's text.") var words: [String]

    func run() throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO entry (date, utcOffset, mood, text) VALUES (?, 3600, ?, ?)",
                arguments: [Int(Date().timeIntervalSince1970), mood, words.joined(separator: " ")])
            try db.execute(sql: "INSERT INTO entryTag (entryId, name) VALUES (?, ?)", arguments: [db.lastInsertedRowID, tag])
        }
        try queue.close()
        print("Added entry")
    }
}
