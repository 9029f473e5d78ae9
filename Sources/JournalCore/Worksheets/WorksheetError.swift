/// Why a worksheet cannot be stored, or found. Each names the field (and the line of a list) to
/// correct and what it takes, never what was written there: that is the writer's own, and
/// messages end up in scroll-back.
public enum WorksheetError: JournalFailure, Equatable {
    case unknownKind(String)
    case missing(WorksheetKind, WorksheetField)
    /// Not in the shape the field takes: a word where a number goes, a time that is no time.
    case unreadable(WorksheetKind, WorksheetField, line: Int?)
    case outOfRange(WorksheetKind, WorksheetField, line: Int?)
    /// A name of a mood, urge or skill that is empty, too long or holds control characters.
    case badName(WorksheetKind, WorksheetField, line: Int)
    /// The worksheet's date (field nil, or its `when` field), or a time of it, lies ahead.
    case inFuture(WorksheetKind, WorksheetField?)
    case date(WorksheetKind, WorksheetField, DateExpressionError)
    /// A time of day the clocks skipped that day, going forward.
    case skippedTime(WorksheetKind, WorksheetField, day: Day, from: String, to: String)
    /// No thought, or more than one, marked as the hot thought.
    case hotThought(WorksheetKind, WorksheetField, marked: Int)
    /// The first field is given without the second, which it is about.
    case needs(WorksheetKind, WorksheetField, WorksheetField)
    /// The first time comes before the second.
    case comesBefore(WorksheetKind, WorksheetField, WorksheetField)
    case moreThanADayAfter(WorksheetKind, WorksheetField, WorksheetField)
    /// A sleep diary's minutes to fall asleep and awake add up to more than the night's window.
    case sleepWindowExceeded(WorksheetField, window: Int)
    case textBeforeHeadings(WorksheetKind, line: Int)
    case unknownHeading(WorksheetKind, line: Int)
    case repeatedHeading(WorksheetKind, WorksheetField, line: Int)
    /// Standard input held no form at all.
    case emptyForm(WorksheetKind)
    /// The form came back from the editor as it went in.
    case unchangedForm(WorksheetKind)
    /// Input ended before the last question was answered.
    case interrupted(WorksheetKind)
    case anotherCardThatDay(Day, id: Int64)
    case notFound(Int64)

    /// The field to correct; nil when the fault is not in one field.
    public var field: WorksheetField? {
        switch self {
        case .missing(_, let field), .unreadable(_, let field, _), .outOfRange(_, let field, _), .badName(_, let field, _),
            .date(_, let field, _), .skippedTime(_, let field, _, _, _), .hotThought(_, let field, _), .needs(_, let field, _),
            .comesBefore(_, let field, _), .moreThanADayAfter(_, let field, _), .sleepWindowExceeded(let field, _),
            .repeatedHeading(_, let field, _):
            field
        case .inFuture(let kind, let field):
            field ?? kind.whenField
        case .anotherCardThatDay:
            DiaryCard.day
        case .unknownKind, .textBeforeHeadings, .unknownHeading, .emptyForm, .unchangedForm, .interrupted, .notFound:
            nil
        }
    }

