import Foundation
import JournalCore

/// A failure to store what was just written in the editor, with the writing kept safe.
///
/// By the time the journal refuses it (a journal busy for too long, a full disk, a folder that
/// cannot be created), the editor has closed and its draft is gone: the entry is kept in a
/// private file that `journal import` takes back, and the message says where.
struct UnstoredEntry: JournalFailure {
    let failure: any JournalFailure
    /// Where the entry is kept; nil when no file could be written either.
    let keptAt: String?
    /// The `--db` the writer gave, which the command that adds the kept entry needs too.
    let databasePath: String?

    init(_ entry: NewEntry, now: Date, failure: any JournalFailure, options: JournalOptions) {
        self.failure = failure
        databasePath = options.databasePath
        let document = try? entry.exportDocument(now: now)
        keptAt = document.flatMap { Self.keep($0, besideJournalAt: options.resolvedPath, now: now) }
        if keptAt == nil {
            // Nowhere to keep it, most likely a full disk: the terminal is the last place left.
            Terminal.writeDocument(entry.text + "\n")
        }
    }

    var problem: String { failure.problem }

    var advice: String {
        guard let keptAt else {
            return "\(failure.advice); what you wrote could not be kept in a file either, so it is printed above: copy it somewhere safe"
        }
        let database = databasePath.map { " --db " + Self.shellQuoted($0) } ?? ""
        return "\(failure.advice); what you wrote is kept in \(keptAt), and journal\(database) import \(Self.shellQuoted(keptAt)) --from json adds it"
    }

    /// Writes `document` to a new 0600 file in the journal's folder, else in the home folder,
    /// never over an earlier one. Returns its path.
    private static func keep(_ document: String, besideJournalAt journalPath: String, now: Date) -> String? {
        let time = LocalTime(now, utcOffsetSeconds: LocalTime.systemUTCOffset(at: now))
        let stamp = String(format: "%04d-%02d-%02d-%02d%02d%02d", time.year, time.month, time.day, time.hour, time.minute, time.second)
        let folders = [URL(fileURLWithPath: journalPath).deletingLastPathComponent().path, Environment["HOME"] ?? ""]
        for folder in folders where !folder.isEmpty {
            for attempt in 1...9 {
                let path = "\(folder)/unsaved-entry-\(stamp)\(attempt == 1 ? "" : "-\(attempt)").json"
                guard !FileManager.default.fileExists(atPath: path) else { continue }
                if (try? PrivateFile.write(document, toPath: path)) != nil { return path }
                break
            }
        }
        return nil
    }

    private static func shellQuoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:".contains($0) }
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
