import Foundation

/// One night of the core Consensus Sleep Diary (Carney, Buysse, Ancoli-Israel et al., "The
/// Consensus Sleep Diary: standardizing prospective sleep self-monitoring", Sleep 35(2):287–302,
/// 2012): its nine core questions, with quality rated 1 (very poor) to 5 (very good), as there.
///
/// The times are typed as a clock shows them (`23:10`, `6:45`) and placed on the night: the
/// first, into bed, on the day the night began when it is from 12:00 on, else on the morning
/// after; each later one at the first time the clock shows it after the one before. So a night
/// that crosses midnight, or a clock change, comes out as the hours that really passed.
public enum SleepDiary {
    static let about = """
        A sleep diary (the core Consensus Sleep Diary, Carney et al. 2012), one night at a \
        time, best filled in soon after getting up: when you went to bed and got up, how long \
        it took to fall asleep, how often and how long you were awake, and how well you slept.
        """

    public static let night = WorksheetField(
        "night", "The night of", .day(empty: .dayBefore), required: false,
        help: "The day the night began, like yesterday or 2026-11-20. Empty: last night, or the day given with --date.")
    public static let intoBed = WorksheetField(
        "intoBed", "Into bed", .clockTime, required: true,
        help: "What time you got into bed, like 23:10.")
    public static let triedToSleep = WorksheetField(
        "triedToSleep", "Tried to sleep", .clockTime, required: true,
        help: "What time you tried to go to sleep (lights out), like 23:40.")
    public static let minutesToFallAsleep = WorksheetField(
        "minutesToFallAsleep", "Minutes to fall asleep", .number(0...720, labels: nil), required: true,
        help: "How long it took you to fall asleep, in minutes.")
    public static let timesWoken = WorksheetField(
        "timesWoken", "Times woken", .number(0...50, labels: nil), required: true,
        help: "How many times you woke up in the night, not counting the final waking.")
    public static let minutesAwake = WorksheetField(
        "minutesAwake", "Minutes awake in the night", .number(0...720, labels: nil), required: true,
        help: "In total, how long those awakenings lasted, in minutes (0 if you did not wake).")
    public static let finalWaking = WorksheetField(
        "finalWaking", "Final waking", .clockTime, required: true,
        help: "What time you woke up for the last time, like 6:45.")
    public static let outOfBed = WorksheetField(
        "outOfBed", "Out of bed", .clockTime, required: true,
        help: "What time you got out of bed for the day, like 7:15.")
    public static let quality = WorksheetField(
        "quality", "Quality", .number(1...5, labels: .init(lowest: "very poor", highest: "very good")), required: true,
        help: "How well you slept, from 1 (very poor) to 5 (very good).")
    public static let notes = WorksheetField(
        "notes", "Notes", .text, required: false,
        help: "Anything that may have mattered: caffeine, alcohol, medication, a nap, noise.")

    static let fields = [
        night, intoBed, triedToSleep, minutesToFallAsleep, timesWoken, minutesAwake, finalWaking, outOfBed, quality, notes,
    ]

    /// The four times of a night, in the order they happen.
    static let times = [intoBed, triedToSleep, finalWaking, outOfBed]

    /// The times in order within a day, and the minutes asleep and awake fitting between trying
    /// to sleep and the final waking.
    static func checkTogether(_ values: WorksheetValues) throws(WorksheetError) {
        for (earlier, later) in zip(times, times.dropFirst()) {
            guard let first = values.moment(earlier)?.date, let second = values.moment(later)?.date else { continue }
            guard first <= second else { throw .comesBefore(.sleep, later, earlier) }
        }
        if let start = values.moment(intoBed)?.date, let end = values.moment(outOfBed)?.date,
            end.timeIntervalSince(start) >= 86_400
        {
            throw .moreThanADayAfter(.sleep, outOfBed, intoBed)
        }
        if let tried = values.moment(triedToSleep)?.date, let woke = values.moment(finalWaking)?.date,
            let latency = values.number(minutesToFallAsleep), let awake = values.number(minutesAwake)
        {
            let window = minutes(from: tried, to: woke)
            guard latency + awake <= window else { throw .sleepWindowExceeded(minutesAwake, window: window) }
        }
    }

    /// Whole minutes from one instant to another, to the nearest.
    static func minutes(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 60).rounded())
    }

    /// The figures of one night, as the Consensus Sleep Diary paper defines them (Carney et al.
    /// 2012, table 2):
    ///
    /// - time in bed (TIB): from into bed to out of bed;
    /// - total sleep time (TST): from trying to sleep to the final waking, less the minutes it
    ///   took to fall asleep (sleep onset latency) and the minutes awake in the night (wake
    ///   after sleep onset);
    /// - sleep efficiency (SE): TST / TIB × 100, a percentage.
    ///
    /// Minutes are whole minutes of real time: a night across a clock change counts the hour
    /// the clock repeated or skipped as it was lived.
    public struct Night: Equatable, Sendable {
        public var worksheet: Worksheet
        public var night: Day
        public var intoBed: Moment
        public var outOfBed: Moment
        public var minutesToFallAsleep: Int
        public var timesWoken: Int
        public var minutesAwake: Int
        /// 1 (very poor) to 5 (very good).
        public var quality: Int
        /// TIB, in minutes.
        public var timeInBed: Int
        /// TST, in minutes.
        public var totalSleep: Int

        /// SE, a percentage: 0 to 100.
        public var efficiency: Double {
            timeInBed > 0 ? Double(totalSleep) / Double(timeInBed) * 100 : 0
        }
    }

    /// The night of a sleep diary; nil for another kind of worksheet.
    public static func night(of worksheet: Worksheet) -> Night? {
        let values = worksheet.values
        guard worksheet.kind == .sleep, let day = values.day(night), let bed = values.moment(intoBed),
            let tried = values.moment(triedToSleep), let woke = values.moment(finalWaking), let up = values.moment(outOfBed),
            let latency = values.number(minutesToFallAsleep), let woken = values.number(timesWoken),
            let awake = values.number(minutesAwake), let rating = values.number(quality)
        else { return nil }
        return Night(
            worksheet: worksheet, night: day, intoBed: bed, outOfBed: up, minutesToFallAsleep: latency, timesWoken: woken,
            minutesAwake: awake, quality: rating, timeInBed: minutes(from: bed.date, to: up.date),
            totalSleep: minutes(from: tried.date, to: woke.date) - latency - awake)
    }

    /// The means of several nights: each night counts once, its efficiency as it was.
    public struct Averages: Equatable, Sendable {
        public var nightCount: Int
        /// Minutes.
        public var timeInBed: Double
        /// Minutes.
        public var totalSleep: Double
        /// A percentage, 0 to 100: the mean of the nights' efficiencies.
        public var efficiency: Double
        /// 1 to 5.
        public var quality: Double

        /// Nil for no nights.
        public init?(_ nights: [Night]) {
            guard !nights.isEmpty else { return nil }
            nightCount = nights.count
            timeInBed = mean(nights.map { Double($0.timeInBed) })!
            totalSleep = mean(nights.map { Double($0.totalSleep) })!
            efficiency = mean(nights.map(\.efficiency))!
            quality = mean(nights.map { Double($0.quality) })!
        }
    }

    /// The nights of a period, oldest first, with their averages and those of the period before.
    public struct Summary: Equatable, Sendable {
        public var nights: [Night]
        public var averages: Averages
        /// The nights of the period before (as long, or between the two sessions before); nil
        /// when it has none.
        public var previous: Averages?
    }
}
