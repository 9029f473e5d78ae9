/// The journal's own export, as `journal export` writes it and `journal import --from json`
/// reads it back, declared once for both:
///
///     {"format": "journal-export", "version": 1, "entries": […], "sessions": […], "topics": […],
///      "plan": […], "checkIns": […], "worksheets": […], "messages": […], "homework": […]}
enum JournalExport {
    static let formatName = "journal-export"
    /// The version this journal writes when entries have pictures, and the newest it reads.
    static let version = 2
    /// The version of a file without pictures, which journals from before pictures read too.
    static let versionWithoutPictures = 1
}

/// The kinds of record the journal's own export lists, in the order it lists them: the writer
/// (`JournalStore.export`), the reader (`JournalExportReader`) and the import's summary go
/// through this one list.
///
/// A new kind is a case here, its list written in `JournalStore.writeList`, read in
/// `JournalExportReader.record(_:of:)`, and stored in `RecordImporter.store(_:)` as an
/// `ImportedRecord`.
public enum RecordKind: CaseIterable, Sendable {
    case entry, session, topic, planVersion, checkIn, worksheet, message, homework

    /// The key of its list in the export.
    var listKey: String {
        switch self {
        case .entry: "entries"
        case .session: "sessions"
        case .topic: "topics"
        case .planVersion: "plan"
        case .checkIn: "checkIns"
        case .worksheet: "worksheets"
        case .message: "messages"
        case .homework: "homework"
        }
    }

    /// The kind whose list has this key.
    init?(listKey: String) {
        guard let kind = Self.allCases.first(where: { $0.listKey == listKey }) else { return nil }
        self = kind
    }

    /// One of them, in messages: `plan version`.
    public var name: String {
        switch self {
        case .entry: "entry"
        case .session: "session"
        case .topic: "topic"
        case .planVersion: "plan version"
        case .checkIn: "check-in"
        case .worksheet: "worksheet"
        case .message: "message"
        case .homework: "homework item"
        }
    }

    /// More than one: `plan versions`.
    public var pluralName: String { self == .entry ? "entries" : name + "s" }
}
