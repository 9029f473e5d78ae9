import Foundation

/// Everything since the last session, as `journal prep` shows it: the one value every digest
/// format is rendered from.
public struct Digest: Equatable, Sendable {
    /// From the last session held (or the first entry, or `--since`) up to now.
    public var period: DateInterval
    public var periodStart: PeriodStart
    /// The UTC offset the period's bounds and days are shown in: the reader's, now.
    public var utcOffsetSeconds: Int
    public var lastSession: Session?
    public var nextSession: Session?
    /// Every entry of the period that may be shown, oldest first.
    public var entries: [Entry]
    /// How many distinct local days have an entry.
    public var dayCount: Int
    public var topics: [Topic]
    /// Entries the writer flagged to discuss, oldest first.
    public var flagged: [Entry]
    public var mood: MoodSummary
    /// Most frequent first; ties in alphabetical order.
    public var feelings: [LabelCount]
    public var tags: [LabelCount]
    /// The lowest-rated entries, below the period's average and not already flagged, lowest
    /// first, at most three.
    public var hardestMoments: [Entry]
    /// The entries shown in neither of the sections above, oldest first.
    public var otherEntries: [Entry]
    /// For each instrument with a check-in in the period, the latest one: in the order of
    /// `Instrument.allCases`.
    public var checkIns: [CheckInSummary]
    /// The period's PHQ-9 check-ins that report thoughts of self-harm, oldest first: the digest
    /// opens with them, so that the writer can raise them.
    public var selfHarmCheckIns: [CheckIn]
    /// Private entries of the period that were left out: only their number is ever shown.
    public var privateExcluded: Int
    /// Whether private entries were asked for (`--include-private`).
    public var includesPrivate: Bool

    public var isEmpty: Bool { entries.isEmpty }

    /// The start of the period, on the reader's clock.
    public var from: Moment { Moment(period.start, utcOffsetSeconds: utcOffsetSeconds) }

    /// The end of the period, now, on the reader's clock.
    public var to: Moment { Moment(period.end, utcOffsetSeconds: utcOffsetSeconds) }
}

/// What the digest's period starts at.
public enum PeriodStart: String, Equatable, Sendable {
    case lastSession
    /// No session is recorded yet.
    case firstEntry
    /// `--since`.
    case requested
}

public struct LabelCount: Equatable, Sendable {
    public var name: String
    public var count: Int
}

/// How the mood moved over the period.
public struct MoodSummary: Equatable, Sendable {
    /// Entries with a mood.
    public var count: Int
    public var average: Double?
    /// The lowest-rated entry (the first, on a tie).
    public var lowest: Entry?
    /// The highest-rated entry (the first, on a tie).
    public var highest: Entry?
    /// The average of each local day with a rating, in order.
    public var daily: [DailyMood]
    /// Every local day of the period, in order, with its average or nil: the day-by-day line,
    /// with gaps where nothing was rated.
    public var days: [DailyMood]
    /// The same interval before this one: the previous interval between sessions, or as long as
    /// this period.
    public var previousPeriod: DateInterval
    public var previousAverage: Double?
    public var previousCount: Int

    /// This period's average minus the one before, when both exist.
    public var change: Double? {
        guard let average, let previousAverage else { return nil }
        return average - previousAverage
    }
}

/// How one instrument's check-ins of the period came out.
public struct CheckInSummary: Equatable, Sendable {
    public var instrument: Instrument
    /// How many check-ins of this instrument the period holds.
    public var count: Int
    /// The period's last, with the check-in before it, which may lie before the period.
    public var latest: CheckInTrend
}

public struct DailyMood: Equatable, Sendable {
    /// The local day: the writer's for an entry, the reader's for the days of the period.
    public var day: Day
    public var average: Double?
}
