import Foundation

/// A calendar date and time of day as a file writes it, before it is placed in a time zone.
struct CivilTime: Equatable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int

    /// Nil when the parts name no real moment, like 2026-02-30 or 24:10.
    init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// The same day at another time of day; nil when that time is not on a clock.
    func at(_ clock: ClockTime) -> CivilTime? {
        CivilTime(year: year, month: month, day: day, hour: clock.hour, minute: clock.minute, second: clock.second)
    }

    /// Seconds from 1970-01-01 00:00 to this reading, with every day 86,400 seconds long: the
    /// instant it would be in UTC.
    var secondsSince1970: Int {
        daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Counts whole eras of 400 years (146,097 days, which repeat exactly) with years starting on
    /// 1 March, so that a leap day falls at the end of its year; the inverse of the arithmetic in
    /// `LocalTime`.
    private var daysSince1970: Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = marchYear.floorDivided(by: 400)
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468  // 719,468 days from 0000-03-01 to 1970-01-01
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A time of day read from a file.
struct ClockTime: Equatable {
    let hour: Int
    let minute: Int
    let second: Int
}

/// Places wall-clock readings in a time zone, for formats whose times carry no offset.
struct WallClock {
    let timeZone: TimeZone

    /// The instant the clock showed `reading`, and the offset in force then.
    ///
    /// A reading that a clock change repeated gives its first, earlier occurrence. One that a
    /// clock change skipped is moved forward by the length of the gap (02:30 becomes 03:30 when
    /// clocks go from 02:00 to 03:00): the writer's clock cannot have shown it, and this is the
    /// moment a clock that had not yet been changed would have meant.
    func moment(at reading: CivilTime) -> (date: Date, utcOffsetSeconds: Int) {
        let wall = reading.secondsSince1970
        // Offsets lie within 26 hours of each other, and clock changes are months apart, so
        // the offsets a day either side are the only ones that can apply.
        let before = offset(at: wall - 86_400)
        let after = offset(at: wall + 86_400)
        let matching = Set([before, after]).filter { offset(at: wall - $0) == $0 }
        if let earliest = matching.map({ wall - $0 }).min() {
            return (Date(timeIntervalSince1970: TimeInterval(earliest)), wall - earliest)
        }
        let instant = wall - before
        return (Date(timeIntervalSince1970: TimeInterval(instant)), offset(at: instant))
    }

    private func offset(at instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }
}

/// Reads the dates and times that import files write, from their bytes.
struct TimestampScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: some StringProtocol) {
        bytes = Array(text.utf8)
    }

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = Array(bytes)
    }

    var isAtEnd: Bool { index == bytes.count }

    /// `2026-11-20`
    mutating func calendarDate() -> CivilTime? {
        guard let year = digits(4), skip("-"), let month = digits(2), skip("-"), let day = digits(2) else {
            return nil
        }
        return CivilTime(year: year, month: month, day: day)
    }

    /// `21:05`, `21:05:30`, `9:05 pm`, `09:05:30 PM`, `9:05pm`, `9:05 p.m.`: a 24-hour clock,
    /// or a 12-hour clock when followed by am or pm.
    mutating func clockTime() -> ClockTime? {
        guard let hour = digits(2) ?? digits(1), skip(":"), let minute = digits(2) else { return nil }
        var second = 0
        if skip(":") {
            guard let seconds = digits(2) else { return nil }
            second = seconds
        }
        let start = index
        while skip(" ") {}
        guard let isAfternoon = meridiem() else {
            index = start
            guard (0...23).contains(hour) else { return nil }
            return ClockTime(hour: hour, minute: minute, second: second)
        }
        guard (1...12).contains(hour) else { return nil }
        return ClockTime(hour: hour % 12 + (isAfternoon ? 12 : 0), minute: minute, second: second)
    }

    /// `2026-11-20T21:05:00+01:00`, with `Z` or an offset like `+01:00`, `+0100` or `+01`; the
    /// seconds and a fraction of them may be left out, and a space may stand for the `T`.
    mutating func momentWithOffset() -> (date: Date, utcOffsetSeconds: Int)? {
        guard let day = calendarDate(), skip("T") || skip("t") || skip(" "),
            let hour = digits(2), skip(":"), let minute = digits(2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if skip(":") {
            guard let seconds = digits(2) else { return nil }
            second = seconds
            if skip(".") || skip(",") {
                var scale = 0.1
                let start = index
                while let digit = digits(1) {
                    fraction += Double(digit) * scale
                    scale /= 10
                }
                guard index > start else { return nil }
            }
        }
        guard let reading = day.at(ClockTime(hour: hour, minute: minute, second: second)),
            let offset = utcOffset(), isAtEnd
        else { return nil }
        let instant = TimeInterval(reading.secondsSince1970 - offset) + fraction
        return (Date(timeIntervalSince1970: instant), offset)
    }

    private mutating func utcOffset() -> Int? {
        if skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2) else { return nil }
        var minutes = 0
        if skip(":") {
            guard let value = digits(2) else { return nil }
            minutes = value
        } else if let value = digits(2) {
            minutes = value
        }
        // Foundation's time zones reach 18 hours either way; real offsets stay within 14.
        guard hours <= 18, minutes <= 59 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// True for pm, false for am; nil, having read nothing, for neither.
    private mutating func meridiem() -> Bool? {
        let start = index
        guard index < bytes.count else { return nil }
        let isAfternoon: Bool
        switch bytes[index] | 0x20 {
        case UInt8(ascii: "a"): isAfternoon = false
        case UInt8(ascii: "p"): isAfternoon = true
        default: return nil
        }
        index += 1
        _ = skip(".")
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "m") else {
            index = start
            return nil
        }
        index += 1
        _ = skip(".")
        return isAfternoon
    }

    /// Exactly `count` ASCII digits as a number; nil, having read nothing, otherwise.
    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<(index + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += count
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }
}
