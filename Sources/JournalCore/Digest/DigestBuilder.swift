import Foundation
import GRDB

/// What `journal prep` is asked for.
public struct DigestRequest: Sendable {
    /// Overrides the start of the period (normally the last session held).
    public var since: Date?
    public var includesPrivate: Bool
    public var now: Date
    /// The reader's time zone, for the days of the period.
    public var timeZone: TimeZone
    /// Whose digest it is, for this digest only (`--name`); nil takes the `name` setting.
    public var writer: String?
    /// Entries the writer does not want to bring this time (`--exclude`): left out as private
    /// ones are. Each must exist (`EntryError.notFound` otherwise).
    public var excludedEntryIDs: [Int64]
    /// The parts to show (`--only`); nil for all of them.
    public var parts: Set<DigestPart>?
    /// Whether the digest shows the pictures (`Digest.pictures`), as HTML does; the other
    /// formats name them.
    public var includesPictures: Bool

    public init(
        since: Date? = nil, includesPrivate: Bool = false, now: Date = Date(), timeZone: TimeZone, writer: String? = nil,
        excludedEntryIDs: [Int64] = [], parts: Set<DigestPart>? = nil, includesPictures: Bool = false
    ) {
        self.since = since
        self.includesPrivate = includesPrivate
        self.now = now
        self.timeZone = timeZone
        self.writer = writer
        self.excludedEntryIDs = excludedEntryIDs
        self.parts = parts
        self.includesPictures = includesPictures
    }
}

extension JournalStore {
    /// The digest of the period since the last session: the one function behind every format
    /// of `journal prep`.
    public func digest(_ request: DigestRequest) throws -> Digest {
        try read { db in try DigestBuilder(request: request, db: db, store: self).build() }
    }
}

/// Reads the period's entries once and derives every section of the digest from them, in the
/// order the digest shows them.
private struct DigestBuilder {
    let request: DigestRequest
    let db: Database
    let store: JournalStore

    private var privacy: Privacy { Privacy(includingPrivate: request.includesPrivate) }

    /// How many of the lowest-rated entries the digest shows in full.
    static let hardestMomentCount = 3

    func build() throws -> Digest {
        let now = request.now
        let lastSession = try store.lastHeldSession(atOrBefore: now, db)
        // Without a session the period is the whole journal so far; it is shown as starting at
        // the first entry the digest may show (a private entry's date is not for it), or the
        // first check-in when that came earlier.
        let start = request.since ?? lastSession?.date
        let all = try entries(since: start, until: now)
        let excludedIDs = Set(try store.entries(ids: request.excludedEntryIDs, db).map(\.id))
        if let missing = request.excludedEntryIDs.first(where: { !excludedIDs.contains($0) }) {
            throw EntryError.notFound(missing)
        }
        let visible = all.filter(privacy.shows)
        let shown = visible.filter { !excludedIDs.contains($0.id) }
        let checkIns = try checkIns(since: start, until: now)
        let worksheets = try WorksheetsOfPeriod.read(
            from: start, before: now.addingTimeInterval(futureTolerance + 1), privacy: privacy, db)
        let messages = try messages(since: start, until: now)
        let firstShown = [shown.first?.date, checkIns.first?.date, worksheets.shown.first?.date, messages.messages.first?.date]
            .compactMap { $0 }.min()
        let period = DateInterval(start: min(start ?? firstShown ?? now, now), end: now)
        let worksheetsOfPeriod = try WorksheetsOfPeriod.make(
            shown: worksheets.shown, privateExcluded: worksheets.privateExcluded,
            lastDay: Moment(now, in: request.timeZone).localTime.calendarDay,
            previous: try previousPeriod(before: period, lastSession: lastSession), privacy: privacy, db)
        let flagged = shown.filter(\.isFlagged)
        let hardest = Self.hardestMoments(among: shown)
        let showsFlagged = request.parts?.contains(.flagged) ?? true
        let showsHardest = request.parts?.contains(.hardest) ?? true
        // An entry is shown in full once: in the first of these sections the digest has.
        let shownInFull = Set(((showsFlagged ? flagged : []) + (showsHardest ? hardest : [])).map(\.id))

        let checkInsOfPeriod = CheckInsOfPeriod(
            latest: try checkInSummaries(of: checkIns), reportingSelfHarm: checkIns.filter(\.reportsThoughtsOfSelfHarm))
        let sections: [DigestSection] = [
            .raiseFirst(checkInsOfPeriod.reportingSelfHarm),
            .urgesToRaise(worksheetsOfPeriod.toRaiseFirst),
            .messages(messages),
            .topics(try Topic.all().open().oldestFirst().fetchAll(db)),
            .homework(try HomeworkOfPeriod.read(from: start, privacy: privacy, db)),
            .flagged(flagged),
            .mood(try moodSummary(of: shown, period: period, lastSession: lastSession)),
            .checkIns(checkInsOfPeriod),
            .worksheets(worksheetsOfPeriod),
            .feelingsAndTags(feelings: Self.counts(shown.flatMap(\.feelings)), tags: Self.counts(shown.flatMap(\.tags))),
            .hardestMoments(hardest, shownAbove: showsFlagged ? Set(hardest.filter(\.isFlagged).map(\.id)) : []),
            .otherEntries(shown.filter { !shownInFull.contains($0.id) }),
        ].filter { section in section.part.map { request.parts?.contains($0) ?? true } ?? true }
        return Digest(
            period: period,
            periodStart: request.since != nil ? .requested : lastSession != nil ? .lastSession : .firstEntry,
            utcOffsetSeconds: request.timeZone.secondsFromGMT(for: now),
            lastSession: lastSession,
            nextSession: try store.nextSession(after: now, db),
            heldSessions: try Session.all().held()
                .filter(Session.Columns.date >= StoredTime.seconds(period.start) && Session.Columns.date <= StoredTime.seconds(now))
                .order(Session.Columns.date, Session.Columns.id).fetchAll(db),
            writer: try request.writer ?? JournalStore.settingValues(db)[.name],
            entries: shown,
            dayCount: Set(shown.map(\.localTime.calendarDay)).count,
            sections: sections,
            privateExcluded: all.count - visible.count,
            includesPrivate: request.includesPrivate,
            excluded: visible.count - shown.count,
            pictures: request.includesPictures ? try store.printedPictures(ofEntries: shown.map(\.id), db) : [:])
    }

