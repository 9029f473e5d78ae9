import Foundation

/// The words that name more than a moment but no single day: weeks, months and years
/// (`last week`, `November`), and the parts of today and yesterday (`this morning`,
/// `tonight`, `last night`).
extension DateExpressionParser {
    /// `last week`, `this month`, `next year`, `November`, `November 2026`; nil for other words.
    ///
    /// Weeks start on Monday, as ISO 8601 and `journal stats` count them. A month named
    /// without a year is the most recent that has begun (looking ahead, the next that has not
    /// ended).
    func span(_ words: [String], input: String) throws(DateExpressionError) -> ResolvedDate? {
        let today = todayDay
        if words.count == 2, let shift = ["last": -1, "this": 0, "next": 1][words[0]] {
            switch words[1] {
            case "week":
                let monday = today.number - (today.weekday - 1) + 7 * shift
                return try stretch(fromDay: monday, toDay: monday + 7, extent: .week, input: input)
            case "month":
                return try month(today.year * 12 + today.month - 1 + shift, input: input)
            case "year":
                return try month((today.year + shift) * 12, months: 12, extent: .year, input: input)
            default:
                return nil
            }
        }
        guard let month = words.first.flatMap(DateVocabulary.month(named:)) else { return nil }
        if words.count == 2, let year = DateVocabulary.year(words[1]) {
            return try self.month(year * 12 + month - 1, input: input)
        }
        guard words.count == 1 else { return nil }
        let year = looksAhead
            ? (month >= today.month ? today.year : today.year + 1)
            : (month <= today.month ? today.year : today.year - 1)
        return try self.month(year * 12 + month - 1, input: input)
    }

    /// The `months` months from the month numbered `index` (the year times 12 plus the month
    /// from 0).
    private func month(
        _ index: Int, months: Int = 1, extent: ResolvedDate.Extent = .month, input: String
    ) throws(DateExpressionError) -> ResolvedDate {
        func firstDay(_ index: Int) throws(DateExpressionError) -> Int {
            let year = index.floorDivided(by: 12)
            guard (1...10_000).contains(year) else { throw .outOfRange(input) }
            return CivilCalendar.dayNumber(year: year, month: index.floorModulo(12) + 1, day: 1)
        }
        return try stretch(fromDay: try firstDay(index), toDay: try firstDay(index + months), extent: extent, input: input)
    }

    /// From the start of one day to the start of another, standing for no one moment.
    private func stretch(
        fromDay first: Int, toDay end: Int, extent: ResolvedDate.Extent, input: String
    ) throws(DateExpressionError) -> ResolvedDate {
        let startReading = WallClockSeconds(first) * Self.secondsPerDay
        guard Self.supportedReadings.contains(startReading) else { throw .outOfRange(input) }
        let start = clock.firstInstant(ofDayStartingAt: startReading)
        let endInstant = clock.firstInstant(ofDayStartingAt: WallClockSeconds(end) * Self.secondsPerDay)
        return ResolvedDate(start: Moment(start, in: timeZone), end: endInstant, extent: extent, moment: nil)
    }

    /// `this morning`, `this afternoon`, `this evening`, `tonight`, `last night`; nil for other
    /// words. `tonight` before 05:00 is the night going on since yesterday evening; `last
    /// night` is always the night that began yesterday evening: after midnight, the one just
    /// gone.
    func partOfDayPhrase(_ words: [String], input: String) throws(DateExpressionError) -> ResolvedDate? {
        let yesterday = todayMidnight - Self.secondsPerDay
        switch words {
        case ["tonight"]:
            let isStillLastNight = clock.reading(at: now) - todayMidnight < WallClockSeconds(PartOfDay.morning.startHour * 3600)
            return try resolve(midnight: isStillLastNight ? yesterday : todayMidnight, time: .part(.night), input: input)
        case ["last", "night"]:
            return try resolve(midnight: yesterday, time: .part(.night), input: input)
        default:
            guard words.count == 2, words[0] == "this", let part = PartOfDay(words[1]) else { return nil }
            return try resolve(midnight: todayMidnight, time: .part(part), input: input)
        }
    }
}
