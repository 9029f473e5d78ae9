import Foundation
import GRDB

/// What `journal check` verifies of the pictures: that each still has its original and its
/// print copy, and that the original's bytes still have the checksum they were stored with.
enum PictureCheck {
    /// Problems in plain words, naming each picture by its entry and number; empty when all are
    /// whole. Reads one original at a time.
    static func problems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT attachment.entryId, attachment.number, attachment.checksum, original.bytes,
                    copy.attachmentId IS NOT NULL
                FROM attachment
                LEFT JOIN attachmentOriginal AS original ON original.attachmentId = attachment.id
                LEFT JOIN attachmentCopy AS copy ON copy.attachmentId = attachment.id
                ORDER BY attachment.entryId, attachment.number
                """)
        while let row = try rows.next() {
            let picture = "picture \(row[1] as Int) of entry \(row[0] as Int64)"
            if let original = row[3] as Data? {
                if Checksum.sha256(original) != row[2] as Data { problems.append("\(picture) is not the file it was (its checksum differs)") }
            } else {
                problems.append("\(picture) has lost its file")
            }
            if !(row[4] as Bool) { problems.append("\(picture) has lost its copy for the digest") }
        }
        return problems
    }

    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment") ?? 0
    }
}
