import Foundation

/// Everything since the last session, as `journal prep` shows it: the one value every digest
/// format is rendered from. A header (the period, the sessions, the entries), then the
/// sections in the order the digest shows them.
public struct Digest: Equatable, Sendable {
    /// From the last session held (or the first entry, or `--since`) up to now.
    public var period: DateInterval
    public var periodStart: PeriodStart
    /// The UTC offset the period's bounds and days are shown in: the reader's, now.
    public var utcOffsetSeconds: Int
    public var lastSession: Session?
    public var nextSession: Session?
    /// The sessions held within the period, oldest first: with `--since` reaching back, several.
    public var heldSessions: [Session]
    /// Whose digest it is: the `name` setting, or `--name`; nil when neither is given.
    public var writer: String?
    /// Every entry of the period that may be shown, oldest first.
    public var entries: [Entry]
    /// How many distinct local days have an entry.
    public var dayCount: Int
    /// What the digest holds, in the order it shows it; every format renders each in turn.
    public var sections: [DigestSection]
    /// Private entries of the period that were left out: only their number is ever shown.
    public var privateExcluded: Int
    /// Whether private entries were asked for (`--include-private`).
    public var includesPrivate: Bool
    /// Entries of the period the writer chose not to bring this time (`--exclude`): only their
    /// number is ever shown, to the writer alone.
    public var excluded: Int
    /// The print copies of the shown entries' pictures, by entry id, when asked for
    /// (`DigestRequest.includesPictures`); empty otherwise.
    public var pictures: [Int64: [PrintedPicture]]

    public var isEmpty: Bool { entries.isEmpty }

    /// The start of the period, on the reader's clock.
    public var from: Moment { Moment(period.start, utcOffsetSeconds: utcOffsetSeconds) }

    /// The end of the period, now, on the reader's clock.
    public var to: Moment { Moment(period.end, utcOffsetSeconds: utcOffsetSeconds) }
}

/// One section of the digest, with what it shows. Every section is there, empty or not: each
/// format decides how an empty one reads (the JSON keeps its key, the text may leave it out).
///
/// A new section is a case here, where `DigestBuilder` puts it in the order, and one rendering
/// in each format (`DigestText`, `DigestMarkdown`, `DigestHTML`, `DigestJSON`).
public enum DigestSection: Equatable, Sendable {
    /// The period's PHQ-9 check-ins that report thoughts of self-harm, oldest first: the
    /// digest opens with them, so that the writer can raise them first.
    case raiseFirst([CheckIn])
    /// The period's diary cards with a suicidal urge above 0 or an urge to self-harm acted on,
    /// oldest first: raised first too, right after the PHQ-9's.
    case urgesToRaise([Worksheet])
    /// What the writer would have sent their therapist during the period ("What I wanted to
    /// tell you"), oldest first: right after what is raised first.
    case messages(MessagesOfPeriod)
    /// The open topics, oldest first.
    case topics([Topic])
    /// The homework agreed at or since the last session, and the open homework carried over
    /// from before, oldest first.
    case homework(HomeworkOfPeriod)
    /// Entries the writer flagged to discuss, oldest first.
    case flagged([Entry])
    case mood(MoodSummary)
    case checkIns(CheckInsOfPeriod)
    /// The worksheets of the period, one part per kind, with their figures.
    case worksheets(WorksheetsOfPeriod)
    /// Most frequent first; ties in alphabetical order.
    case feelingsAndTags(feelings: [LabelCount], tags: [LabelCount])
    /// The lowest-rated entries, below the period's average, lowest first, at most three,
    /// whatever other section shows them; `shownAbove` holds those already shown in full under
    /// flagged, which are referred to rather than repeated.
    case hardestMoments([Entry], shownAbove: Set<Int64>)
    /// The entries shown in none of the sections above, oldest first.
    case otherEntries([Entry])
}

/// The messages of the period.
public struct MessagesOfPeriod: Equatable, Sendable {
    /// Those that may be shown, oldest first.
    public var messages: [Message]
    /// Private messages of the period that were left out: only their number is ever shown.
    public var privateExcluded: Int

    public var isEmpty: Bool { messages.isEmpty }
}

/// The check-ins of the period.
public struct CheckInsOfPeriod: Equatable, Sendable {
    /// For each instrument with a check-in in the period, the latest one: in the order of
    /// `Instrument.allCases`.
    public var latest: [CheckInSummary]
    /// Those of the period that report thoughts of self-harm, oldest first.
    public var reportingSelfHarm: [CheckIn]
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
