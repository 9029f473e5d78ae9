import Foundation
import JournalCore

/// Writing in the editor, from opening it to storing what was written, with nothing lost on the
/// way.
enum EditorWriting {
    /// Opens the editor on `initialText` and hands what was saved to `store`; `purpose` ends
    /// "to store …" (see `Editor.edit`). From the moment the editor opens, Ctrl-C, a closed
    /// terminal and a polite kill do not end journal before the writing is stored or kept.
    ///
    /// When the editor does not close normally after something was written, or `store` throws,
    /// what was written is kept as `draft(text)` and the failure says where (`UnstoredWriting`).
    /// Writing that is empty, or as it started, is not kept.
    static func write<Result>(
        startingFrom initialText: String, toStore purpose: String, options: JournalOptions,
        draft: (String) -> Draft, store: (String) throws -> Result
    ) throws -> Result {
        let text: String
        do {
            text = try Editor.edit(initialText, toStore: purpose)
        } catch let failure as EditorFailure {
            guard let writing = failure.writing else { throw failure }
            throw UnstoredWriting(draft(writing), failure: failure, options: options)
        }
        do {
            return try store(text)
        } catch let failure as JournalFailure where text != initialText && !text.isBlank {
            throw UnstoredWriting(draft(text), failure: failure, options: options)
        }
    }
}

/// A failure to store what was just written in the editor, with the writing kept as a draft.
///
/// By the time it fails (the editor stopped with an error, the journal busy for too long, a
/// full disk, a folder that cannot be created), the editor has closed and its file is gone: the
/// writing is kept in a private file (see `DraftFolder`), and the message gives the command that
/// stores it and removes the file. `journal drafts` lists what is kept.
struct UnstoredWriting: JournalFailure {
    let failure: any JournalFailure
    /// Where the writing is kept; nil when no file could be written either.
    let keptAt: String?
    /// The command that stores it, for the kept file.
    let command: String?

    init(_ draft: Draft, failure: any JournalFailure, options: JournalOptions) {
        self.failure = failure
        let now = Date()
        keptAt = DraftFolder.ofThisUser.keep(draft, at: Moment(now, utcOffsetSeconds: LocalClock.utcOffset(at: now)))
        command = keptAt.map { options.commandLine(draft.storeArguments(path: $0)) }
        if keptAt == nil {
            // Nowhere to keep it, most likely a full disk: the terminal is the last place left.
            Terminal.writeDocument(draft.text + "\n")
        }
    }

    var problem: String { failure.problem }

    var advice: String {
        guard let keptAt, let command else {
            return "\(failure.advice); what you wrote could not be kept in a file either, so it is printed above: copy it somewhere safe"
        }
        // The editor's advice (which editor to set) matters less than where the writing is.
        let before = failure is EditorFailure ? "" : failure.advice + "; "
        return before + "what you wrote is kept in \(keptAt), and \(command) stores it"
    }
}

extension DraftFolder {
    /// This person's drafts, wherever their journal is.
    static var ofThisUser: DraftFolder {
        DraftFolder(dataHome: Environment["XDG_DATA_HOME"], home: Environment.homeDirectory)
    }
}

extension JournalOptions {
    /// `journal ARGUMENTS` as a person types it in a shell, with `--db` when one was given (as
    /// an absolute path, so that it works from any folder).
    func commandLine(_ arguments: [String]) -> String {
        let database = databasePath == nil ? [] : ["--db", URL(fileURLWithPath: resolvedPath).path]
        return (["journal"] + database + arguments).map(ShellWords.quoted).joined(separator: " ")
    }
}

extension KeptDraft {
    /// The draft kept at `path` when `taking` accepts it; else refuses it, naming the command
    /// that stores it.
    static func read<Taken>(_ path: String, options: JournalOptions, taking: (Draft) -> Taken?) throws -> (KeptDraft, Taken) {
        let kept = try DraftFolder.read(path)
        guard let taken = taking(kept.draft) else {
            throw DraftError.forSomethingElse(
                path: path, purpose: kept.draft.purpose, command: options.commandLine(kept.draft.storeArguments(path: path)))
        }
        return (kept, taken)
    }

    /// Once it is stored, its file goes, so that it is stored only once.
    func remove() {
        DraftFolder.remove(self)
    }

    /// Runs `body`, which brings this draft back in the editor; when what was written there is
    /// kept as a new draft, this one goes, so that only the latest writing waits to be stored.
    func replacedIfKeptAgain<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let unstored as UnstoredWriting where unstored.keptAt != nil {
            remove()
            throw unstored
        }
    }
}
