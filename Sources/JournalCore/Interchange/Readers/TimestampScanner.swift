import Foundation

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

    /// How many bytes have been read.
    var position: Int { index }

    /// `2026-11-20`
    mutating func calendarDate() -> CivilTime? {
        guard let year = digits(4), skip("-"), let month = digits(2), skip("-"), let day = digits(2) else {
            return nil
        }
        return CivilTime(year: year, month: month, day: day)
    }

    /// `21:05`, `21:05:30`, `9:05 pm`, `09:05:30 PM`, `9:05pm`, `9:05 p.m.`: a 24-hour clock,
    /// or a 12-hour clock when followed by am or pm.
    mutating func timeOfDay() -> TimeOfDay? {
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
            return TimeOfDay(hour: hour, minute: minute, second: second)
        }
        guard (1...12).contains(hour) else { return nil }
        return TimeOfDay(hour: hour % 12 + (isAfternoon ? 12 : 0), minute: minute, second: second)
    }

    /// `2026-11-20T21:05:00+01:00`, with `Z` or an offset like `+01:00`, `+0100` or `+01`; the
    /// seconds and a fraction of them may be left out, and a space may stand for the `T`.
    mutating func momentWithOffset() -> Moment? {
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
        guard let reading = day.at(TimeOfDay(hour: hour, minute: minute, second: second)),
            let offset = utcOffset(), isAtEnd
        else { return nil }
        let instant = TimeInterval(reading.secondsSince1970 - offset) + fraction
        return Moment(Date(timeIntervalSince1970: instant), utcOffsetSeconds: offset)
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
