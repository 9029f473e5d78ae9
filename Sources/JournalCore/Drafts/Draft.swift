import Foundation

/// Writing that could not be stored when it was written (the editor stopped with an error or
/// was stopped, the journal was busy or full), kept in a file so that nothing written is lost:
/// what was written, and what it was for.
public enum Draft: Equatable, Sendable {
    /// A new entry: its text and everything given with it (tags as given, without those of the
    /// text).
    case newEntry(NewEntry)
    /// The new text of an existing entry.
    case newText(String, ofEntry: Int64)
    /// A new version of the support plan.
    case plan(String)
    /// A new worksheet: its form as written, and what was given with it.
    case newWorksheet(NewWorksheetDraft)
    /// The changed form of an existing worksheet.
    case worksheetForm(String, ofWorksheet: Int64)
    /// A new message kept for the session: its text and mood.
    case newMessage(NewMessage)
    /// The new text of an existing message.
    case messageText(String, ofMessage: Int64)

    /// What was written, exactly as the editor left it.
    public var text: String {
        switch self {
        case .newEntry(let entry): entry.text
        case .newText(let text, _), .plan(let text), .worksheetForm(let text, _), .messageText(let text, _): text
        case .newWorksheet(let worksheet): worksheet.form
        case .newMessage(let message): message.text
        }
    }

    /// The arguments of `journal` that store the draft kept at `path`, and remove it.
    public func storeArguments(path: String) -> [String] {
        switch self {
        case .newEntry: ["add", "--from-draft", path]
        case .newText(_, let id): ["edit", String(id), "--from-draft", path]
        case .plan: ["plan", "edit", "--from-draft", path]
        case .newWorksheet(let worksheet): ["worksheet", "add", worksheet.kind.rawValue, "--from-draft", path]
        case .worksheetForm(_, let id): ["worksheet", "edit", String(id), "--from-draft", path]
        case .newMessage: ["message", "--from-draft", path]
        case .messageText(_, let id): ["edit", "--message", String(id), "--from-draft", path]
        }
    }

    /// What it is for, in words: `a new entry`, `new text for entry 12`, `your plan`.
    public var purpose: String {
        switch self {
        case .newEntry: "a new entry"
        case .newText(_, let id): "new text for entry \(id)"
        case .plan: "your plan"
        case .newWorksheet(let worksheet): "a new \(worksheet.kind.name)"
        case .worksheetForm(_, let id): "a changed form of worksheet \(id)"
        case .newMessage: "a new message"
        case .messageText(_, let id): "new text for message \(id)"
        }
    }

    /// The start of a file's name: what the draft is for.
    var fileNamePrefix: String {
        switch self {
        case .newEntry: "entry"
        case .newText(_, let id): "text-of-entry-\(id)"
        case .plan: "plan"
        case .newWorksheet(let worksheet): "worksheet-\(worksheet.kind.rawValue)"
        case .worksheetForm(_, let id): "form-of-worksheet-\(id)"
        case .newMessage: "message"
        case .messageText(_, let id): "text-of-message-\(id)"
        }
    }
}

/// A worksheet form written in the editor, or answered on a terminal, that could not be stored.
public struct NewWorksheetDraft: Equatable, Sendable {
    public var kind: WorksheetKind
    /// The filled-in form, as `WorksheetForm` writes it.
    public var form: String
    /// `--date`, when it was given.
    public var date: Moment?
    public var isFlagged: Bool
    public var isPrivate: Bool

    public init(kind: WorksheetKind, form: String, date: Moment?, isFlagged: Bool, isPrivate: Bool) {
        self.kind = kind
        self.form = form
        self.date = date
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
    }
}

/// A draft in its file.
public struct KeptDraft: Equatable, Sendable {
    public var path: String
    public var draft: Draft
    /// When it was kept, on the writer's clock.
    public var kept: Moment
}

/// Why a draft could not be read or stored. A draft's text is never quoted.
public enum DraftError: JournalFailure, Equatable {
    case unreadable(String)
    case notADraft(String)
    case writtenByNewerVersion(String)
    /// The draft is for something else than the command that was given: its command is given.
    case forSomethingElse(path: String, purpose: String, command: String)

    public var problem: String {
        switch self {
        case .unreadable(let path): "cannot read the draft \(path)"
        case .notADraft(let path): "\(path) is not a draft kept by journal, so nothing was stored"
        case .writtenByNewerVersion(let path): "the draft \(path) was kept by a newer version of journal, which this one cannot read"
        case .forSomethingElse(let path, let purpose, _): "the draft \(path) is \(purpose), so nothing was stored"
        }
    }

    public var advice: String {
        switch self {
        case .unreadable, .notADraft: "journal drafts lists the kept drafts, each with the command that stores it"
        case .writtenByNewerVersion: "install the newer version of journal to store it"
        case .forSomethingElse(_, _, let command): "\(command) stores it"
        }
    }
}

/// Words for a POSIX shell.
public enum ShellWords {
    /// `word` as one word a shell reads back as it is: quoted when it holds anything but
    /// letters, digits and `/._-+:`.
    public static func quoted(_ word: String) -> String {
        !word.isEmpty && word.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+:".contains($0) })
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
