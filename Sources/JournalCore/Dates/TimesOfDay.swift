/// A time of day as typed (`21:30`, `9pm`, `noon`), with the UTC offset typed after it, if any.
struct TypedTime: Equatable {
    var hour: Int
    var minute: Int
    var second: Int
    var utcOffsetSeconds: Int?

    init(hour: Int, minute: Int, second: Int = 0, utcOffsetSeconds: Int? = nil) {
        (self.hour, self.minute, self.second) = (hour, minute, second)
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    var secondsSinceMidnight: WallClockSeconds {
        WallClockSeconds(hour * 3600 + minute * 60 + second)
    }

    /// Parses `noon`, `midnight`, `9pm`, `9:30am` or any form `twentyFourHour` takes; nil when
    /// `word` is not shaped like a time, and a throw when it is but names no real time.
    static func parse(_ word: String, input: String) throws(DateExpressionError) -> TypedTime? {
        switch word {
        case "noon", "midday": return TypedTime(hour: 12, minute: 0)
        case "midnight": return TypedTime(hour: 0, minute: 0)
        default: break
        }
        guard let match = word.wholeMatch(of: /([0-9]{1,2})(?::([0-9]{2}))?(am|pm)/) else {
            return try twentyFourHour(word[...], input: input)
        }
        let hour = DateVocabulary.number(match.1)
        let minute = match.2.map(DateVocabulary.number) ?? 0
        guard (1...12).contains(hour) else { throw .impossibleTime(input, component: .twelveHourClockHour) }
        guard minute < 60 else { throw .impossibleTime(input, component: .minute) }
        // 12am is midnight and 12pm is noon, so 12 counts as 0 before the afternoon's 12 is added.
        return TypedTime(hour: hour % 12 + (match.3 == "pm" ? 12 : 0), minute: minute)
    }

    /// Parses `21:30`, `21:30:05`, optionally followed by `z`, `+01`, `+0100` or `+01:00`.
    static func twentyFourHour(_ word: Substring, input: String) throws(DateExpressionError) -> TypedTime? {
        let pattern = /([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?/
        guard let match = word.wholeMatch(of: pattern) else { return nil }
        let number = DateVocabulary.number
        var time = TypedTime(hour: number(match.1), minute: number(match.2), second: match.3.map(number) ?? 0)
        guard time.hour < 24 else { throw .impossibleTime(input, component: .hour) }
        guard time.minute < 60 else { throw .impossibleTime(input, component: .minute) }
        guard time.second < 60 else { throw .impossibleTime(input, component: .second) }
        if match.4 == "z" {
            time.utcOffsetSeconds = 0
        } else if let sign = match.5, let hours = match.6.map(number) {
            let minutes = match.7.map(number) ?? 0
            let magnitude = hours * 3600 + minutes * 60
            guard minutes < 60, magnitude <= 18 * 3600 else {
                throw .impossibleTime(input, component: .utcOffset)
            }
            time.utcOffsetSeconds = sign == "-" ? -magnitude : magnitude
        }
        return time
    }
}

/// A part of the day: a stretch of a day's clock (for `--since` and `--until`) with one hour
/// that stands for it (for an entry's date).
///
/// | part      | from  | until         | stands for |
/// | --------- | ----- | ------------- | ---------- |
/// | morning   | 05:00 | 12:00         | 09:00      |
/// | afternoon | 12:00 | 17:00         | 15:00      |
/// | evening   | 17:00 | 21:00         | 19:00      |
/// | night     | 21:00 | 05:00 the next day | 22:00 |
///
/// The README's list of dates gives the same hours.
enum PartOfDay: String, CaseIterable {
    case morning, afternoon, evening, night

    init?(_ word: String) {
        switch word {
        case "morning": self = .morning
        case "afternoon": self = .afternoon
        case "evening": self = .evening
        case "night": self = .night
        default: return nil
        }
    }

    /// Hours after the day's midnight.
    var startHour: Int {
        switch self {
        case .morning: 5
        case .afternoon: 12
        case .evening: 17
        case .night: 21
        }
    }

    /// Hours after the day's midnight: the night goes on into the next day.
    var endHour: Int {
        switch self {
        case .morning: 12
        case .afternoon: 17
        case .evening: 21
        case .night: 29
        }
    }

    /// The hour an entry dated with the part alone is placed at.
    var hour: Int {
        switch self {
        case .morning: 9
        case .afternoon: 15
        case .evening: 19
        case .night: 22
        }
    }
}