    /// What is wrong with the field, as a terminal says it before asking again.
    public var detail: String {
        switch self {
        case .unknownKind(let typed):
            "there is no kind of worksheet called \"\(typed.prefix(30))\""
        case .missing(let kind, let field):
            "\(field.title) is empty, and the \(kind.name) needs it"
        case .unreadable(_, let field, let line):
            "\(Self.place(field, line)) is not \(field.expected)"
        case .outOfRange(_, let field, let line):
            "\(Self.place(field, line)) is out of range: it takes \(field.expected)"
        case .badName(_, let field, let line):
            "\(Self.place(field, line)) has a name that is empty, longer than \(NewWorksheet.maximumNameLength) characters, or holds control characters"
        case .inFuture(_, let field):
            field.map { "\($0.title) is in the future, and a worksheet is about what has happened" }
                ?? "that date is in the future, and a worksheet is about what has happened"
        case .date(_, let field, let error):
            "\(field.title): \(error.problem)"
        case .skippedTime(_, let field, let day, let from, let to):
            "\(field.title) is a time the clocks skipped on \(day.readableDay): they went forward from \(from) to \(to)"
        case .hotThought(_, let field, let marked):
            marked == 0
                ? "\(field.title): none of the thoughts is marked as the hot thought"
                : "\(field.title): \(marked) thoughts are marked as the hot thought, and only one can be"
        case .needs(_, let field, let other):
            "\(field.title) is given, but \(other.title) is empty"
        case .comesBefore(_, let later, let earlier):
            "\(later.title) comes before \(earlier.title)"
        case .moreThanADayAfter(_, let later, let earlier):
            "\(later.title) is more than a day after \(earlier.title)"
        case .sleepWindowExceeded(_, let window):
            "the minutes to fall asleep and the minutes awake in the night add up to more than the \(window) "
                + "minutes from \(SleepDiary.triedToSleep.title) to \(SleepDiary.finalWaking.title)"
        case .textBeforeHeadings(_, let line):
            "line \(line) of the form comes before its first heading"
        case .unknownHeading(let kind, let line):
            "line \(line) of the form is a heading the \(kind.name) does not have"
        case .repeatedHeading(_, let field, let line):
            "line \(line) of the form repeats the heading \(field.title)"
        case .emptyForm(let kind):
            "no \(kind.name) form was given on standard input"
        case .unchangedForm(let kind):
            "the \(kind.name) form was closed as it was opened"
        case .interrupted(let kind):
            "the \(kind.name) ended before every question was answered"
        case .anotherCardThatDay(let day, let id):
            "there is already a diary card for \(day.readableDay) (worksheet \(id))"
        case .notFound(let id):
            "there is no worksheet \(id)"
        }
    }

    public var problem: String {
        switch self {
        case .notFound, .unknownKind: detail
        default: detail + ", so nothing was stored"
        }
    }

    public var advice: String {
        switch self {
        case .unknownKind:
            "the kinds are \(WorksheetKind.listed), like: journal worksheet add sleep"
        case .date(_, _, let error):
            error.advice
        case .skippedTime:
            "give the time the clock showed, after the change"
        case .missing(let kind, let field), .unreadable(let kind, let field, _), .outOfRange(let kind, let field, _),
            .badName(let kind, let field, _):
            "give \(field.title) as \(field.expected) (journal worksheet form \(kind.rawValue) shows every heading and what it takes)"
        case .inFuture(_, nil):
            "give a time that has passed, like --date \"yesterday 9pm\""
        case .inFuture(let kind, _):
            "give a time that has passed (journal worksheet form \(kind.rawValue) shows every heading and what it takes)"
        case .hotThought(_, let field, _):
            "put a * before the one thought that carries the most feeling, under \(field.title)"
        case .needs(let kind, _, _), .comesBefore(let kind, _, _), .moreThanADayAfter(let kind, _, _):
            "correct the times or fields named (journal worksheet form \(kind.rawValue) shows every heading and what it takes)"
        case .sleepWindowExceeded:
            "check the minutes and the times of the night"
        case .textBeforeHeadings(let kind, _), .unknownHeading(let kind, _), .repeatedHeading(let kind, _, _):
            "write under the headings that journal worksheet form \(kind.rawValue) prints, each once"
        case .emptyForm(let kind):
            "fill in the form and give it back: journal worksheet form \(kind.rawValue) > form.txt, then "
                + "journal worksheet add \(kind.rawValue) < form.txt (or answer the questions on a terminal)"
        case .unchangedForm(let kind):
            "write under the headings and save before closing the editor: journal worksheet add \(kind.rawValue) --edit"
        case .interrupted(let kind):
            "start again when you are ready: journal worksheet add \(kind.rawValue)"
        case .anotherCardThatDay(_, let id):
            "change that card instead: journal worksheet edit \(id)"
        case .notFound:
            "journal worksheet list shows the worksheets and their ids"
        }
    }

    /// `Quality`, or `Moods, line 2,` for a line of a list.
    private static func place(_ field: WorksheetField, _ line: Int?) -> String {
        line.map { "\(field.title), line \($0)," } ?? field.title
    }
}