    /// The lowest-rated entries below the period's average mood (on a good week, a 7 is no
    /// hardest moment), lowest first, flagged or not: the section's title promises the lowest.
    private static func hardestMoments(among entries: [Entry]) -> [Entry] {
        let rated = entries.filter { $0.mood != nil }
        guard let average = average(rated.map { Double($0.mood!) }) else { return [] }
        return Array(
            rated.filter { Double($0.mood!) < average }
                .sorted { ($0.mood!, $0.date, $0.id) < ($1.mood!, $1.date, $1.id) }
                .prefix(hardestMomentCount))
    }

    private func entries(since start: Date?, until end: Date) throws -> [Entry] {
        // The period ends now; entries dated a moment ahead (clock skew) still belong to it.
        let filter = EntryFilter(since: start, until: end.addingTimeInterval(futureTolerance + 1))
        return try store.attachLabels(to: Entry.all().matching(filter).fetchAll(db).reversed(), db)
    }

    private func messages(since start: Date?, until end: Date) throws -> MessagesOfPeriod {
        // Up to a moment ahead of now, as for entries.
        let all = try JournalStore.messages(MessageFilter(since: start, until: end.addingTimeInterval(futureTolerance + 1)), db)
        let shown = all.filter(privacy.shows)
        return MessagesOfPeriod(messages: shown, privateExcluded: all.count - shown.count)
    }

    private func checkIns(since start: Date?, until end: Date) throws -> [CheckIn] {
        // Up to a moment ahead of now, as for entries.
        let request = CheckIn.all().dated(from: start, before: end.addingTimeInterval(futureTolerance + 1))
            .oldestFirst()
        return try store.attachAnswers(to: request.fetchAll(db), db)
    }

    /// The latest check-in of each instrument used in the period, with the one before it.
    private func checkInSummaries(of checkIns: [CheckIn]) throws -> [CheckInSummary] {
        try Instrument.allCases.compactMap { instrument in
            let ofInstrument = checkIns.filter { $0.instrument == instrument }
            guard let latest = ofInstrument.last else { return nil }
            return CheckInSummary(
                instrument: instrument, count: ofInstrument.count,
                latest: CheckInTrend(checkIn: latest, previous: try store.previousCheckIn(before: latest, db)))
        }
    }

    private func moodSummary(of entries: [Entry], period: DateInterval, lastSession: Session?) throws -> MoodSummary {
        let rated = entries.filter { $0.mood != nil }
        let moods = rated.map { Double($0.mood!) }
        let previous = try previousPeriod(before: period, lastSession: lastSession)
        let previousMoods = try previousMoods(in: previous)
        return MoodSummary(
            count: rated.count,
            average: Self.average(moods),
            lowest: rated.min { $0.mood! < $1.mood! },
            highest: rated.max { $0.mood! < $1.mood! },
            daily: Self.dailyAverages(of: rated).map { DailyMood(day: $0.key, average: $0.value) }
                .sorted { $0.day < $1.day },
            days: days(of: period, averages: Self.dailyAverages(of: rated)),
            previousPeriod: previous,
            previousAverage: Self.average(previousMoods),
            previousCount: previousMoods.count)
    }

    /// The interval between the two last sessions when the period starts at the last one;
    /// otherwise an interval as long as the period, just before it.
    private func previousPeriod(before period: DateInterval, lastSession: Session?) throws -> DateInterval {
        if request.since == nil, let lastSession,
            let sessionBefore = try Session.all().held()
                .filter(Session.Columns.date < StoredTime.seconds(lastSession.date))
                .newestFirst().fetchOne(db)
        {
            return DateInterval(start: sessionBefore.date, end: lastSession.date)
        }
        return DateInterval(start: period.start.addingTimeInterval(-period.duration), end: period.start)
    }

    private func previousMoods(in interval: DateInterval) throws -> [Double] {
        let filter = EntryFilter(since: interval.start, until: interval.end, privacy: privacy)
        let request = Entry.all().matching(filter).filter(Entry.Columns.mood != nil)
            .filter(!self.request.excludedEntryIDs.contains(Entry.Columns.id))
        return try Int.fetchAll(db, request.select(Entry.Columns.mood)).map(Double.init)
    }

    /// Every local day from the period's first to its last, in the reader's time zone.
    private func days(of period: DateInterval, averages: [Day: Double]) -> [DailyMood] {
        let first = Moment(period.start, in: request.timeZone).localTime.calendarDay
        let last = Moment(period.end, in: request.timeZone).localTime.calendarDay
        return (first.number...max(first.number, last.number)).map { number in
            let day = Day(number: number)
            return DailyMood(day: day, average: averages[day])
        }
    }

    /// The average mood of each local day, the day being the one the writer saw.
    private static func dailyAverages(of rated: [Entry]) -> [Day: Double] {
        Dictionary(grouping: rated, by: \.localTime.calendarDay).mapValues { average($0.map { Double($0.mood!) })! }
    }

    private static func average(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private static func counts(_ names: [String]) -> [LabelCount] {
        Dictionary(grouping: names, by: { $0 })
            .map { LabelCount(name: $0.key, count: $0.value.count) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
