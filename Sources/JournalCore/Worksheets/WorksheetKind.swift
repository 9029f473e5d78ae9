/// The worksheets of CBT and DBT a therapist most often asks a client to fill in between
/// sessions. Each kind's fields are defined once, in its own file (`ThoughtRecord`,
/// `ActivityLog`, `SleepDiary`, `ExposureLog`, `DiaryCard`), and everything else goes by them.
public enum WorksheetKind: String, CaseIterable, Sendable {
    case thoughtRecord = "thought-record"
    case activity
    case sleep
    case exposure
    case diaryCard = "diary-card"

    /// One of them, in a sentence: `thought record`.
    public var name: String {
        switch self {
        case .thoughtRecord: "thought record"
        case .activity: "activity"
        case .sleep: "sleep diary"
        case .exposure: "exposure"
        case .diaryCard: "diary card"
        }
    }

    /// More than one: `thought records`.
    public var pluralName: String {
        switch self {
        case .thoughtRecord: "thought records"
        case .activity: "activities"
        case .sleep: "sleep diaries"
        case .exposure: "exposures"
        case .diaryCard: "diary cards"
        }
    }

    /// As a heading: `Thought record`.
    public var title: String { name.prefix(1).uppercased() + name.dropFirst() }

    /// What it is and where it comes from, for the form and the command's help.
    public var about: String {
        switch self {
        case .thoughtRecord: ThoughtRecord.about
        case .activity: ActivityLog.about
        case .sleep: SleepDiary.about
        case .exposure: ExposureLog.about
        case .diaryCard: DiaryCard.about
        }
    }

    /// The fields, in the order the form shows them and the terminal asks them.
    public var fields: [WorksheetField] {
        switch self {
        case .thoughtRecord: ThoughtRecord.fields
        case .activity: ActivityLog.fields
        case .sleep: SleepDiary.fields
        case .exposure: ExposureLog.fields
        case .diaryCard: DiaryCard.fields
        }
    }

    /// The field with this key, or this title in any case (as a form's heading names it).
    public func field(named name: String) -> WorksheetField? {
        let wanted = name.lowercased()
        return fields.first { $0.key.lowercased() == wanted || $0.title.lowercased() == wanted }
    }

    /// The rules that tie fields together (a night's times in order, one hot thought), checked
    /// once every field is read. Throws naming the field to correct.
    func checkTogether(_ values: WorksheetValues) throws(WorksheetError) {
        switch self {
        case .thoughtRecord: try ThoughtRecord.checkTogether(values)
        case .sleep: try SleepDiary.checkTogether(values)
        case .activity, .exposure, .diaryCard: break
        }
    }

    /// The field that dates the worksheet, when the kind has one of type `when`.
    var whenField: WorksheetField? { fields.first { $0.type == .when } }

    /// The kind named as typed: `thought-record`, or its name with a space.
    public init(typed: String) throws(WorksheetError) {
        let wanted = typed.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
        guard let kind = Self.allCases.first(where: { $0.rawValue == wanted }) else { throw .unknownKind(typed) }
        self = kind
    }

    /// `thought-record, activity, sleep, exposure and diary-card`
    public static var listed: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
