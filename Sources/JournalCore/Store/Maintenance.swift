import Foundation
import GRDB

/// What `journal check` found.
public struct CheckReport: Equatable, Sendable {
    public var entryCount: Int
    public var sessionCount: Int
    public var topicCount: Int
    public var pictureCount: Int
    /// Whether the journal is encrypted (SQLCipher), rather than plain SQLite.
    public var isEncrypted: Bool
    /// Problems in plain words; empty when the journal is healthy.
    public var problems: [String]

    public var isHealthy: Bool { problems.isEmpty }
}

public enum BackupError: JournalFailure, Equatable {
    case destinationExists(String)

    public var problem: String {
        switch self {
        case .destinationExists(let path): "\(path) already exists, and a backup never overwrites a file"
        }
    }

    public var advice: String { "give a new file name, like journal-backup-2026-11-29.sqlite" }
}

extension JournalStore {
    /// Copies the journal to a new file at `destination` through SQLite's online backup, which
    /// gives a consistent copy even while another command writes. The copy is 0600 and appears
    /// whole or not at all. The copy of an encrypted journal is encrypted with the same key (and
    /// salt): it opens with the same passphrase, and while the journal is unlocked.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw BackupError.destinationExists(destination)
        }
        let temporaryPath = try PrivateFile.temporaryPath(beside: destination)
        let descriptor = PrivateFile.createExclusively(temporaryPath)
        guard descriptor >= 0 else { throw PrivateFileError.cannotWrite(destination) }
        close(descriptor)
        defer { unlink(temporaryPath) }
        try StoreError.translating(path: destination) {
            let copy = try DatabaseQueue(path: temporaryPath, configuration: Self.configuration(key: key))
            try dbWriter.backup(to: copy)
            try copy.close()
        }
        // Never a plain copy of an encrypted journal, whatever happened on the way.
        guard try JournalFileKind.of(fileAtPath: temporaryPath) == (isEncrypted ? .encrypted : .plain) else {
            throw PrivateFileError.cannotWrite(destination)
        }
        // A last check, so that a backup made in between is not overwritten either.
        guard link(temporaryPath, destination) == 0 else {
            throw errno == EEXIST ? BackupError.destinationExists(destination) : PrivateFileError.cannotWrite(destination)
        }
    }

    /// Runs SQLite's integrity check, the foreign key check, the search indexes' own checks, and
    /// checks that every picture is whole (`PictureCheck`); for an encrypted journal, SQLCipher's
    /// check of every page's authentication code too.
    public func check() throws -> CheckReport {
        try write { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                problems.append("the file is damaged (SQLite found \(integrity.count) problem\(integrity.count == 1 ? "" : "s"))")
            }
            if isEncrypted {
                let pages = try String.fetchAll(db, sql: "PRAGMA cipher_integrity_check")
                if !pages.isEmpty {
                    problems.append(
                        "\(pages.count) encrypted page\(pages.count == 1 ? " does" : "s do") not match \(pages.count == 1 ? "its" : "their") "
                            + "authentication code (damaged or changed on the disk)")
                }
            }
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                problems.append(
                    "some rows point to others that no longer exist (tags, feelings, pictures, check-in answers or worksheet fields)")
            }
            for (index, records) in [("entryFTS", "entries"), ("worksheetFTS", "worksheets"), ("messageFTS", "messages")] {
                do {
                    try db.execute(sql: "INSERT INTO \(index)(\(index), rank) VALUES ('integrity-check', 1)")
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                    problems.append("the search index does not match the \(records)")
                }
            }
            problems += try PictureCheck.problems(db)
            return CheckReport(
                entryCount: try Entry.fetchCount(db), sessionCount: try Session.fetchCount(db),
                topicCount: try Topic.fetchCount(db), pictureCount: try PictureCheck.count(db), isEncrypted: isEncrypted,
                problems: problems)
        }
    }
}
