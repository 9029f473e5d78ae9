import Foundation
import GRDB

/// The worksheets of a digest's period, as a therapist reviews them: one part per kind, each
/// with its figures (see each kind's file for how they are derived and where that comes from).
public struct WorksheetsOfPeriod: Equatable, Sendable {
    /// Every worksheet of the period that may be shown, oldest first.
    public var worksheets: [Worksheet]
    /// Oldest first, each with its changes.
    public var thoughtRecords: [Worksheet]
    /// Oldest first.
    public var activities: [Worksheet]
    public var activitySummary: ActivityLog.Summary?
    public var sleep: SleepDiary.Summary?
    /// One series per situation faced, in the order first faced.
    public var exposures: [ExposureLog.Series]
    public var diaryCards: DiaryCard.Grid?
    /// Private worksheets of the period that were left out: only their number is ever shown.
    public var privateExcluded: Int

    public var isEmpty: Bool { worksheets.isEmpty }

    /// The kinds with a worksheet in the period, in the order of `WorksheetKind.allCases`.
    public var kinds: [WorksheetKind] {
        WorksheetKind.allCases.filter { kind in worksheets.contains { $0.kind == kind } }
    }

    /// The diary cards whose urges the writer should raise first (`DiaryCard.callsForThePlan`),
    /// oldest first.
    public var toRaiseFirst: [Worksheet] { worksheets.filter(\.callsForThePlan) }
}

extension WorksheetsOfPeriod {
    /// The worksheets from `start` (all when nil) up to `end`, through `privacy`: those shown,
    /// oldest first, and how many private ones were left out.
    static func read(from start: Date?, before end: Date, privacy: Privacy, _ db: Database) throws -> (shown: [Worksheet], privateExcluded: Int) {
        let all = try JournalStore.worksheets(WorksheetFilter(since: start, until: end), db)
        let shown = all.filter(privacy.shows)
        return (shown, all.count - shown.count)
    }

    /// The section of `shown`, the worksheets of a period ending on `lastDay`, with the sleep of
    /// `previous`, the period before it, to compare with.
    static func make(
        shown: [Worksheet], privateExcluded: Int, lastDay: Day, previous: DateInterval, privacy: Privacy, _ db: Database
    ) throws -> WorksheetsOfPeriod {
        func of(_ kind: WorksheetKind) -> [Worksheet] { shown.filter { $0.kind == kind } }
        let nights = of(.sleep).compactMap(SleepDiary.night(of:))
        var sleep: SleepDiary.Summary?
        if let averages = SleepDiary.Averages(nights) {
            let before = try JournalStore.worksheets(
                WorksheetFilter(since: previous.start, until: previous.end, kinds: [.sleep], privacy: privacy), db)
            sleep = SleepDiary.Summary(
                nights: nights, averages: averages, previous: SleepDiary.Averages(before.compactMap(SleepDiary.night(of:))))
        }
        return WorksheetsOfPeriod(
            worksheets: shown, thoughtRecords: of(.thoughtRecord), activities: of(.activity),
            activitySummary: ActivityLog.summary(of: of(.activity)), sleep: sleep,
            exposures: ExposureLog.series(of: of(.exposure)),
            diaryCards: DiaryCard.grid(of: of(.diaryCard), through: lastDay), privateExcluded: privateExcluded)
    }
}
