import Foundation
import JournalCore

/// A failure to store what was just written in the editor, with the writing kept safe.
///
/// By the time the journal refuses it (a journal busy for too long, a full disk, a folder that
/// cannot be created), the editor has closed and its draft is gone: the writing is kept in a
/// private file, and the message gives the command that takes it back.
struct UnstoredWriting: JournalFailure {
    let failure: any JournalFailure
    /// Where the writing is kept; nil when no file could be written either.
    let keptAt: String?
    /// The command that takes it back, for the kept file.
    let command: String?

    /// Keeps `document` in a new file named `name`-date-time.`fileExtension`; `restore` gives
    /// the arguments of journal that take a file back. `text` is printed when no file can be
    /// written.
    init(
        keeping document: String, as name: String, fileExtension: String, text: String,
        restore: (_ quotedPath: String) -> String, failure: any JournalFailure, options: JournalOptions
    ) {
        self.failure = failure
        keptAt = Self.keep(document, as: "\(name)-\(Self.timeStamp())", fileExtension: fileExtension, besideJournalAt: options.resolvedPath)
        let database = options.databasePath.map { " --db " + Self.shellQuoted($0) } ?? ""
        command = keptAt.map { "journal\(database) " + restore(Self.shellQuoted($0)) }
        if keptAt == nil {
            // Nowhere to keep it, most likely a full disk: the terminal is the last place left.
            Terminal.writeDocument(text + "\n")
        }
    }

    /// A new entry, kept as a journal export of its own, with its mood, feelings, tags and time.
    init(_ entry: NewEntry, now: Date, failure: any JournalFailure, options: JournalOptions) {
        self.init(
            keeping: (try? entry.exportDocument(now: now)) ?? "", as: "unsaved-entry", fileExtension: "json",
            text: entry.text, restore: { "import \($0) --from json" }, failure: failure, options: options)
    }

    /// The new text of entry `id`.
    init(text: String, ofEntry id: Int64, failure: any JournalFailure, options: JournalOptions) {
        self.init(
            keeping: text, as: "unsaved-text-of-entry-\(id)", fileExtension: "txt", text: text,
            restore: { "edit \(id) < \($0)" }, failure: failure, options: options)
    }

    /// A new version of the support plan.
    init(plan text: String, failure: any JournalFailure, options: JournalOptions) {
        self.init(
            keeping: text, as: "unsaved-plan", fileExtension: "txt", text: text,
            restore: { "plan edit < \($0)" }, failure: failure, options: options)
    }

    var problem: String { failure.problem }

    var advice: String {
        guard let keptAt, let command else {
            return "\(failure.advice); what you wrote could not be kept in a file either, so it is printed above: copy it somewhere safe"
        }
        return "\(failure.advice); what you wrote is kept in \(keptAt), and \(command) takes it back"
    }

    private static func timeStamp() -> String {
        let now = Date()
        let time = Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)).localTime
        return time.isoDay + String(format: "-%02d%02d%02d", time.hour, time.minute, time.second)
    }

    /// Writes `document` to a new 0600 file in the journal's folder, else in the home folder,
    /// never over an earlier one. Returns its path.
    private static func keep(_ document: String, as name: String, fileExtension: String, besideJournalAt journalPath: String) -> String? {
        guard !document.isEmpty else { return nil }
        let folders = [URL(fileURLWithPath: journalPath).deletingLastPathComponent().path, Environment.homeDirectory]
        for folder in folders where !folder.isEmpty {
            for attempt in 1...9 {
                let path = "\(folder)/\(name)\(attempt == 1 ? "" : "-\(attempt)").\(fileExtension)"
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
