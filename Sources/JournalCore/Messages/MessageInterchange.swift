import Foundation
import GRDB

/// A message as the journal's own export holds it, before it is checked and stored.
public struct ImportedMessage: Equatable, Sendable {
    public var moment: Moment
    public var text: String
    public var mood: Int?
    public var isPrivate: Bool
    public var location: ImportLocation

    public init(moment: Moment, text: String, mood: Int?, isPrivate: Bool, location: ImportLocation) {
        self.moment = moment
        self.text = text
        self.mood = mood
        self.isPrivate = isPrivate
        self.location = location
    }
}

extension JournalExportReader {
    /// `{"id": 4, "date": "…", "mood": 3, "text": "…", "private": false}`: only `date` and
    /// `text` must be there; the id is passed over, as an entry's.
    static func message(_ record: JSONRecord) throws(ImportError) -> ImportedMessage {
        ImportedMessage(
            moment: try record.requiredMoment("date"), text: try record.requiredText("text"), mood: try record.mood("mood"),
            isPrivate: try record.flag("private"), location: record.place.location)
    }
}

extension JournalStore {
    /// The messages in the export's range, in the order they were written (so that an import
    /// into an empty journal gives them the same ids), through the request's privacy; returns
    /// how many private ones were left out.
    func writeMessages(of request: ExportRequest, to writer: inout any ExportWriter, _ db: Database) throws -> Int {
        let privacy = Privacy(includingPrivate: request.includesPrivate)
        var leftOut = 0
        for message in try Self.messages(MessageFilter(since: request.since, until: request.until), db) {
            guard privacy.shows(message) else {
                leftOut += 1
                continue
            }
            try writer.write(MessageRendering.json(message))
        }
        return leftOut
    }

    /// Checks and stores an imported message, unless one with the same time and text is there
    /// already; returns whether it was stored. A message that would be refused on the command
    /// line stops the import, naming its place.
    static func importMessage(_ imported: ImportedMessage, file: String, now: Date, _ db: Database) throws -> Bool {
        let message: NewMessage
        do {
            message = try NewMessage(text: imported.text, mood: imported.mood, moment: imported.moment, isPrivate: imported.isPrivate)
                .validated(now: now)
        } catch {
            let reason = switch error {
            case .empty: "a message is empty"
            case .inFuture: "a message is dated in the future"
            case .moodOutOfRange, .notFound: error.problem
            }
            throw ImportError(file: file, location: imported.location, reason: reason)
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM message WHERE date = ? AND text = \(ExactText.placeholder)",
            arguments: [StoredTime.seconds(message.moment.date), ExactText.argument(message.text)]) != nil
        if exists { return false }
        _ = try insertMessage(message, db)
        return true
    }
}
