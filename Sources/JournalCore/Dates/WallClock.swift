import Foundation

/// Seconds since 1970-01-01 00:00 as read off a local wall clock: not an instant. On a wall
/// clock every day is exactly 86,400 seconds long, so day arithmetic on readings is exact.
typealias WallClockSeconds = TimeInterval

/// Places wall-clock readings in a time zone: the dates people type, and the times of files
/// that carry no offset.
///
/// # Times a clock change skipped or repeated
///
/// One rule, in two parts, for every reading that has to become an instant:
///
/// - A reading that a clock change repeated (the hour after clocks go back) is its first,
///   earlier occurrence.
/// - A reading that a clock change skipped (02:30 when clocks go from 02:00 to 03:00) names no
///   instant. Typed by a person as a time of day, it is refused with the times on either side
///   of the jump (`DateExpressionError.nonexistentLocalTime`): the person is there to type
///   another, and guessing which they meant would put the entry at a time they never saw.
///   Read from a file (jrnl, Daylio), or chosen by the journal as the hour a day or a part of
///   the day stands for (noon, the night's 22:00), it is moved forward by the length of the
///   gap, to the instant a clock not yet changed would have meant: a file cannot be corrected
///   halfway through an import, and its writer's clock cannot have shown that time.
struct WallClock {
    let timeZone: TimeZone

    /// The instant the clock showed `reading` of a file, and the offset in force then: the
    /// earlier of two, and a skipped reading moved forward, as the rule above says.
    ///
    /// The answer of `earliestInstant(showingOrAfter:)`, found with fewer questions to the time
    /// zone: an import asks for every entry.
    func moment(at reading: CivilTime) -> Moment {
        let wall = reading.secondsSince1970
        // Offsets lie within 26 hours of each other, and clock changes are months apart, so
        // the offsets a day either side are the only ones that can apply.
        let before = offset(at: wall - 86_400)
        let after = offset(at: wall + 86_400)
        let matching = Set([before, after]).filter { offset(at: wall - $0) == $0 }
        if let earliest = matching.map({ wall - $0 }).min() {
            return Moment(Date(timeIntervalSince1970: TimeInterval(earliest)), utcOffsetSeconds: wall - earliest)
        }
        let instant = wall - before
        return Moment(Date(timeIntervalSince1970: TimeInterval(instant)), utcOffsetSeconds: offset(at: instant))
    }

    private func offset(at instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    struct ClockChange {
        /// The first instant under the new offset.
        var instant: Date
        var offsetBefore: Int
        var offsetAfter: Int
    }


    /// The reading of the clock at `instant`.
    func reading(at instant: Date) -> WallClockSeconds {
        instant.timeIntervalSince1970 + TimeInterval(timeZone.secondsFromGMT(for: instant))
    }

    /// The offsets in force around `reading`, lowest first. Offsets lie between -12 and +14
    /// hours, so every instant that shows `reading` lies within 15 hours of it; sampling every
    /// 3 hours catches any offset that lasts longer than that.
    private func offsets(near reading: WallClockSeconds) -> [Int] {
        let sampled = stride(from: -15, through: 15, by: 3).map { hours in
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: reading + TimeInterval(hours * 3600)))
        }
        return Set(sampled).sorted()
    }

    /// Every instant at which the local clock showed `reading`, earliest first: none in a
    /// spring-forward gap, two in a fall-back overlap, else one.
    ///
    /// Worked out here rather than with `Calendar.date(from:)`, which quietly moves a skipped
    /// time forward instead of saying it never happened, and leaves which of two repeated
    /// times it picks unspecified.
    func instants(showing reading: WallClockSeconds) -> [Date] {
        offsets(near: reading)
            .filter { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: reading - TimeInterval($0))) == $0 }
            .map { Date(timeIntervalSince1970: reading - TimeInterval($0)) }
            .sorted()
    }

    /// The clock change that skipped `reading`; only meaningful when no instant shows it.
    func clockChange(skipping reading: WallClockSeconds) -> ClockChange {
        // Read under the largest offset nearby, `reading` falls before the change; under the
        // smallest, after it. Halving that interval finds the change to the second.
        let offsets = offsets(near: reading)
        var before = reading - TimeInterval(offsets[offsets.count - 1])
        var after = reading - TimeInterval(offsets[0])
        let offsetBefore = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: before))
        while after - before > 1 {
            let middle = ((before + after) / 2).rounded(.down)
            if timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: middle)) == offsetBefore {
                before = middle
            } else {
                after = middle
            }
        }
        let instant = Date(timeIntervalSince1970: after)
        return ClockChange(
            instant: instant, offsetBefore: offsetBefore, offsetAfter: timeZone.secondsFromGMT(for: instant)
        )
    }

    /// The first instant the clock showed `reading`, or, when a clock change skipped it, the
    /// instant it would have shown it had the clock not jumped: 02:30 on the night of a
    /// spring-forward is 03:30, as the clock itself showed then.
    func earliestInstant(showingOrAfter reading: WallClockSeconds) -> Date {
        if let instant = instants(showing: reading).first {
            return instant
        }
        return Date(timeIntervalSince1970: reading - TimeInterval(clockChange(skipping: reading).offsetBefore))
    }

    /// The first instant whose local reading is at or after `midnight`: usually midnight itself,
    /// but the end of the jump when a clock change skipped midnight. When it skipped the whole
    /// day, that instant already belongs to a later day.
    func firstInstant(ofDayStartingAt midnight: WallClockSeconds) -> Date {
        instants(showing: midnight).first ?? clockChange(skipping: midnight).instant
    }
}
