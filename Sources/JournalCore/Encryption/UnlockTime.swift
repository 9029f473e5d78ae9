import Foundation

/// How long `journal unlock --for` keeps a key, as typed: a number and a unit, or several
/// (`15m`, `90s`, `2h`, `1h30m`, `1 hour 30 minutes`, `20 min`).
public enum UnlockTime {
    /// The longest: a key kept longer would outlive the day it was unlocked for.
    public static let longest = Duration.seconds(24 * 60 * 60)

    /// The time `text` says, from 1 second to `longest`. Throws `UnlockTimeError`.
    public static func parse(_ text: String) throws -> Duration {
        let spoken = text.lowercased().filter { !$0.isWhitespace }
        guard !spoken.isEmpty else { throw UnlockTimeError.notATime(text) }
        var seconds = 0
        var rest = Substring(spoken)
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { throw UnlockTimeError.notATime(text) }
            rest = rest.dropFirst(digits.count)
            let unitName = rest.prefix { $0.isLetter }
            guard !unitName.isEmpty else { throw UnlockTimeError.noUnit(text) }
            guard let unit = units[String(unitName)] else { throw UnlockTimeError.notATime(text) }
            rest = rest.dropFirst(unitName.count)
            seconds += number * unit
        }
        guard seconds > 0 else { throw UnlockTimeError.zero(text) }
        guard Duration.seconds(seconds) <= longest else { throw UnlockTimeError.tooLong(text) }
        return .seconds(seconds)
    }

    /// `15 minutes`, `1 hour 30 minutes`, `90 seconds`: `time` as a person says it.
    public static func spoken(_ time: Duration) -> String {
        let total = Int(time.components.seconds)
        let parts = [(total / 3600, "hour"), (total % 3600 / 60, "minute"), (total % 60, "second")]
        return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: " ")
    }

    /// Seconds in each unit, by the names people write.
    private static let units: [String: Int] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    ]
}

/// A time for `journal unlock --for` that could not be read.
public enum UnlockTimeError: JournalFailure, Equatable {
    case notATime(String)
    case noUnit(String)
    case zero(String)
    case tooLong(String)

    public var problem: String {
        switch self {
        case .notATime(let text): "\"\(text)\" is not a time I understand"
        case .noUnit(let text): "\"\(text)\" has no unit: minutes, hours or seconds"
        case .zero(let text): "\(text) would unlock the journal for no time at all"
        case .tooLong(let text): "\(text) is longer than a journal stays unlocked (24 hours at most)"
        }
    }

    public var advice: String {
        switch self {
        case .notATime, .noUnit, .zero: "write it like 15m, 90s, 2h or 1h30m"
        case .tooLong: "unlock it for a shorter time, like 8h, and again when it asks"
        }
    }
}
